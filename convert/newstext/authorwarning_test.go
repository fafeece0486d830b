package newstext

import (
	"strings"
	"testing"
)

// TestAuthorNameWarning: the warning of a name taken as the author's
// byline calls it padded only when it is.
func TestAuthorNameWarning(t *testing.T) {
	for _, tt := range []struct {
		text   string
		padded bool
	}{
		{"林　晓", true},
		{"彭　勇", true},
		{"陈思远", false},
		{"黃立德", false},
	} {
		w := authorNameWarning(tt.text)
		if got := strings.HasPrefix(w, "padded "); got != tt.padded {
			t.Errorf("authorNameWarning(%q) = %q, padded %v, want %v", tt.text, w, got, tt.padded)
		}
		if !strings.Contains(w, "name under the titles taken as the author's byline") {
			t.Errorf("authorNameWarning(%q) = %q", tt.text, w)
		}
	}
}
