package pdf

import (
	"fmt"
	"html"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/internal/testtool"
)

// TestDashRun: in Chinese and Japanese a run of two dashes (——, ――) is one
// unbroken rule: there is ink where the two cells meet, at the middle of
// the character frame (the font's em dash stops short of its cell, and
// the pair was drawn in two), across and down the page; the text still
// extracts as the dashes. A Korean page keeps the font's dashes.
func TestDashRun(t *testing.T) {
	pdftotext := testtool.Need(t, "pdftotext")
	pdftoppm := testtool.Need(t, "pdftoppm")
	mutool := testtool.Need(t, "mutool")
	tests := []struct {
		lang, text, dash string
		vertical         bool
		joined           bool
	}{
		{"zh-Hans", "他说——这不是无理取闹。", "—", false, true},
		{"zh-Hans", "他说——这不是无理取闹。", "—", true, true},
		{"ja", "――運転手の数は足りていますか。", "―", false, true},
		{"zh-Hant", "他說——這不是無理取鬧。", "—", false, true},
		{"ko", "그는——아니라고 했다.", "—", false, false},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/vertical=%v", tt.lang, tt.vertical), func(t *testing.T) {
			a := &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{
				{Kind: doc.KindParagraph, Text: tt.text, Line: 1},
			}}
			d := &doc.Document{Lang: tt.lang, Articles: []*doc.Node{a}}
			out, _ := writePDF(t, d, date, WithVertical(tt.vertical))
			path := savePDF(t, "dash.pdf", out)
			if body := squash(extract(t, pdftotext, path)); !strings.Contains(body, squash(tt.text)) {
				t.Errorf("extracted %q; want %q in it", body, tt.text)
			}
			q := dashQuads(t, mutool, path, tt.dash, tt.vertical)
			if len(q) < 2 {
				t.Fatalf("%d dash glyphs found, want 2: %v", len(q), q)
			}
			// (A line opening with a dash has it once more, invisible, at
			// the column's edge: the last two are the drawn pair.)
			q = q[len(q)-2:]
			// The window where the two cells meet, at the frame's middle.
			var x, y, w, h float64
			if tt.vertical {
				em := q[0][2] - q[0][0]
				x, w = (q[0][0]+q[0][2])/2-0.15*em, 0.3*em
				y, h = q[1][1]+0.08*em, 0.08*em // the vertical form's gap, an eighth of an em down
			} else {
				em := q[0][3] - q[0][1]
				x, w = q[1][0]-0.02*em, 0.04*em // inside the gap the font's two dashes leave
				y, h = q[0][1]+0.25*em, 0.5*em
			}
			n := inkPixels(t, pdftoppm, path, x, y, w, h)
			if tt.joined && n == 0 {
				t.Errorf("no ink where the two dashes meet (%.1f,%.1f %.1fx%.1f): the rule is broken", x, y, w, h)
			}
			if !tt.joined && n > 0 {
				t.Errorf("%d dark pixels where the font's dashes meet; want the font's glyphs, apart", n)
			}
		})
	}
}

var stextCharRE = regexp.MustCompile(`<char quad="([^"]+)"[^>]*c="([^"]*)"`)

// dashQuads returns the boxes (x0, y0, x1, y1, top-down) mutool gives the
// glyphs of dash on page 1 (its vertical form when vertical).
func dashQuads(t *testing.T, mutool, path, dash string, vertical bool) [][4]float64 {
	t.Helper()
	out, err := exec.Command(mutool, "draw", "-F", "stext", "-o", "-", path, "1").Output()
	if err != nil {
		t.Fatal(err)
	}
	want := dash
	if vertical {
		want = "︱"
	}
	var qs [][4]float64
	for _, m := range stextCharRE.FindAllStringSubmatch(string(out), -1) {
		if html.UnescapeString(m[2]) != want {
			continue
		}
		f := strings.Fields(m[1])
		var v [8]float64
		for i := range v {
			v[i], _ = strconv.ParseFloat(f[i], 64)
		}
		qs = append(qs, [4]float64{min(v[0], v[4]), min(v[1], v[3]), max(v[2], v[6]), max(v[5], v[7])})
	}
	return qs
}
