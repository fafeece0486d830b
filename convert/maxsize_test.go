package convert

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/jsonfmt"
	"github.com/paiban/paiban/convert/newstext"
)

// claimed is an input that tells its size (as a file does), which may be
// more than it holds, and counts the bytes read from it.
type claimed struct {
	r    io.Reader
	size int64
	read int
}

func (c *claimed) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.read += n
	return n, err
}

func (c *claimed) Size() int64 { return c.size }

// TestMaxSizeOneRule: every reader's size option follows one rule —
// positive is the limit, 0 the 64 MiB default, negative no limit — and an
// input known to be too large is refused before a byte of it is read.
func TestMaxSizeOneRule(t *testing.T) {
	const text = "# 标题\n\n正文。\n"
	const tree = `{"type":"document","version":1,"lang":"zh-Hans","children":[]}`
	readers := []struct {
		name    string
		content string
		read    func(n int64, in io.Reader) error
	}{
		{"convert newstext", text, func(n int64, in io.Reader) error {
			_, err := Read(context.Background(), in, Options{From: "newstext", MaxSize: n})
			return err
		}},
		{"convert json", tree, func(n int64, in io.Reader) error {
			_, err := Read(context.Background(), in, Options{From: "json", MaxSize: n})
			return err
		}},
		{"newstext", text, func(n int64, in io.Reader) error {
			_, err := newstext.New(newstext.WithMaxSize(n)).Read(context.Background(), in, "x")
			return err
		}},
		{"jsonfmt", tree, func(n int64, in io.Reader) error {
			_, err := jsonfmt.NewReader(jsonfmt.WithMaxSize(n)).Read(context.Background(), in, "x")
			return err
		}},
	}
	cases := []struct {
		name      string
		max       int64
		claim     int64 // -1: unknown
		pad       int   // bytes of padding after the content
		tooLarge  bool
		readFirst bool // the refusal may read (size unknown)
	}{
		{"0 is the default: a file over 64 MiB", 0, DefaultMaxSize + 1, 0, true, false},
		{"0 is the default: a file of 64 MiB", 0, DefaultMaxSize, 0, false, false},
		{"negative is no limit", -1, DefaultMaxSize + 1, 0, false, false},
		{"NoMaxSize", NoMaxSize, 1 << 40, 0, false, false},
		{"a file over the limit", 100, 101, 0, true, false},
		{"a stream over the limit", 100, -1, 200, true, true},
	}
	for _, r := range readers {
		for _, c := range cases {
			t.Run(r.name+"/"+c.name, func(t *testing.T) {
				in := &claimed{r: strings.NewReader(r.content + strings.Repeat("\n", c.pad)), size: c.claim}
				err := r.read(c.max, in)
				if got := errors.Is(err, doc.ErrTooLarge); got != c.tooLarge {
					t.Fatalf("too large: %v, want %v (err %v)", got, c.tooLarge, err)
				}
				if c.tooLarge && !c.readFirst && in.read > 0 {
					t.Errorf("read %d bytes of an input known to be too large", in.read)
				}
				if err != nil && strings.Contains(err.Error(), "With") {
					t.Errorf("the message names a Go function: %v", err)
				}
				var ie *doc.InputError
				if c.tooLarge && !errors.As(err, &ie) {
					t.Errorf("not an InputError: %T", err)
				}
			})
		}
	}
}
