package newstext

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestParseCreditAllocs holds parseCredit to one allocation for a credit
// it accepts (its roles and names share one array) and none for a text
// it refuses: most texts tried as a credit are not one.
func TestParseCreditAllocs(t *testing.T) {
	for _, tc := range []struct {
		s      string
		strict bool
		ok     bool
		allocs float64
	}{
		{"本报记者 现场看到的情况 很多", true, false, 0},
		{"温暖过冬·系列报道之一", true, false, 0},
		{"本报记者　陈思远　通讯员　刘芳", true, true, 1},
		{"记者 王磊 李明", false, true, 1},
	} {
		if _, ok := parseCredit(tc.s, tc.strict); ok != tc.ok {
			t.Errorf("parseCredit(%q, %v) ok = %v, want %v", tc.s, tc.strict, ok, tc.ok)
		}
		if n := testing.AllocsPerRun(50, func() { parseCredit(tc.s, tc.strict) }); n != tc.allocs {
			t.Errorf("parseCredit(%q, %v): %v allocations, want %v", tc.s, tc.strict, n, tc.allocs)
		}
	}
}

// TestParseCreditOwnsFields checks that the roles and names of a credit,
// which share one array, cannot grow into each other, and that an empty
// list stays nil (as the tree's byline fields were before).
func TestParseCreditOwnsFields(t *testing.T) {
	c, ok := parseCredit("本报记者　陈思远　通讯员　刘芳", true)
	if !ok || len(c.roles) != 2 || len(c.names) != 2 {
		t.Fatalf("parseCredit = %+v, %v", c, ok)
	}
	_ = append(c.roles, "X")
	if c.names[0] != "陈思远" {
		t.Errorf("appending to roles changed names: %q", c.names)
	}
	c, ok = parseCredit("温暖过冬·系列报道之一", false)
	if !ok || c.roles != nil {
		t.Errorf("roles of a name alone = %#v, want nil", c.roles)
	}
}

// TestTextArena checks that the regions a textArena gives never overlap:
// appending past one moves it, leaving the strings cut after it intact.
func TestTextArena(t *testing.T) {
	var a textArena
	first := a.take(4)
	first = append(first, "abcd"...)
	s1 := bytesString(first)
	s2 := a.join("ef", "gh")
	grown := append(first, "XYZ"...) // past the region: new memory
	if s1 != "abcd" || s2 != "efgh" || string(grown) != "abcdXYZ" {
		t.Errorf("got %q %q %q", s1, s2, grown)
	}
	big := strings.Repeat("x", arenaMax+1)
	if got := a.join(big); got != big {
		t.Error("a string larger than arenaMax was not joined")
	}
}

// TestArenaAllocs holds the texts a builder makes (lines joined into a
// unit, warnings) to its arena: a thousand of them take a chunk or two,
// not an allocation each.
func TestArenaAllocs(t *testing.T) {
	ls := []srcLine{{text: "第一行文字"}, {text: "第二行文字"}}
	var b builder
	n := testing.AllocsPerRun(10, func() {
		for i := 0; i < 1000; i++ {
			if b.joinLines(ls) != "第一行文字第二行文字" {
				t.Fatal("joinLines")
			}
			b.warnParts(1, "a", "b")
		}
		b.diags = b.diags[:0]
	})
	if n > 4 {
		t.Errorf("%v allocations for 1000 joins and warnings, want at most 4", n)
	}
}

// TestShortcutKeys holds the rune sets that spare a line a list's
// searches to the lists: every chrome call holds a rune of
// chromeCallKeys, every source cue one of sourceCueKeys, no column label
// is longer than columnLabelMax, and every standing box's or notice's
// name ends in a rune of boxNameLast.
func TestShortcutKeys(t *testing.T) {
	for _, c := range chromeCalls {
		if !mayHoldChromeCall(c) || !strings.ContainsAny(c, chromeCallKeys) {
			t.Errorf("chrome call %q holds no rune of chromeCallKeys", c)
		}
	}
	for _, c := range sourceCues {
		if !mayHoldSourceCue(c) || !strings.ContainsAny(c, sourceCueKeys) {
			t.Errorf("source cue %q holds no rune of sourceCueKeys", c)
		}
	}
	for _, l := range columnLabels {
		if len(l) > columnLabelMax || !isColumnLabel(l) {
			t.Errorf("column label %q is longer than columnLabelMax", l)
		}
	}
	for _, list := range [][]string{standingBoxes, noticeNames, noticeEnds, documentEnds} {
		for _, name := range list {
			if r, _ := decodeLast(name); !boxNameLast(r) || !standingBox(name) {
				t.Errorf("box name %q: its last rune is not in boxNameLast", name)
			}
		}
	}
	for _, end := range qualifiedNoticeEnds {
		if r, _ := decodeLast(end); !boxNameLast(r) || !standingBox("停水"+end) {
			t.Errorf("notice end %q: its last rune is not in boxNameLast", end)
		}
	}
	if !standingBox("更　正　") || !standingBox("遗失启事") || standingBox("更正说明") {
		t.Error("standingBox")
	}
	for _, s := range []string{"下载APP", "来源：新华网", "评论员观察"} {
		if !mayHoldChromeCall(s) && !mayHoldSourceCue(s) && !isColumnLabel(s) {
			t.Errorf("%q refused", s)
		}
	}
}

// TestRunningHeadsLinear holds markRunningHeads to linear time: a page
// with a folio on each of its pages and as many short lines (50,000 of
// each here) is read in a moment, where searching a list of every
// folio's words for each word of each line took minutes. The marking
// itself is unchanged: a line of folio words becomes a running head.
func TestRunningHeadsLinear(t *testing.T) {
	const n = 50000
	var b builder
	for i := 0; i < n; i++ {
		b.units = append(b.units,
			unit{kind: uNoise, noise: noiseFolio, text: "新京报　" + strconv.Itoa(i) + "　A04　北京新闻", line: 2 * i, lastLine: 2 * i},
			unit{kind: uText, text: "北京新闻 · 第" + strconv.Itoa(i) + "版", line: 2*i + 1, lastLine: 2*i + 1})
	}
	b.units = append(b.units, unit{kind: uText, text: "新京报 · 北京新闻", line: 2 * n, lastLine: 2 * n})
	done := make(chan struct{})
	go func() {
		defer close(done)
		b.markRunningHeads()
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("markRunningHeads on 100,000 units took over 5 s: not linear")
	}
	if u := b.units[len(b.units)-1]; u.kind != uNoise || u.noise != noiseRunningHead {
		t.Errorf("a line of folio words was not taken as a running head: %+v", u)
	}
	if u := b.units[1]; u.kind != uText {
		t.Errorf("a line with a word of no folio was taken as a running head: %+v", u)
	}
}
