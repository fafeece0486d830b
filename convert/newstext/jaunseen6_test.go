package newstext

import (
	"strings"
	"testing"
)

// Japanese conventions found by a sixth round of blind pages (December
// 2026: a 産経新聞 print dump wrapped by character count, 日経電子版 web
// copy, an OCR column), each tested on original text of its own.

// TestJaSpacedPaperFolio: a Japanese folio sets the paper's name
// letter-spaced, 東　洋　日　報, between the date and 第N版: the letters
// are one word, so the line is a folio, not a headline.
func TestJaSpacedPaperFolio(t *testing.T) {
	for in, want := range map[string]string{
		"２０２５年（令和７年）１１月５日　水曜日　　　東　洋　日　報　　　第１２版　　経済　９": noiseFolio,
		"２０２５年１１月５日　水曜日　　北　海　新　聞　　第３版　　地域　２３":         noiseFolio,
		"春　夏　秋　冬　のうた":   "",
		"東　洋　日　報　の　百　年": "",
	} {
		if got := noiseKind(in); got != want {
			t.Errorf("noiseKind(%q) = %q, want %q", in, got, want)
		}
	}
}

// charWrapPage is a print page dumped wrapped at twelve characters, the
// punctuation hung past the margin: kicker, headline and subheadline
// (wider than the column), a three-line caption, three indented
// paragraphs and the reporter's closing name.
const charWrapPage = "文化の灯「夜も」\n" +
	"府立図書館が夜間延長\n" +
	"平日午後９時まで　自動貸出機を増設\n" +
	"夜間開館の準備が進む府立\n" +
	"図書館の閲覧室＝５日、大\n" +
	"阪市（中川亮撮影）\n" +
	"　【大阪＝森田健二】大阪\n" +
	"府は５日、府内の公立図書\n" +
	"館で夜間の開館時間を延ば\n" +
	"す試みを始めると発表した。\n" +
	"仕事帰りの利用者を増やす\n" +
	"狙いがある。\n" +
	"　対象は府立の２館で、平\n" +
	"日の閉館を午後９時に改め\n" +
	"る。職員の増員はせず、自\n" +
	"動貸出機を増やして対応す\n" +
	"る。\n" +
	"　府は利用状況を半年ごと\n" +
	"に調べ、効果があれば市町\n" +
	"村立の館にも広げたい考え\n" +
	"だ。\n" +
	"（長谷川真一）\n"

// TestJaCharCountWrap: on a page wrapped by character count, an
// unindented line short of the count (or, a title line, wider than a
// full one) was ended on purpose: the title lines stand one under
// another and the caption is a unit of its own, not all glued into the
// first paragraph; a full line runs on into the next (the caption's
// three lines are one caption, not three title lines).
func TestJaCharCountWrap(t *testing.T) {
	got := jaLeaves(mustRead(t, charWrapPage))
	wantLeaves(t, got,
		"kicker 文化の灯「夜も」",
		"headline 府立図書館が夜間延長",
		"subheadline 平日午後９時まで　自動貸出機を増設",
		"caption 夜間開館の準備が進む府立図書館の閲覧室＝５日、大阪市（中川亮撮影）",
		"dateline 【大阪＝森田健二】",
		"paragraph 大阪府は５日、府内の公立図書館で夜間の開館時間を延ばす試みを始めると発表した。仕事帰りの利用者を増やす狙いがある。",
		"paragraph 対象は府立の２館で、平日の閉館を午後９時に改める。職員の増員はせず、自動貸出機を増やして対応する。")

	lines := func(s string) []srcLine {
		var ls []srcLine
		for i, t := range strings.Split(s, "\n") {
			ind := strings.HasPrefix(t, "　")
			ls = append(ls, srcLine{text: strings.TrimLeft(t, "　"), no: i + 1, indent: ind})
		}
		return ls
	}
	if w := pageCharWrap(lines(charWrapPage), nil); w != 12 {
		t.Errorf("pageCharWrap = %d, want 12", w)
	}
	// Lines of many counts (text wrapped by hand, or by width with
	// half-width digits): no count.
	ragged := "府は５日、府内の公立図書館で\n夜間の開館時間を\n延ばす試みを始めると発表した\n仕事帰りの利用者\n" +
		"を増やす狙いがあるという話だ\n対象は府立の２館で、\n平日の閉館を午後９時に改める\n職員の増員はせず\n自動貸出機を増やして\n対応する。"
	if w := pageCharWrap(lines(ragged), nil); w != 0 {
		t.Errorf("pageCharWrap(ragged) = %d, want 0", w)
	}
	for _, c := range []struct {
		a, next string
		want    bool
	}{
		{"府立図書館が夜間延長", "平日", true},      // 10 of 12, and 平 fits
		{"府立図書館が夜間延長を", "平日", true},     // 11, 平 fits
		{"府立図書館が夜間延長を", "す。ほか", false},  // す。 would not have fitted
		{"府立図書館が夜間延長を", "２０２５年", false}, // nor the number
		{"夜間開館の準備が進む府立", "図書館", false},  // full
	} {
		if got := endsShortOfCount(srcLine{text: c.a}, c.next, 12); got != c.want {
			t.Errorf("endsShortOfCount(%q, %q) = %v, want %v", c.a, c.next, got, c.want)
		}
	}
	if !overCount(srcLine{text: "平日午後９時まで　自動貸出機を増設"}, 12) || overCount(srcLine{text: "す試みを始めると発表した。"}, 12) || overCount(srcLine{text: "新京报讯（记者 张 璐）4月17日，北京"}, 12) {
		t.Error("overCount: want only the title line wider than a full line with its hung mark")
	}
}

