package ninjs_test

import (
	"context"
	"io"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/ninjs"
	"github.com/paiban/paiban/internal/testdoc"
	"github.com/paiban/paiban/internal/testtool"
)

func BenchmarkWrite(b *testing.B) {
	d := &doc.Document{Lang: "zh-Hans", Source: doc.Source{Name: "bench.txt"}}
	for _, in := range testtool.Samples(b) {
		d.Articles = append(d.Articles, testdoc.Read(b, in).Articles...)
	}
	w := ninjs.New()
	for b.Loop() {
		if err := w.Write(context.Background(), io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
}
