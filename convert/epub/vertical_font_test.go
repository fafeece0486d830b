package epub

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/fonts"
)

// tableTags lists the tables of a TrueType file.
func tableTags(t *testing.T, font string) map[string]bool {
	t.Helper()
	b := []byte(font)
	if len(b) < 12 {
		t.Fatal("no font")
	}
	n := int(binary.BigEndian.Uint16(b[4:]))
	tags := map[string]bool{}
	for i := range n {
		tags[string(b[12+16*i:12+16*i+4])] = true
	}
	return tags
}

// TestEmbedFontVertical checks that a vertical book's embedded subset
// carries the vertical tables (GSUB 'vert', vhea, vmtx) and comes first in
// the body's font stack, that a horizontal book's has none, and that a
// font with no vertical forms draws a warning.
func TestEmbedFontVertical(t *testing.T) {
	_, files := entries(t, writeBook(t, []*doc.Document{handTree()}, WithVertical(true), WithEmbedFont(true)))
	tags := tableTags(t, files[fontsDir+fontFile])
	for _, tag := range []string{"GSUB", "vhea", "vmtx"} {
		if !tags[tag] {
			t.Errorf("vertical book: embedded font has no %s", tag)
		}
	}
	if css := files[cssDir+cssFile]; !strings.Contains(css, "font-family: "+embeddedFamily+", ") {
		t.Errorf("vertical book: the embedded font is not first in the body stack")
	}
	_, files = entries(t, writeBook(t, []*doc.Document{handTree()}, WithEmbedFont(true)))
	if tags := tableTags(t, files[fontsDir+fontFile]); tags["GSUB"] || tags["vmtx"] {
		t.Error("horizontal book: embedded font has vertical tables")
	}

	// A face cut to the book's characters only: no presentation forms.
	body, err := fonts.Body()
	if err != nil {
		t.Fatal(err)
	}
	var runes []rune
	doc.Walk(handTree().Articles[0], func(n *doc.Node) bool {
		runes = append(runes, []rune(n.Text)...)
		return true
	})
	cut, err := fonts.Subset(body, runes)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "cut.ttf")
	if err := os.WriteFile(path, cut, 0o644); err != nil {
		t.Fatal(err)
	}
	face, err := fonts.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	var warns []doc.Diagnostic
	warn := func(d doc.Diagnostic) { warns = append(warns, d) }
	writeBook(t, []*doc.Document{handTree()}, WithVertical(true), WithFont(face), WithEmbedFont(true), WithWarn(warn))
	if len(warns) != 1 || !strings.Contains(warns[0].Message, "no vertical forms") {
		t.Errorf("font without vertical forms: warnings %v", warns)
	}
	warns = nil
	writeBook(t, []*doc.Document{handTree()}, WithVertical(true), WithEmbedFont(true), WithWarn(warn))
	writeBook(t, []*doc.Document{handTree()}, WithFont(face), WithEmbedFont(true), WithWarn(warn))
	if len(warns) != 0 {
		t.Errorf("warnings for the default font or a horizontal book: %v", warns)
	}
}
