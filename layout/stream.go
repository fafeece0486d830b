package layout

import (
	"iter"
	"unicode/utf8"
)

// Windows of a long paragraph (see Start): a paragraph longer than
// windowBytes is broken window by window, and of each window's lines those
// starting within windowMargin of its end are broken again in the next. A
// window that is all one line (a run with no break opportunity, such as a
// grapheme cluster of thousands of combining marks, which no line may
// split) is doubled until it holds the run's end, up to windowCap.
const (
	windowBytes  = 64 << 10
	windowMargin = 8 << 10
	windowCap    = 256 << 10
)

// stream is the paragraph a Breaker is breaking a line at a time.
type stream struct {
	text  string
	m     Measurer
	o     Options
	pos   int    // where the current window starts in text
	lines []Line // the current window's lines (the Breaker's memory)
	keep  int    // how many of them are final
	i     int    // the next of them to return
	next  int    // where the next window starts
	final bool   // the current window ends the paragraph
}

// Start begins breaking text (one paragraph) a line at a time: Next then
// returns its lines in order, the same lines Break gives. A paragraph of
// any length is broken in bounded memory: a long one (over 64 KiB) is
// broken a window at a time, which gives the lines of breaking it whole,
// as the breaking is greedy and looks ahead less than a window's margin
// (8 KiB), and a window that would end inside a line reaches on for the
// line's end, up to 256 KiB: only a line that no break opportunity ends
// within 256 KiB (a single grapheme cluster that long; a run of letters,
// a URL, breaks anywhere when it must) is cut where that window ends. A
// writer that draws or places lines as they come thus holds one window's
// glyphs, not the paragraph's. Any other call on b ends the paragraph.
func (b *Breaker) Start(text string, m Measurer, o Options) {
	b.st = stream{text: text, m: m, o: o}
}

// Next returns the next line of the paragraph begun by Start and true, or
// false after its last line. The line and its glyphs live in b's working
// memory: they are valid only until the next call on b. Line offsets are
// the paragraph's, and only the paragraph's first line is indented.
func (b *Breaker) Next() (Line, bool) {
	s := &b.st
	for s.i >= s.keep {
		if s.next >= len(s.text) {
			*s = stream{} // hold on to nothing of the paragraph
			return Line{}, false
		}
		b.window()
	}
	l := s.lines[s.i]
	s.i++
	l.Start += s.pos
	l.End += s.pos
	l.Last = s.final && l.Last
	return l, true
}

// window breaks the stream's next window and keeps the lines of it that
// are final: those whose successor starts before the window's margin, as
// they were chosen with all the text they depend on.
func (b *Breaker) window() {
	s := &b.st
	pos, text, o := s.next, s.text, s.o
	if pos > 0 {
		o.Indent = 0 // only the paragraph's first line
		if o.Hang > 0 && s.keep > 0 && !s.lines[s.keep-1].Hard {
			// The window starts with a line the measure broke off
			// the one above: it hangs (Options.Hang).
			o.Indent = o.Hang
		}
		o.LeadBytes = max(0, o.LeadBytes-pos)
	}
	var lines []Line
	var end int
	var final bool
	for size := windowBytes; ; size *= 2 {
		end, final = len(text), true
		if len(text)-pos > size {
			end, final = pos+size, false
			for end > pos && !utf8.RuneStart(text[end]) {
				end--
			}
		}
		lines = b.BreakTemp(text[pos:end], s.m, o)
		if final || len(lines) > 1 || size >= windowCap {
			break
		}
		// One line as long as the window: its end lies beyond.
	}
	keep, next := len(lines), end
	if !final {
		cut := end - pos - windowMargin
		keep = 0
		for keep+1 < len(lines) && lines[keep+1].Start < cut {
			keep++
		}
		// Down a vertical line, never start the next window inside a
		// halfwidth token whose part from there would turn otherwise
		// than the whole token (18:42 stacked, where the window before
		// saw … 2026-12-05 18:42 turn sideways as one piece).
		for o.Vertical && keep > 1 && splitsToken(text, pos+lines[keep].Start) {
			keep--
		}
		switch {
		case keep > 0:
			next = pos + lines[keep].Start
		case len(lines) > 1:
			keep, next = 1, pos+lines[1].Start
		default:
			keep = len(lines) // one line longer than windowCap
		}
	}
	if next <= pos {
		next = end // never stand still
	}
	s.pos, s.lines, s.keep, s.i, s.next, s.final = pos, lines, keep, 0, next, final
}

// splitsToken reports whether text[i:] starts inside a halfwidth token
// (tokenEnd: halfwidth characters and single spaces between them) whose
// part from i has another orientation than the whole token. A token
// reaching back further than a window's margin is taken as whole.
func splitsToken(text string, i int) bool {
	if i <= 0 || i >= len(text) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[i:]); !halfwidth(r) {
		return false
	}
	s := i
	for s > 0 && i-s <= windowMargin {
		p, n := utf8.DecodeLastRuneInString(text[:s])
		if halfwidth(p) {
			s -= n
			continue
		}
		if p == ' ' && s >= 2 {
			if q, _ := utf8.DecodeLastRuneInString(text[:s-1]); halfwidth(q) {
				s--
				continue
			}
		}
		break
	}
	if s == i || i-s > windowMargin {
		return false
	}
	return tokenOrientation(text[s:tokenEnd(text, s)]) != tokenOrientation(text[i:tokenEnd(text, i)])
}

// Lines breaks text like Start and Next, as a sequence: it yields the
// lines one at a time, in order, with their index; a line and its glyphs
// are valid only until the next one is asked for.
func (b *Breaker) Lines(text string, m Measurer, o Options) iter.Seq2[int, Line] {
	return func(yield func(int, Line) bool) {
		b.Start(text, m, o)
		for i := 0; ; i++ {
			l, ok := b.Next()
			if !ok || !yield(i, l) {
				return
			}
		}
	}
}
