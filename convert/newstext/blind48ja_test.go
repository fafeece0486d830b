package newstext

import (
	"strings"
	"testing"
)

// TestIndentOpensParagraphNoBlank: on a page with no blank lines that
// marks paragraphs by a one-U+3000 indent, an indented line right under
// an unindented one opens a paragraph, and the column-break join never
// glues it to the paragraph above, however that one ends: a wrapped ▽
// box entry's short tail (…＝箏曲、 / 飯田市) ends no sentence (blind
// page ja-chiho-bunka). Not changed:
// a break's unindented rest after a blank line still joins.
func TestIndentOpensParagraphNoBlank(t *testing.T) {
	const head = "県芸術文化功労者に３人\n書家の宮沢さんら　２０日表彰\n　県教育委員会は６日、本年度の\n県芸術文化功労者に３人を選んだ\nと発表した。ほかの２人は次の通\nり。\n"
	const headTree = "article\n  headline 県芸術文化功労者に３人\n  subheadline 書家の宮沢さんら　２０日表彰\n  paragraph 県教育委員会は６日、本年度の県芸術文化功労者に３人を選んだと発表した。ほかの２人は次の通り。\n"
	const closing = "　県芸術文化功労者は１９７５年\n度に始まり、今回で延べ２１８人\nとなった。\n"
	const closingTree = "  paragraph 県芸術文化功労者は１９７５年度に始まり、今回で延べ２１８人となった。"
	tests := []struct {
		name, page, want string
	}{
		{"▽ entry tail", head + "▽小林昭一さん（８０）＝洋画、\n上田市\n▽原田恵美さん（６６）＝箏曲、\n飯田市\n" + closing,
			headTree + "  paragraph ▽小林昭一さん（８０）＝洋画、上田市\n  paragraph ▽原田恵美さん（６６）＝箏曲、飯田市\n" + closingTree},
		{"entry with its place run on", head + "▽小林昭一さん（８０）＝洋画、\n長野県上田市\n▽原田恵美さん（６６）＝箏曲、\n長野県飯田市\n" + closing,
			headTree + "  paragraph ▽小林昭一さん（８０）＝洋画、長野県上田市\n  paragraph ▽原田恵美さん（６６）＝箏曲、長野県飯田市\n" + closingTree},
		{"one-line entry", head + "▽小林昭一さん（８０）＝上田市\n▽原田恵美さん（６６）＝飯田市\n" + closing,
			headTree + "  paragraph ▽小林昭一さん（８０）＝上田市\n  paragraph ▽原田恵美さん（６６）＝飯田市\n" + closingTree},
		{"blank-line break rest (not)", "市道で乗用車が横転\n\n　６日午前８時ごろ、上田市の市道\nで乗用車が横転した。運転していた\n\n会社員の男性が軽いけがをした。\n",
			"article\n  headline 市道で乗用車が横転\n  paragraph ６日午前８時ごろ、上田市の市道で乗用車が横転した。運転していた会社員の男性が軽いけがをした。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tw34WantTree(t, tt.page, strings.TrimSuffix(tt.want, "\n")) })
	}
}

// TestJaVenueCaption: a Japanese caption closed by its photo's place
// alone with で after ＝, no day and no credit (修復を経て初公開された
// 「四季花鳥図屏風」＝松本市美術館で, blind page ja-chiho-bunka), is a
// caption. Not changed: a person's home after ＝ in a story or a box's
// entry (no で, or a bullet, or a 、 in the tail), a clause after ＝, a
// sentence.
func TestJaVenueCaption(t *testing.T) {
	for s, want := range map[string]bool{
		"修復を経て初公開された「四季花鳥図屏風」＝松本市美術館で": true,
		"初公開された屏風＝松本市美術館で":             true,
		"表彰状を受け取る宮沢静香さん＝県庁で":           true,
		"稽古に励む子どもたち＝上田市の市民会館で":         true,
		"写真＝新装された展示室＝松本市美術館で":          true,
		"宮沢静香さん（７２）＝長野市＝ら３人を選んだ":       false,
		"▽こども将棋大会＝市体育館で":               false,
		"▽小林昭一さん（８０）＝洋画、上田市":           false,
		"会場は市内の体育館でしばらく休んで":            false,
		"展示は来月まで続く。＝松本市美術館で":           false,
		"練習の成果を見せた＝しばらく休んで":            false,
	} {
		if got := venueCaption(s); got != want {
			t.Errorf("venueCaption(%q) = %v, want %v", s, got, want)
		}
		if got := isForeignCaption(s); got != want {
			t.Errorf("isForeignCaption(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestJaCaptionEndsBeforeTitle: on a page with no blank lines, a Japanese
// caption closed by its tail after ＝ (…＝６日、松本市美術館で, 写真＝…＝
// 松本市美術館で, a short one-line …＝松本市美術館で) ends there however
// full its last line ran: the next story's title line under it is its
// headline, never joined to the caption (blind page ja-chiho-bunka). Not
// changed: a tail wrapped mid-place (…＝長野県の松本市 / 美術館で) stays
// one caption, and a headline broken at an open particle with no ＝
// (松本城で冬の灯りを / 楽しむ夕べ) stays one headline.
func TestJaCaptionEndsBeforeTitle(t *testing.T) {
	const story = "青木松渓　初の回顧展\n屏風など８０点　松本市美術館\n　江戸後期に松本城下で活躍した\n町絵師、青木松渓の初の本格的な\n回顧展が、松本市美術館で開かれ\nている。\n（小池真由）\n"
	const storyTree = "article\n  headline 青木松渓　初の回顧展\n  subheadline 屏風など８０点　松本市美術館\n  paragraph 江戸後期に松本城下で活躍した町絵師、青木松渓の初の本格的な回顧展が、松本市美術館で開かれている。\n  byline  小池真由 : （小池真由）\n"
	const next = "県芸術文化功労者に３人\n書家の宮沢さんら　２０日表彰\n　県教育委員会は６日、本年度の\n県芸術文化功労者に３人を選んだ\nと発表した。\n"
	const nextTree = "article\n  headline 県芸術文化功労者に３人\n  subheadline 書家の宮沢さんら　２０日表彰\n  paragraph 県教育委員会は６日、本年度の県芸術文化功労者に３人を選んだと発表した。"
	tests := []struct {
		name, caption, want string
	}{
		{"day and place", "修復を経て初公開された「四季花\n鳥図屏風」＝６日、松本市美術館で\n", "修復を経て初公開された「四季花鳥図屏風」＝６日、松本市美術館で"},
		{"写真＝ label", "写真＝修復を経て初公開された「四\n季花鳥図屏風」＝松本市美術館で\n", "写真＝修復を経て初公開された「四季花鳥図屏風」＝松本市美術館で"},
		{"place alone", "修復を経て初公開された「四季花\n鳥図屏風」＝松本市美術館で\n", "修復を経て初公開された「四季花鳥図屏風」＝松本市美術館で"},
		{"one short line", "初公開された屏風＝松本市美術館で\n", "初公開された屏風＝松本市美術館で"},
		{"tail wrapped mid-place (not cut)", "修復を経て初公開された「四季花\n鳥図屏風」など＝長野県の松本市\n美術館で\n", "修復を経て初公開された「四季花鳥図屏風」など＝長野県の松本市美術館で"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tw34WantTree(t, story+tt.caption+next, storyTree+"  caption "+tt.want+"\n"+nextTree)
		})
	}
	t.Run("headline broken at で (not cut)", func(t *testing.T) {
		tw34WantTree(t, story+"松本城公園で\n冬の灯り楽しむ夕べ\n　松本市の松本城公園で６日、冬\nの灯りを楽しむ催しが開かれた。\n",
			storyTree+"article\n  headline 松本城公園で冬の灯り楽しむ夕べ\n  paragraph 松本市の松本城公園で６日、冬の灯りを楽しむ催しが開かれた。")
	})
}

// TestJaPlaceCaptionByTrailer: a Japanese caption closed by ＝ and its
// photo's place alone (…＝松本市, …＝長野県松本市), or by the place and its
// agency in brackets (（金沢市、共同）), is a caption by the story's
// bracketed trailer too: under it, over the next story's headline, or
// above it, under the story's last paragraph (blind page ja-chiho-bunka:
// a Japanese story ends with its photo). Not changed: the place in
// brackets alone (…の案内（松本市）), which names a firm as well, after the
// trailer.
func TestJaPlaceCaptionByTrailer(t *testing.T) {
	const story = "青木松渓　初の回顧展\n屏風など８０点　松本市美術館\n　江戸後期に松本城下で活躍した\n町絵師、青木松渓の初の本格的な\n回顧展が、松本市美術館で開かれ\nている。\n"
	const storyTree = "article\n  headline 青木松渓　初の回顧展\n  subheadline 屏風など８０点　松本市美術館\n  paragraph 江戸後期に松本城下で活躍した町絵師、青木松渓の初の本格的な回顧展が、松本市美術館で開かれている。\n"
	const trailer, trailerTree = "（小池真由）\n", "  byline  小池真由 : （小池真由）\n"
	const next = "県芸術文化功労者に３人\n書家の宮沢さんら　２０日表彰\n　県教育委員会は６日、本年度の\n県芸術文化功労者に３人を選んだ\nと発表した。\n"
	const nextTree = "article\n  headline 県芸術文化功労者に３人\n  subheadline 書家の宮沢さんら　２０日表彰\n  paragraph 県教育委員会は６日、本年度の県芸術文化功労者に３人を選んだと発表した。"
	for _, c := range []string{"初公開された四季花鳥図屏風＝松本市", "展示室に並ぶ屏風＝長野県松本市", "初公開された四季花鳥図屏風（松本市、共同）"} {
		t.Run("under the trailer "+c, func(t *testing.T) {
			tw34WantTree(t, story+trailer+c+"\n"+next, storyTree+trailerTree+"  caption "+c+"\n"+nextTree)
		})
		t.Run("above the trailer "+c, func(t *testing.T) {
			tw34WantTree(t, story+c+"\n"+trailer+next, storyTree+"  caption "+c+"\n"+trailerTree+nextTree)
		})
	}
	t.Run("place in brackets alone (not)", func(t *testing.T) {
		d := mustRead(t, story+trailer+"地銀の窓口に掲示された金利の案内（松本市）\n"+next)
		if got := tw34Tree(d); strings.Contains(got, "caption") {
			t.Errorf("got a caption:\n%s", got)
		}
		roundTrip(t, d)
	})
}
