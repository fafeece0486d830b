package html_test

import (
	"context"
	"io"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/html"
	"github.com/paiban/paiban/internal/testdoc"
	"github.com/paiban/paiban/internal/testtool"
)

// benchDoc is the articles of every sample as one document.
func benchDoc(b *testing.B) *doc.Document {
	d := &doc.Document{Lang: "zh-Hans"}
	for _, in := range testtool.Samples(b) {
		d.Articles = append(d.Articles, testdoc.Read(b, in).Articles...)
	}
	return d
}

func BenchmarkWrite(b *testing.B) {
	d := benchDoc(b)
	for _, c := range []struct {
		name string
		opts []html.Option
	}{{"horizontal", nil}, {"vertical", []html.Option{html.WithVertical(true)}}} {
		b.Run(c.name, func(b *testing.B) {
			w := html.New(c.opts...)
			for b.Loop() {
				if err := w.Write(context.Background(), io.Discard, d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
