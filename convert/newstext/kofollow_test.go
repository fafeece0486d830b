package newstext

import (
	"slices"
	"testing"
)

// TestKoFollowButton: a Korean site's follow button after the closing
// reporter's name, 이서윤 기자 구독 (blind page b58-ko-web-jibang-beoseu:
// 구독 had been read as a second name), leaves the byline its one name;
// the word after anything but a reporter's role is no button.
func TestKoFollowButton(t *testing.T) {
	for s, want := range map[string][]string{
		"이서윤 기자 구독":     {"이서윤"},
		"이서윤 기자 구독하기":   {"이서윤"},
		"이서윤 기자 +구독":    {"이서윤"},
		"김도윤 특파원 구독":    {"김도윤"},
		"김철수 이영희 기자 구독": {"김철수", "이영희"},
		"이서윤 기자":        {"이서윤"},
	} {
		c, ok := parseBylineLineSum(s, summaryFor(s, nil))
		if !ok || !slices.Equal(c.names, want) {
			t.Errorf("parseBylineLineSum(%q) = %v %v, want names %v", s, c.names, ok, want)
		}
	}
	for _, s := range []string{"기자 구독", "신문 구독", "정기 구독"} {
		if _, ok := koFollowButtonTail(s); ok {
			t.Errorf("koFollowButtonTail(%q): a button", s)
		}
	}
}
