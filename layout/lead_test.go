package layout

import "testing"

// wide measures every rune one em: a bold face's digits and middle dot
// against ems' half-em ones.
type wide struct{}

func (wide) Em() float64            { return 1 }
func (wide) Advance(r rune) float64 { return 1 }

// TestLeadMeasurer: the first LeadBytes bytes of a paragraph (a run-in
// dateline drawn in a bold face) are measured with LeadMeasurer, the rest
// with the paragraph's Measurer, also in a streamed paragraph's later
// windows (which start past the lead).
func TestLeadMeasurer(t *testing.T) {
	const text = "12·中文12·"
	o := plain(LangZhHans, 20)
	o.LeadBytes, o.LeadMeasurer = len("12·"), wide{}
	ls := Break(text, ems{}, o)
	if len(ls) != 1 {
		t.Fatalf("%d lines", len(ls))
	}
	var got []float64
	for _, g := range ls[0].Glyphs {
		got = append(got, g.Natural)
	}
	want := []float64{1, 1, 1, 1, 1, 0.5, 0.5, 1}
	if len(got) != len(want) {
		t.Fatalf("glyph advances %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("glyph %d (%q) measures %v, want %v", i, ls[0].Glyphs[i].Text, got[i], want[i])
		}
	}
	// Without a measurer, LeadBytes says nothing.
	o.LeadMeasurer = nil
	if ls := Break(text, ems{}, o); ls[0].Glyphs[0].Natural != 0.5 {
		t.Errorf("no lead measurer: %v", ls[0].Glyphs[0].Natural)
	}
}
