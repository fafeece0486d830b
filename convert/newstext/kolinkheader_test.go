package newstext

import (
	"strings"
	"testing"
)

// TestKoLinkHeaderEnds holds koLinkHeaderEnds to the two words
// koLeadLinkHeader looks for before it tries the list: a header added
// with another ending needs that test widened.
func TestKoLinkHeaderEnds(t *testing.T) {
	for _, h := range koLinkHeaderEnds {
		if !strings.HasSuffix(h, "뉴스") && !strings.HasSuffix(h, "기사") {
			t.Errorf("%q ends in neither 뉴스 nor 기사: koLeadLinkHeader's pre-test turns it away", h)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"이 기사와 함께 많이 본 뉴스", true},
		{"이 기사와 함께 많이 본 뉴스：", true},
		{"오늘의 관련기사:", true},
		{"정부가 관련 기사를 냈다", false},
		{"많이 본 뉴스입니다", false},
	} {
		if got := koLeadLinkHeader(c.s); got != c.want {
			t.Errorf("koLeadLinkHeader(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
