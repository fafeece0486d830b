package pdf

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/internal/testtool"
)

// TestTitleOption checks that WithTitle replaces the first headline as the
// title of the document information, and that the headline stays the
// title without it.
func TestTitleOption(t *testing.T) {
	d := &doc.Document{Lang: "zh-Hans", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindHeadline, Text: "地铁4号线明年6月通车"},
		{Kind: doc.KindParagraph, Text: "正文。"},
	}}}}
	for _, tc := range []struct {
		opts []Option
		want string
	}{
		{nil, "地铁4号线明年6月通车"},
		{[]Option{WithTitle("8月29日 要闻")}, "8月29日 要闻"},
	} {
		cfg := &config{}
		for _, o := range tc.opts {
			o(cfg)
		}
		if got := metaOf(cfg, d).title; got != tc.want {
			t.Errorf("title %q, want %q", got, tc.want)
		}
	}
	pdfinfo := testtool.Need(t, "pdfinfo")
	out, _ := writePDF(t, d, date, WithTitle("8月29日 要闻"))
	info, err := exec.Command(pdfinfo, "-enc", "UTF-8", savePDF(t, "title.pdf", out)).Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(info), "Title:           8月29日 要闻\n") {
		t.Errorf("document information:\n%s\nwant the title 8月29日 要闻", info)
	}
}
