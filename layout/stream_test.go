package layout

import (
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

// TestLinesMatchesBreak: breaking a long paragraph window by window gives
// exactly the lines of breaking it whole.
func TestLinesMatchesBreak(t *testing.T) {
	unit := "“这条线穿越老城区和两条河道，地质条件复杂。”项目总工程师陈立新介绍，施工团队引入了BIM建模和智能监测系统，沉降控制精度达到毫米级，关键工序一次验收合格率达99.5%。详见 https://example.com/a/b?c=d 。"
	text := strings.Repeat(unit, 4000) // 1.1 MB
	for _, o := range []Options{DefaultOptions(LangZhHans, 30*10.5), {Width: 40, Lang: LangZhHans, Indent: 2, Kinsoku: KinsokuStrict, Align: AlignJustify, Grid: 1}} {
		var m Measurer = fixed{}
		if o.Grid == 1 {
			m = Columns{}
		}
		want := NewBreaker().breakWhole(text, m, o)
		b := NewBreaker()
		n := 0
		for i, l := range b.Lines(text, m, o) {
			if i != n || i >= len(want) {
				t.Fatalf("line %d out of order or extra", i)
			}
			w := want[i]
			if l.Start != w.Start || l.End != w.End || l.Last != w.Last || l.Width != w.Width || len(l.Glyphs) != len(w.Glyphs) {
				t.Fatalf("line %d: %d–%d last %v width %v, want %d–%d last %v width %v", i, l.Start, l.End, l.Last, l.Width, w.Start, w.End, w.Last, w.Width)
			}
			for k := range l.Glyphs {
				if l.Glyphs[k] != w.Glyphs[k] {
					t.Fatalf("line %d glyph %d: %+v, want %+v", i, k, l.Glyphs[k], w.Glyphs[k])
				}
			}
			n++
		}
		if n != len(want) {
			t.Fatalf("%d lines, want %d", n, len(want))
		}
	}
}

// fixed measures every rune as 10.5 wide, an em of 10.5.
type fixed struct{}

func (fixed) Advance(r rune) float64 {
	if r < 0x80 {
		return 5.25
	}
	return 10.5
}
func (fixed) Em() float64 { return 10.5 }

// TestLinesBoundedMemory: the working memory of Lines does not grow with
// the paragraph: 10 MB of text needs no more than 1 MB does.
func TestLinesBoundedMemory(t *testing.T) {
	peak := func(text string) uint64 {
		b := NewBreaker()
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		old := debug.SetGCPercent(-1)
		defer debug.SetGCPercent(old)
		for range b.Lines(text, Columns{}, Options{Width: 40, Lang: LangZhHans, Align: AlignJustify, Grid: 1}) {
		}
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	small := peak(strings.Repeat("中文排版的一段话，", 110_000)) // 3 MB
	large := peak(strings.Repeat("中文排版的一段话，", 1_100_000))
	if large > 3*small/2+(1<<20) {
		t.Errorf("Lines allocated %d bytes for 30 MB, %d for 3 MB: not bounded", large, small)
	}
}
