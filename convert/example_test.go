package convert_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/paiban/paiban/convert"
	"github.com/paiban/paiban/convert/doc"
)

const page = `湘江新区
# 地铁四号线北延段今日通车

本报讯（记者 林晓 通讯员 周成）9月2日上午，长沙地铁四号线北延段正式开通运营。

新线全长八点六公里，设车站六座。
`

// Read a page of newspaper text into a document tree and walk it.
func ExampleRead() {
	d, err := convert.Read(context.Background(), strings.NewReader(page), convert.Options{Name: "page.txt"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Lang, d.Title())
	d.WalkDocument(func(n *doc.Node) bool {
		if n.Kind == doc.KindByline {
			fmt.Println(n.Kind, n.Names)
		}
		return true
	})
	// Output:
	// zh-Hans 地铁四号线北延段今日通车
	// byline [林晓 周成]
}

// Write a tree, here built by hand, in any registered format.
func ExampleWrite() {
	d := &doc.Document{
		Lang:   "zh-Hans",
		Source: doc.Source{Name: "hand.txt", Encoding: "UTF-8"},
		Articles: []*doc.Node{{Kind: doc.KindArticle, Line: 1, Children: []*doc.Node{
			{Kind: doc.KindHeadline, Text: "新线通车", Line: 1},
		}}},
	}
	err := convert.Write(context.Background(), os.Stdout, d, "json", convert.Options{})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "type": "document",
	//   "version": 1,
	//   "lang": "zh-Hans",
	//   "source": {
	//     "name": "hand.txt",
	//     "encoding": "UTF-8"
	//   },
	//   "children": [
	//     {
	//       "type": "article",
	//       "line": 1,
	//       "children": [
	//         {
	//           "type": "headline",
	//           "text": "新线通车",
	//           "line": 1
	//         }
	//       ]
	//     }
	//   ]
	// }
}

// Convert in one call, and tell bad input from a failing stream.
func ExampleConvert() {
	ctx := context.Background()
	var pdf strings.Builder
	err := convert.Convert(ctx, strings.NewReader(page), &pdf, convert.Options{To: "pdf", Paper: "A4"})
	fmt.Println(err, strings.HasPrefix(pdf.String(), "%PDF-"))

	err = convert.Convert(ctx, strings.NewReader("\x00\x01binary"), io.Discard, convert.Options{Name: "x.bin"})
	var bad *doc.InputError
	fmt.Println(errors.As(err, &bad))
	// Output:
	// <nil> true
	// true
}

// headlines is a custom writer: one headline per line.
type headlines struct{}

func (headlines) Write(ctx context.Context, w io.Writer, d *doc.Document) error {
	for _, a := range d.Articles {
		if _, err := fmt.Fprintln(w, a.Headline()); err != nil {
			return err
		}
	}
	return nil
}

// Register a custom writer in a registry of one's own; paiban is untouched.
func ExampleRegistry_Register() {
	reg := convert.Default()
	err := reg.Register(convert.Codec{
		Format: convert.Format{
			Name:        "headlines",
			Extensions:  []string{".hl"},
			MediaType:   "text/plain; charset=utf-8",
			Description: "one headline per line",
		},
		NewWriter: func(convert.Options) (convert.Writer, error) { return headlines{}, nil },
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	err = reg.Convert(context.Background(), strings.NewReader(page), os.Stdout, convert.Options{To: "headlines"})
	fmt.Println(err)
	// Output:
	// 地铁四号线北延段今日通车
	// <nil>
}
