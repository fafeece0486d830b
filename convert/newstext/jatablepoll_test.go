package newstext

import (
	"strings"
	"testing"
)

// TestJaBareUnitTitle: a Japanese table's title closed by its unit with no
// 単位, the sign alone first in the bracket and a legend after 、,
// 内閣を支持しますか（％、カッコ内は前回）, is the table's caption (blind
// page ja-seiji-doseiyoron: it had been a new article's headline over the
// poll's rows). Look-alikes kept: a day, a series' part, an age, a legend
// with no unit, a sentence before the bracket, a long remark after the
// unit.
func TestJaBareUnitTitle(t *testing.T) {
	for s, want := range map[string]bool{
		"内閣を支持しますか（％、カッコ内は前回）":    true,
		"内閣を支持しますか？（％）":           true,
		"政党支持率（％）":                true,
		"主な都市の人口（万人）":             true,
		"内閣支持率の推移（数字は％）":          true,
		"主な企業の決算（億円、▲は赤字）":        true,
		"首相動静（６日）":                false,
		"老いの風景（上）":                false,
		"山田太郎さん（７５）":              false,
		"主な候補（敬称略）":               false,
		"支持率は上昇した。（％）":            false,
		"内閣支持率（％、前回の調査から大きく上昇した）": false,
		"（％）": false,
	} {
		if got := unitTitle(s); got != want {
			t.Errorf("unitTitle(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestJaPollTable: a poll story's question table, its title over the rows
// and the survey's method under them, stays in the story: the title a
// caption, the rows paragraphs, 調査方法　… the table's note (blind page
// ja-seiji-doseiyoron: the table had been cut off into an article headed
// by the question, and the method a paragraph). The story after it still
// opens its own article.
func TestJaPollTable(t *testing.T) {
	const story = "内閣支持率４２％に上昇\n本社世論調査\n\n" +
		"　本社は５、６両日、全国世論調査を実施した。森山内閣の支持率は４２％で、前回から４ポイント上昇した。\n\n"
	const rows = "支持する　４２（３８）\n支持しない　４１（４５）\n答えない・わからない　１７（１７）\n\n"
	const next = "\n県内でインフル流行\n昨年より３週早く\n\n　県は６日、インフルエンザの流行入りを発表した。\n"
	for _, note := range []string{
		"調査方法　５、６両日、全国の有権者を対象に電話をかける方式（ＲＤＤ方式）で実施した。固定電話は５１２人から回答を得た。",
		"【調査方法】５、６両日、全国の有権者を対象に電話で実施した。",
		"〈調査方法〉５、６両日、全国の有権者を対象に電話で実施した。",
		"調査の方法＝５、６両日、全国の有権者を対象に電話で実施した。",
		"◆調査方法　５、６両日、全国の有権者を対象に電話で実施した。",
	} {
		wantAllKinds(t, story+"内閣を支持しますか（％、カッコ内は前回）\n"+rows+note+"\n"+next,
			"article", "headline 内閣支持率４２％に上昇", "subheadline 本社世論調査",
			"paragraph 本社は５、６両日、全国世論調査を実施した。森山内閣の支持率は４２％で、前回から４ポイント上昇した。",
			"caption 内閣を支持しますか（％、カッコ内は前回）",
			"paragraph 支持する　４２（３８）", "paragraph 支持しない　４１（４５）", "paragraph 答えない・わからない　１７（１７）",
			"note "+note,
			"article", "headline 県内でインフル流行", "subheadline 昨年より３週早く", "paragraph 県は６日、インフルエンザの流行入りを発表した。")
	}
	// Look-alikes: a sentence on the method, under the rows or in the
	// story, stays text, and so does the method's text under a paragraph.
	for _, page := range []string{
		story + "内閣を支持しますか（％、カッコ内は前回）\n" + rows + "調査方法を今回から見直した。\n",
		story + "調査方法　５、６両日、全国の有権者を対象に電話で実施した。\n",
	} {
		d := mustRead(t, page)
		if got := tw34Tree(d); strings.Contains(got, "note ") {
			t.Errorf("a note where there is none:\n%s", got)
		}
	}
}
