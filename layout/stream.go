package layout

import (
	"iter"
	"unicode/utf8"
)

// Windows of a long paragraph (see Lines): a paragraph longer than
// windowBytes is broken window by window, and of each window's lines those
// starting within windowMargin of its end are broken again in the next.
const (
	windowBytes  = 64 << 10
	windowMargin = 8 << 10
)

// Lines breaks text like BreakTemp but yields its lines one at a time, in
// order, with their index; a line and its glyphs are valid only until the
// next one is asked for. A paragraph of any length is broken in bounded
// memory: a long one (over 64 KiB) is broken a window at a time, which
// gives the lines of Break, as the breaking is greedy and looks ahead less
// than a window's margin (a single unbreakable run longer than the margin
// may be cut where a window ends). Line offsets are the paragraph's, and
// only the paragraph's first line is indented.
func (b *Breaker) Lines(text string, m Measurer, o Options) iter.Seq2[int, Line] {
	return func(yield func(int, Line) bool) {
		if len(text) <= windowBytes {
			for i, l := range b.BreakTemp(text, m, o) {
				if !yield(i, l) {
					return
				}
			}
			return
		}
		idx := 0
		for pos := 0; pos < len(text); {
			end := len(text)
			final := true
			if len(text)-pos > windowBytes {
				end, final = pos+windowBytes, false
				for end > pos && !utf8.RuneStart(text[end]) {
					end--
				}
			}
			lines := b.BreakTemp(text[pos:end], m, o)
			keep := len(lines)
			next := end
			if !final {
				// Keep the lines whose successor starts before the margin:
				// they were chosen with all the text they depend on.
				cut := end - pos - windowMargin
				keep = 0
				for keep+1 < len(lines) && lines[keep+1].Start < cut {
					keep++
				}
				switch {
				case keep > 0:
					next = pos + lines[keep].Start
				case len(lines) > 1:
					keep, next = 1, pos+lines[1].Start
				default:
					keep = len(lines) // one run as long as the window
				}
			}
			for _, l := range lines[:keep] {
				l.Start += pos
				l.End += pos
				l.Last = final && l.Last
				if !yield(idx, l) {
					return
				}
				idx++
			}
			if next <= pos {
				next = end // never stand still
			}
			pos = next
			o.Indent = 0 // only the paragraph's first line
		}
	}
}
