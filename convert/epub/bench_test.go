package epub

import (
	"context"
	"fmt"
	"io"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// edition builds a document of n articles like the hand-built ones, each
// with its own headline, so that the book has n XHTML files.
func edition(n int) *doc.Document {
	d := &doc.Document{Lang: "zh-Hans"}
	for i := range n {
		for _, a := range handTree().Articles {
			if len(d.Articles) == n {
				break
			}
			for _, c := range a.Children {
				if c.Kind == doc.KindHeadline {
					c.Text = fmt.Sprintf("%s（%d）", c.Text, i+1)
				}
			}
			d.Articles = append(d.Articles, a)
		}
	}
	return d
}

// BenchmarkEPUB writes a 100-article edition; make bench compares it with
// pandoc -t epub3 on the same input.
func BenchmarkEPUB(b *testing.B) {
	d := edition(100)
	for _, bc := range []struct {
		name string
		opts []Option
	}{
		{"plain", nil},
		{"vertical", []Option{WithVertical(true)}},
		{"embed-font", []Option{WithEmbedFont(true)}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			w := New(bc.opts...)
			for b.Loop() {
				if err := w.Write(context.Background(), io.Discard, d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkEPUBMany writes books of 1,000 and 10,000 small articles: the
// time per article should not grow with the book (it once grew with the
// square of the articles: go-epub rescans its sections on every add).
func BenchmarkEPUBMany(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		d := edition(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			w := New()
			for b.Loop() {
				if err := w.Write(context.Background(), io.Discard, d); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/article")
		})
	}
}
