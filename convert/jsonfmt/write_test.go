package jsonfmt

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/internal/testtool"
)

func writeString(t testing.TB, w *Writer, d *doc.Document) string {
	t.Helper()
	var b bytes.Buffer
	if err := w.Write(context.Background(), &b, d); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return b.String()
}

// golden compares got with testdata/name, rewriting it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	testtool.Golden(t, filepath.Join("testdata", name), []byte(got), *update)
}

func TestWriteGolden(t *testing.T) {
	golden(t, "tree.json", writeString(t, NewWriter(), testTree()))
	golden(t, "tree.compact.json", writeString(t, NewWriter(WithCompact(true)), testTree()))
}

// The mirror types give encoding/json the same fields in the same order,
// to check that the hand-written encoder lays out JSON exactly as the
// standard library does.
type mirrorDoc struct {
	Type        string       `json:"type"`
	Version     int          `json:"version"`
	Lang        string       `json:"lang,omitempty"`
	Source      *mirrorSrc   `json:"source,omitempty"`
	Children    []mirrorNode `json:"children,omitempty"`
	Diagnostics []mirrorDiag `json:"diagnostics,omitempty"`
}

type mirrorSrc struct {
	Name     string `json:"name,omitempty"`
	Encoding string `json:"encoding,omitempty"`
}

type mirrorNode struct {
	Type      string       `json:"type"`
	Text      string       `json:"text,omitempty"`
	Line      int          `json:"line,omitempty"`
	Org       string       `json:"org,omitempty"`
	Roles     []string     `json:"roles,omitempty"`
	Names     []string     `json:"names,omitempty"`
	Place     string       `json:"place,omitempty"`
	Date      string       `json:"date,omitempty"`
	Furniture bool         `json:"furniture,omitempty"`
	Row       bool         `json:"row,omitempty"`
	Children  []mirrorNode `json:"children,omitempty"`
}

type mirrorDiag struct {
	Line     int    `json:"line,omitempty"`
	Severity string `json:"severity,omitempty"`
	Message  string `json:"message,omitempty"`
}

func mirror(d *doc.Document) mirrorDoc {
	m := mirrorDoc{Type: "document", Version: doc.Version, Lang: d.Lang}
	if d.Source != (doc.Source{}) {
		m.Source = &mirrorSrc{d.Source.Name, d.Source.Encoding}
	}
	var conv func(n *doc.Node) mirrorNode
	conv = func(n *doc.Node) mirrorNode {
		o := mirrorNode{Type: string(n.Kind), Text: n.Text, Line: n.Line, Org: n.Org,
			Roles: n.Roles, Names: n.Names, Place: n.Place, Date: n.Date, Furniture: n.Furniture, Row: n.Row}
		for _, c := range n.Children {
			o.Children = append(o.Children, conv(c))
		}
		return o
	}
	for _, a := range d.Articles {
		m.Children = append(m.Children, conv(a))
	}
	for _, di := range d.Diagnostics {
		m.Diagnostics = append(m.Diagnostics, mirrorDiag{di.Line, string(di.Severity), di.Message})
	}
	return m
}

func stdlibJSON(t testing.TB, d *doc.Document, indent bool) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(mirror(d)); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestWriteMatchesEncodingJSON(t *testing.T) {
	d := testTree()
	// A diagnostic's message may hold anything: invalid UTF-8 in it
	// becomes U+FFFD as encoding/json has it. (Invalid UTF-8 in a node's
	// text is refused: TestWriteRefusesInvalidTrees.)
	d.Source.Name = "坏\xfe名.txt"
	d.Diagnostics[0].Message = "无效\xff字节与\u2029段分隔和\x7f删除符"
	for _, indent := range []bool{true, false} {
		var opts []WriterOption
		if !indent {
			opts = append(opts, WithCompact(true))
		}
		got := writeString(t, NewWriter(opts...), d)
		if want := stdlibJSON(t, d, indent); got != want {
			t.Errorf("indent=%v: differs from encoding/json\ngot:\n%s\nwant:\n%s", indent, got, want)
		}
	}
}

func TestWriteKeepsCJKAndMarkupUnescaped(t *testing.T) {
	got := writeString(t, NewWriter(), testTree())
	for _, s := range []string{`"让“小修小补”<不再>难 & 快"`, `"编者按：这是一段编者按。"`} {
		if !strings.Contains(got, s) {
			t.Errorf("output lacks %s", s)
		}
	}
	if !strings.HasSuffix(got, "}\n") || !json.Valid([]byte(got)) {
		t.Errorf("output is not valid JSON ending in a newline")
	}
}

