package readall

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

// onlyReader hides every method but Read, so no size is known.
type onlyReader struct{ io.Reader }

func TestRead(t *testing.T) {
	for _, tc := range []struct {
		name    string
		r       io.Reader
		max     int64
		want    string
		tooLong bool
	}{
		{"known size within", strings.NewReader("abc"), 3, "abc", false},
		{"known size over, refused before reading", strings.NewReader("abcd"), 3, "", true},
		{"unknown size within", onlyReader{strings.NewReader("abc")}, 3, "abc", false},
		{"unknown size over", onlyReader{strings.NewReader("abcd")}, 3, "", true},
		{"no limit", onlyReader{strings.NewReader(strings.Repeat("x", 5000))}, -1, strings.Repeat("x", 5000), false},
		{"bufio's buffer size is no input size", bufio.NewReader(strings.NewReader("ab")), 3, "ab", false},
		{"empty", strings.NewReader(""), 0, "", false},
	} {
		got, err := Read(tc.r, tc.max)
		if tc.tooLong {
			if !errors.Is(err, ErrTooLarge) {
				t.Errorf("%s: err %v, want ErrTooLarge", tc.name, err)
			}
			continue
		}
		if err != nil || string(got) != tc.want {
			t.Errorf("%s: got %q, %v; want %q", tc.name, got, err, tc.want)
		}
	}
}

func TestSize(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    io.Reader
		want int64
	}{
		{"strings.Reader", strings.NewReader("abc"), 3},
		{"bytes.Buffer", bytes.NewBufferString("abcd"), 4},
		{"bufio.Reader", bufio.NewReader(strings.NewReader("abc")), -1},
		{"plain reader", onlyReader{strings.NewReader("abc")}, -1},
	} {
		if got := Size(tc.r); got != tc.want {
			t.Errorf("%s: Size = %d, want %d", tc.name, got, tc.want)
		}
	}
}
