package newstext

import (
	"strings"
	"testing"
)

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
		// A commentary opening with a word in hiragana (review 30a
		// finding 5): が of がん is no particle.
		{"〈解説〉がん検診の受診率が伸びない背景には、事情がある。", "ja", "〈解説〉"},
		{"〈解説〉この問題の根は深い。", "ja", "〈解説〉"},
		{"〈解説〉とりわけ深刻なのは地方だ。", "ja", "〈解説〉"},
		{"〈解説〉もはや猶予はない。", "ja", "〈解説〉"},
		{"〈解説〉今回、政府は方針を改めた。", "ja", "〈解説〉"},
		{"〈解説〉政府は、〈異次元の対策〉を掲げた。", "ja", "〈解説〉"},
		{"〈解説〉本当か。政府の説明は足りない。", "ja", "〈解説〉"},
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
		// A concept quoted in an essay, the sentence going on from it
		// (review 30a finding 3).
		{"〈ことば〉こそが人を支える、と長田さんは繰り返し書いた。", "ja", ""},
		{"〈分析〉するより先に、まず立ち止まって眺めること。", "ja", ""},
		{"〈ことば〉がもつ力を信じたい。", "ja", ""},
		{"〈ことば〉という器は小さい。", "ja", ""},
		{"〈ことば〉にはいつも限りがある。", "ja", ""},
		{"〈解説〉だけでは足りない。", "ja", ""},
		{"〈分析〉された数字が並ぶ。", "ja", ""},
		// A label named as a column, a noun after the bracket (review
		// 31a finding 4); a commentary opening with a word that begins
		// so stays one.
		{"〈解説〉欄では元警察官が、電話で手口を紹介した。", "ja", ""},
		{"〈視点〉面に識者の寄稿が載った。", "ja", ""},
		{"〈解説〉記事への反響が大きい。", "ja", ""},
		{"〈深層〉連載で取り上げた。", "ja", ""},
		{"〈解説〉シリーズの第３回だ。", "ja", ""},
		{"〈解説〉面会制限は続く。", "ja", "〈解説〉"},
		{"〈解説〉記事化されない事件も多い。", "ja", "〈解説〉"},
		// A TV listing's credits (review 30a finding 4).
		{"〈解説〉江川卓、〈実況〉小野塚康之アナ。巨人は今季最終戦だ。", "ja", ""},
		{"〈解説〉古田敦也。ヤクルトの若手投手陣が神宮で調整に臨む。", "ja", ""},
		{"〈解説〉野球評論家・江川卓さん、〈実況〉小野塚康之アナ。", "ja", ""},
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
	// A commentary opening with a word in hiragana is one too (review
	// 30a, page ja-kaisetsu-gan).
	page0 := "がん検診受診率　県内４割に届かず\n県、職域検診の支援拡充へ\n　県は５日、昨年度のがん検診の受\n診率が３８％だったと発表した。\n　〈解説〉がん検診の受診率が伸び\nない背景には、働く世代が平日に検\n診を受けにくい事情がある。\n（社会部・森田葵）\n"
	want0 := "article\n  headline がん検診受診率　県内４割に届かず\n  subheadline 県、職域検診の支援拡充へ\n  paragraph 県は５日、昨年度のがん検診の受診率が３８％だったと発表した。\n  section\n    heading 〈解説〉\n    paragraph がん検診の受診率が伸びない背景には、働く世代が平日に検診を受けにくい事情がある。\n    byline  森田葵 社会部: （社会部・森田葵）"
	tw34WantTree(t, page0, want0)
	// An essay's quoted concept and a TV listing's credits stay text
	// (review 30a, pages ja-essay-angle-concept and ja-tv-listing).
	page0 = "言葉の手触り　詩人・長田弘さんを読む\n\n　詩人の長田弘さんは、日々の暮らし\nの細部を見つめ続けた。\n　〈ことば〉こそが人を支える、と長\n田さんは繰り返し書いた。\n　〈分析〉するより先に、まず立ち止\nまって眺めること。\n（文化部・佐藤美咲）\n"
	want0 = "article\n  headline 言葉の手触り　詩人・長田弘さんを読む\n  paragraph 詩人の長田弘さんは、日々の暮らしの細部を見つめ続けた。\n  paragraph 〈ことば〉こそが人を支える、と長田さんは繰り返し書いた。\n  paragraph 〈分析〉するより先に、まず立ち止まって眺めること。\n  byline  佐藤美咲 文化部: （文化部・佐藤美咲）"
	tw34WantTree(t, page0, want0)
	page0 = "きょうのテレビ　おすすめ\n\n　〈解説〉江川卓、〈実況〉小野塚康\n之アナ。巨人は今季最終戦で菅野が\n先発の予定だ。\n　〈解説〉古田敦也。ヤクルトの若手\n投手陣が神宮で最終調整に臨む。\n"
	want0 = "article\n  headline きょうのテレビ　おすすめ\n  paragraph 〈解説〉江川卓、〈実況〉小野塚康之アナ。巨人は今季最終戦で菅野が先発の予定だ。\n  paragraph 〈解説〉古田敦也。ヤクルトの若手投手陣が神宮で最終調整に臨む。"
	tw34WantTree(t, page0, want0)
	// A title quoted in angle brackets opening a paragraph stays its text.
	page := story + "　〈坊っちゃん〉を読み返した。\n"
	want := storyTree + "  paragraph 〈坊っちゃん〉を読み返した。"
	tw34WantTree(t, page, want)
}

// TestJaAngleRunInFlat: on a page with no blank lines and no indents, a
// line opening with a commentary's label in angle brackets after a
// finished sentence (…発表した。 / 〈解説〉投資をうたう詐欺は、) opens the
// commentary's section, as 【解説】 opens its paragraph (jaAngleLead).
// Look-alikes: the label a sentence goes on from (〈解説〉の欄では…), a
// quoted title, stay in the paragraph.
func TestJaAngleRunInFlat(t *testing.T) {
	const story = "高齢者狙う投資詐欺　被害１２億円\n\n警視庁は５日、男ら７人を詐欺\n容疑で逮捕したと発表した。\n"
	for _, label := range []string{"〈解説〉", "＜解説＞"} {
		page := story + label + "投資をうたう詐欺は、\n電話で「元本保証」などと持ちか\nける。うまい話には乗らない姿勢\nが欠かせない。\n（社会部・中村遥）\n"
		d := mustRead(t, page)
		wantIn(t, strings.Join(treeOf(d), "\n"), "  paragraph 警視庁は５日、男ら７人を詐欺容疑で逮捕したと発表した。\n  section\n    heading "+label+"\n    paragraph 投資をうたう詐欺は、")
		roundTrip(t, d)
	}
	// A label named as a column inside a sentence, a noun straight after
	// the bracket (review 31a finding 4), stays in the paragraph too.
	for _, line := range []string{"〈解説〉の欄では、識者が詐欺の手口を説いた。", "〈坊っちゃん〉を読み返した。",
		"〈解説〉欄では元警察官が、電話で", "〈解説〉欄", "〈視点〉面に識者の寄稿が載った。", "＜ことば＞記事の反響は大きかった。", "〈深層〉連載で取り上げた。", "〈解説〉シリーズの第３回だ。"} {
		d := mustRead(t, story+line+"\n")
		wantIn(t, strings.Join(treeOf(d), "\n"), "発表した。"+line)
		roundTrip(t, d)
	}
}
