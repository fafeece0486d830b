package newstext

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// Building a large input in two halves at once must give exactly the tree
// and the warnings that building it one unit at a time gives.
func TestParallelMatchesSerial(t *testing.T) {
	var page strings.Builder
	for _, s := range fuzzSeeds(t) {
		if _, err := scan(string(s)); err != nil || !utf8.Valid(s) {
			continue // binary seeds stop the reader before it builds
		}
		page.Write(s)
		page.WriteString("\n\n")
	}
	text := string(repeatTo([]byte(page.String()), 2<<20))
	st, err := scan(text)
	if err != nil {
		t.Fatal(err)
	}
	lines := splitLines(text, st.hasCR, st.hasUBreak)
	if splitPoint(lines) <= 0 {
		t.Fatalf("%d lines: no split point, the parallel path is not tested", len(lines))
	}
	par := builder{ctx: context.Background()}
	ser := builder{ctx: context.Background(), serial: true}
	if err := par.build(lines); err != nil {
		t.Fatal(err)
	}
	if err := ser.build(lines); err != nil {
		t.Fatal(err)
	}
	if len(par.units) < parallelUnits {
		t.Fatalf("%d units: the parallel article path is not tested", len(par.units))
	}
	if !reflect.DeepEqual(par.units, ser.units) {
		t.Error("units differ between the parallel and the serial split")
	}
	if !reflect.DeepEqual(par.articles, ser.articles) {
		t.Error("articles differ between the parallel and the serial build")
	}
	if !reflect.DeepEqual(par.diags, ser.diags) {
		t.Errorf("diagnostics differ: %d parallel, %d serial", len(par.diags), len(ser.diags))
	}
}

// Scanning a large input in two halves must give the statistics and the
// error (with its line) that one pass gives.
func TestScanHalvesMatchOnePass(t *testing.T) {
	page := "# 標題\r\n\r\nカナ 한글 简体这样 繁體這樣\u2028第二行 café\n\n正文。\r孤立回车\n"
	text := strings.Repeat(page, parallelBytes/len(page)+1)
	for _, tc := range []struct {
		name string
		s    string
	}{
		{"clean", text},
		{"control byte in the second half", text[:len(text)*3/4] + "\x01" + text[len(text)*3/4:]},
		{"control byte in the first half", text[:len(text)/4] + "\x01" + text[len(text)/4:]},
		{"C1 control in both halves", text[:len(text)/3] + "\u0085\u0090" + text[len(text)/3:len(text)*2/3] + "\u0090" + text[len(text)*2/3:]},
		{"not NFC", text + "e\u0301"},
	} {
		got, gerr := scan(tc.s)
		want, _, werr := scanRange(tc.s, 0)
		if werr != nil {
			if gerr != werr { // lineErr compares by line and message
				t.Errorf("%s: scan error %#v, one pass %#v", tc.name, gerr, werr)
			}
			continue
		}
		if gerr != nil || got != want {
			t.Errorf("%s: scan = %+v, %v; one pass %+v", tc.name, got, gerr, want)
		}
	}
}

// Splitting a large input in two halves must give the lines one pass gives.
func TestSplitLinesHalvesMatchOnePass(t *testing.T) {
	page := "# 标题\n\n　　正文第一行\n第二行  \n\n\n  缩进\n"
	for _, s := range []string{
		strings.Repeat(page, parallelBytes/len(page)+1),
		strings.Repeat(page, parallelBytes/len(page)+1) + "无换行结尾",
	} {
		got := splitLines(s, false, false)
		want := appendLines(nil, s, 1, false, false)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%d lines, one pass %d, or they differ", len(got), len(want))
		}
	}
}

// The two halves of a parallel split share one array of units (split):
// a half with more units than its part of the array holds (every line a
// head) must give the serial split's units too, whichever half it is.
func TestParallelSplitOverflow(t *testing.T) {
	dense := strings.Repeat("# 标题\n## 一节\n## 二节\n\n", parallelLines/4+1)            // 3 units in 4 lines
	sparse := strings.Repeat("# 标题\n\n正文第一行，\n正文第二行，\n正文完。\n\n", parallelLines/6+1) // 2 in 6
	for _, tc := range []struct{ name, first, second string }{
		{"dense first half", dense, sparse},
		{"dense second half", sparse, dense},
		{"both dense", dense, dense},
		{"both sparse", sparse, sparse},
	} {
		text := tc.first + tc.second
		lines := splitLines(text, false, false)
		if splitPoint(lines) <= 0 {
			t.Fatalf("%s: no split point, the parallel path is not tested", tc.name)
		}
		par := builder{ctx: context.Background()}
		ser := builder{ctx: context.Background(), serial: true}
		if err := par.split(lines); err != nil {
			t.Fatal(err)
		}
		if err := ser.split(lines); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(par.units, ser.units) {
			t.Errorf("%s: %d units split in halves, %d serially, or they differ", tc.name, len(par.units), len(ser.units))
		}
		// (The first half's part of the array is about unitsCap of its
		// lines; the second's, unitsCap of the rest.)
		k := splitPoint(lines)
		first := 0
		for _, u := range ser.units {
			if u.line <= k {
				first++
			}
		}
		if over := first > unitsCap(k) || len(ser.units)-first > unitsCap(len(lines)-k); over != (tc.first == dense || tc.second == dense) {
			t.Errorf("%s: %d and %d units in halves of %d and %d lines: a half outgrows its part: %v", tc.name, first, len(ser.units)-first, k, len(lines)-k, over)
		}
	}
}
