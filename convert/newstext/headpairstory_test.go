package newstext

import (
	"slices"
	"strings"
	"testing"
)

// TestHeadPairUnderStory: two short title lines of one row shape, each
// a figure and a phrase (３選手　五輪へ / ２団体　初出場), set off by a
// blank line under a story's finished paragraph and over the next
// story's dateline or its lead dated in its first clause (…は６日、), are
// that story's headline and subheadline, not a box's rows. A box's count
// rows (死者　０人 / 負傷者　３人) there stay rows, and so do rows over a
// paragraph that is no lead.
func TestHeadPairUnderStory(t *testing.T) {
	top := "県総体の日程決まる\n\n　県高校体育連盟は６日、来年度の県高校総体の日程を発表した。開会式は５月２７日に行う。\n\n"
	for _, tt := range []struct {
		pair, under string
		title       bool
	}{
		{"３選手　五輪へ\n２団体　初出場", "　日本カヌー連盟は６日、来年の世界大会に出場する代表選手を発表した。", true},
		{"３選手　五輪へ\n２団体　初出場", "　【東京】日本カヌー連盟は６日、来年の世界大会に出場する代表選手を発表した。", true},
		{"５校　甲子園へ\n２校　初出場", "　日本高校野球連盟は５日午後、来春の選抜大会の出場校を発表した。", true},
		// look-alikes: a box's rows in the story
		{"死者　０人\n負傷者　３人", "　県警は６日、年末の交通安全運動を始めた。", false},
		{"１位　山田太郎\n２位　佐藤次郎", "　表彰式は大会の最後に行われた。", false},
		{"３選手　五輪へ\n２団体　初出場", "　代表は来年１月１１日から合宿に入る。", false},
	} {
		page := top + tt.pair + "\n\n" + tt.under + "\n"
		d := mustRead(t, page)
		k := flatKinds(d)
		first, _, _ := strings.Cut(tt.pair, "\n")
		if got := slices.Contains(k, "  headline "+first); got != tt.title {
			t.Errorf("%q over %q: headline %v, want %v:\n%s", tt.pair, tt.under, got, tt.title, strings.Join(k, "\n"))
		}
		roundTrip(t, d)
	}
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"日本カヌー連盟は６日、来年の", true},
		{"県警は５日午後、", true},
		{"同社は12日、", true},
		{"県警は年末の交通安全運動を１１日から始める。", false},
		{"代表は来年１月１１日から合宿に入る。", false},
		{"６日、県警は", false},
	} {
		if got := jaDayLead(tt.s); got != tt.want {
			t.Errorf("jaDayLead(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
