package jsonfmt_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/jsonfmt"
)

func ExampleWriter_Write() {
	tree := &doc.Document{
		Lang:   "zh-Hans",
		Source: doc.Source{Name: "page.txt", Encoding: "UTF-8"},
		Articles: []*doc.Node{{Kind: doc.KindArticle, Line: 1, Children: []*doc.Node{
			{Kind: doc.KindHeadline, Text: "秋粮喜获丰收", Line: 1},
			{Kind: doc.KindByline, Text: "记者 林晓", Line: 3, Roles: []string{"记者"}, Names: []string{"林晓"}},
		}}},
	}
	if err := jsonfmt.NewWriter().Write(context.Background(), os.Stdout, tree); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "type": "document",
	//   "version": 1,
	//   "lang": "zh-Hans",
	//   "source": {
	//     "name": "page.txt",
	//     "encoding": "UTF-8"
	//   },
	//   "children": [
	//     {
	//       "type": "article",
	//       "line": 1,
	//       "children": [
	//         {
	//           "type": "headline",
	//           "text": "秋粮喜获丰收",
	//           "line": 1
	//         },
	//         {
	//           "type": "byline",
	//           "text": "记者 林晓",
	//           "line": 3,
	//           "roles": [
	//             "记者"
	//           ],
	//           "names": [
	//             "林晓"
	//           ]
	//         }
	//       ]
	//     }
	//   ]
	// }
}

func ExampleReader_Read() {
	in := `{"type":"document","version":1,"children":[{"type":"article","children":[{"type":"section","children":[{"type":"paragraph","text":"正文"}]}]}]}`
	_, err := jsonfmt.NewReader().Read(context.Background(), strings.NewReader(in), "edited.json")
	fmt.Println(err)
	// Output:
	// edited.json:1: children[0].children[0].children[0]: a section must start with a heading, found a paragraph
}
