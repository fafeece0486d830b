package newstext

import (
	"strings"
	"testing"
)

// TestRatioCutAtWrap: a score or time cut after its colon at the wrap
// (102∶ / 98, 3: / 1) in CJK text joins with no space; look-alikes keep
// what they had.
func TestRatioCutAtWrap(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"最终以102∶", "98逆转", false},
		{"比分为3:", "1，", false},
		{"下午3:", "30开始", false},
		{"最终以102：", "98逆转", false},
		// look-alikes
		{"The game ended 3:", "1 in the end", true},
		{"at 10:", "30 today", true},
		{"比分：", "3比1", false},
		{"Note:", "3 items", true},
	} {
		if got := needsSpace(tt.a, tt.b); got != tt.want {
			t.Errorf("needsSpace(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	w := strings.Repeat("比赛", 5)
	d := mustRead(t, "广东队逆转北京队\n\n　　"+w+"最终以102∶\n98逆转取胜，"+w+"。\n")
	found := false
	for _, a := range d.Articles {
		for _, n := range a.Children {
			found = found || strings.Contains(n.Text, "以102∶98逆转")
		}
	}
	if !found {
		t.Errorf("%v, want 以102∶98逆转", allKinds(d))
	}
	roundTrip(t, d)
}
