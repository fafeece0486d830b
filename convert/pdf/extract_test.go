package pdf

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/internal/testdoc"
	"github.com/paiban/paiban/internal/testtool"
)

// TestSectionHeadExtraction checks that pdftotext reads every paragraph
// whole where section heads keep their space above them: each column one
// block (the bridge in the space, builder.bridgeLine), read top to bottom
// before the next, so that a sentence running from a column's foot to the
// next column's top is not torn. The cases are those poppler read out of
// order before: columns cut level by heads, taken for a table's cells and
// read row by row, and a column's lower block read after its neighbour.
// The seed page also checks that a sentence continued on the next page
// reads whole across the jump lines and repeated headline (page
// furniture, hidden from extraction).
func TestSectionHeadExtraction(t *testing.T) {
	pdftotext := testtool.Need(t, "pdftotext")
	tests := []struct {
		sample string
		paper  string
		layout Layout
	}{
		{"numbered-1dot.txt", "A4", LayoutNewspaper},
		{"numbered-1dot.txt", "Broadsheet", LayoutNewspaper},
		{"numbered-1dot.txt", "Letter", LayoutNewspaper},
		{"subhead-plain.txt", "A4", LayoutNewspaper},
		{"subhead-plain.txt", "Letter", LayoutNewspaper},
		{"xinhua-energy.txt", "Broadsheet", LayoutNewspaper},
		{"xinhua-energy.txt", "Letter", LayoutNewspaper},
		{"xinhua-energy.txt", "A3", LayoutNewspaper},
		{"xinhua-energy.txt", "A4", LayoutFlow},
		{"../../shared/seed/frontpage.txt", "A5", LayoutNewspaper},
		{"../../shared/seed/frontpage.txt", "Broadsheet", LayoutFlow},
	}
	for _, tt := range tests {
		lname := "newspaper"
		if tt.layout == LayoutFlow {
			lname = "flow"
		}
		name := fmt.Sprintf("%s/%s/%s", strings.TrimSuffix(filepath.Base(tt.sample), ".txt"), tt.paper, lname)
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(testtool.RepoRoot(), "samples", tt.sample)
			if !fileExists(path) {
				t.Skipf("%s not present", tt.sample)
			}
			d := testdoc.Read(t, path)
			out, _ := writePDF(t, d, date, WithPaper(tt.paper), WithLayout(tt.layout))
			text := extract(t, pdftotext, savePDF(t, strings.ReplaceAll(name, "/", "-")+".pdf", out))
			flat := flatText(text)
			heads := 0
			for _, a := range d.Articles {
				doc.Walk(a, func(n *doc.Node) bool {
					switch n.Kind {
					case doc.KindHeading:
						heads++
					case doc.KindParagraph:
						if !strings.Contains(flat, flatText(n.Text)) {
							t.Errorf("paragraph %q not extracted whole", n.Text)
						}
					}
					return true
				})
			}
			if heads == 0 {
				t.Fatal("no section heads: the case tests nothing")
			}
		})
	}
}

// flatText is text without white space or the soft hyphens that stand for
// the invisible bridges and separators.
func flatText(s string) string {
	return strings.ReplaceAll(strings.Join(strings.Fields(s), ""), "\u00ad", "")
}
