package newstext

import (
	"slices"
	"testing"
)

// TestLikeCountButton: a site's like count (+1, +12) alone on its line
// beside the site's buttons is chrome; elsewhere, or with more to it, it
// stays text.
func TestLikeCountButton(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"+1", true}, {"+12", true}, {"+1024", true},
		{"+", false}, {"1", false}, {"+1分", false}, {"+12345", false}, {"-1", false},
	} {
		if got := likeCount(tt.s); got != tt.want {
			t.Errorf("likeCount(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	page := "首页 > 法治中国\n健身房闭店后拒退会员费\n2026-12-06 18:42　来源：澎湃新闻\n办卡时承诺随时可退，闭店后却联系不上。\n澎湃新闻，未经授权不得转载\n+1\n收藏\n我要举报\n"
	d := mustRead(t, page)
	if k := allKinds(d); slices.Contains(k, "paragraph +1") {
		t.Errorf("%v, want +1 chrome", k)
	}
	roundTrip(t, d)
	d = mustRead(t, "健身房闭店后拒退会员费\n\n办卡时承诺随时可退，闭店后却联系不上。\n\n+1\n\n他说。\n")
	if k := allKinds(d); slices.Contains(k, "noise +1") {
		t.Errorf("%v, want +1 no chrome away from buttons", k)
	}
	roundTrip(t, d)
}