func TestWriteRefusesInvalidTrees(t *testing.T) {
	para := func() *doc.Node { return &doc.Node{Kind: doc.KindParagraph, Text: "x"} }
	art := func(c ...*doc.Node) *doc.Node { return &doc.Node{Kind: doc.KindArticle, Children: c} }
	tests := []struct {
		name, path, msg string
		d               *doc.Document
	}{
		{"unknown kind", "children[0].children[0]", `unknown type "pargraph"`,
			&doc.Document{Articles: []*doc.Node{art(&doc.Node{Kind: "pargraph"})}}},
		{"text on container", "children[0]", `"text" on an article`,
			&doc.Document{Articles: []*doc.Node{{Kind: doc.KindArticle, Text: "x"}}}},
		{"children on text node", "children[0].children[0]", `"children" on a paragraph`,
			&doc.Document{Articles: []*doc.Node{art(&doc.Node{Kind: doc.KindParagraph, Children: []*doc.Node{para()}})}}},
		{"section without heading", "children[0].children[1].children[0]", "must start with a heading, found a paragraph",
			&doc.Document{Articles: []*doc.Node{art(para(), &doc.Node{Kind: doc.KindSection, Children: []*doc.Node{para()}})}}},
		{"empty section", "children[0].children[0]", "found no children",
			&doc.Document{Articles: []*doc.Node{art(&doc.Node{Kind: doc.KindSection})}}},
		{"non-article at top", "children[0]", "the document holds articles, found a paragraph",
			&doc.Document{Articles: []*doc.Node{para()}}},
		{"nested article", "children[0].children[0]", "article cannot be nested",
			&doc.Document{Articles: []*doc.Node{art(art())}}},
		{"byline attrs elsewhere", "children[0].children[0]", `"org", "roles" or "names" on a paragraph`,
			&doc.Document{Articles: []*doc.Node{art(&doc.Node{Kind: doc.KindParagraph, Names: []string{"林晓"}})}}},
		{"dateline attrs elsewhere", "children[0].children[0]", `"place" or "date" on a headline`,
			&doc.Document{Articles: []*doc.Node{art(&doc.Node{Kind: doc.KindHeadline, Place: "北京"})}}},
		{"negative line", "children[0].line", "negative line",
			&doc.Document{Articles: []*doc.Node{{Kind: doc.KindArticle, Line: -1}}}},
		{"nil node", "children[0].children[0]", "nil node",
			&doc.Document{Articles: []*doc.Node{art(nil)}}},
		{"invalid UTF-8 in text", "children[0].children[0].text", "not UTF-8: byte 0xff",
			&doc.Document{Articles: []*doc.Node{art(&doc.Node{Kind: doc.KindParagraph, Text: "无效\xff字节"})}}},
		{"bad severity", "diagnostics[0].severity", `severity "info"`,
			&doc.Document{Diagnostics: []doc.Diagnostic{{Severity: "info"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			err := NewWriter().Write(context.Background(), &b, tt.d)
			var te *TreeError
			if !errors.As(err, &te) {
				t.Fatalf("want a *TreeError, got %v", err)
			}
			if te.Path != tt.path || !strings.Contains(te.Msg, tt.msg) {
				t.Errorf("got %q at %q, want %q at %q", te.Msg, te.Path, tt.msg, tt.path)
			}
			if b.Len() != 0 {
				t.Errorf("wrote %d bytes before refusing", b.Len())
			}
		})
	}
}

func TestWriteNilAndCancelled(t *testing.T) {
	if err := NewWriter().Write(context.Background(), &bytes.Buffer{}, nil); err == nil {
		t.Error("nil document: want an error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := NewWriter().Write(ctx, &bytes.Buffer{}, testTree()); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: got %v", err)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteReportsIOError(t *testing.T) {
	err := NewWriter().Write(context.Background(), failWriter{}, testTree())
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("got %v, want the writer's error", err)
	}
}

func TestWriteEmptyDocument(t *testing.T) {
	got := writeString(t, NewWriter(), &doc.Document{})
	want := "{\n  \"type\": \"document\",\n  \"version\": 1\n}\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestWithValidatedTreesSameOutput: skipping the check changes nothing
// for a valid tree.
func TestWithValidatedTreesSameOutput(t *testing.T) {
	d := testTree()
	if a, b := writeString(t, NewWriter(), d), writeString(t, NewWriter(WithValidatedTrees(true)), d); a != b {
		t.Errorf("output differs with WithValidatedTrees")
	}
}
