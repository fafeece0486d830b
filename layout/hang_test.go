package layout

import (
	"strings"
	"testing"
)

// TestHang: a verse stanza, its lines parted by hard breaks, wraps a line
// too long for the measure under itself with a hanging indent; the lines
// after a hard break, and the first, start at the margin, and every line
// keeps within the measure.
func TestHang(t *testing.T) {
	text := "雪落下来的时候\n母亲把灯又拧亮了一点点点点点\n锅里的汤圆翻着身"
	for _, grid := range []float64{0, 1} {
		o := DefaultOptions(LangZhHans, 8)
		o.Indent, o.Align, o.Hang, o.Grid = 0, AlignStart, 1, grid
		lines := Break(text, ems{}, o)
		want := []struct {
			text string
			x    float64
		}{{"雪落下来的时候", 0}, {"母亲把灯又拧亮了", 0}, {"一点点点点点", 1}, {"锅里的汤圆翻着身", 0}}
		if len(lines) != len(want) {
			t.Fatalf("grid %v: got %s", grid, joinLines(lines))
		}
		for i, w := range want {
			l := lines[i]
			if lineText(l) != w.text || l.Glyphs[0].X != w.x {
				t.Errorf("grid %v line %d: %q at %v, want %q at %v", grid, i, lineText(l), l.Glyphs[0].X, w.text, w.x)
			}
			if end := l.Glyphs[len(l.Glyphs)-1]; end.X+end.Advance > o.Width+eps {
				t.Errorf("grid %v line %d: ends at %v past the measure", grid, i, end.X+end.Advance)
			}
		}
	}
	// A long line broken many times hangs on each continuation, and the
	// streaming breaker (windows of a long paragraph) gives the same.
	long := strings.Repeat("像一群不肯睡的孩子", 4000) + "\n" + strings.Repeat("父亲的酒盅空了两回", 3000)
	o := DefaultOptions(LangZhHans, 20)
	o.Indent, o.Align, o.Hang = 0, AlignStart, 1
	whole := Break(long, ems{}, o)
	br := NewBreaker()
	i := 0
	for _, l := range br.Lines(long, ems{}, o) {
		w := whole[i]
		if l.Start != w.Start || l.End != w.End || l.Glyphs[0].X != w.Glyphs[0].X {
			t.Fatalf("line %d: streamed [%d,%d) at %v, whole [%d,%d) at %v", i, l.Start, l.End, l.Glyphs[0].X, w.Start, w.End, w.Glyphs[0].X)
		}
		afterHard := i > 0 && whole[i-1].Hard
		if wantX := map[bool]float64{true: 0, false: 1}[i == 0 || afterHard]; w.Glyphs[0].X != wantX {
			t.Fatalf("line %d: at %v, want %v", i, w.Glyphs[0].X, wantX)
		}
		i++
	}
	if i != len(whole) {
		t.Errorf("streamed %d lines, whole %d", i, len(whole))
	}
}
