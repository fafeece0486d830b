package pdf

import (
	"html"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/paiban/paiban/internal/testtool"
)

// lineBoxRE is a line of pdftotext -bbox-layout with its box and words.
var lineBoxRE = regexp.MustCompile(`(?s)<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>`)

// TestVerticalSeparatorsClear checks, as poppler boxes them, that no
// invisible separator of a vertical page (under the heads of a newspaper
// strip, or the bridge over a section heading's slot) stands inside the
// box of a line of text: poppler boxes a vertical glyph from its pen, the
// middle of the column, to an em to the right, half an em past the ink,
// and a separator in that half em made two lines of different blocks
// overlap (../shared/tools/check_makeup.py failed every vertical newspaper
// sample). The overlap is measured as check_makeup.py measures it.
func TestVerticalSeparatorsClear(t *testing.T) {
	if testing.Short() {
		t.Skip("pdftotext (-short)")
	}
	if !testtool.Required() && !hasTool("pdftotext") {
		t.Skip("pdftotext not installed")
	}
	pdftotext := testtool.Need(t, "pdftotext")
	cases := []struct {
		sample, paper string
		opts          []Option
	}{
		{"ja-kobe-jazz", "A3", []Option{WithLayout(LayoutNewspaper)}},
		{"ja-world", "Broadsheet", []Option{WithLayout(LayoutNewspaper)}},
		{"ko-busan", "Tabloid", []Option{WithLayout(LayoutNewspaper)}},
		{"ja-kobe-jazz", "A4", []Option{WithLayout(LayoutNewspaper)}}, // a section heading's bridge
	}
	for _, c := range cases {
		t.Run(c.sample+"/"+c.paper, func(t *testing.T) {
			d := readText(t, filepath.Join(testtool.RepoRoot(), "samples", c.sample+".txt"))
			out, _ := writePDF(t, d, append([]Option{date, WithVertical(true), WithPaper(c.paper)}, c.opts...)...)
			bbox := extract(t, pdftotext, savePDF(t, "v.pdf", out), "-bbox-layout")
			type box struct {
				x0, y0, x1, y1 float64
				sep            bool
				text           string
			}
			var boxes []box
			for _, m := range lineBoxRE.FindAllStringSubmatch(bbox, -1) {
				var b box
				for i, p := range []*float64{&b.x0, &b.y0, &b.x1, &b.y1} {
					*p, _ = strconv.ParseFloat(m[i+1], 64)
				}
				var sb strings.Builder
				for _, w := range wordRE.FindAllStringSubmatch(m[5], -1) {
					sb.WriteString(html.UnescapeString(w[1]))
				}
				b.text = sb.String()
				b.sep = strings.Trim(b.text, "\u00ad") == ""
				boxes = append(boxes, b)
			}
			seps := 0
			for _, s := range boxes {
				if !s.sep {
					continue
				}
				seps++
				for _, l := range boxes {
					if l.sep {
						continue
					}
					w := min(s.x1, l.x1) - max(s.x0, l.x0)
					h := min(s.y1, l.y1) - max(s.y0, l.y0)
					if w > 1 && h > 0.25*min(s.y1-s.y0, l.y1-l.y0) {
						t.Errorf("separator at x %.1f–%.1f, y %.1f–%.1f inside the box of %q (x %.1f–%.1f)", s.x0, s.x1, s.y0, s.y1, l.text, l.x0, l.x1)
					}
				}
			}
			if seps == 0 {
				t.Fatal("no separator on the page: the case checks nothing")
			}
		})
	}
}
