package doc

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

func art(children ...*Node) *Node { return &Node{Kind: KindArticle, Children: children} }

func para() *Node { return &Node{Kind: KindParagraph, Text: "正文"} }

func TestValidateAcceptsPage(t *testing.T) {
	if err := page().Validate(); err != nil {
		t.Fatalf("valid page refused: %v", err)
	}
	if err := (&Document{}).Validate(); err != nil {
		t.Fatalf("empty document refused: %v", err)
	}
}

func TestValidate(t *testing.T) {
	deep := para()
	for range MaxDepth {
		deep = &Node{Kind: KindSection, Children: []*Node{{Kind: KindHeading, Text: "h"}, deep}}
	}
	tests := []struct {
		name, path, msg string
		d               *Document
	}{
		{"nil article", "children[1]", "nil node", &Document{Articles: []*Node{art(), nil}}},
		{"nil child", "children[0].children[1]", "nil node", &Document{Articles: []*Node{art(para(), nil)}}},
		{"nil nested child", "children[0].children[0].children[1]", "nil node",
			&Document{Articles: []*Node{art(&Node{Kind: KindSection, Children: []*Node{{Kind: KindHeading, Text: "h"}, nil}})}}},
		{"unknown kind", "children[0].children[0]", `unknown type "pargraph"`, &Document{Articles: []*Node{art(&Node{Kind: "pargraph"})}}},
		{"text on container", "children[0]", `"text" on an article`, &Document{Articles: []*Node{{Kind: KindArticle, Text: "x"}}}},
		{"children on text node", "children[0].children[0]", `"children" on a paragraph`,
			&Document{Articles: []*Node{art(&Node{Kind: KindParagraph, Children: []*Node{para()}})}}},
		{"section without heading", "children[0].children[0].children[0]", "must start with a heading, found a paragraph",
			&Document{Articles: []*Node{art(&Node{Kind: KindSection, Children: []*Node{para()}})}}},
		{"empty section", "children[0].children[0]", "found no children", &Document{Articles: []*Node{art(&Node{Kind: KindSection})}}},
		{"non-article at top", "children[0]", "the document holds articles, found a paragraph", &Document{Articles: []*Node{para()}}},
		{"nested article", "children[0].children[0]", "article cannot be nested", &Document{Articles: []*Node{art(art())}}},
		{"nested document", "children[0].children[0]", `"document" cannot be nested`, &Document{Articles: []*Node{art(&Node{Kind: KindDocument})}}},
		{"byline attrs elsewhere", "children[0].children[0]", `"org", "roles" or "names" on a paragraph`,
			&Document{Articles: []*Node{art(&Node{Kind: KindParagraph, Names: []string{"林晓"}})}}},
		{"dateline attrs elsewhere", "children[0].children[0]", `"place" or "date" on a headline`,
			&Document{Articles: []*Node{art(&Node{Kind: KindHeadline, Place: "北京"})}}},
		{"row mark elsewhere", "children[0].children[0]", `"row" on a caption: only a paragraph is a table row`,
			&Document{Articles: []*Node{art(&Node{Kind: KindCaption, Text: "北京 88:91 浙江", Row: true})}}},
		{"negative line", "children[0].line", "negative line", &Document{Articles: []*Node{{Kind: KindArticle, Line: -1}}}},
		{"line break in text", "children[0].children[0].text", "line break in text",
			&Document{Articles: []*Node{art(&Node{Kind: KindParagraph, Text: "一行\n两行"})}}},
		{"line break in a caption", "children[0].children[0].text", "line break in text",
			&Document{Articles: []*Node{art(&Node{Kind: KindCaption, Text: "一行\n两行"})}}},
		{"empty line in a verse", "children[0].children[0].text", "empty line 2 in a verse",
			&Document{Articles: []*Node{art(&Node{Kind: KindVerse, Text: "一行\n\n两行"})}}},
		{"trailing line feed in a verse", "children[0].children[0].text", "empty line 3 in a verse",
			&Document{Articles: []*Node{art(&Node{Kind: KindVerse, Text: "一行\n两行\n"})}}},
		{"CR in a verse", "children[0].children[0].text", "line break in text",
			&Document{Articles: []*Node{art(&Node{Kind: KindVerse, Text: "一行\r\n两行"})}}},
		{"NEL in a verse", "children[0].children[0].text", "line break (U+0085)",
			&Document{Articles: []*Node{art(&Node{Kind: KindVerse, Text: "一行\n两\u0085行"})}}},
		{"NEL in text", "children[0].children[0].text", "line break (U+0085)",
			&Document{Articles: []*Node{art(&Node{Kind: KindParagraph, Text: "一行\u0085两行"})}}},
		{"control in a name", "children[0].children[0].names[1]", "control character U+001B",
			&Document{Articles: []*Node{art(&Node{Kind: KindByline, Names: []string{"林晓", "周\x1b航"}})}}},
		{"C1 control in a date", "children[0].children[0].date", "control character U+0090",
			&Document{Articles: []*Node{art(&Node{Kind: KindDateline, Date: "8月\u009029日"})}}},
		{"paragraph separator in org", "children[0].children[0].org", "line break (U+2029)",
			&Document{Articles: []*Node{art(&Node{Kind: KindByline, Org: "本报\u2029记者"})}}},
		{"invalid UTF-8 in a headline", "children[0].children[0].text", "not UTF-8: byte 0xff",
			&Document{Articles: []*Node{art(&Node{Kind: KindHeadline, Text: "标题\xff"})}}},
		{"surrogate in a place", "children[0].children[0].place", "not UTF-8: byte 0xed",
			&Document{Articles: []*Node{art(&Node{Kind: KindDateline, Place: "北\xed\xa0\x80京"})}}},
		{"too deep", "", "nested deeper than", &Document{Articles: []*Node{art(deep)}}},
		{"bad severity", "diagnostics[0].severity", `severity "info"`, &Document{Diagnostics: []Diagnostic{{Severity: "info"}}}},
		{"negative diagnostic line", "diagnostics[0].line", "negative line", &Document{Diagnostics: []Diagnostic{{Severity: SeverityWarning, Line: -2}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var te *TreeError
			if err := tt.d.Validate(); !errors.As(err, &te) {
				t.Fatalf("want a *TreeError, got %v", err)
			}
			if tt.path != "" && te.Path != tt.path || !strings.Contains(te.Msg, tt.msg) {
				t.Errorf("got %q at %q, want %q at %q", te.Msg, te.Path, tt.msg, tt.path)
			}
		})
	}
}

// TestValidateVerse: a verse's lines are joined by line feeds, and a
// stanza of one line has none.
func TestValidateVerse(t *testing.T) {
	for _, text := range []string{"雪落下来的时候\n母亲把灯又拧亮了一点\n锅里的汤圆翻着身", "一行", ""} {
		d := &Document{Articles: []*Node{art(&Node{Kind: KindVerse, Text: text})}}
		if err := d.Validate(); err != nil {
			t.Errorf("%q: %v", text, err)
		}
	}
	v := &Node{Kind: KindVerse, Text: "一\n二"}
	if got := v.Lines(); len(got) != 2 || got[0] != "一" || got[1] != "二" {
		t.Errorf("Lines() = %q", got)
	}
	if got := para().Lines(); len(got) != 1 || got[0] != "正文" {
		t.Errorf("paragraph Lines() = %q", got)
	}
}

func TestValidateNilDocument(t *testing.T) {
	var d *Document
	if err := d.Validate(); err == nil {
		t.Error("nil document: want an error")
	}
}

// TestTextProblemAllows: what the text reader itself puts in a tree.
func TestTextProblemAllows(t *testing.T) {
	for _, s := range []string{"", "正文。", "tab\tvt\vff\f", "替换\uFFFD字符", "\u3000\u3000缩进", "emoji \U0001F600", "«»—…"} {
		if msg := TextProblem(s); msg != "" {
			t.Errorf("TextProblem(%q) = %q, want none", s, msg)
		}
	}
}

// TestASCIISuspectMissesNothing: a control character, DEL or non-ASCII
// byte anywhere in a word, among any others, is always seen (false alarms
// are allowed: they only send the word to the slow path).
func TestASCIISuspectMissesNothing(t *testing.T) {
	fill := []byte{'a', 0x00, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0xC1, 0xE3, 0xFF}
	for b := range 256 {
		if b >= 0x20 && b < 0x7F {
			continue
		}
		for pos := range 8 {
			for _, f := range fill {
				w := []byte{f, f, f, f, f, f, f, f}
				w[pos] = byte(b)
				if !asciiSuspect(load64(string(w), 0)) {
					t.Fatalf("byte %#02x at %d among %#02x missed", b, pos, f)
				}
			}
		}
	}
	if asciiSuspect(load64(" ~az09!?", 0)) {
		t.Error("plain ASCII word suspected")
	}
}

// TestTextProblemMatchesByteLoop compares TextProblem with the plain
// definition on random strings made of the interesting bytes.
func TestTextProblemMatchesByteLoop(t *testing.T) {
	plain := func(s string) bool { // true when s has a problem
		if !utf8.ValidString(s) {
			return true
		}
		for _, r := range s {
			if r == '\t' || r == '\v' || r == '\f' {
				continue
			}
			if r < 0x20 || r >= 0x7F && r <= 0x9F || r == 0x2028 || r == 0x2029 {
				return true
			}
		}
		return false
	}
	pieces := []string{"a", "中", "“", "—", "中文字", "新闻排版", "“引号”", "\u2028中文", "中文\u2029", "\u2028", "\u2029", "\u2027", "\u202A", "\t", "\v", "\f", "\n", "\r", "\x00", "\x1b", "\x7f", "\u0085", "\u0090", "\u00A0", "é", "\u3000",
		// Not UTF-8: stray and truncated bytes, overlong forms, surrogates,
		// beyond U+10FFFF; and the valid edges beside them.
		"\xff", "\x80", "\xe2", "\xe2\x80", "\xe4\xb8", "\xc0\xaf", "\xe0\x80\xaf", "\xe0\xa0\x80", "\xed\xa0\x80",
		"\xed\x9f\xbf", "\xf4\x90\x80\x80", "\xf0\x9f\x98\x80", "\xef\xbf\xbf", "\uFFFD", "𠮷"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 50000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := TextProblem(s) != "", plain(s); got != want {
			t.Fatalf("TextProblem(%q) reports %v, want %v", s, got, want)
		}
	}
}
