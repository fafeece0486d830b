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
	if w := pageCharWrap(lines(charWrapPage)); w != 12 {
		t.Errorf("pageCharWrap = %d, want 12", w)
	}
	// Lines of many counts (text wrapped by hand, or by width with
	// half-width digits): no count.
	ragged := "府は５日、府内の公立図書館で\n夜間の開館時間を\n延ばす試みを始めると発表した\n仕事帰りの利用者\n" +
		"を増やす狙いがあるという話だ\n対象は府立の２館で、\n平日の閉館を午後９時に改める\n職員の増員はせず\n自動貸出機を増やして\n対応する。"
	if w := pageCharWrap(lines(ragged)); w != 0 {
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
