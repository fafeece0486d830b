package newstext

import (
	"strings"
	"testing"
)

// TestFullIndentedOfCount: on a page wrapped by character count, an
// indented line counts its indent as the character it is, and is full
// when the next line's first character (with what may not be parted from
// it: an opening bracket and the character it opens) would not have fit.
// Kinsoku pushes an opening 「 to the next line, leaving the line above a
// character short of the count: still a full line, no title ended on
// purpose.
func TestFullIndentedOfCount(t *testing.T) {
	for _, c := range []struct {
		line srcLine
		next string
		w    int
		want bool
	}{
		{srcLine{text: "訪れた男性（４２）は", indent: true, ideo: true}, "「子どもの頃に通った朝市", 12, true},  // 11 + 「子
		{srcLine{text: "漁協によると、初日は約", indent: true, ideo: true}, "８００人が訪れ、地元で揚", 12, true}, // 12: full
		{srcLine{text: "訪れた男性（４２）は", indent: true, ideo: true}, "子どもの頃に通った朝市が", 12, false}, // 子 fitted
		{srcLine{text: "男性は", indent: true, ideo: true}, "「子どもの頃に通った朝市", 12, false},        // a short line
		{srcLine{text: "訪れた男性（４２）は", indent: true, para: true}, "「子どもの頃に通った朝市", 13, true},  // the 2em indent: two
		{srcLine{text: "訪れた男性（４２）は"}, "「子どもの頃に通った朝市", 12, false},                           // unindented: endsShortOfCount's
		{srcLine{text: "訪れた男性（４２）は", indent: true, ideo: true}, "「子どもの頃に通った朝市", 0, false},  // no count
	} {
		if got := fullIndentedOfCount(c.line, c.next, c.w); got != c.want {
			t.Errorf("fullIndentedOfCount(%q, %q, %d) = %v, want %v", c.line.text, c.next, c.w, got, c.want)
		}
	}
}

// TestJaKinsokuIndentedLine: a regional print page wrapped at twelve
// characters with one-U+3000 indents, its title lines wider than its
// columns (so its measure in columns runs wide). A paragraph's first line
// that kinsoku left a character short (…（４２）は / 「子ども…) and one
// exactly full are wrapped text: the paragraph stays whole, with no head
// or title split off it.
func TestJaKinsokuIndentedLine(t *testing.T) {
	page := "２０２６年（令和８年）５月１２日　火曜日　　中部日報　　志摩・伊勢　（１５）\n" +
		"港町の朝市、３年ぶりに再開へ　鳥羽\n" +
		"初日は約８００人　地元の鮮魚ほぼ完売\n" +
		"　【鳥羽】鳥羽市の漁港で\n" +
		"１０日、休止していた朝市\n" +
		"が３年ぶりに再開し、開場\n" +
		"前から大勢の買い物客が列\n" +
		"を作った。\n" +
		"　漁協によると、初日は約\n" +
		"８００人が訪れ、地元で揚\n" +
		"がったアジやイサキがほぼ\n" +
		"売り切れた。干物や海藻を\n" +
		"並べた露店も出て、昼前ま\n" +
		"で家族連れでにぎわった。\n" +
		"　訪れた男性（４２）は\n" +
		"「子どもの頃に通った朝市\n" +
		"が戻ってうれしい」と話し\n" +
		"た。\n" +
		"（中村彩花）\n"
	d := mustRead(t, page)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got,
		"paragraph 漁協によると、初日は約８００人が訪れ、地元で揚がったアジやイサキがほぼ売り切れた。干物や海藻を並べた露店も出て、昼前まで家族連れでにぎわった。\n"+
			"paragraph 訪れた男性（４２）は「子どもの頃に通った朝市が戻ってうれしい」と話した。\n"+
			"byline （中村彩花）")
	if n := len(d.Articles); n != 1 {
		t.Errorf("%d articles, want 1:\n%s", n, got)
	}
}
