package newstext

import (
	"testing"
	"unicode/utf8"
)

// TestWireReportsFirstRunes keeps parseDatelineCore's quick test (it looks
// for a wire-report ending only at 綜, 综 or 外) in step with wireReports.
func TestWireReportsFirstRunes(t *testing.T) {
	for _, w := range wireReports {
		if r, _ := utf8.DecodeRuneInString(w); r != '綜' && r != '综' && r != '外' {
			t.Errorf("wire report %q opens with %q, which parseDatelineCore does not test for", w, r)
		}
	}
}
