package newstext

import "testing"

// TestJaDayTimeLabel: a time of day alone in lenticular brackets, 【午前】,
// 【午後】, 【夜】, is a diary box's head, no dateline's place (blind page
// ja-seiji-doseiyoron: 【午後】 dated and opened an untitled article inside
// the 首相動静 box). Look-alikes kept: a town alone, 【松本】, a city with
// its word, a place with its agency, and a time word with a day, which
// is no place either.
func TestJaDayTimeLabel(t *testing.T) {
	for in, want := range map[string]string{
		"【午前】":   "",
		"【午後】":   "",
		"【午前中】":  "",
		"【正午】":   "",
		"【朝】":    "",
		"【夜】":    "",
		"【夕方】":   "",
		"【未明】":   "",
		"【６日午前】": "",
		// Look-alikes: places stay datelines.
		"【松本】":      "松本",
		"【朝霞】":      "朝霞",
		"【夜須】":      "夜須",
		"【長野市】":     "長野市",
		"【ワシントン共同】": "ワシントン",
	} {
		d, _, ok := parseDatelineLang(in+"８時３分、公邸から官邸。９時、閣議。", "ja")
		if got := d.place; !ok && got != "" || got != want {
			t.Errorf("parseDatelineLang(%q): place %q (%v), want %q", in, got, ok, want)
		}
	}
}

// TestJaDayTimeLabelTree: the 首相動静 box's 【午前】 and 【午後】 run in at
// their lines, one block under the box's title after a signed story,
// each head a section of the box's one article; a town alone over a
// story stays its dateline.
func TestJaDayTimeLabelTree(t *testing.T) {
	tw34WantTree(t, "首相、補正予算の早期成立訴え\n\n　森山誠一首相は６日の参院予算委員会で、補正予算案の週内の成立に理解を求めた。\n\n（政治部　大島美咲）\n\n首相動静（６日）\n\n"+
		"【午前】８時３分、公邸から官邸。９時、閣議。\n【午後】０時１分、官邸。６時１０分、公邸。\n",
		"article\n  headline 首相、補正予算の早期成立訴え\n  paragraph 森山誠一首相は６日の参院予算委員会で、補正予算案の週内の成立に理解を求めた。\n  byline  大島美咲 政治部: （政治部　大島美咲）\n"+
			"article\n  headline 首相動静（６日）\n  section\n    heading 【午前】\n    paragraph ８時３分、公邸から官邸。９時、閣議。\n"+
			"  section\n    heading 【午後】\n    paragraph ０時１分、官邸。６時１０分、公邸。")
	tw34WantTree(t, "首相動静（６日）\n\n【朝】公邸で過ごす。\n\n【夜】６時１０分、公邸。\n",
		"article\n  headline 首相動静（６日）\n  section\n    heading 【朝】\n    paragraph 公邸で過ごす。\n"+
			"  section\n    heading 【夜】\n    paragraph ６時１０分、公邸。")
	tw34WantTree(t, "松本城で冬の祭り\n\n【松本】\n　松本市の松本城で６日、冬の祭りが開かれた。\n",
		"article\n  headline 松本城で冬の祭り\n  dateline 【松本】\n  paragraph 松本市の松本城で６日、冬の祭りが開かれた。")
}
