package layout

import (
	"bytes"
	"os"
	"testing"

	"github.com/paiban/paiban/internal/testtool"
)

// TestSetsUpToDate: sets.bin must be the bitmaps of the rule strings in
// class.go. After editing those, run go test ./layout -update.
func TestSetsUpToDate(t *testing.T) {
	want := buildSetData()
	if *testtool.Update {
		if err := os.WriteFile("sets.bin", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal([]byte(setData), want) {
		t.Fatal("sets.bin is stale: run go test ./layout -update")
	}
}

// TestSets checks membership through has against the strings themselves.
func TestSets(t *testing.T) {
	for _, tc := range []struct {
		set     runeSet
		in, out string
	}{
		{setNotStartStrict, notStart, "中a（“"},
		{setNotStartNormal, "、。）", "っャー々（"},
		{setNotEnd, notEnd, "。中a"},
		{setSmallKana, smallKana, "あア中"},
		{setOpen, openMarks, "）中"},
		{setClose, closeMarks, "（中"},
		{setMiddle, middleMarks, "。中"},
		{setHantCentred, hantCentred, "（！"},
		{setDash, dashMarks, "-中"},
		{setFixed, fixedMarks, "。中"},
	} {
		for _, r := range tc.in {
			if !tc.set.has(r) {
				t.Errorf("set %d: %q missing", tc.set, r)
			}
		}
		for _, r := range tc.out + "\U0001F600\x00" {
			if tc.set.has(r) {
				t.Errorf("set %d: %q present", tc.set, r)
			}
		}
	}
	if setNotStartStrict.has(-1) {
		t.Error("negative rune present")
	}
}
