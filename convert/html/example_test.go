package html_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/html"
	"github.com/paiban/paiban/convert/render"
)

// A page whose bylines a newsroom marks up its own way, through a node
// hook; every other node keeps the writer's markup.
func ExampleWithNodeHook() {
	credit := func(w render.Writer, n *doc.Node) (bool, error) {
		if n.Kind != doc.KindByline {
			return false, nil
		}
		w.Markup(`<p class="credit">`)
		for i, name := range n.Names {
			if i > 0 {
				w.Markup(" · ")
			}
			w.Text(name)
		}
		w.Markup("</p>\n")
		return true, nil
	}
	d := &doc.Document{Lang: "zh-Hans", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindHeadline, Text: "新线通车"},
		{Kind: doc.KindParagraph, Text: "长沙地铁<四号线>北延段开通。"},
		{Kind: doc.KindByline, Text: "（记者 林晓 周成）", Roles: []string{"记者"}, Names: []string{"林晓", "周成"}},
	}}}}
	var sb strings.Builder
	if err := html.New(html.WithNodeHook(credit)).Write(context.Background(), &sb, d); err != nil {
		fmt.Println(err)
		return
	}
	page := sb.String()
	os.Stdout.WriteString(page[strings.Index(page, "<article"):strings.Index(page, "</main>")])
	// Output:
	// <article id="a1">
	// <header>
	// <h1>新线通车</h1>
	// </header>
	// <p>长沙地铁&lt;四号线&gt;北延段开通。</p>
	// <p class="credit">林晓 · 周成</p>
	// </article>
}
