package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// nodeAt returns the kind of the node read from the given source line,
// with its names after a space, or "" for none (the article aside).
func nodeAt(d *doc.Document, line int) string {
	got := ""
	d.WalkDocument(func(n *doc.Node) bool {
		if got == "" && n.Line == line && n.Kind != doc.KindArticle && n.Kind != doc.KindSection {
			got = string(n.Kind)
			if len(n.Names) > 0 {
				got += " " + strings.Join(n.Names, ",")
			}
		}
		return true
	})
	return got
}

// TestFootnoteBlock: a theory essay's footnotes under its last paragraph,
// a label alone on its line over entries numbered from one in order, are
// notes, the label with them (blind round 59, cn-dangbao-lilun-zhushi);
// a ①… list under no label or under another word, or marks that do not
// count up from one, stay the text's paragraphs.
func TestFootnoteBlock(t *testing.T) {
	const head = "以县域为重要切入点扎实推进共同富裕\n\n" +
		"　　县域是城乡融合发展的关键纽带，也是推进共同富裕的重要单元。近年来，收入之比由2.05缩小到1.86①，县域经济的带动作用明显增强②。\n\n" +
		"　　推进共同富裕是一项长期任务，不可能一蹴而就。要及时总结推广基层的好经验好做法③，以钉钉子精神一件接着一件办。\n\n"
	const (
		e1 = "江州市统计局：《2025年江州市国民经济和社会发展统计公报》，2026年3月。"
		e2 = "刘晓琴：《县域公共服务均等化的实证研究》，《江州社会科学》2025年第4期。"
		e3 = "参见江州市人民政府：《江州市县域共同富裕三年行动方案》。"
	)
	const tail = "\n（作者单位：江州大学马克思主义学院）\n"
	tests := []struct {
		name, block string
		want        []string // the kinds of the block's lines, from line 7
	}{
		{"注释： over ①②③", "注释：\n①" + e1 + "\n②" + e2 + "\n③" + e3 + "\n",
			[]string{"note", "note", "note", "note"}},
		{"blank lines between", "注释：\n\n①" + e1 + "\n\n②" + e2 + "\n",
			[]string{"note", "", "note", "", "note"}},
		{"注： and no third", "注：\n①" + e1 + "\n②" + e2 + "\n",
			[]string{"note", "note", "note"}},
		{"padded label, no colon", "注　释\n①" + e1 + "\n②" + e2 + "\n",
			[]string{"note", "note", "note"}},
		{"bracketed label", "【注释】\n①" + e1 + "\n②" + e2 + "\n",
			[]string{"note", "note", "note"}},
		{"traditional script", "註釋：\n①" + e1 + "\n②" + e2 + "\n",
			[]string{"note", "note", "note"}},
		{"references with square marks", "参考文献：\n[1]" + e1 + "\n[2]" + e2 + "\n",
			[]string{"note", "note", "note"}},
		{"tortoise-shell marks", "注释：\n〔1〕" + e1 + "\n〔2〕" + e2 + "\n",
			[]string{"note", "note", "note"}},
		{"parenthesized circled marks", "注释：\n⑴" + e1 + "\n⑵" + e2 + "\n",
			[]string{"note", "note", "note"}},
		// Look-alikes.
		{"no label", "①" + e1 + "\n②" + e2 + "\n",
			[]string{"paragraph", "paragraph"}},
		{"another word", "注意：\n①" + e1 + "\n②" + e2 + "\n",
			[]string{"paragraph", "paragraph", "paragraph"}},
		{"marks not from one", "注释：\n②" + e1 + "\n③" + e2 + "\n",
			[]string{"paragraph", "paragraph", "paragraph"}},
		{"round-bracketed numbers are heads", "注释：\n（1）" + e1 + "\n（2）" + e2 + "\n",
			[]string{"paragraph", "paragraph", "paragraph"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := head + tt.block + tail
			d := mustRead(t, p)
			var got []string
			for i := range tt.want {
				got = append(got, nodeAt(d, 7+i))
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("block read as %q, want %q\n%s", got, tt.want, outline(d, true))
			}
			roundTrip(t, d)
			checkNothingLost(t, []byte(p), d)
		})
	}
}
