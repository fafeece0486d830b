package newstext

import (
	"strings"
	"testing"
)

// TestFollowKeys holds the follow call's words to followKeys, which the
// gate asks for before it lets a line ending as a call ends into
// noiseKindSum: every follow verb, prompt's end and button holds one.
func TestFollowKeys(t *testing.T) {
	for _, list := range [][]string{followVerbs, promptEnds, followButtons} {
		for _, w := range list {
			if !strings.ContainsAny(w, followKeys) {
				t.Errorf("%q holds none of followKeys: the gate turns its call away", w)
			}
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"快來加入《TVBS新聞網》LINE官方帳號吧！", true},
		{"点击蓝字　关注我们", true},
		{"欢迎关注我们的微信公众号", true},
		{"+关注", true},
		{"河南省滑县农民张德福说。", false}, // a sentence's last line
		{"时间提前至6时。", false},
	} {
		sm := summaryFor(c.s, nil)
		if got := gate(c.s, sm)&gNoise != 0; got != c.want {
			t.Errorf("gate(%q) lets it into noiseKindSum: %v, want %v", c.s, got, c.want)
		}
		if c.want && noiseKindSum(c.s, sm) == "" {
			t.Errorf("noiseKindSum(%q) = \"\", want chrome", c.s)
		}
	}
}

// TestFollowTailsLast holds followCallLast, which lists followTails' runes
// in its switch, to followTails.
func TestFollowTailsLast(t *testing.T) {
	for _, r := range followTails {
		if !followCallLast(r) {
			t.Errorf("followCallLast(%q) = false: a call closed by it is turned away", r)
		}
	}
}
