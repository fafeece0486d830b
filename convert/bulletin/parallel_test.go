package bulletin

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/newstext"
	"github.com/paiban/paiban/internal/testtool"
)

// A document large enough to be set by several goroutines must come out
// exactly as one renderer writes it, article after article.
func TestParallelMatchesSerial(t *testing.T) {
	d := &doc.Document{Lang: "zh-Hans"}
	for _, p := range testtool.Samples(t) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		s, err := newstext.New().ParseBytes(context.Background(), data, filepath.Base(p))
		if err != nil {
			continue // the hostile samples
		}
		if s.Lang == "zh-Hans" || s.Lang == "zh" {
			d.Articles = append(d.Articles, s.Articles...)
		}
	}
	for textSize(d) < parallelMin && len(d.Articles) > 0 {
		d.Articles = append(d.Articles, d.Articles...)
	}
	if len(d.Articles) == 0 {
		t.Skip("no Chinese samples")
	}
	for _, w := range []*Writer{New(), New(WithWidth(31)), New(WithBrief(true))} {
		var got bytes.Buffer
		if err := w.Write(context.Background(), &got, d); err != nil {
			t.Fatal(err)
		}
		// The serial reference: one renderer writing everything in turn.
		r := newRenderer(w, d)
		var want []byte
		for i, a := range d.Articles {
			if i > 0 {
				if r.started {
					r.out = append(r.out, '\n')
				}
				r.out = append(r.out, bytes.Repeat([]byte("-"), w.width)...)
				r.out = append(r.out, '\n')
			}
			r.article(a)
			want = r.out
		}
		if !bytes.Equal(got.Bytes(), want) {
			t.Fatalf("width %d brief %v: parallel output differs from serial (%d vs %d bytes)", w.width, w.brief, got.Len(), len(want))
		}
	}
}
