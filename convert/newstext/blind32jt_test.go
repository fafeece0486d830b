package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// allKinds lists every article's children as "kind text" lines, each
// article opened by an "article" line.
func allKinds(d *doc.Document) []string {
	var out []string
	for _, a := range d.Articles {
		out = append(out, "article")
		for _, n := range a.Children {
			out = append(out, string(n.Kind)+" "+n.Text)
		}
	}
	return out
}

// wantAllKinds checks every article of page against want (allKinds).
func wantAllKinds(t *testing.T, page string, want ...string) {
	t.Helper()
	d := mustRead(t, page)
	if got := allKinds(d); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("page:\n%s\n got:\n%s\nwant:\n%s", page, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	roundTrip(t, d)
}

// TestBlind32SquareLabelKicker: a box's rubric alone in square brackets,
// ［現場から］ or [現場から], over its title, after the story above ended,
// is the kicker of a new article, its title line under it the headline,
// never joined with it into one head (blind page
// ja-yomiuri-shakai-kakomi): as 〈現場から〉 already read.
func TestBlind32SquareLabelKicker(t *testing.T) {
	const story = "特殊詐欺　被害額最悪ペース\n" +
		"　千葉県警は４日、今年の県内の特殊詐欺の被害額が１８億円に上ったと発表した。統計の残る２００４年以降で最悪のペースだった。\n\n"
	const box = "「自分は大丈夫」過信に隙\n" +
		"　「まさか自分がだまされるとは思わなかった」。先月、約８００万円を失った県内の７０歳代女性は、こう肩を落とした。\n" +
		"　電話の相手は、女性の名前や住所を正確に知っていた。\n" +
		"（社会部　高橋真由）\n"
	for _, label := range []string{"［現場から］", "[現場から]", "〈現場から〉", "［時代の証言者］"} {
		wantAllKinds(t, story+label+"\n"+box,
			"article", "headline 特殊詐欺　被害額最悪ペース",
			"paragraph 千葉県警は４日、今年の県内の特殊詐欺の被害額が１８億円に上ったと発表した。統計の残る２００４年以降で最悪のペースだった。",
			"article", "kicker "+label, "headline 「自分は大丈夫」過信に隙",
			"paragraph 「まさか自分がだまされるとは思わなかった」。先月、約８００万円を失った県内の７０歳代女性は、こう肩を落とした。",
			"paragraph 電話の相手は、女性の名前や住所を正確に知っていた。",
			"byline （社会部　高橋真由）")
	}
}

// TestBlind32SquareLabelInner: what alone in square brackets is a
// column's name, and what is furniture, a credit or a tag.
func TestBlind32SquareLabelInner(t *testing.T) {
	for s, want := range map[string]bool{
		"［現場から］": true, "[現場から]": true, "［時代の証言者］": true, "[くらし・家族]": true, "［记者手记］": true,
		"[有料会員限定]": false, "［写真提供］": false, "[共同]": false, "[独家]": false, "[연합뉴스 자료사진]": false,
		"［Ａ］": false, "[現]": false, "［北京＝共同］": false, "［５日］": false,
	} {
		if got := isSeriesLabel(s); got != want {
			t.Errorf("isSeriesLabel(%s) = %v, want %v", s, got, want)
		}
	}
}

// TestBlind32PlaceOnlyCaption: a 日経 caption closed by its photo's place
// alone in round brackets, 地銀の窓口に掲示された金利の案内（金沢市）, on a
// line of its own between two paragraphs, the one above finished, is a
// caption, not a section's head (blind page ja-nikkei-web-yuryo), as the
// dated form （5日、金沢市） was. A head's shape (a verb's end, no kana, a
// bracket that is no place) or a place in the wrong spot (not between
// paragraphs) stays what it was.
func TestBlind32PlaceOnlyCaption(t *testing.T) {
	const top = "地銀、預金金利の引き上げ相次ぐ\n2026年12月5日 18:30\n\n" +
		"地方銀行の間で預金金利を引き上げる動きが相次いでいる。大手行を上回る水準で個人預金の獲得を急ぐ。\n\n"
	const under = "背景には預金流出への警戒がある。ネット銀行や大手行が金利上げで攻勢をかけており、地銀の預金残高の伸びは鈍っている。\n"
	p1 := "paragraph 地方銀行の間で預金金利を引き上げる動きが相次いでいる。大手行を上回る水準で個人預金の獲得を急ぐ。"
	p2 := "paragraph 背景には預金流出への警戒がある。ネット銀行や大手行が金利上げで攻勢をかけており、地銀の預金残高の伸びは鈍っている。"
	for _, c := range []string{"地銀の窓口に掲示された金利の案内（金沢市）", "地銀の窓口に掲示された金利の案内（5日、金沢市）",
		"窓口に並ぶ利用者（東京都千代田区で）", "金利の案内を掲示したロビー（富山県）"} {
		d := mustRead(t, top+c+"\n\n"+under)
		got := allKinds(d)
		if strings.Join(got[len(got)-3:], "\n") != strings.Join([]string{p1, "caption " + c, p2}, "\n") {
			t.Errorf("%s: got\n%s", c, strings.Join(got, "\n"))
		}
		roundTrip(t, d)
	}
	for _, c := range []string{"預金金利の引き上げ相次ぐ（金沢市）", "北陸中央銀行（金沢市）", "地銀の窓口に掲示された金利の案内（上）", "地銀の窓口の案内（ＡＢＣ）"} {
		d := mustRead(t, top+c+"\n\n"+under)
		for _, k := range allKinds(d) {
			if k == "caption "+c {
				t.Errorf("%s: read as a caption", c)
			}
		}
	}
	// Closed by ＝ and the place, or by the place and the agency that took
	// the photo: no head ends so, and a one-sentence paragraph under it
	// will do.
	const short = "北陸の地銀は４日、年０・２％に引き上げると発表した。\n"
	for _, c := range []string{"地銀の窓口に掲示された金利の案内＝金沢市", "雪の中を歩く通勤客（金沢市、共同）",
		"雪の中を歩く通勤客＝金沢市で", "ホワイトハウス前で抗議する市民＝ワシントン州、ロイター"} {
		d := mustRead(t, top+c+"\n\n"+short)
		got := allKinds(d)
		if strings.Join(got[len(got)-2:], "\n") != "caption "+c+"\nparagraph "+strings.TrimSpace(short) {
			t.Errorf("%s: got\n%s", c, strings.Join(got, "\n"))
		}
		roundTrip(t, d)
	}
	for _, c := range []string{"地銀の窓口の案内（金沢市、大手行）", "預金金利の引き上げ相次ぐ（金沢市、共同）", "金利の案内＝上"} {
		d := mustRead(t, top+c+"\n\n"+short)
		for _, k := range allKinds(d) {
			if k == "caption "+c {
				t.Errorf("%s: read as a caption", c)
			}
		}
	}
	// Not between paragraphs: over the first one, under the stamp.
	d := mustRead(t, "地銀の窓口に掲示された金利の案内（金沢市）\n\n"+under)
	if k := allKinds(d); len(k) < 2 || k[1] == "caption 地銀の窓口に掲示された金利の案内（金沢市）" {
		t.Errorf("a title line over the first paragraph read as a caption: %v", k)
	}
}

// TestBlind32TwoLineTitleOverIndent: on an OCR'd page with no blank lines
// that marks paragraphs by indent alone, a title group of two lines
// (主標 over a short 副標), flush left between a paragraph's last line and
// the next story's indented first line, is the next story's headline and
// subheadline, never glued onto the paragraph above (blind page
// tw-ocr-suojin-yunhe), as one title line there already was.
func TestBlind32TwoLineTitleOverIndent(t *testing.T) {
	const story = "安平運河夜遊船　延長至晚間十點\n記者林佩君／台南報導\n" +
		"　　台南市政府觀光旅遊局\n昨天宣布，安平運河夜間\n遊船自明年一月起延長營\n運至晚間十點，並增開週\n五、週六加班船次，希望\n吸引遊客夜宿台南。\n" +
		"　　觀旅局指出，明年也\n將與周邊業者合作推出夜\n遊套票，結合遊船、老街\n美食及古蹟夜間開放，詳\n細方案預計一月中旬公布。\n"
	const next = "　　〔記者陳建宏／屏東\n報導〕東北季風增強，恆\n春半島落山風進入旺季，\n氣象署昨天觀測到墾丁一\n帶最大陣風達9級。\n"
	last := "paragraph 觀旅局指出，明年也將與周邊業者合作推出夜遊套票，結合遊船、老街美食及古蹟夜間開放，詳細方案預計一月中旬公布。"
	for _, c := range []struct{ title, sub string }{
		{"落山風報到　恆春半島陣風9級", "騎士行車務必小心"},
		{"落山風報到　陣風9級", "騎士行車務必小心"},
		{"恆春半島落山風報到", "騎士務必小心"},
	} {
		d := mustRead(t, story+c.title+"\n"+c.sub+"\n"+next)
		got := allKinds(d)
		want := []string{last, "article", "headline " + c.title, "subheadline " + c.sub, "dateline 〔記者陳建宏／屏東報導〕"}
		k := 0
		for k < len(got) && got[k] != last {
			k++
		}
		if k+len(want) > len(got) || strings.Join(got[k:k+len(want)], "\n") != strings.Join(want, "\n") {
			t.Errorf("%s / %s: got\n%s", c.title, c.sub, strings.Join(got, "\n"))
		}
		roundTrip(t, d)
	}
}
