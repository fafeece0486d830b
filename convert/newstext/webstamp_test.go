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
