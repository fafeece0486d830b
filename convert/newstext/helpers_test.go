package newstext

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"golang.org/x/text/unicode/norm"
)

// isMarkup reports runes the reader consumes as syntax: headline
// markers, the subheadline dash, the escape mark and the asterisks of an
// article break. Everything else must survive.
func isMarkup(r rune) bool {
	return r == '#' || r == '＃' || r == '—' || r == '─' || r == '―' || r == '－' || r == '-' || r == '━' ||
		r == '\\' || r == '*' || r == '＊'
}

// lostChars reports characters of text (the decoded input) that appear
// in neither the tree nor its diagnostics, counting multiplicities. Both
// are counted decomposed (NFD): a mark that opens a line composes with
// the line above once the two are joined (て / ゙ → で), which loses
// nothing.
func lostChars(text string, d *doc.Document) []string {
	want := map[rune]int{}
	for _, ln := range strings.FieldsFunc(norm.NFC.String(text), func(r rune) bool { return r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029 || r == 0x85 }) {
		if isArticleBreak(trimSpace(ln)) {
			continue // a dinkus between articles is markup too
		}
		for _, r := range norm.NFD.String(ln) {
			if !isSpace(r) && !isMarkup(r) {
				want[r]++
			}
		}
	}
	have := map[rune]int{}
	count := func(s string) {
		for _, r := range norm.NFD.String(s) {
			have[r]++
		}
	}
	d.WalkDocument(func(n *doc.Node) bool {
		count(n.Text)
		return true
	})
	for _, g := range d.Diagnostics {
		count(g.Message)
	}
	var lost []string
	for r, n := range want {
		if have[r] < n {
			lost = append(lost, fmt.Sprintf("%q×%d", r, n-have[r]))
		}
	}
	return lost
}

// checkNothingLost fails t when a character of the input went missing.
func checkNothingLost(t testing.TB, input []byte, d *doc.Document) {
	t.Helper()
	enc, err := CanonicalEncoding(d.Source.Encoding)
	if err != nil {
		t.Fatalf("source encoding %q: %v", d.Source.Encoding, err)
	}
	text, _, err := decode(input, enc, false)
	if err != nil {
		t.Fatalf("re-decoding input: %v", err)
	}
	if _, _, ok := fencedBody(text); ok {
		return // a fenced tree: its JSON's syntax is markup
	}
	if lost := lostChars(text, d); len(lost) > 0 {
		t.Errorf("characters lost: %s", strings.Join(lost, " "))
	}
}

// roundTrip writes d as newspaper text, reads it back and compares
// trees; the text must be the plain form, not a fenced tree
// (writeVerified's fallback).
func roundTrip(t testing.TB, d *doc.Document) []byte {
	t.Helper()
	return roundTripFenced(t, d, false)
}

// roundTripFenced is roundTrip that, with fenceOK, also accepts the
// fenced tree the writer falls back to.
func roundTripFenced(t testing.TB, d *doc.Document, fenceOK bool) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := NewWriter().Write(context.Background(), &buf, d); err != nil {
		t.Fatalf("write: %v", err)
	}
	if !fenceOK && bytes.HasPrefix(buf.Bytes(), []byte(treeFence)) {
		// Show what the plain text would have been and how it reads.
		var plain bytes.Buffer
		if err := NewWriter().writeText(context.Background(), &plain, d); err != nil {
			t.Fatalf("write: %v", err)
		}
		d2, err := New().Read(context.Background(), bytes.NewReader(plain.Bytes()), "roundtrip")
		if err != nil {
			t.Fatalf("reading written text: %v\n%s", err, plain.String())
		}
		t.Errorf("write→read changed the tree (the writer fell back to a fenced tree):\n--- before\n%s\n--- after\n%s\n--- text\n%s",
			outline(d, false), outline(d2, false), plain.String())
		return buf.Bytes()
	}
	d2, err := New().Read(context.Background(), bytes.NewReader(buf.Bytes()), "roundtrip")
	if err != nil {
		t.Fatalf("reading written text: %v\n%s", err, buf.String())
	}
	a, b := outline(d, false), outline(d2, false)
	if a != b || !sameTree(d, d2) || !sameNodes(d.Articles, d2.Articles) {
		t.Errorf("write→read changed the tree:\n--- before\n%s\n--- after\n%s\n--- text\n%s", a, b, buf.String())
	}
	return buf.Bytes()
}

// sameTree compares two trees, ignoring lines and source.
func sameTree(a, b *doc.Document) bool {
	if len(a.Articles) != len(b.Articles) {
		return false
	}
	for i := range a.Articles {
		if !sameNode(a.Articles[i], b.Articles[i]) {
			return false
		}
	}
	return true
}

func sameNode(a, b *doc.Node) bool {
	if a.Kind != b.Kind || a.Text != b.Text || a.Org != b.Org || a.Place != b.Place || a.Date != b.Date ||
		strings.Join(a.Roles, "\x00") != strings.Join(b.Roles, "\x00") ||
		strings.Join(a.Names, "\x00") != strings.Join(b.Names, "\x00") ||
		len(a.Children) != len(b.Children) {
		return false
	}
	for i := range a.Children {
		if !sameNode(a.Children[i], b.Children[i]) {
			return false
		}
	}
	return true
}

// mustRead reads s and fails the test on error.
func mustRead(t testing.TB, s string, opts ...Option) *doc.Document {
	t.Helper()
	d, err := Read(context.Background(), strings.NewReader(s), "test.txt", opts...)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return d
}

// kindTexts returns the texts of the nodes of kind k in d's first article,
// in reading order.
func kindTexts(d *doc.Document, k doc.Kind) []string {
	var out []string
	doc.Walk(d.Articles[0], func(n *doc.Node) bool {
		if n.Kind == k {
			out = append(out, n.Text)
		}
		return true
	})
	return out
}
