package markup

import (
	"strings"
	"testing"
)

// TestVerticalKoreanMarkKeepsWhatFollows: a Korean vertical mark whose
// space is followed by what may not start a line (the slash of a photo
// credit) is kept on one line with it, as the space is the only break
// there; a mark followed by a word is not.
func TestVerticalKoreanMarkKeepsWhatFollows(t *testing.T) {
	for _, tt := range []struct {
		s, want string
	}{
		{"있다. /김태윤 기자", `있다<span class="keep"><span class="kv" data-v="。"><span>. </span></span>/김</span>태윤 기자`},
		{"있다. 김태윤 기자", `있다<span class="kv" data-v="。"><span>. </span></span>김태윤 기자`},
	} {
		var sb strings.Builder
		esc := func(s string) { sb.WriteString(s) }
		VerticalKorean(&sb, nil, tt.s, esc, func(rune) {})
		if got := sb.String(); got != tt.want {
			t.Errorf("VerticalKorean(%q):\n got %s\nwant %s", tt.s, got, tt.want)
		}
	}
}
