package markup

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestWriteRowSlots: in a run of rows of differing fields, a short row
// gets an empty cell for each column it skips (its label first, its
// figures under the other rows' last columns); a run of rows of as many
// fields needs none.
func TestWriteRowSlots(t *testing.T) {
	row := func(s string) *doc.Node { return &doc.Node{Kind: doc.KindParagraph, Text: s, Row: true} }
	tests := []struct {
		rule string
		rows []string
		want []string // WriteRow's output per row
	}{
		{"a lottery's bonus number", []string{"红球 03 11 17", "蓝球 09"}, []string{
			`<p class="row"><span>红球 </span><span class="n">03 </span><span class="n">11 </span><span class="n">17</span></p>`,
			`<p class="row"><span>蓝球 </span><span></span><span></span><span class="n">09</span></p>`}},
		{"an election's loser row", []string{"当 12,408 高木", "9,876 大野"}, []string{
			`<p class="row"><span>当 </span><span class="n">12,408 </span><span>高木</span></p>`,
			`<p class="row"><span></span><span class="n">9,876 </span><span>大野</span></p>`}},
		{"a market row whose name has two words", []string{"코스피 2712.35", "코스닥 768.40", "원·달러 환율 1378.5원"}, []string{
			`<p class="row"><span>코스피 </span><span class="n">2712.35</span></p>`,
			`<p class="row"><span>코스닥 </span><span class="n">768.40</span></p>`,
			`<p class="row"><span>원·달러 환율 </span><span class="n">1378.5원</span></p>`}},
		{"rows of as many fields", []string{"广东 102:98 辽宁", "北京 88:91 浙江"}, []string{
			`<p class="row"><span>广东 </span><span class="n">102:98 </span><span>辽宁</span></p>`,
			`<p class="row"><span>北京 </span><span class="n">88:91 </span><span>浙江</span></p>`}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			a := &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{{Kind: doc.KindParagraph, Text: "前文。"}}}
			for _, r := range tt.rows {
				a.Children = append(a.Children, row(r))
			}
			slots := RowSlots(a)
			for i, n := range a.Children[1:] {
				var sb strings.Builder
				WriteRow(&sb, n, slots[n], func(s string) { sb.WriteString(s) })
				if got := strings.TrimSuffix(sb.String(), "\n"); got != tt.want[i] {
					t.Errorf("row %d:\n got %s\nwant %s", i, got, tt.want[i])
				}
			}
		})
	}
}
