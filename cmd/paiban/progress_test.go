package main

import (
	"strings"
	"testing"
	"time"
)

func TestProgressBar(t *testing.T) {
	var out strings.Builder
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	now := t0
	b := newProgressBar(&out, 4, func() time.Time { return now })

	now = t0.Add(2 * time.Second)
	b.add(1)
	want := "\r\x1b[Kconverting  25% |" + strings.Repeat("█", 7) + strings.Repeat(" ", 23) + "| (1/4) [2s:6s]"
	if out.String() != want {
		t.Fatalf("first add drew\n%q\nwant\n%q", out.String(), want)
	}

	out.Reset()
	now = now.Add(progressEvery / 2)
	b.add(1)
	if out.Len() != 0 {
		t.Errorf("add within %v of the last drawing drew %q", progressEvery, out.String())
	}
	now = now.Add(progressEvery)
	b.add(1)
	if !strings.Contains(out.String(), " 75% |") || !strings.Contains(out.String(), "(3/4)") {
		t.Errorf("due add drew %q", out.String())
	}

	out.Reset()
	b.clear()
	b.clear()
	if out.String() != "\r\x1b[K" {
		t.Errorf("clear twice wrote %q, want one erase", out.String())
	}

	// The last one is drawn at once, however soon, and redrawn after a clear.
	out.Reset()
	b.add(5)
	if !strings.Contains(out.String(), "100% |"+strings.Repeat("█", progressWidth)+"| (4/4)") {
		t.Errorf("last add drew %q", out.String())
	}
}
