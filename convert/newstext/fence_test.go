package newstext

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// loneStanza is a tree the reader never makes (one stanza alone reads
// back as paragraphs), so its plain text reads back otherwise.
func loneStanza() *doc.Document {
	return &doc.Document{Lang: "zh-Hans", Articles: []*doc.Node{{Kind: doc.KindArticle, Line: 1, Children: []*doc.Node{
		{Kind: doc.KindHeadline, Text: "冬至夜", Line: 1},
		{Kind: doc.KindByline, Text: "□苏晚（江苏南通）", Names: []string{"苏晚"}, Line: 3},
		{Kind: doc.KindVerse, Text: "雪落下来的时候\n母亲把灯又拧亮了一点\n锅里的汤圆翻着身", Line: 5},
		{Kind: doc.KindNoise, Text: "第3版", Furniture: true, Line: 9},
	}}}}
}

// TestFencedFallback: a tree whose text would read back otherwise is
// written fenced, reads back to the same tree, and writes again to the
// same bytes; WithExact(false) writes the text.
func TestFencedFallback(t *testing.T) {
	ctx := context.Background()
	d := loneStanza()
	var buf bytes.Buffer
	if err := NewWriter().Write(ctx, &buf, d); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasPrefix(out, treeFence+"\n") || !strings.HasSuffix(out, "\n"+treeFenceEnd+"\n") {
		t.Fatalf("not fenced:\n%s", out)
	}
	if strings.Contains(out, `"line"`) {
		t.Errorf("fenced tree keeps source lines:\n%s", out)
	}
	back, err := New().Read(ctx, strings.NewReader("\n"+out), "page.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !sameNodes(d.Articles, back.Articles) || back.Lang != d.Lang {
		t.Errorf("read back otherwise:\n%s\nwant\n%s", outline(back, false), outline(d, false))
	}
	if back.Source.Name != "page.txt" || back.Source.Encoding != "UTF-8" {
		t.Errorf("source = %+v", back.Source)
	}
	var again bytes.Buffer
	if err := NewWriter().Write(ctx, &again, back); err != nil {
		t.Fatal(err)
	}
	if again.String() != out {
		t.Errorf("written again:\n%s\nfirst:\n%s", again.String(), out)
	}
	ja, err := New(WithLang("ja")).Read(ctx, strings.NewReader(out), "page.txt")
	if err != nil || ja.Lang != "ja" {
		t.Errorf("WithLang(ja): lang %v, err %v", ja, err)
	}

	buf.Reset()
	if err := NewWriter(WithExact(false)).Write(ctx, &buf, d); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), treeFence) || !strings.Contains(buf.String(), "母亲把灯又拧亮了一点") {
		t.Errorf("WithExact(false):\n%s", buf.String())
	}

	// A tree whose text reads back as it is stays text.
	plain := mustRead(t, "# 标题\n\n　　正文。\n")
	buf.Reset()
	if err := NewWriter().Write(ctx, &buf, plain); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), "# 标题\n\n\u3000\u3000正文。\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestFencedInput: only a page that is one fenced tree is read as the
// tree; a broken one is refused with the page's line.
func TestFencedInput(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name, in string
		line     int // of the error; 0 for a page read as text
		text     bool
	}{
		{"bad version", treeFence + "\n{\"type\": \"document\",\n \"version\": 2}\n" + treeFenceEnd + "\n", 3, false},
		{"not JSON", "\n\n" + treeFence + "\n正文\n" + treeFenceEnd, 4, false},
		{"empty", treeFence + "\n" + treeFenceEnd + "\n", 2, false},
		{"text after", treeFence + "\n{}\n" + treeFenceEnd + "\n\n　　正文。\n", 0, true},
		{"no close", treeFence + "\n{}\n", 0, true},
		{"other info", "```json\n{}\n```\n", 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := New().Read(ctx, strings.NewReader(tc.in), "page.txt")
			if tc.text {
				if err != nil {
					t.Fatalf("read as text: %v", err)
				}
				checkNothingLost(t, []byte(tc.in), d)
				return
			}
			var ie *doc.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("err = %v, want an InputError", err)
			}
			if ie.Name != "page.txt" || ie.Line != tc.line || !strings.Contains(ie.Error(), "fenced tree") {
				t.Errorf("err = %v (line %d), want page.txt line %d, fenced tree", ie, ie.Line, tc.line)
			}
		})
	}
}
