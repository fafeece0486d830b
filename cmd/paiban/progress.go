package main

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// progressBar draws a batch's progress on one terminal line:
//
//	converting  45% |█████████████                 | (450/1000) [2s:3s]
//
// the share done, the count, the time taken and the time left as the rate
// so far predicts it. It is redrawn at most every progressEvery (and at
// the end), and cleared (clear) before any other line is printed. paiban's
// own, not a library's: the one it used (schollz/progressbar) linked
// net/http and a colour package whose initialisation every run paid for.
type progressBar struct {
	w           io.Writer
	total, done int
	start       time.Time
	drawn       time.Time
	shown       bool
	now         func() time.Time
	line        strings.Builder
}

const (
	progressEvery = 100 * time.Millisecond
	progressWidth = 30 // cells of the bar itself
	progressLabel = "converting"
)

func newProgressBar(w io.Writer, total int, now func() time.Time) *progressBar {
	return &progressBar{w: w, total: max(total, 1), start: now(), now: now}
}

// add counts n more done and redraws the line if it is due.
func (b *progressBar) add(n int) {
	b.done = min(b.done+n, b.total)
	t := b.now()
	if b.shown && b.done < b.total && t.Sub(b.drawn) < progressEvery {
		return
	}
	b.drawn = t
	b.shown = true
	b.line.Reset()
	fill := b.done * progressWidth / b.total
	elapsed := t.Sub(b.start)
	var left time.Duration
	if b.done > 0 {
		left = time.Duration(float64(elapsed) * float64(b.total-b.done) / float64(b.done))
	}
	fmt.Fprintf(&b.line, "\r\x1b[K%s %3d%% |%s%s| (%d/%d) [%v:%v]", progressLabel,
		b.done*100/b.total, strings.Repeat("█", fill), strings.Repeat(" ", progressWidth-fill),
		b.done, b.total, elapsed.Round(time.Second), left.Round(time.Second))
	io.WriteString(b.w, b.line.String())
}

// clear erases the line, if drawn; the next add draws it again.
func (b *progressBar) clear() {
	if b.shown {
		io.WriteString(b.w, "\r\x1b[K")
		b.shown = false
	}
}
