package jsonfmt

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

func read(t testing.TB, s string) (*doc.Document, error) {
	t.Helper()
	return NewReader().Read(context.Background(), strings.NewReader(s), "in.json")
}

func TestRoundTrip(t *testing.T) {
	for _, compact := range []bool{false, true} {
		var opts []WriterOption
		if compact {
			opts = append(opts, WithCompact(true))
		}
		w := NewWriter(opts...)
		first := writeString(t, w, testTree())
		d, err := read(t, first)
		if err != nil {
			t.Fatalf("compact=%v: Read: %v", compact, err)
		}
		if !reflect.DeepEqual(d, testTree()) {
			t.Errorf("compact=%v: tree changed by the round trip:\n got %+v\nwant %+v", compact, d, testTree())
		}
		if second := writeString(t, w, d); second != first {
			t.Errorf("compact=%v: second write differs:\n%s\n---\n%s", compact, first, second)
		}
	}
}

func TestReadAcceptsAnyFieldOrderAndBOM(t *testing.T) {
	in := "\ufeff" + `{"children":[{"children":[{"text":"标题","type":"headline"}],"type":"article"}],"version":1,"type":"document"}`
	d, err := read(t, in)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Title(); got != "标题" {
		t.Errorf("title %q", got)
	}
}

func TestReadErrors(t *testing.T) {
	const head = `{"type":"document","version":1,"children":[`
	tests := []struct {
		name, in string
		line     int    // 0: don't check
		want     string // substring of the message
	}{
		{"empty", "", 0, "empty input"},
		{"blank", " \n\t\n", 0, "empty input"},
		{"not JSON", "本报讯 这不是 JSON", 1, `not JSON: want "{" at the start, found "本"`},
		{"UTF-16LE with BOM", "\xff\xfe{\x00\"\x00", 1, "looks like UTF-16"},
		{"UTF-16BE without BOM", "\x00{\x00\"", 1, "looks like UTF-16"},
		{"UTF-16LE without BOM", "{\x00\"\x00t\x00", 1, "looks like UTF-16"},
		{"bad JSON", `{"type" "document"}`, 1, "not valid JSON: invalid character"},
		{"truncated", `{"type":"document","version":1,"children":[{"type":"article"`, 1, "truncated"},
		{"top-level array", `[]`, 1, "the document must be an object, found an array"},
		{"top-level null", `null`, 1, "found null"},
		{"wrong top type", `{"type":"article","version":1}`, 1, `type: the top level must have type "document", found "article"`},
		{"missing type", `{"version":1}`, 1, `missing "type"`},
		{"missing version", `{"type":"document"}`, 1, `missing "version"`},
		{"wrong version", `{"type":"document","version":2}`, 1, "version: unsupported version 2: this reader knows version 1"},
		{"version as string", `{"type":"document","version":"1"}`, 1, "version: want the number 1, found the string \"1\""},
		{"line break in text", head + `{"type":"article","children":[` + "\n" + `{"type":"paragraph","text":"a\nb"}]}]}`, 2,
			"children[0].children[0].text: line break in text"},
		{"line break in a caption", head + `{"type":"article","children":[{"type":"caption","text":"a\nb"}]}]}`, 1,
			"children[0].children[0].text: line break in text"},
		{"blank line in a verse", head + `{"type":"article","children":[{"text":"a\n\nb","type":"verse"}]}]}`, 1,
			"children[0].children[0].text: empty line 2 in a verse"},
		{"CR in a verse", head + `{"type":"article","children":[{"type":"verse","text":"a\r\nb"}]}]}`, 1,
			"children[0].children[0].text: line break in text"},
		{"NUL in text", head + `{"type":"article","children":[{"type":"paragraph","text":"a\u0000b"}]}]}`, 1,
			"children[0].children[0].text: control character U+0000 in text"},
		{"control in a name", head + `{"type":"article","children":[{"type":"byline","names":["林晓","周\u001b航"]}]}]}`, 1,
			"children[0].children[0].names[1]: control character U+001B in text"},
		{"line separator in a place", head + `{"type":"article","children":[{"type":"dateline","place":"北\u2028京"}]}]}`, 1,
			"children[0].children[0].place: line break (U+2028) in text"},
		{"unknown top field", `{"type":"document","version":1,"title":"x"}`, 1, `title: unknown field "title" in the document`},
		{"duplicate field", `{"type":"document","type":"document","version":1}`, 1, `type: duplicate field "type"`},
		{"trailing data", `{"type":"document","version":1} {}`, 1, "unexpected data after the document"},
		{"unknown type", head + `{"type":"article","children":[{"type":"pargraph","text":"x"}]}]}`, 1,
			`children[0].children[0]: unknown type "pargraph" (known: article, kicker`},
		{"missing node type", head + `{"type":"article","children":[{"text":"x"}]}]}`, 1, `children[0].children[0]: missing "type"`},
		{"text on container", head + `{"type":"article","text":"x"}]}`, 1, `children[0]: "text" on an article: a container holds "children", not text`},
		{"children on text node", head + `{"type":"article","children":[{"type":"headline","text":"x"},{"type":"paragraph","children":[]}]}]}`, 1,
			`children[0].children[1]: "children" on a paragraph`},
		{"section without heading", head + `{"type":"article","children":[{"type":"section","children":[{"type":"paragraph","text":"x"}]}]}]}`, 1,
			"children[0].children[0].children[0]: a section must start with a heading, found a paragraph"},
		{"empty section", head + `{"type":"article","children":[{"type":"section"}]}]}`, 1, "children[0].children[0]: a section must start with a heading, found no children"},
		{"paragraph at top", head + `{"type":"paragraph","text":"x"}]}`, 1, "children[0]: the document holds articles, found a paragraph"},
		{"nested document", head + `{"type":"document"}]}`, 1, `children[0]: a "document" cannot be nested`},
		{"nested article", head + `{"type":"article","children":[{"type":"article"}]}]}`, 1, "children[0].children[0]: an article cannot be nested inside an article"},
		{"org on paragraph", head + `{"type":"article","children":[{"type":"paragraph","org":"x"}]}]}`, 1, `children[0].children[0]: "org", "roles" or "names" on a paragraph`},
		{"date on byline", head + `{"type":"article","children":[{"type":"byline","date":"x"}]}]}`, 1, `"place" or "date" on a byline`},
		{"furniture on paragraph", head + `{"type":"article","children":[{"type":"paragraph","text":"3","furniture":true}]}]}`, 1, `children[0].children[0]: "furniture" on a paragraph: only noise is page furniture`},
		{"row on a heading", head + `{"type":"article","children":[{"type":"heading","text":"明日天气","row":true}]}]}`, 1, `children[0].children[0]: "row" on a heading: only a paragraph is a table row`},
		{"row not a boolean", head + `{"type":"article","children":[{"type":"paragraph","text":"北京 88:91 浙江","row":1}]}]}`, 1, `children[0].children[0].row: want true or false, found`},
		{"furniture not a boolean", head + `{"type":"article","children":[{"type":"noise","text":"3","furniture":"yes"}]}]}`, 1, `children[0].children[0].furniture: want true or false, found`},
		{"unknown node field", head + `{"type":"article","kids":[]}]}`, 1, `children[0].kids: unknown field "kids" in a node`},
		{"text not a string", head + `{"type":"article","children":[{"type":"paragraph","text":3}]}]}`, 1, "children[0].children[0].text: want a string, found the number 3"},
		{"negative line", head + `{"type":"article","line":-2}]}`, 1, "children[0].line: want a non-negative integer, found -2"},
		{"fractional line", head + `{"type":"article","line":1.5}]}`, 1, "want a non-negative integer, found 1.5"},
		{"huge line", head + `{"type":"article","line":1e999}]}`, 1, "want a non-negative integer"},
		{"names not strings", head + `{"type":"article","children":[{"type":"byline","names":["林晓",1]}]}]}`, 1, "children[0].children[0].names[1]: want a string"},
		{"children not an array", head + `{"type":"article","children":{}}]}`, 1, "children[0].children: want an array, found an object"},
		{"bad severity", `{"type":"document","version":1,"diagnostics":[{"severity":"info","message":"x"}]}`, 1, `diagnostics[0].severity: unknown severity "info"`},
		{"missing severity", `{"type":"document","version":1,"diagnostics":[{"message":"x"}]}`, 1, `diagnostics[0]: missing "severity"`},
		{"unknown source field", `{"type":"document","version":1,"source":{"path":"x"}}`, 1, `source.path: unknown field "path" in source`},
		{"error on a later line", "{\n  \"type\": \"document\",\n  \"version\": 1,\n  \"children\": [\n    {\n      \"type\": \"article\"\n    },\n    {\n      \"type\": \"kicker\"\n    }\n  ]\n}\n", 8,
			"children[1]: the document holds articles, found a kicker"},
		{"field error line", "{\n  \"type\": \"document\",\n  \"version\": 1,\n  \"lang\": 7\n}\n", 4, "lang: want a string"},
		{"too deep", head + strings.Repeat(`{"type":"section","children":[{"type":"heading"},`, 70) + "{}", 1, "nested deeper than 64 levels"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := read(t, tt.in)
			if err == nil {
				t.Fatalf("no error; read %+v", d)
			}
			var ie *doc.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("want a *doc.InputError, got %T: %v", err, err)
			}
			if ie.Name != "in.json" {
				t.Errorf("name %q", ie.Name)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("message %q\n lacks %q", err, tt.want)
			}
			if tt.line != 0 && ie.Line != tt.line {
				t.Errorf("line %d, want %d (%v)", ie.Line, tt.line, err)
			}
		})
	}
}

