package html_test

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/html"
	"github.com/paiban/paiban/fonts"
)

// embeddedTables returns the table tags of the page's embedded font and
// the GSUB table.
func embeddedTables(t *testing.T, page string) (map[string]bool, []byte) {
	t.Helper()
	m := regexp.MustCompile(`url\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\)`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no embedded font")
	}
	b, err := base64.StdEncoding.DecodeString(m[1])
	if err != nil || len(b) < 12 {
		t.Fatalf("embedded font: %v", err)
	}
	be := binary.BigEndian
	tags := map[string]bool{}
	var gsub []byte
	for i := range int(be.Uint16(b[4:])) {
		rec := b[12+16*i:]
		tag := string(rec[:4])
		tags[tag] = true
		if off, n := be.Uint32(rec[8:]), be.Uint32(rec[12:]); tag == "GSUB" && int(off+n) <= len(b) {
			gsub = b[off : off+n]
		}
	}
	return tags, gsub
}

// TestEmbedFontVertical: a vertical page's embedded subset carries the
// vertical tables (vhea, vmtx, a GSUB 'vert' feature), as a vertical
// EPUB's does, and comes first in the body's font stack; a horizontal
// page's has none; a face with no vertical forms draws a warning.
func TestEmbedFontVertical(t *testing.T) {
	for _, name := range []string{"big5-taipei.txt", "ja-kobe-jazz.txt", "metro-line4.txt"} {
		d := sample(t, name)
		page := write(t, d, html.WithVertical(true), html.WithEmbedFont(true))
		tags, gsub := embeddedTables(t, page)
		for _, tag := range []string{"GSUB", "vhea", "vmtx"} {
			if !tags[tag] {
				t.Errorf("%s vertical: embedded font has no %s", name, tag)
			}
		}
		if !bytes.Contains(gsub, []byte("vert")) {
			t.Errorf("%s vertical: the GSUB has no 'vert' feature", name)
		}
		if !strings.Contains(page, `font-family: "Paiban Body", `) {
			t.Errorf("%s vertical: the embedded font is not first in the body stack", name)
		}
		tags, _ = embeddedTables(t, write(t, d, html.WithEmbedFont(true)))
		if tags["GSUB"] || tags["vmtx"] {
			t.Errorf("%s horizontal: embedded font has vertical tables", name)
		}
	}

	// A face cut to the page's characters only: no presentation forms.
	d := sample(t, "metro-line4.txt")
	body, err := fonts.Body()
	if err != nil {
		t.Fatal(err)
	}
	var runes []rune
	for _, a := range d.Articles {
		doc.Walk(a, func(n *doc.Node) bool {
			runes = append(runes, []rune(n.Text)...)
			return true
		})
	}
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
	write(t, d, html.WithVertical(true), html.WithFont(face), html.WithEmbedFont(true), html.WithWarn(warn))
	if len(warns) != 1 || !strings.Contains(warns[0].Message, "no vertical forms") {
		t.Errorf("font without vertical forms: warnings %v", warns)
	}
	warns = nil
	write(t, d, html.WithVertical(true), html.WithEmbedFont(true), html.WithWarn(warn))
	write(t, d, html.WithFont(face), html.WithEmbedFont(true), html.WithWarn(warn))
	if len(warns) != 0 {
		t.Errorf("warnings for the default font or a horizontal page: %v", warns)
	}
}
