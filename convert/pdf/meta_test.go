package pdf

import (
	"os/exec"
	"strconv"
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

// TestKeywordsBounded: Keywords lists the headlines in order, whole, up to
// maxKeywords bytes: all of a page's, the first of 10,000 one-line
// headlines, and a first headline longer than the bound alone.
func TestKeywordsBounded(t *testing.T) {
	page := func(heads ...string) *doc.Document {
		d := &doc.Document{Lang: "zh-Hans"}
		for _, h := range heads {
			d.Articles = append(d.Articles, &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{{Kind: doc.KindHeadline, Text: h}}})
		}
		return d
	}
	var many []string
	for i := range 10000 {
		many = append(many, "第"+strconv.Itoa(i)+"条新闻标题")
	}
	long := strings.Repeat("长", maxKeywords)
	for _, tc := range []struct {
		d    *doc.Document
		want func(string) bool
	}{
		{page("地铁开通", "暴雨预警"), func(k string) bool { return k == "地铁开通; 暴雨预警" }},
		{page(many...), func(k string) bool {
			return len(k) <= maxKeywords && len(k) > maxKeywords-40 && strings.HasPrefix(k, "第0条新闻标题; 第1条新闻标题; ") &&
				strings.HasSuffix(k, "条新闻标题")
		}},
		{page(long, "暴雨预警"), func(k string) bool { return k == long }},
	} {
		if k := metaOf(&config{}, tc.d).keywords; !tc.want(k) {
			t.Errorf("keywords of %d headlines: %d bytes %.80q…", len(tc.d.Articles), len(k), k)
		}
	}
}