func TestReadMaxSize(t *testing.T) {
	in := writeString(t, NewWriter(), testTree())
	_, err := NewReader(WithMaxSize(100)).Read(context.Background(), strings.NewReader(in), "big.json")
	var ie *doc.InputError
	if !errors.As(err, &ie) || !strings.Contains(err.Error(), "input too large: more than 100 bytes") || ie.Name != "big.json" {
		t.Errorf("got %v", err)
	}
	if _, err := NewReader(WithMaxSize(-1)).Read(context.Background(), strings.NewReader(in), "x"); err != nil {
		t.Errorf("no limit: %v", err)
	}
}

func TestReadLines(t *testing.T) {
	w := NewWriter()
	var stream bytes.Buffer
	a, b := testTree(), &doc.Document{Lang: "ja"}
	for _, d := range []*doc.Document{a, b} {
		if err := w.WriteLine(context.Background(), &stream, d); err != nil {
			t.Fatal(err)
		}
	}
	if n := strings.Count(stream.String(), "\n"); n != 2 {
		t.Fatalf("%d newlines in a two-record stream", n)
	}
	in := stream.String() + "\n" + `{"type":"document","version":9}` + "\n" + strings.TrimSuffix(stream.String(), "\n")
	var got []*doc.Document
	var errs []error
	for d, err := range NewReader().ReadLines(context.Background(), strings.NewReader(in), "s.jsonl") {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		got = append(got, d)
	}
	if len(got) != 4 || !reflect.DeepEqual(got[0], a) || !reflect.DeepEqual(got[1], b) || !reflect.DeepEqual(got[3], b) {
		t.Errorf("got %d documents, want a, b, a, b", len(got))
	}
	var ie *doc.InputError
	if len(errs) != 1 || !errors.As(errs[0], &ie) || ie.Line != 4 || !strings.Contains(ie.Error(), "s.jsonl:4: version") {
		t.Errorf("errors %v, want one at s.jsonl:4", errs)
	}
	// Records written again are byte-identical.
	var again bytes.Buffer
	for _, d := range got[:2] {
		if err := w.WriteLine(context.Background(), &again, d); err != nil {
			t.Fatal(err)
		}
	}
	if again.String() != stream.String() {
		t.Error("JSON Lines round trip is not byte-identical")
	}
}

func TestReadLinesLimitsAndStops(t *testing.T) {
	long := `{"type":"document","version":1,"lang":"` + strings.Repeat("x", 200000) + `"}`
	in := long + "\n" + `{"type":"document","version":1}` + "\n"
	var n, bad int
	for _, err := range NewReader(WithMaxSize(1000)).ReadLines(context.Background(), strings.NewReader(in), "s") {
		if err != nil {
			bad++
			if !strings.Contains(err.Error(), "s:1: input too large: more than 1000 bytes") {
				t.Errorf("got %v", err)
			}
			continue
		}
		n++
	}
	if n != 1 || bad != 1 {
		t.Errorf("got %d documents and %d errors, want 1 and 1", n, bad)
	}
	// Breaking out of the loop stops reading.
	count := 0
	for range NewReader().ReadLines(context.Background(), strings.NewReader(in+in), "s") {
		count++
		break
	}
	if count != 1 {
		t.Errorf("loop ran %d times after break", count)
	}
}
