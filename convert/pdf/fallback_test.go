package pdf

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/fonts"
)

// hidingFace is a real face that pretends not to have some characters, so
// tests can make characters go missing without a special font.
type hidingFace struct {
	*fonts.Face
	hide string
}

func (h hidingFace) Has(r rune) bool {
	return !strings.ContainsRune(h.hide, r) && h.Face.Has(r)
}

func (h hidingFace) HasOutline(r rune) bool {
	return !strings.ContainsRune(h.hide, r) && h.Face.HasOutline(r)
}

func oneParagraph(text string) *doc.Document {
	return &doc.Document{Lang: "zh-Hans", Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindHeadline, Text: "标题", Line: 1},
		{Kind: doc.KindParagraph, Text: text, Line: 3},
	}}}}
}

func TestUncoveredRunes(t *testing.T) {
	body, err := fonts.Body()
	if err != nil {
		t.Fatal(err)
	}
	faces := []Face{hidingFace{body, "丙"}}
	tests := []struct {
		text string
		want []rune
	}{
		{"甲乙，ABC 123。", nil},
		{"甲丙乙丙", []rune{'丙'}},
		{"𠮷野家", nil},                      // outside the BMP, but drawn from its outline
		{"约≒三成\u3000丙", []rune{'≒', '丙'}}, // ≒ is not in Noto CJK; spaces never count
		{"\U000F0001", []rune{0xF0001}},   // private use, no outline anywhere
		// Format characters have no ink: set zero-width, never sought.
		{"正文\u061c一\u180e二\u200b三\u2060\ufeff\u00ad四", nil},
	}
	for _, tt := range tests {
		got := uncoveredRunes(oneParagraph(tt.text), faces)
		if !slices.Equal(got, tt.want) {
			t.Errorf("uncoveredRunes(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestFallbackSearch(t *testing.T) {
	body, heading := embedded(t)
	d := oneParagraph("甲乙丙丁，丙。")
	restricted := WithFonts(hidingFace{body, "丙"}, hidingFace{heading, "丙"})

	_, w := writePDF(t, d, restricted)
	if n := len(w.Warnings()); n != 1 {
		t.Fatalf("without a search: %d warnings, want 1 for the missing 丙: %v", n, w.Warnings())
	}

	var asked []rune
	found := func(missing []rune) ([]Face, error) {
		asked = append(asked, missing...)
		return []Face{body}, nil
	}
	_, w = writePDF(t, d, restricted, WithFallbackSearch(found))
	if !slices.Equal(asked, []rune{'丙'}) {
		t.Errorf("search asked for %q, want just 丙", asked)
	}
	if len(w.Warnings()) != 0 {
		t.Errorf("with a face found for 丙: warnings %v, want none", w.Warnings())
	}

	asked = nil
	writePDF(t, oneParagraph("甲乙丁。"), restricted, WithFallbackSearch(found))
	if asked != nil {
		t.Errorf("search asked for %q on a page its fonts cover; want no search", asked)
	}

	failing := func([]rune) ([]Face, error) { return nil, errors.New("no font directory") }
	_, w = writePDF(t, d, restricted, WithFallbackSearch(failing))
	if len(w.Warnings()) != 2 {
		t.Errorf("failed search: warnings %v, want the search failure and the missing 丙", w.Warnings())
	}
}
