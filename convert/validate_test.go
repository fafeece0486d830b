package convert

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// malformed are trees library users could build by hand that no writer
// should see: each must be refused as bad input, never panic.
func malformed() []struct {
	name string
	d    *doc.Document
} {
	para := func() *doc.Node { return &doc.Node{Kind: doc.KindParagraph, Text: "正文"} }
	art := func(c ...*doc.Node) *doc.Node { return &doc.Node{Kind: doc.KindArticle, Children: c} }
	head := func() *doc.Node { return &doc.Node{Kind: doc.KindHeadline, Text: "标题"} }
	return []struct {
		name string
		d    *doc.Document
	}{
		{"nil document", nil},
		{"nil article", &doc.Document{Articles: []*doc.Node{art(head(), para()), nil}}},
		{"nil child", &doc.Document{Articles: []*doc.Node{art(head(), nil, para())}}},
		{"nil nested child", &doc.Document{Articles: []*doc.Node{art(head(),
			&doc.Node{Kind: doc.KindSection, Children: []*doc.Node{{Kind: doc.KindHeading, Text: "小标题"}, nil}})}}},
		{"children on a paragraph", &doc.Document{Articles: []*doc.Node{art(head(),
			&doc.Node{Kind: doc.KindParagraph, Text: "x", Children: []*doc.Node{nil}})}}},
		{"paragraph at the top", &doc.Document{Articles: []*doc.Node{para()}}},
		{"unknown kind", &doc.Document{Articles: []*doc.Node{art(&doc.Node{Kind: "pargraph", Text: "x"})}}},
		{"empty section", &doc.Document{Articles: []*doc.Node{art(head(), &doc.Node{Kind: doc.KindSection})}}},
		{"POSIX locale as lang", &doc.Document{Lang: "zh_CN", Articles: []*doc.Node{art(head(), para())}}},
	}
}

// Every registered writer, through Write and (where it can) WriteBook,
// refuses a malformed tree with a *doc.InputError wrapping a
// *doc.TreeError, and writes nothing.
func TestWriteRefusesMalformedTrees(t *testing.T) {
	reg := Default()
	for _, format := range reg.Writable() {
		for _, tt := range malformed() {
			t.Run(format+"/"+tt.name, func(t *testing.T) {
				var out bytes.Buffer
				err := writeNoPanic(t, func() error {
					return reg.Write(context.Background(), &out, tt.d, format, Options{})
				})
				checkTreeError(t, err)
				if out.Len() != 0 {
					t.Errorf("wrote %d bytes", out.Len())
				}
				if !reg.CanCombine(format, Options{}) {
					return
				}
				good := &doc.Document{Lang: "zh-Hans", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{{Kind: doc.KindHeadline, Text: "标题"}}}}}
				err = writeNoPanic(t, func() error {
					return reg.WriteBook(context.Background(), &out, []*doc.Document{good, tt.d}, format, Options{})
				})
				checkTreeError(t, err)
				if !strings.Contains(err.Error(), "document 2") {
					t.Errorf("WriteBook error %q does not say which document", err)
				}
			})
		}
	}
}

// Convert goes through the same check: a reader that builds a bad tree
// does not crash the writer.
func TestConvertRefusesMalformedTree(t *testing.T) {
	reg := Default()
	if err := reg.Register(Codec{Format: Format{Name: "broken"}, NewReader: func(Options) (Reader, error) { return brokenReader{}, nil }}); err != nil {
		t.Fatal(err)
	}
	for _, format := range reg.Writable() {
		err := writeNoPanic(t, func() error {
			return reg.Convert(context.Background(), strings.NewReader("x"), io.Discard, Options{From: "broken", To: format})
		})
		checkTreeError(t, err)
	}
}

type brokenReader struct{}

func (brokenReader) Read(context.Context, io.Reader, string) (*doc.Document, error) {
	return &doc.Document{Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{nil}}}}, nil
}

func writeNoPanic(t *testing.T, write func() error) (err error) {
	t.Helper()
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	return write()
}

func checkTreeError(t *testing.T, err error) {
	t.Helper()
	var te *doc.TreeError
	if !IsInputError(err) || !errors.As(err, &te) {
		t.Fatalf("got %v (%T), want a *doc.InputError wrapping a *doc.TreeError", err, err)
	}
}

// noRead fails the test if a conversion reads its input.
type noRead struct{ t *testing.T }

func (r noRead) Read([]byte) (int, error) {
	r.t.Error("input read despite a usage error")
	return 0, io.EOF
}

// Options a reader or writer refuses are an *OptionError naming the
// codec, found before any input is read.
func TestOptionErrors(t *testing.T) {
	tests := []struct {
		name, format, role string
		o                  Options
		want               string
	}{
		{"narrow width", "txt", "writer", Options{To: "txt", Width: 3}, "width 3"},
		{"negative width", "txt", "writer", Options{To: "txt", Width: -1}, "width -1"},
		{"unknown paper", "pdf", "writer", Options{To: "pdf", Paper: "B9"}, `paper "B9"`},
		{"too many columns", "pdf", "writer", Options{To: "pdf", Columns: 9}, "columns 9"},
		{"negative columns", "pdf", "writer", Options{To: "pdf", Columns: -1}, "columns -1"},
		{"missing body font", "pdf", "writer", Options{To: "pdf", FontBody: "/nonexistent/font.ttf"}, "body font"},
		{"missing heading font", "pdf", "writer", Options{To: "pdf", FontHeading: "/nonexistent/font.ttf"}, "heading font"},
		{"unknown lang", "newstext", "reader", Options{To: "json", Lang: "xx"}, `"xx"`},
		{"unknown encoding", "newstext", "reader", Options{To: "json", Encoding: "EBCDIC"}, `"EBCDIC"`},
	}
	reg := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var in io.Reader = noRead{t}
			if tt.role == "reader" {
				in = strings.NewReader("标题\n\n正文。")
			}
			err := reg.Convert(context.Background(), in, io.Discard, tt.o)
			var oe *OptionError
			if !errors.As(err, &oe) {
				t.Fatalf("got %v (%T), want an *OptionError", err, err)
			}
			if oe.Format != tt.format || oe.Role != tt.role || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %s %s %q, want %s %s mentioning %q", oe.Format, oe.Role, err, tt.format, tt.role, tt.want)
			}
			if IsInputError(err) {
				t.Error("an option error is not bad input")
			}
		})
	}
}

// Options that belong to another format are ignored, not refused.
func TestOtherFormatsOptionsIgnored(t *testing.T) {
	d := &doc.Document{Lang: "zh-Hans", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{{Kind: doc.KindHeadline, Text: "标题"}}}}}
	if err := Default().Write(context.Background(), io.Discard, d, "txt", Options{Columns: 9, Paper: "B9"}); err != nil {
		t.Errorf("txt refused pdf options: %v", err)
	}
}
