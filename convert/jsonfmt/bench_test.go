package jsonfmt

import (
	"bytes"
	"context"
	"io"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// benchTree repeats the test tree's articles to about 1 MB of JSON.
func benchTree() *doc.Document {
	d := testTree()
	one := d.Articles
	for len(d.Articles) < 1500 {
		d.Articles = append(d.Articles, one...)
	}
	return d
}

func BenchmarkWrite(b *testing.B) {
	d := benchTree()
	var buf bytes.Buffer
	if err := NewWriter().Write(context.Background(), &buf, d); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if err := NewWriter().Write(context.Background(), io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRead(b *testing.B) {
	var buf bytes.Buffer
	if err := NewWriter().Write(context.Background(), &buf, benchTree()); err != nil {
		b.Fatal(err)
	}
	in := buf.Bytes()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewReader().Read(context.Background(), bytes.NewReader(in), "bench.json"); err != nil {
			b.Fatal(err)
		}
	}
}
