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
