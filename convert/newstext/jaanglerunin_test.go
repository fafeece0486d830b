package newstext

import "testing"

// TestJaAngleRunIn: a Japanese paper's commentary label in angle brackets
// run in at a paragraph (〈解説〉投資をうたう詐欺は、…, ＜解説＞, <視点>)
// is a run-in head, as 【解説】 is (blind page ja-yukan-shakai-b73). A
// title quoted in angle brackets, a series' kicker, a label over a title
// line or alone, a note's label, a label the sentence goes on from, and a
// Korean page's brackets are none. The first line of such a paragraph,
// ＜解説＞投資をうたう詐欺は、, is no breadcrumb (its ＞ closes its ＜).
func TestJaAngleRunIn(t *testing.T) {
	for _, c := range []struct {
		in, lang, want string
	}{
		{"〈解説〉投資をうたう詐欺は、電話で持ちかける。", "ja", "〈解説〉"},
		{"＜解説＞投資をうたう詐欺は、電話で持ちかける。", "ja", "＜解説＞"},
		{"<解説>投資をうたう詐欺は、電話で持ちかける。", "ja", "<解説>"},
		{"〈視点〉地方財政の揺らぎは深い。", "ja", "〈視点〉"},
		{"〈ことば〉ＮＩＳＡ　少額投資非課税制度。２０１４年に始まった。", "ja", "〈ことば〉"},
		{"〈用語解説〉ＮＩＳＡ　少額投資非課税制度。", "ja", "〈用語解説〉"},
		{"〈解説〉　投資をうたう詐欺は、電話で持ちかける。", "ja", "〈解説〉"},
		// Look-alikes.
		{"〈坊っちゃん〉を読み返した。", "ja", ""},
		{"〈解説〉の欄では、識者が詐欺の手口を説いた。", "ja", ""},
		{"〈解説〉は毎週載る。", "ja", ""},
		{"＜連載・老いの風景＞（２）", "ja", ""},
		{"＜連載・老いの風景＞（２）施設で暮らす。", "ja", ""},
		{"〈視点〉揺らぐ地方財政", "ja", ""},
		{"〈ことば〉", "ja", ""},
		{"〈注〉数字は速報値。", "ja", ""},
		{"〈速報〉地震が起きた。", "ja", ""},
		{"《解説》投資をうたう詐欺は、電話で持ちかける。", "ja", ""},
		{"〈解説〉投資をうたう詐欺は、電話で持ちかける。", "zh", ""},
		{"〈해설〉투자 사기가 늘었다.", "ko", ""},
		{"〈催し〉◇冬花火　１３日。", "ja", ""},
	} {
		got := ""
		if end := runInEnd(c.in, c.lang); end > 0 {
			got = c.in[:end]
		}
		if got != c.want {
			t.Errorf("runInEnd(%q, %s): %q, want %q", c.in, c.lang, got, c.want)
		}
	}
	// Its ＞ closes its ＜: the first line of such a paragraph is no
	// site's section trail; a trail stays one.
	for in, want := range map[string]bool{
		"＜解説＞投資をうたう詐欺は、": false,
		"<視点>地方財政の揺らぎは、": false,
		"ホーム＞社会＞事件":      true,
		"ニュース > 国内 > 社会": true,
	} {
		if got := breadcrumb(in); got != want {
			t.Errorf("breadcrumb(%q) = %v, want %v", in, got, want)
		}
	}
	const story = "高齢者狙う投資詐欺　被害１２億円\n警視庁、指示役ら７人逮捕\n　警視庁は５日、男ら７人を詐欺\n容疑で逮捕したと発表した。\n"
	const storyTree = "article\n  headline 高齢者狙う投資詐欺　被害１２億円\n  subheadline 警視庁、指示役ら７人逮捕\n  paragraph 警視庁は５日、男ら７人を詐欺容疑で逮捕したと発表した。\n"
	for _, label := range []string{"〈解説〉", "＜解説＞"} {
		page := story + "　" + label + "投資をうたう詐欺は、\n電話で「元本保証」などと持ちか\nける。うまい話には乗らない姿勢\nが欠かせない。\n（社会部・中村遥）\n"
		want := storyTree + "  section\n    heading " + label + "\n    paragraph 投資をうたう詐欺は、電話で「元本保証」などと持ちかける。うまい話には乗らない姿勢が欠かせない。\n    byline  中村遥 社会部: （社会部・中村遥）"
		tw34WantTree(t, page, want)
	}
	// A title quoted in angle brackets opening a paragraph stays its text.
	page := story + "　〈坊っちゃん〉を読み返した。\n"
	want := storyTree + "  paragraph 〈坊っちゃん〉を読み返した。"
	tw34WantTree(t, page, want)
}
