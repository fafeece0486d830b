package layout

import (
	"math"
	"strings"
	"testing"
)

// TestTable: a run of table rows is set one line a row, its columns
// aligned from row to row, spread to the measure's edge when the gaps
// stay within tableGap, else left at that gap; rows that do not fit
// are refused.
func TestTable(t *testing.T) {
	results := []string{"广东 102:98 辽宁", "北京 88:91 浙江", "上海 110:95 山东"}
	market := []string{"城市 3月第3周 环比 同比", "北京 23.60 +2.1% -4.8%", "上海 24.15 +1.7% -3.9%"}
	tests := []struct {
		rule   string
		rows   []string
		m      Measurer
		o      Options
		ok     bool
		spread bool // every line ends at the measure's edge
	}{
		{"match results spread over a newspaper column", results, ems{}, plain(LangZhHans, 12), true, true},
		{"a market table with its header row", market, ems{}, plain(LangZhHans, 14), true, true},
		{"a wide column keeps the gaps at tableGap", results, ems{}, plain(LangZhHans, 40), true, false},
		{"on a terminal grid", market, Columns{AmbiguousWide: true}, gridded(LangZhHans, 30), true, true},
		{"on a wide terminal", results, Columns{AmbiguousWide: true}, gridded(LangZhHans, 72), true, false},
		{"rows wider than the measure are refused", market, ems{}, plain(LangZhHans, 9), false, false},
		{"no bound on the gaps: spread over any measure", results, ems{}, plain(LangZhHans, 40), true, true},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			gap := tableGap
			if strings.HasPrefix(tt.rule, "no bound") {
				gap = 0
			}
			ls, ok := Table(tt.rows, tt.m, tt.o, gap)
			if ok != tt.ok {
				t.Fatalf("Table(%q) ok = %v, want %v", tt.rows, ok, tt.ok)
			}
			if !ok {
				return
			}
			if len(ls) != len(tt.rows) {
				t.Fatalf("%d lines for %d rows", len(ls), len(tt.rows))
			}
			em := tt.m.Em()
			for i, l := range ls {
				if got, want := lineText(l), squeezeSpaces(tt.rows[i]); got != want {
					t.Errorf("row %d glyphs %q, want %q", i, got, want)
				}
				first, last := l.Glyphs[0], l.Glyphs[len(l.Glyphs)-1]
				if first.X != 0 {
					t.Errorf("row %d starts at %g, want flush start", i, first.X)
				}
				end := last.X + last.Advance
				if tt.spread && math.Abs(end-tt.o.Width) > 1e-9 {
					t.Errorf("row %d ends at %g, want the measure's edge %g", i, end, tt.o.Width)
				}
				if end > tt.o.Width+1e-9 {
					t.Errorf("row %d ends at %g, past the measure %g", i, end, tt.o.Width)
				}
				if !tt.spread && end > tt.o.Width-em {
					t.Errorf("row %d ends at %g: spread over a wide measure %g", i, end, tt.o.Width)
				}
				for _, g := range l.Glyphs {
					if tt.o.Grid > 0 && g.X != math.Round(g.X) {
						t.Errorf("row %d glyph %q at %g, off the grid", i, g.Text, g.X)
					}
				}
				if !l.Last || l.Start != 0 || l.End != len(tt.rows[i]) {
					t.Errorf("row %d: Last %v, bytes [%d, %d), want the whole row", i, l.Last, l.Start, l.End)
				}
				// Every row's last field ends where the first row's does:
				// the columns are aligned.
				if e0 := ls[0].Glyphs[len(ls[0].Glyphs)-1]; math.Abs(end-(e0.X+e0.Advance)) > 1e-9 {
					t.Errorf("row %d ends at %g, row 0 at %g: columns not aligned", i, end, e0.X+e0.Advance)
				}
			}
			// Gaps between columns: at least TableMinGap in every row,
			// at most tableGap (plus a grid step that does not
			// divide) where the column's widest fields meet.
			var narrowest []float64 // per gap, over the rows
			for i, l := range ls {
				k := 0
				for _, g := range l.Glyphs {
					if g.Gap <= 0 {
						continue
					}
					if g.Gap < TableMinGap*em-1e-9 {
						t.Errorf("row %d: gap %g em after %q, want at least %g", i, g.Gap/em, g.Text, TableMinGap)
					}
					if k == len(narrowest) {
						narrowest = append(narrowest, g.Gap)
					}
					narrowest[k] = min(narrowest[k], g.Gap)
					k++
				}
			}
			for k, g := range narrowest {
				if gap > 0 && g > gap*em+tt.o.Grid+1e-9 {
					t.Errorf("gap %d is %g em, want at most %g", k, g/em, tableGap)
				}
			}
		})
	}
}

// TestTableFigureColumn: a column of figures is set flush right, so
// the figures' last digits stand under each other; a text column flush
// left.
func TestTableFigureColumn(t *testing.T) {
	rows := []string{"广东 102:98 队名", "北京 8:9 浙江"}
	ls, ok := Table(rows, ems{}, plain(LangZhHans, 12), 0)
	if !ok {
		t.Fatal("refused")
	}
	end := func(l Line, text string) float64 {
		for _, g := range l.Glyphs {
			if g.Text == text {
				return g.X + g.Advance
			}
		}
		t.Fatalf("no %q", text)
		return 0
	}
	if a, b := end(ls[0], "8"), end(ls[1], "9"); a != b {
		t.Errorf("figures end at %g and %g, want flush right", a, b)
	}
	start := func(l Line, text string) float64 {
		for _, g := range l.Glyphs {
			if g.Text == text {
				return g.X
			}
		}
		t.Fatalf("no %q", text)
		return 0
	}
	if a, b := start(ls[0], "广"), start(ls[1], "北"); a != b {
		t.Errorf("names start at %g and %g, want flush left", a, b)
	}
}

// tableGap is the widest gap between columns the tests allow.
const tableGap = 3.0

// gridded is the options of a terminal grid, as the bulletin sets them.
func gridded(lang Lang, width float64) Options {
	o := plain(lang, width)
	o.Grid = 1
	o.CompressPunct = false
	return o
}

// squeezeSpaces drops the spaces of s.
func squeezeSpaces(s string) string {
	out := []rune{}
	for _, r := range s {
		if r != ' ' && r != '\u3000' {
			out = append(out, r)
		}
	}
	return string(out)
}
