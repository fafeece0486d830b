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
