package doc_test

import (
	"fmt"

	"github.com/paiban/paiban/convert/doc"
)

// Find the first byline and stop there, however large the tree.
func ExampleInspect() {
	d := &doc.Document{Articles: []*doc.Node{
		{Kind: doc.KindArticle, Children: []*doc.Node{
			{Kind: doc.KindHeadline, Text: "新线通车"},
			{Kind: doc.KindByline, Text: "本报记者 林晓", Names: []string{"林晓"}},
		}},
		{Kind: doc.KindArticle, Children: []*doc.Node{
			{Kind: doc.KindByline, Text: "本报记者 周成", Names: []string{"周成"}},
		}},
	}}
	visited := 0
	var first *doc.Node
	d.Inspect(func(n *doc.Node) doc.WalkStatus {
		visited++
		if n.Kind == doc.KindByline {
			first = n
			return doc.WalkStop
		}
		return doc.WalkContinue
	})
	fmt.Println(first.Names, visited)
	// Output:
	// [林晓] 3
}