// TestJaClosingLongName: a Japanese story's closing name in round
// brackets of five or six kanji, （長谷川真一）, is the reporter's byline,
// not a closing dateline at that place; a place (（北海道札幌市）) stays
// what it was, and so does a Chinese page's source (（摘自人民日报）).
func TestJaClosingLongName(t *testing.T) {
	for in, want := range map[string]string{
		"（長谷川真一）":   "長谷川真一",
		"（石川真由美）":   "石川真由美",
		"（北海道札幌市）":  "",
		"（中部経済新聞社）": "",
		"（山田太郎）":    "", // (four: a name in any language, nameOnlyCredit's)
		"【長谷川真一】":   "",
		"（長谷川しん一）":  "",
	} {
		got, ok := closingJaName(in)
		if ok != (want != "") || got != want {
			t.Errorf("closingJaName(%q) = %q, %v, want %q", in, got, ok, want)
		}
	}
	got := jaLeaves(mustRead(t, charWrapPage))
	wantLeaves(t, got, "byline （長谷川真一）")
	d := mustRead(t, charWrapPage)
	var names string
	for _, a := range d.Articles {
		for _, c := range a.Children {
			if c.Text == "（長谷川真一）" {
				names = strings.Join(c.Names, ",")
			}
		}
	}
	if names != "長谷川真一" {
		t.Errorf("closing byline names = %q, want 長谷川真一", names)
	}
	// On a Chinese page the same bracket is no Japanese name.
	zh := "市民文化节开幕\n\n本报讯　第十届市民文化节昨日在市文化中心开幕，为期一个月。\n\n活动包括展览、演出和讲座，市民可免费参加。\n\n（黑龙江哈尔滨）\n"
	if got := jaLeaves(mustRead(t, zh)); strings.Contains(got, "byline ") {
		t.Errorf("a Chinese closing bracket taken as a byline:\n%s", got)
	}
}

