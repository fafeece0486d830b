package convert_test

import (
	"context"
	"io"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert"
	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/pdf"
)

// TestNewspaperMemoryBounded: newspaper make-up (the default on A3) stays
// within the writers' memory bound (memFixed + memPerByte × text) on one
// huge paragraph, which it once set with a copy of the rest of the
// article per block it measured (issue 16).
func TestNewspaperMemoryBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	para := strings.Repeat("中文排版测试，", 2_000_000/21) // 2 MB
	d := &doc.Document{Lang: "zh-Hans", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindHeadline, Text: "一段极长的正文"}, {Kind: doc.KindParagraph, Text: para}}}}}
	o := convert.Options{Paper: "A3"}
	o.With = append(o.With, pdf.WithLayout(pdf.LayoutNewspaper))
	var err error
	peak := peakHeap(func() {
		err = convert.Default().Write(context.Background(), io.Discard, d, "pdf", o)
	})
	if err != nil {
		t.Fatal(err)
	}
	limit := memFixed + memPerByte*uint64(len(para))
	t.Logf("peak heap %.1f MB for %.1f MB of text", float64(peak)/1e6, float64(len(para))/1e6)
	if peak > limit {
		t.Errorf("peak heap %d bytes, more than %d + %d × %d", peak, memFixed, memPerByte, len(para))
	}
}
