package newstext

import "testing"

// TestStampWordsFirstRunes holds webStampFirst in step with stampWords:
// a stamp opening with a word whose first rune webStampFirst leaves out
// would never reach isWebStamp.
func TestStampWordsFirstRunes(t *testing.T) {
	for _, w := range stampWords {
		if r, _ := firstRune(w); !webStampFirst(r) {
			t.Errorf("stamp word %q opens with %q, which webStampFirst does not report", w, r)
		}
	}
}

// TestClockMark: stampTail's first test finds a colon or a digit right
// before 时/時/点/點, and nothing else (重点, 观点 hold no clock).
func TestClockMark(t *testing.T) {
	for s, want := range map[string]bool{
		"2026-12-05 18:20": true,
		"2026年12月5日 下午3时":  true,
		"12月5日 晚上8點":       true,
		"本次会议的重点是明年的预算":    false,
		"观点：城市更新要以人为本":     false,
		"2026年12月5日":       false,
		"下午三时":             false,
	} {
		if got := clockMark(s); got != want {
			t.Errorf("clockMark(%q) = %v, want %v", s, got, want)
		}
	}
}
