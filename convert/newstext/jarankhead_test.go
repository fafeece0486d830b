package newstext

import (
	"slices"
	"strings"
	"testing"
)

// TestBracketedRankHeadOverProse: a bare reader's header in lenticular
// brackets, 【ランキング】, over a print story's prose (not link titles)
// names no place: it is a head of the story, as a 【解説】 lead-in is, not
// a dateline opening a paragraph. A place in the brackets (【松本】) stays
// a dateline.
func TestBracketedRankHeadOverProse(t *testing.T) {
	top := "県内の人気観光地　首位は城跡公園\n\n　県観光協会は６日、今年の観光地人気調査の結果を発表した。\n\n"
	text := "首位は３年連続で城跡公園となった。２位は温泉街、３位は湖畔の遊歩道が入った。"
	for _, tt := range []struct {
		label, kind string
	}{
		{"【ランキング】", "heading"},
		{"【人気ランキング】", "heading"},
		{"【人気記事】", "heading"},
	} {
		for _, sep := range []string{"\n　", "\n\n　"} {
			d := mustRead(t, top+tt.label+sep+text+"\n")
			k := flatKinds(d)
			if !slices.Contains(k, "    "+tt.kind+" "+tt.label) || !slices.Contains(k, "    paragraph "+text) {
				t.Errorf("%s: %s", tt.label, strings.Join(k, " | "))
			}
			roundTrip(t, d)
		}
	}
	// A place's dateline stays one: no head.
	d := mustRead(t, top+"【松本】"+text+"\n")
	for _, k := range flatKinds(d) {
		if strings.Contains(k, "heading") || strings.Contains(k, "section") {
			t.Errorf("【松本】: %s", strings.Join(flatKinds(d), " | "))
		}
	}
}
