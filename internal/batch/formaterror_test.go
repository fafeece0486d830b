package batch

import (
	"errors"
	"testing"
)

func TestFormatError(t *testing.T) {
	base := errors.New("epub: no articles to make a book of")
	for _, tc := range []struct {
		format string
		err    error
		want   string
	}{
		{"epub", base, "epub: no articles to make a book of"},
		{"txt", errors.New("bulletin: write: disk full"), "txt: bulletin: write: disk full"},
		{"pdf", errors.New("pdfs: odd"), "pdf: pdfs: odd"},
	} {
		got := formatError(tc.format, tc.err)
		if got.Error() != tc.want {
			t.Errorf("formatError(%q, %q) = %q, want %q", tc.format, tc.err, got, tc.want)
		}
		if !errors.Is(got, tc.err) {
			t.Errorf("formatError(%q, %q) does not wrap the error", tc.format, tc.err)
		}
	}
}