// TestJaWebFurniture: a Japanese site's copy carries the tag of a story
// for members ([有料会員限定]), save and share buttons, a time stamp with
// its update (…(…更新)), and where the copy stops the paywall's call and
// the count of what it hides: all noise. A service's end credit with its
// abbreviation, 〔東西QUICKニュース(TQN)〕, is a byline (the abbreviation
// its org); 【北京=共同】 with a half-width equals sign is a dateline, the
// agency its org; and a site's name over its section trail above a
// stamped headline is the site's masthead.
func TestJaWebFurniture(t *testing.T) {
	for in, want := range map[string]string{
		"[有料会員限定]": noiseChrome,
		"【会員限定】":   noiseChrome,
		"[有料会員]":   "",
		"保存　共有":    noiseChrome,
		"この記事は会員の声をもとにまとめた。":               "",
		"この記事は会員限定です。ログインすると続きをお読みいただけます。": noiseChrome,
		"残り1024文字": noiseChrome,
		"残り少ない文字":  "",
		"2025年10月2日 9:05 (2025年10月2日 10:40更新)": noiseStamp,
		"2025年10月2日 9:05 (担当者更新)":              "",
	} {
		if got := noiseKind(in); got != want {
			t.Errorf("noiseKind(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"〔東西QUICKニュース(TQN)〕": "TQN",
		"〔東西経済通信（TEC）〕":      "TEC",
		"〔東西QUICKニュース(tqn)〕": "",
		"〔市場の声(ABC)〕":        "",
	} {
		c, ok := parseBylineLine(in)
		if got := c.org; !ok && want != "" || got != want {
			t.Errorf("parseBylineLine(%q) = %q, %v, want org %q", in, got, ok, want)
		}
	}
	for in, want := range map[string]string{
		"ソウル=共同":  "place=ソウル org=共同",
		"北京＝時事":   "place=北京 org=時事",
		"北京=山田太郎": "",
		"=共同":     "",
	} {
		d, ok := placeAgencyDateline(in)
		got := ""
		if ok {
			got = "place=" + d.place + " org=" + d.org
		}
		if got != want {
			t.Errorf("placeAgencyDateline(%q) = %q, want %q", in, got, want)
		}
	}
	page := "東西経済新聞\n\nマーケット　為替\n\n円が続伸、一時145円台　米金利低下で\n\n2025年10月2日 9:05\n\n[有料会員限定]\n\n保存　共有\n\n" +
		"2日の東京外国為替市場で円相場は続伸した。米長期金利の低下を受けて円買い・ドル売りが優勢になった。\n\n" +
		"〔東西QUICKニュース(TQN)〕\n\n関連記事\n\n株式、小幅に続落\n\n" +
		"米雇用統計、予想上回る　利下げ観測後退\n\n2025年10月2日 9:40 (2025年10月2日 11:00更新)\n\n" +
		"【ソウル=共同】米労働省が発表した雇用統計は市場予想を上回った。\n\n" +
		"この記事は会員限定です。登録すると続きをお読みいただけます。\n\n残り530文字\n"
	got := jaLeaves(mustRead(t, page))
	wantLeaves(t, got,
		"noise 東西経済新聞",
		"noise マーケット　為替",
		"headline 円が続伸、一時145円台　米金利低下で",
		"noise [有料会員限定]",
		"noise 保存　共有",
		"byline 〔東西QUICKニュース(TQN)〕",
		"noise 株式、小幅に続落",
		"article",
		"headline 米雇用統計、予想上回る　利下げ観測後退",
		"dateline 【ソウル=共同】",
		"noise この記事は会員限定です。登録すると続きをお読みいただけます。",
		"noise 残り530文字")
}

// TestJaSpacedPairTitle: OCR parts a column's two-kanji name with a
// space (春 秋); on a Japanese page the headline is the word, 春秋. A
// Chinese padded name (王 芳) is not asked, and nothing else is joined.
func TestJaSpacedPairTitle(t *testing.T) {
	for in, want := range map[string]string{
		"春 秋":   "春秋",
		"余 滴":   "余滴",
		"春秋":    "",
		"春 秋 冬": "",
		"春　秋":   "",
		"A 秋":   "",
	} {
		got, ok := spacedPairTitle(in)
		if !ok {
			got = ""
		}
		if got != want {
			t.Errorf("spacedPairTitle(%q) = %q, want %q", in, got, want)
		}
	}
	page := "春 秋\n\n　秋の夜長に読書をする人が減ったという。画面を眺める時間が増え、紙をめくる音は遠のいた。\n\n　それでも古書店の灯は消えない。棚の前で迷う時間こそが楽しいのだと店主は言う。\n"
	wantLeaves(t, jaLeaves(mustRead(t, page)), "headline 春秋")
}
