package epub_test

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/epub"
	"github.com/paiban/paiban/convert/render"
)

// Render bylines your own way and wrap sections, leaving every other node
// to the writer.
func ExampleWithNodeHook() {
	hook := func(w render.Writer, n *doc.Node) (bool, error) {
		switch n.Kind {
		case doc.KindByline:
			w.Markup(`<p class="credit">`)
			w.Text("文／" + strings.Join(n.Names, " "))
			w.Markup("</p>\n")
			return true, nil
		case doc.KindSection:
			w.Markup(`<div class="box">` + "\n")
			w.Default(n) // the writer's own markup, its nodes through the hook again
			w.Markup("</div>\n")
			return true, nil
		}
		return false, nil // the writer's own markup
	}
	d := &doc.Document{Lang: "zh-Hans", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindHeadline, Text: "新线通车"},
		{Kind: doc.KindByline, Text: "本报记者 林晓", Names: []string{"林晓"}},
		{Kind: doc.KindSection, Children: []*doc.Node{
			{Kind: doc.KindHeading, Text: "换乘"},
			{Kind: doc.KindParagraph, Text: "可在五一广场站换乘。"},
		}},
	}}}}
	var book bytes.Buffer
	if err := epub.New(epub.WithNodeHook(hook)).Write(context.Background(), &book, d); err != nil {
		fmt.Println(err)
		return
	}
	page := entry(book.Bytes(), "EPUB/xhtml/a001.xhtml")
	body := page[strings.Index(page, "<article>"):strings.Index(page, "</article>")]
	fmt.Println(body)
	// Output:
	// <article>
	// <header>
	// <h1 class="headline">新线通车</h1>
	// </header>
	// <p class="credit"><span class="keep">文／林</span>晓</p>
	// <div class="box">
	// <section id="s1">
	// <h2>换乘</h2>
	// <p>可在五一广场站换乘。</p>
	// </section>
	// </div>
}

// entry returns a file of a zip archive.
func entry(data []byte, name string) string {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return err.Error()
	}
	for _, f := range zr.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				return err.Error()
			}
			defer rc.Close()
			b, _ := io.ReadAll(rc)
			return string(b)
		}
	}
	return "no " + name
}
