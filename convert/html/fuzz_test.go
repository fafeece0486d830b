package html

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"

	"github.com/paiban/paiban/convert/doc"
)

// FuzzText puts any text a tree may hold in every place the page shows
// text (title, headline, byline, dateline and its date, paragraph), and
// parses the page as a browser would: the text must come back as it was
// (characters HTML cannot carry as U+FFFD), and no element may come from
// it.
func FuzzText(f *testing.F) {
	for _, s := range []string{"正文", "<script>alert(1)</script>", "&amp; &lt;", "</title><b>x", "9月1日", "G20 2024 5G", "\t\v\f", "\uFFFE\uFDD0", "]]>", "\u2028"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, vertical bool) {
		if !utf8.ValidString(s) || doc.TextProblem(s) != "" {
			t.Skip()
		}
		d := &doc.Document{Lang: "zh-Hans", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
			{Kind: doc.KindHeadline, Text: s},
			{Kind: doc.KindDateline, Text: "新华社" + s + "电", Date: s},
			{Kind: doc.KindByline, Text: s, Names: []string{s}},
			{Kind: doc.KindParagraph, Text: s},
		}}}}
		var buf bytes.Buffer
		if err := New(WithVertical(vertical)).Write(context.Background(), &buf, d); err != nil {
			t.Fatal(err)
		}
		root, err := xhtml.Parse(&buf)
		if err != nil {
			t.Fatal(err)
		}
		want := strings.Map(func(r rune) rune {
			if !htmlChar(r) {
				return '\uFFFD'
			}
			return r
		}, s)
		got := map[string][]string{}
		var walk func(n *xhtml.Node, in string)
		walk = func(n *xhtml.Node, in string) {
			if n.Type == xhtml.ElementNode {
				switch n.Data {
				case "title", "h1", "address", "p", "script":
					in = n.Data
					got[in] = append(got[in], "")
				case "html", "head", "body", "meta", "style", "main", "article", "header", "span", "time":
				default:
					t.Errorf("element <%s> on the page", n.Data)
				}
			}
			if n.Type == xhtml.TextNode && in != "" {
				l := got[in]
				l[len(l)-1] += n.Data
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c, in)
			}
		}
		walk(root, "")
		title := want
		if s == "" {
			title = untitled("zh-Hans")
		}
		for tag, texts := range map[string][]string{
			"title": {title}, "h1": {want}, "address": {want}, "p": {"新华社" + want + "电", want},
		} {
			if strings.Join(got[tag], "|") != strings.Join(texts, "|") {
				t.Errorf("<%s> reads %q, want %q", tag, got[tag], texts)
			}
		}
		if len(got["script"]) != 1 {
			t.Errorf("%d <script> elements, want the JSON-LD alone", len(got["script"]))
		}
	})
}
