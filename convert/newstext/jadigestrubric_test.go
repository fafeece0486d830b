package newstext

import (
	"strings"
	"testing"
)

// digestItems are a Japanese digest's reports, each a ◇ head over one
// paragraph, wrapped at fifteen characters with no blank lines (blind
// page ja-chiho-jiken).
const digestItems = "◇住宅全焼　けが人なし\n" +
	"　５日午後２時ごろ、上田市常磐\n城の会社員方から出火、木造２階\n建て住宅を全焼した。\n" +
	"◇特殊詐欺で８０万円被害\n" +
	"　松本署は５日、松本市の無職女\n性が現金８０万円をだまし取られ\nたと発表した。\n" +
	"◇国道でトラック横転\n" +
	"　５日午前６時ごろ、塩尻市の国\n道で大型トラックが横転した。\n"

// TestJaDigestRubric: a digest's rubric under a bullet of its own,
// ■事件・事故, opening the column over reports each headed by another
// bullet, ◇…, is the column's headline, the ◇ heads its sections (blind
// page ja-chiho-jiken: the rubric had been an empty section, the column
// with no title); under the folio or not, with blank lines or not, any
// rubric's bullet (◆, □) and words, and after the trailer closing the
// column above. A ■ head inside a story, one over a single ◇ head or
// straight over text, a rubric too long for one, and ◇ over ◇ stay
// heads.
func TestJaDigestRubric(t *testing.T) {
	const folio = "２０２６年（令和８年）１２月６日　日曜日\n"
	want := func(rubric string) []string {
		return []string{"article", "  headline " + rubric,
			"  section ", "    heading ◇住宅全焼　けが人なし", "    paragraph ５日午後２時ごろ、上田市常磐城の会社員方から出火、木造２階建て住宅を全焼した。",
			"  section ", "    heading ◇特殊詐欺で８０万円被害", "    paragraph 松本署は５日、松本市の無職女性が現金８０万円をだまし取られたと発表した。",
			"  section ", "    heading ◇国道でトラック横転", "    paragraph ５日午前６時ごろ、塩尻市の国道で大型トラックが横転した。"}
	}
	check := func(page string, want []string) {
		t.Helper()
		d := mustRead(t, page)
		var got []string
		for _, k := range flatKinds(d) {
			if !strings.HasPrefix(k, "  noise ") {
				got = append(got, k)
			}
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("page:\n%s\n got:\n%s\nwant:\n%s", page, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		roundTrip(t, d)
	}
	for _, rubric := range []string{"■事件・事故", "■地域の話題", "◆くらしの窓", "□おくやみ"} {
		check(folio+rubric+"\n"+digestItems, want(rubric))
		check(rubric+"\n"+digestItems, want(rubric))
		check(rubric+"\n\n"+strings.ReplaceAll(strings.ReplaceAll(digestItems, "\n◇", "\n\n◇"), "\n　", "\n\n　"), want(rubric))
	}
	// After the column above, closed by its trailer.
	d := mustRead(t, "■事件・事故\n"+digestItems+"（長野支局）\n■地域の話題\n"+digestItems)
	if got := strings.Join(flatKinds(d), "\n"); strings.Count(got, "headline ■") != 2 || strings.Count(got, "article") != 2 {
		t.Errorf("two columns:\n%s", got)
	}
	roundTrip(t, d)

	// Not a rubric.
	for _, page := range []string{
		"県内で事件相次ぐ\n　県警によると、５日は県内で事件や事故が相次いだ。\n■事件・事故\n" + digestItems, // inside a story
		"■事件・事故\n◇住宅全焼　けが人なし\n　５日午後２時ごろ、上田市で住宅を全焼した。\n",               // one item
		"■事件・事故\n　５日午後２時ごろ、上田市で住宅を全焼した。\n◇特殊詐欺\n　松本署は５日、発表した。\n",      // over text
		"■県内の事件・事故のまとめと続報\n" + digestItems,                            // too long for a rubric
		"◇事件・事故\n" + digestItems, // ◇ over ◇
	} {
		d := mustRead(t, page)
		if got := strings.Join(flatKinds(d), "\n"); strings.Contains(got, "headline ■") || strings.Contains(got, "headline ◇") {
			t.Errorf("page:\n%s\nread a rubric:\n%s", page, got)
		}
		roundTrip(t, d)
	}
}
