package jsonfmt

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// stdString is s as encoding/json writes it with HTML escaping off.
func stdString(t *testing.T, s string) string {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		t.Fatal(err)
	}
	return string(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

// TestAppendStringMatchesEncodingJSON checks both paths of appendString
// (valid UTF-8, and the rune-by-rune one for invalid input) against
// encoding/json, on chosen strings and on random bytes biased to the
// cases that need escapes.
func TestAppendStringMatchesEncodingJSON(t *testing.T) {
	cases := []string{
		"", "plain", "排版 <b>&amp;</b>", `"quoted" \back\`, "\x00\x01\x1f\x7f",
		"\b\f\n\r\t", "行\u2028分\u2029隔", "\u2027\u202a", "€ \xe2\x80", "bad \xff\xfe utf-8",
		"\xe2\x80\xa8", "cut \xe2\x80\xa8\xe2", "𠮷野家", "\xed\xa0\x80 surrogate",
	}
	pieces := []string{"a", "中", "\u2028", "\u2029", "\xe2", "\x80", "\xa8", `"`, `\`, "\n", "\x01", "\xff", "€", "𠮷"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		var b []byte
		for range rng.IntN(12) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		if got, want := string(appendString(nil, s)), stdString(t, s); got != want {
			t.Errorf("appendString(%q) = %s, encoding/json %s", s, got, want)
		}
	}
}

// TestAppendTextMatchesEncodingJSON checks appendText, the fast path for
// the text of a valid tree, against encoding/json on every string of
// TestAppendStringMatchesEncodingJSON's kind that doc.TextProblem accepts.
func TestAppendTextMatchesEncodingJSON(t *testing.T) {
	pieces := []string{"a", "中", "文字排版", "“引号”", "——", "…", "\u2027", "\u202a", "€", `"`, `\`, "\t", "\v", "\f", "<&>", "𠮷", "\xe2\x80\x9c"}
	rng := rand.New(rand.NewPCG(5, 6))
	checked := 0
	for range 20000 {
		var b []byte
		for range rng.IntN(24) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		s := string(b)
		if doc.TextProblem(s) != "" {
			continue
		}
		checked++
		if got, want := string(appendText(nil, s)), stdString(t, s); got != want {
			t.Fatalf("appendText(%q) = %s, encoding/json %s", s, got, want)
		}
	}
	if checked < 10000 {
		t.Fatalf("only %d strings checked", checked)
	}
}
