package jsonfmt

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// FuzzReadJSON checks that Read never panics, fails only with a
// *doc.InputError, and that whatever it accepts Write accepts too and
// writes as a fixed point of Read then Write.
func FuzzReadJSON(f *testing.F) {
	f.Add([]byte(writeString(f, NewWriter(), testTree())))
	f.Add([]byte(writeString(f, NewWriter(WithCompact(true)), testTree())))
	f.Add([]byte(`{"type":"document","version":1}`))
	f.Add([]byte(`{"type":"document","version":1,"children":[{"type":"article","children":[{"type":"section","children":[{"type":"heading","text":"\u2028"}]}]}]}`))
	f.Add([]byte("\ufeff{}"))
	f.Add([]byte("本报讯"))
	goldens, _ := filepath.Glob(filepath.Join("..", "..", "samples", "golden", "*.json"))
	for _, g := range goldens {
		if b, err := os.ReadFile(g); err == nil {
			f.Add(b)
		}
	}
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, in []byte) {
		d, err := NewReader().Read(ctx, bytes.NewReader(in), "fuzz.json")
		if err != nil {
			var ie *doc.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error is not a *doc.InputError: %T %v", err, err)
			}
			return
		}
		var first bytes.Buffer
		if err := NewWriter().Write(ctx, &first, d); err != nil {
			t.Fatalf("Read accepted a tree Write refuses: %v", err)
		}
		if !json.Valid(first.Bytes()) {
			t.Fatalf("Write produced invalid JSON:\n%s", first.Bytes())
		}
		d2, err := NewReader().Read(ctx, bytes.NewReader(first.Bytes()), "again.json")
		if err != nil {
			t.Fatalf("cannot read back what Write produced: %v\n%s", err, first.Bytes())
		}
		var second bytes.Buffer
		if err := NewWriter().Write(ctx, &second, d2); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first.Bytes(), second.Bytes()) {
			t.Fatalf("Read then Write is not byte-identical:\n%s\n---\n%s", first.Bytes(), second.Bytes())
		}
	})
}
