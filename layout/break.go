package layout

import (
	"math"
	"strings"
	"sync"
	"unicode"
)

// eps absorbs floating-point noise when comparing widths.
const eps = 1e-6

// DefaultOptions returns the options for body text in lang set to width:
// 2em first-line indent, strict kinsoku, justified, punctuation compression
// on and ¼em between CJK and Latin (none in Korean, where a space between
// 10 and 조 would be a spacing error). Terminal writers set Grid to 1 and
// turn CompressPunct off.
func DefaultOptions(lang Lang, width float64) Options {
	latin := 0.25
	if lang == LangKo {
		latin = 0
	}
	return Options{
		Width:         width,
		Lang:          lang,
		Indent:        ParagraphIndent(lang),
		Kinsoku:       KinsokuStrict,
		Align:         AlignJustify,
		CompressPunct: true,
		CJKLatinSpace: latin,
	}
}

// Breaker breaks paragraphs into lines. It keeps its working memory between
// calls, so reusing one Breaker for many paragraphs avoids allocation. A
// Breaker is not safe for concurrent use; Break uses a pool of them.
type Breaker struct {
	m     Measurer
	opt   Options
	em    float64
	cl    []cluster
	p, q  []float64 // prefix sums of set widths and of squeezable amounts
	spans []span
	vruns []VRun // vertical runs of the paragraph (Options.Vertical)
	// lines and glyphs back BreakTemp's results between calls.
	lines  []Line
	glyphs []Glyph
	// units and tiers are stretch's working memory: grid units and tier
	// per gap.
	units []int
	tiers []int8
	// st is the paragraph being broken a line at a time (Start, Next).
	st stream
	// noFast turns off the shortcuts (segmentation of CJK runs, the
	// prefix sums of plain clusters, no kinsoku lookups for ideographs,
	// runAfter and counterBreak measuring a line only when the run after
	// it could change its end), which must give what the general path
	// gives: tests compare both.
	noFast bool
}

// span is one line as a cluster range before justification.
type span struct {
	s, e   int  // clusters [s, e), edge spaces trimmed
	forced bool // ends at a hard line break
	hang   bool // the last cluster hangs outside the measure
	// afterHard: the line follows a hard line break, and starts at the
	// margin whatever Options.Hang says.
	afterHard bool
}

// NewBreaker returns a Breaker with empty working memory.
func NewBreaker() *Breaker { return &Breaker{} }

var pool = sync.Pool{New: func() any { return NewBreaker() }}

// Break breaks text (one paragraph) into lines of at most o.Width measured
// by m, and places every glyph. See the package documentation for the rules.
func Break(text string, m Measurer, o Options) []Line {
	b := pool.Get().(*Breaker)
	lines := b.Break(text, m, o)
	b.m, b.st = nil, stream{}
	pool.Put(b)
	return lines
}

// Break is like the package-level Break but reuses b's working memory. A
// paragraph longer than a window (see Lines) is broken a window at a time,
// so that the working memory stays bounded; only the result grows with it.
func (b *Breaker) Break(text string, m Measurer, o Options) []Line {
	if text == "" {
		return nil
	}
	if len(text) > windowBytes {
		return b.breakWindows(text, m, o)
	}
	return b.breakWhole(text, m, o)
}

// breakWhole breaks text in one piece, whatever its length.
func (b *Breaker) breakWhole(text string, m Measurer, o Options) []Line {
	b.run(text, m, o)
	return b.place(text, false)
}

// breakWindows collects the lines of Lines, copying their glyphs out of
// the working memory.
func (b *Breaker) breakWindows(text string, m Measurer, o Options) []Line {
	var (
		lines  []Line
		glyphs []Glyph
		ends   []int
	)
	for _, l := range b.Lines(text, m, o) {
		glyphs = append(glyphs, l.Glyphs...)
		ends = append(ends, len(glyphs))
		l.Glyphs = nil
		lines = append(lines, l)
	}
	start := 0
	for i := range lines {
		lines[i].Glyphs = glyphs[start:ends[i]:ends[i]]
		start = ends[i]
	}
	return lines
}

// BreakTemp is like Break, but the lines and their glyphs live in b's
// working memory: they are valid only until the next call on b. A writer
// that draws each paragraph at once saves an allocation per paragraph.
func (b *Breaker) BreakTemp(text string, m Measurer, o Options) []Line {
	if text == "" {
		return nil
	}
	b.run(text, m, o)
	return b.place(text, true)
}

// run sets up b for text and chooses the lines.
func (b *Breaker) run(text string, m Measurer, o Options) {
	b.m, b.opt = m, o
	b.em = m.Em()
	if b.em <= 0 {
		b.em = 1
	}
	b.segment(text)
	b.prefix()
	b.phraseBreak()
	b.fieldBreaks()
	b.breakLines()
	b.avoidWidow()
}

// prefix computes the prefix sums used to measure any cluster range in O(1).
func (b *Breaker) prefix() {
	n := len(b.cl)
	b.p = grow(b.p, n+1)
	b.q = grow(b.q, n+1)
	// Most clusters have no CJK–Latin space, no compression and no
	// shrink (all of them on a terminal's grid): for those the sums take
	// one addition, not a chain of four that each wait for the last.
	// Adding or taking away a zero changes no float but −0, which the
	// sums, starting at +0, never are, so the results are the same to
	// the bit.
	// The running sums stay in registers (sp, sq: p[0] and q[0] are 0),
	// not read back from the slices they were just stored to.
	fast := !b.noFast
	plain := fast && b.latinShrink(0) == 0 // else NaN: an em that is not a number
	p, q := b.p[:n+1], b.q[:n+1]
	sp, sq := 0.0, 0.0
	for i := range b.cl {
		c := &b.cl[i]
		if fast && c.extra == 0 && c.left == 0 && c.right == 0 {
			sp += c.w
		} else {
			sp = sp + c.extra + c.w - c.left - c.right
		}
		if !plain || c.extra != 0 || c.sqL != 0 || c.sqR != 0 || c.shrink != 0 {
			sq = sq + b.latinShrink(c.extra) + c.sqL + c.sqR + c.shrink
		}
		p[i+1], q[i+1] = sp, sq
	}
}

func grow(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n)
	}
	s = s[:n]
	s[0] = 0
	return s
}

// natW is the width of clusters [s, e) set on their own line: no space
// before the first, and edge marks restored to full width.
func (b *Breaker) natW(s, e int) float64 {
	return b.p[e] - b.p[s] - b.cl[s].extra + b.edgeLeft(&b.cl[s]) + b.edgeRight(&b.cl[e-1])
}

// edgeLeft is what a line's first cluster adds to its width in the line
// (the default compression of its left half, undone) less what it loses at
// the edge (an opening bracket's empty half).
func (b *Breaker) edgeLeft(c *cluster) float64 {
	if c.cls == clsOpen {
		return c.left - c.edge
	}
	return c.left
}

// edgeRight is edgeLeft for a line's last cluster (a closing mark's empty
// half).
func (b *Breaker) edgeRight(c *cluster) float64 {
	if c.cls == clsClose || c.cls == clsFixed {
		return c.right - c.edge
	}
	return c.right
}

// minW is the narrowest [s, e) can be squeezed: inner punctuation compressed,
// word spaces shrunk and CJK–Latin spaces down to minLatinSpace; edge marks
// are set as at natW.
func (b *Breaker) minW(s, e int) float64 {
	sq := b.q[e] - b.q[s] - b.latinShrink(b.cl[s].extra) - b.cl[s].sqL - b.cl[e-1].sqR
	return b.natW(s, e) - sq
}

// avail is the measure of the paragraph's first line (first) or of a
// line the measure broke off the one above (Options.Hang).
func (b *Breaker) avail(first bool) float64 {
	if first {
		return b.opt.Width - b.indent()
	}
	return b.opt.Width - b.hang()
}

// lineAvail is the measure of a line: avail, or the whole measure for a
// line after a hard line break (afterHard), which starts at the margin.
func (b *Breaker) lineAvail(first, afterHard bool) float64 {
	if afterHard && !first {
		return b.opt.Width
	}
	return b.avail(first)
}

func (b *Breaker) indent() float64 {
	in := b.opt.Indent * b.em
	if b.opt.Grid > 0 {
		in = roundGrid(in, b.opt.Grid)
	}
	return in
}

// hang is Options.Hang in the Measurer's units.
func (b *Breaker) hang() float64 {
	if b.opt.Hang <= 0 {
		return 0
	}
	in := b.opt.Hang * b.em
	if b.opt.Grid > 0 {
		in = roundGrid(in, b.opt.Grid)
	}
	return in
}

// breakLines chooses the lines greedily. For each line it finds the last
// break that fits at natural width; if the next break fits once the line is
// squeezed, it pushes in (squeeze before stretch), otherwise the text after
// the natural break moves down (push out).
func (b *Breaker) breakLines() {
	cl := b.cl
	n := len(cl)
	b.spans = b.spans[:0]
	first, afterHard := true, false
	for pos := 0; pos < n; {
		s := pos
		for s < n && cl[s].cls == clsSpace {
			s++
		}
		if s >= n {
			break
		}
		avail := b.lineAvail(first, afterHard)
		bNat, bPush, bHang, lastNS, overflow := -1, -1, -1, -1, -1
		for k := s; k < n; k++ {
			if cl[k].cls != clsSpace {
				lastNS = k
			}
			if cl[k].brk == brkNo {
				// No later break can fit once even the squeezed prefix overflows.
				if cl[k].cls != clsSpace && b.p[k+1]-b.p[s]-(b.q[k+1]-b.q[s]) > avail+b.em+eps {
					overflow = k + 1
					break
				}
				continue
			}
			e := lastNS + 1
			if b.natW(s, e) <= avail+eps {
				bNat = k + 1
				if cl[k].brk == brkMust {
					break
				}
				continue
			}
			if b.opt.Hanging && bHang < 0 && e-1 > s && hangable(cl[e-1].r) && b.natW(s, e-1) <= avail+eps {
				bHang = k + 1 // hanging comes before squeezing (jlreq 3.8)
				continue
			}
			if b.minW(s, e) <= avail+eps {
				bPush = k + 1
			}
			overflow = e
			break
		}
		end := bNat
		switch {
		case bHang >= 0:
			end = bHang
		case bPush >= 0:
			end = bPush
		case bNat < 0:
			end = b.runStart(s, avail)
		case overflow > bNat:
			end = b.runAfter(s, bNat, avail)
			if end == bNat {
				end = b.syllableBreak(s, bNat, avail)
			}
			if end == bNat {
				end = b.counterBreak(s, bNat, avail)
			}
		}
		e := end
		for e > s && cl[e-1].cls == clsSpace {
			e--
		}
		hang := end == bHang && e > s+1 && hangable(cl[e-1].r) && b.natW(s, e) > avail+eps
		forced := cl[end-1].brk == brkMust && end < n
		b.spans = append(b.spans, span{s: s, e: e, forced: forced, hang: hang, afterHard: afterHard && !first})
		pos = end
		first, afterHard = false, forced
	}
}

// Long Latin runs. A run that does not fit after a line's last break
// (bNat) may be broken at its soft places (see markSoft) when it is longer
// than softFraction of the measure and the line would otherwise stretch its
// gaps by more than maxStretch em each; a run longer than the measure is
// broken anyway, so it fills the line.
const (
	softFraction = 1.0 / 3
	maxStretch   = 0.5
	// maxSpacing is the most letter spacing (em per gap) that justifies a
	// line with no other place for space: a line filled by a broken run.
	maxSpacing = 1.0 / 8
)

// runEnd returns the end of the unbreakable piece starting at cluster s.
func (b *Breaker) runEnd(s int) int {
	e := s
	for e < len(b.cl) && b.cl[e].brk == brkNo {
		e++
	}
	if e < len(b.cl) {
		e++
	}
	for e > s+1 && b.cl[e-1].cls == clsSpace {
		e--
	}
	return e
}

// runAfter chooses the end of the line [s, …) whose last natural break is
// bNat and whose next piece overflows.
func (b *Breaker) runAfter(s, bNat int, avail float64) int {
	ns := bNat
	for ns < len(b.cl) && b.cl[ns].cls == clsSpace {
		ns++
	}
	if ns >= len(b.cl) {
		return bNat
	}
	re := b.runEnd(ns)
	if b.opt.Align != AlignJustify && bNat > s {
		return b.runAfterFlush(s, bNat, ns, re, avail)
	}
	long := b.natW(ns, re)
	// Only a run with a soft place can be taken in part: measuring how
	// loose the line is costs a pass over it, which nearly every line of
	// CJK text (whose runs are one character) would pay for nothing.
	if long <= b.opt.Width+eps && (b.noFast || b.hasSoft(ns, re-1)) {
		if loose := b.stretchPer(s, bNat, avail); !b.justifiable(s, bNat, avail) || loose > b.em+eps {
			// The line cannot be justified without the run (2024.12.02.
			// alone before photo@newsis.com: nothing to spread), or only
			// with more than an em in each gap: rather than leave it so,
			// it takes the longest piece of the run that fits, broken at
			// a soft place, without a hyphen, if that sets it at least
			// twice as tight. (A run longer than the measure fills lines
			// anyway, below.)
			for k := re - 2; k >= ns; k-- {
				if b.cl[k].soft && b.natW(s, k+1) <= avail+eps && b.justifiable(s, k+1, avail) {
					if !b.justifiable(s, bNat, avail) || b.stretchPer(s, k+1, avail) <= loose/2+eps {
						return k + 1
					}
					break
				}
			}
		}
	}
	if long <= b.opt.Width*softFraction+eps {
		return bNat
	}
	if b.stretchPer(s, bNat, avail) > maxStretch*b.em+eps || long > b.opt.Width+eps {
		// The last soft place that leaves the line acceptably set.
		for k := re - 2; k >= ns; k-- {
			if b.cl[k].soft && b.natW(s, k+1) <= avail+eps && b.stretchPer(s, k+1, avail) <= maxStretch*b.em+eps {
				return k + 1
			}
		}
	}
	if long > b.opt.Width+eps {
		// It cannot fit on any line. If this line can end before it and
		// still be justified acceptably, the run starts the next line
		// (where runStart breaks it at a soft place if the line is then
		// full): a URL is not cut inside its scheme (http|s) at a line's
		// end. Else it fills this line.
		if b.stretchPer(s, bNat, avail) <= maxStretch*b.em+eps {
			return bNat
		}
		return b.emergency(s, avail)
	}
	return bNat
}

// runAfterFlush is runAfter for a line set flush or centred, the run
// after bNat being [ns, re). Such a line is never stretched, so nothing asks
// for the run to be cut where the line is full: a run that fits the
// measure starts the next line whole; a longer one leaves on this line its
// longest piece that ends at a soft place and fits, when the rest of the
// run then fits a line, else starts the next line. A closing credit set
// flush end keeps its address whole where it fits (/김도윤기자 over
// dykim@cbnews.example) and breaks it at its @ where not (/김도윤기자
// dykim@ over cbnews.example), never at the line's last letter (dykim@c
// over bnews.example); a URL is not left as www. at a line's end, its
// rest broken again below.
func (b *Breaker) runAfterFlush(s, bNat, ns, re int, avail float64) int {
	if b.natW(ns, re) > b.opt.Width+eps {
		for k := re - 2; k >= ns; k-- {
			if b.cl[k].soft && b.natW(s, k+1) <= avail+eps && b.natW(k+1, re) <= b.opt.Width+eps {
				return k + 1
			}
		}
	}
	return bNat
}

// hasSoft reports whether a cluster in [s, e) is a soft place (markSoft).
func (b *Breaker) hasSoft(s, e int) bool {
	for k := s; k < e; k++ {
		if b.cl[k].soft {
			return true
		}
	}
	return false
}

// runStart chooses the end of a line that starts with a piece longer than
// the measure: the last soft place if the line is then nearly full (what is
// left can be spread as spacing, between its letters or in its other gaps),
// else the last place that fits.
func (b *Breaker) runStart(s int, avail float64) int {
	re := b.runEnd(s)
	for k := re - 2; k > s; k-- {
		if !b.cl[k].soft {
			continue
		}
		w := b.natW(s, k+1)
		if w > avail+eps {
			continue
		}
		if b.opt.Align != AlignJustify {
			return b.flushRunStart(s, re, avail, k)
		}
		short := avail - w
		if b.opt.Grid > 0 && short <= b.opt.Grid+eps || b.opt.Grid <= 0 && short <= maxSpacing*b.em*float64(k-s)+eps && short <= 2*b.em {
			return k + 1
		}
		if b.opt.Grid <= 0 && b.stretchPer(s, k+1, avail) <= maxStretch*b.em+eps {
			// Gaps elsewhere in the line take the rest: Hangul before
			// the run (사진영상부(n-photo@newsis. / com)로), as well as
			// any line's word spaces.
			return k + 1
		}
		break
	}
	return b.emergency(s, avail)
}

// flushRunStart chooses where a line set flush or centred breaks the run
// [s, re) that opens it and is longer than the measure, last being the
// run's last soft place that fits: when the run can be set in two lines,
// at the soft place that leaves the shorter piece longest, so that an
// address breaks at its @, not before its last label (seoyeon@ over
// knnews.co.kr, not seoyeon@knnews.co. over kr); else at last.
func (b *Breaker) flushRunStart(s, re int, avail float64, last int) int {
	best, bestMin := -1, 0.0
	for k := last; k > s; k-- {
		if !b.cl[k].soft {
			continue
		}
		head, rest := b.natW(s, k+1), b.natW(k+1, re)
		if head > avail+eps || rest > b.opt.Width+eps {
			continue
		}
		if m := min(head, rest); best < 0 || m > bestMin+eps {
			best, bestMin = k+1, m
		}
	}
	if best > 0 {
		return best
	}
	return last + 1
}

// syllableBreak lets a Korean line whose last word break (bNat) leaves
// it very loose end inside the next word: klreq breaks between 어절 (at
// spaces), but allows breaking by character in narrow measures, and
// newspapers take it rather than open the line's gaps wide (발 표 한, 내
// 릴 것 으 로). Very loose is what justification cannot take at the word
// spaces alone: more than maxStretch em each. It returns the break after
// the last place of the word that fits (between two Hangul syllables, or
// where a bracket meets one: 정하윤(11) / 양은), or bNat. Across, a break
// that keeps only one syllable of the word on the line (모 / 습.) is taken
// only when no other place fits.
func (b *Breaker) syllableBreak(s, bNat int, avail float64) int {
	loose := maxStretch * b.em
	if b.koVertical() {
		// Down a vertical line every syllable has its em cell, as Han
		// characters do, and the spaces stay at a quarter em (see
		// segment): a word that does not fit is broken between its
		// syllables wherever the line would open at all, so the line
		// is filled like Chinese and Japanese ones and never opens
		// gaps that tear the column into words.
		loose = koVerticalLoose * b.em
	}
	if b.opt.Grid > 0 {
		loose = gridKoLoose * b.em
	}
	if b.opt.Lang != LangKo || b.opt.Phrases || b.stretchPer(s, bNat, avail) <= loose+eps {
		return bNat
	}
	ns := bNat
	for ns < len(b.cl) && b.cl[ns].cls == clsSpace {
		ns++
	}
	best, one := bNat, bNat
	for k := ns; k+1 < len(b.cl) && b.cl[k].brk == brkNo; k++ {
		if !b.inWordBreak(k) {
			continue
		}
		if b.natW(s, k+1) > avail+eps {
			break
		}
		if b.opt.Grid > 0 && b.lastSyllable(k+1) {
			// On a terminal's grid a word's last syllable is not
			// carried alone (바로잡습니 / 다.): a line of it reads as
			// a stray.
			break
		}
		if k == ns && !b.koVertical() {
			one = k + 1 // a lone syllable at the line's end: the last resort
			continue
		}
		best = k + 1
	}
	if best == bNat {
		return one
	}
	return best
}

// lastSyllable reports whether the word from cluster k holds one Hangul
// syllable only (다., 다”고), the marks after it aside.
func (b *Breaker) lastSyllable(k int) bool {
	n := 0
	for ; k < len(b.cl); k++ {
		if isHangulSyllable(b.cl[k].r) {
			n++
		}
		if b.cl[k].brk != brkNo {
			break
		}
	}
	return n <= 1
}

// inWordBreak reports whether a Korean word may break by character after
// cluster k: between two Hangul syllables, before an opening bracket after
// one or after a closing bracket before one (정하윤(11) / 양은), after a
// range mark or a middle dot between two terms (12월 10일~ / 2027년 2월,
// 한빛출판· / 312쪽), never where kinsoku forbids.
func (b *Breaker) inWordBreak(k int) bool {
	c, n := &b.cl[k], &b.cl[k+1]
	if NotStart(n.r, b.opt.Kinsoku) || NotEnd(c.r) {
		return false
	}
	switch {
	case isHangulSyllable(c.r) && isHangulSyllable(n.r):
		return true
	case isHangulSyllable(c.r) && (n.cls == clsOpen || n.r == '(' || n.r == '['):
		return true
	case (c.cls == clsClose || c.r == ')' || c.r == ']') && isHangulSyllable(n.r):
		return true
	case isTermMark(c.r) && k > 0 && termEnd(b.cl[k-1].r) && termEnd(n.r):
		// UAX #14 keeps 10일~2027년 and 한빛출판·312쪽 whole (the tilde
		// is AL, the middle dot AI, and AL × NU), but these are two
		// terms, and Korean papers break after the mark in a narrow
		// column, the mark ending the line as a comma would, rather
		// than leave the line's few words loose.
		return true
	}
	return false
}

// isTermMark reports the marks Korean text writes between two terms: the
// ends of a range (10일~2027년, 9～12시) or the items of a list (지음·한빛출판).
func isTermMark(r rune) bool { return r == '~' || r == '～' || r == '〜' || r == '·' || r == '・' }

// termEnd reports a rune that may stand next to a term mark as one of the
// terms' ends: a Hangul syllable (a unit such as 일, 월, 쪽) or a digit.
func termEnd(r rune) bool { return isHangulSyllable(r) || r >= '0' && r <= '9' }

// gridKoLoose is the stretch per word space (em) beyond which a Korean
// line on a terminal's grid breaks inside the next word.
const gridKoLoose = 1.5

// koVerticalLoose is the stretch per gap (em) beyond which a vertical
// Korean line breaks inside the next word instead (syllableBreak).
const koVerticalLoose = 0.1

// koVertical reports Korean set down vertical lines (not on a grid):
// klreq's syllable-cell setting, where word spaces stay a quarter em and
// lines break between syllables when a word does not fit.
func (b *Breaker) koVertical() bool {
	return b.opt.Lang == LangKo && b.opt.Vertical && b.opt.Grid == 0
}

// isHangulSyllable reports whether r is a precomposed Hangul syllable.
func isHangulSyllable(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// stretchPer estimates the space justification adds to each gap of the line
// [s, e) (edge spaces trimmed), or +Inf if it has none.
func (b *Breaker) stretchPer(s, e int, avail float64) float64 {
	for e > s && b.cl[e-1].cls == clsSpace {
		e--
	}
	if e <= s {
		return math.Inf(1)
	}
	short := avail - b.natW(s, e)
	if short <= eps {
		return 0
	}
	cl := b.cl[s:e]
	spaces := 0
	for k := 0; k < len(cl)-1; k++ {
		if cl[k].cls == clsSpace {
			spaces++
		}
	}
	onlySpaces := spaces > 0 && (b.opt.Lang == LangKo || !isCJK(b.opt.Lang))
	opps := 0
	for k := 0; k < len(cl)-1; k++ {
		if b.tier(cl, k, onlySpaces) > 0 {
			opps++
		}
	}
	if opps == 0 {
		return math.Inf(1)
	}
	return short / float64(opps)
}

// justifiable reports whether the line [s, e) (edge spaces trimmed) can be
// set flush to avail: it has a gap justification may widen, or what is
// left can be spread between its letters (spaceLetters).
func (b *Breaker) justifiable(s, e int, avail float64) bool {
	if b.opt.Align != AlignJustify {
		return true
	}
	for e > s && b.cl[e-1].cls == clsSpace {
		e--
	}
	if e <= s {
		return true
	}
	short := avail - b.natW(s, e)
	if short <= eps || !math.IsInf(b.stretchPer(s, e, avail), 1) {
		return true
	}
	if b.opt.Grid > 0 {
		return short <= b.opt.Grid+eps
	}
	return short <= maxSpacing*b.em*float64(e-s-1)+eps
}

// emergency breaks a run that has no permitted break within the measure (a
// long URL or word): at the last cluster boundary that fits, preferring
// boundaries that keep the kinsoku rules and do not follow a hyphen (text
// extraction would take it for a soft hyphen and drop it).
func (b *Breaker) emergency(s int, avail float64) int {
	cl := b.cl
	best, bestOK := -1, -1
	for e := s + 1; e <= len(cl); e++ {
		if b.natW(s, e) > avail+eps {
			break
		}
		best = e
		// The line ends at its last character before any spaces, which
		// the line drops: sbs.co.kr / 02-2113-6000 / ends in /, which
		// may not end a line, however many spaces follow it.
		last := e - 1
		for last > s && cl[last].cls == clsSpace {
			last--
		}
		if e < len(cl) && !NotStart(cl[e].r, b.opt.Kinsoku) && !NotEnd(cl[last].r) && !(cl[e-1].cls == clsDash && cl[e].r == cl[e-1].r) && cl[e].cls != clsSpace && cl[last].r != '-' {
			bestOK = e
		}
		if e == len(cl) || cl[e-1].brk == brkMust {
			bestOK = e
			break
		}
	}
	switch {
	case bestOK > s:
		return bestOK
	case best > s:
		return best
	}
	return s + 1
}

// avoidWidow pulls a character down from the line before when a paragraph's
// last line would be a single Han character or kana (with its closing
// punctuation): jlreq counts a lone う。 as badly as clreq a lone 字。.
func (b *Breaker) avoidWidow() {
	sp := b.spans
	if len(sp) < 2 || sp[len(sp)-2].forced {
		return
	}
	last, prev := &sp[len(sp)-1], &sp[len(sp)-2]
	chars, lone := 0, false
	for k := last.s; k < last.e; k++ {
		if c := b.cl[k]; !c.cls.isPunct() {
			chars++
			lone = isHan(c.r) || isKana(c.r)
		}
	}
	if chars != 1 || !lone {
		return
	}
	for k := prev.e - 1; k > prev.s; k-- {
		if b.cl[k-1].brk == brkNo {
			continue
		}
		s := k
		for s < last.e && b.cl[s].cls == clsSpace {
			s++
		}
		e := k
		for e > prev.s && b.cl[e-1].cls == clsSpace {
			e--
		}
		if e <= prev.s || b.natW(s, last.e) > b.avail(false)+eps {
			return
		}
		prev.e, last.s = e, s
		return
	}
}

// hangable reports whether r may hang outside the measure (Options.Hanging).
func hangable(r rune) bool {
	return r == '。' || r == '，' || r == '、' || r == '．' || r == '.' || r == ','
}

// phraseBreak breaks a display line (Options.Phrases) that does not fit
// on one line the way a sub-editor would, not wherever the measure runs
// out. Into two lines when they fit: at the space between phrases that
// leaves the two most even lines, else after a clause's punctuation
// (clauseBreak), else at the most even break of any kind (balancedBreak).
// Spaces inside Latin text ("Apple Inc") are not phrase breaks, nor are
// Korean ones, which separate words. A line needing three or more lines
// is broken into that many lines as even as its phrases allow
// (phraseLines).
func (b *Breaker) phraseBreak() {
	n := len(b.cl)
	o := &b.opt
	if !o.Phrases || !isCJK(o.Lang) || n < 3 || b.natW(0, n) <= b.avail(true)+eps {
		return
	}
	for k := 0; k < n-1; k++ {
		if b.cl[k].brk == brkMust {
			return // hard line breaks: the text sets its own lines
		}
	}
	if o.Lang == LangKo {
		if b.balancedBreak() || b.phraseLines() {
			return
		}
		// A word wider than the measure is cut where a phrase edge
		// allows (before its bracket) if that sets it, else between
		// syllables.
		for _, edgesOnly := range [...]bool{true, false} {
			if b.openLongWords(edgesOnly) && (b.balancedBreak() || b.phraseLines()) {
				return
			}
		}
		return
	}
	best, bestD := -1, math.Inf(1)
	for k := 1; k < n-1; k++ {
		prev, next := &b.cl[k-1], &b.cl[k+1]
		if b.cl[k].cls != clsSpace || b.cl[k].brk == brkMust || prev.cls == clsSpace || next.cls == clsSpace ||
			prev.cls.isLatin() && next.cls.isLatin() {
			continue
		}
		w1, w2 := b.natW(0, k), b.natW(k+1, n)
		if w1 > b.avail(true)+eps || w2 > b.avail(false)+eps {
			continue
		}
		if d := math.Abs(w1 - w2); d < bestD {
			best, bestD = k, d
		}
	}
	if best >= 0 {
		b.cl[best].brk = brkMust
		return
	}
	if !b.clauseBreak() && !b.balancedBreak() {
		b.phraseLines()
	}
}

// clauseBreak breaks a display line into two after a clause's punctuation
// (，、：；), choosing the most even such pair of lines that fit with the
// shorter at least a third of the longer: a head reads in clauses, and
// 市民出行更便捷， / 地铁四号线今起试运营 beats a more even pair with a
// word cut in two. It reports whether it broke.
func (b *Breaker) clauseBreak() bool {
	n := len(b.cl)
	best, bestD := -1, math.Inf(1)
	for k := 1; k < n-1; k++ {
		c := &b.cl[k]
		if c.brk != brkMay || !clauseEnd(c) || b.cl[k+1].cls == clsSpace {
			continue
		}
		w1, w2 := b.natW(0, k+1), b.natW(k+1, n)
		if w1 > b.avail(true)+eps || w2 > b.avail(false)+eps || min(w1, w2) < max(w1, w2)/3 {
			continue
		}
		if d := math.Abs(w1 - w2); d < bestD {
			best, bestD = k, d
		}
	}
	if best >= 0 {
		b.cl[best].brk = brkMust
	}
	return best >= 0
}

// clauseEnd reports whether cluster c ends a clause: a comma, an
// enumeration comma, a colon or a semicolon (not a closing bracket or
// quote, which may end a name inside the clause).
func clauseEnd(c *cluster) bool {
	return strings.ContainsRune("，、：；,;:", c.r)
}

// openLongWords lets a Korean display line break inside an 어절 wider
// than the measure where kinsoku allows: at its phrase edges (before an
// opening bracket, after a closing one) when edgesOnly, else between any
// syllables too. The word must be cut somewhere, and cut so,
// ■ 나프타분 / 해설비(NCC)란 fills two lines where the usual breaking leaves
// the marker alone over a word cut wherever the measure ran out
// (■ / 나프타분해설 / 비(NCC)란). It reports whether it opened a break.
func (b *Breaker) openLongWords(edgesOnly bool) bool {
	n := len(b.cl)
	opened := false
	for s := 0; s < n; {
		if b.cl[s].cls == clsSpace {
			s++
			continue
		}
		e := s
		for e < n && b.cl[e].cls != clsSpace {
			e++
		}
		if b.natW(s, e) > b.avail(false)+eps {
			for k := s; k+1 < e; k++ {
				c, d := &b.cl[k], &b.cl[k+1]
				if c.brk != brkNo || !isHangul(c.r) && !isHangul(d.r) ||
					NotStart(d.r, b.opt.Kinsoku) || NotEnd(c.r) ||
					edgesOnly && !phraseEdge(c.r, d.r, LangKo) {
					continue
				}
				c.brk, opened = brkMay, true
			}
		}
		s = e
	}
	return opened
}

// phraseLines breaks a display line that needs three or more lines into
// as few lines as greedy breaking would give, chosen by dynamic
// programming over the legal breaks: each line costs the square of its
// unfilled share of the measure (so the lines come out even, the last
// included) and each break its breakCost (so they fall between phrases
// and words rather than inside a word: 加快构建 / 全方位对外 / 开放新格局,
// not 加快构建全 / 方位对外开 / 放新格局). Every line fits at its natural
// width, so kinsoku holds and nothing is squeezed. It reports whether it
// broke: not when a word is wider than the measure.
func (b *Breaker) phraseLines() bool {
	n := len(b.cl)
	if n > maxPhraseClusters {
		return false // not a head: left to the usual breaking
	}
	type state struct {
		lines int
		cost  float64
		next  int // the break cluster ending this line, -1 for the last
	}
	// best[s] sets clusters [s, n) from a line starting at s; inf when
	// no way fits.
	spaced := false // phrases marked by spaces: breaks elsewhere cost more
	for k := 1; k < n-1; k++ {
		if b.cl[k].cls == clsSpace && b.opt.Lang != LangKo && !(b.cl[k-1].cls.isLatin() && b.cl[k+1].cls.isLatin()) {
			spaced = true
		}
	}
	best := make([]state, n+1)
	for s := n - 1; s >= 0; s-- {
		best[s] = state{lines: math.MaxInt, cost: math.Inf(1), next: -1}
		if b.cl[s].cls == clsSpace {
			continue
		}
		avail := b.avail(s == 0)
		if b.natW(s, n) <= avail+eps {
			best[s] = state{lines: 1, cost: slackCost(b.natW(s, n), avail), next: -1}
			continue
		}
		for k := s; k < n-1; k++ {
			if b.cl[k].brk != brkMay {
				continue
			}
			end, start := b.breakEdges(k)
			if end <= s {
				continue
			}
			w := b.natW(s, end)
			if w > avail+eps {
				break
			}
			if start >= n || best[start].lines == math.MaxInt {
				continue
			}
			r := best[start]
			st := state{lines: r.lines + 1, cost: r.cost + slackCost(w, avail) + b.breakCost(k, s, spaced), next: k}
			if st.lines < best[s].lines || st.lines == best[s].lines && st.cost < best[s].cost-eps {
				best[s] = st
			}
		}
	}
	if best[0].lines == math.MaxInt || best[0].lines < 3 {
		return false // a word wider than the measure: the usual breaking copes
	}
	for s := 0; best[s].next >= 0; {
		k := best[s].next
		b.cl[k].brk = brkMust
		_, s = b.breakEdges(k)
	}
	return true
}

// maxPhraseClusters bounds the text phraseLines breaks (its work grows with
// the square of the length): a head or a byline, never a paragraph.
const maxPhraseClusters = 400

// breakEdges returns where the line before a break after cluster k ends
// (a space at the break dropped) and where the next one starts (spaces
// skipped).
func (b *Breaker) breakEdges(k int) (end, start int) {
	end = k + 1
	if b.cl[k].cls == clsSpace {
		end = k
	}
	start = k + 1
	for start < len(b.cl) && b.cl[start].cls == clsSpace {
		start++
	}
	return end, start
}

// slackCost is what a display line of width w in a measure avail costs:
// the square of its unfilled share.
func slackCost(w, avail float64) float64 {
	if avail <= 0 {
		return 0
	}
	f := (avail - w) / avail
	return f * f
}

// breakCost is what breaking a display line after cluster k costs, in the
// units of slackCost, for a line that starts at cluster s (spaced: the
// text marks its phrases with spaces, and a break elsewhere costs more):
// nothing
// between phrases or clauses (a space, after punctuation, before an
// opening bracket), little where the script changes or a word likely
// ends (wordEdge), most inside a run of Han characters, where it most
// likely splits a word. Chinese words are mostly two characters, so there
// a break an even number of characters into the run (counted from the
// last punctuation, space, script change or likely word end) costs less
// than one an odd number in: 强化 / 能源供应, not 强化能 / 源供应.
func (b *Breaker) breakCost(k, s int, spaced bool) float64 {
	c := &b.cl[k]
	_, start := b.breakEdges(k)
	if c.cls == clsSpace || start >= len(b.cl) {
		return 0
	}
	next := &b.cl[start]
	if c.cls == clsClose || c.cls == clsFixed || c.cls == clsMiddle || next.cls == clsOpen && c.cls != clsOpen {
		return 0
	}
	inPhrase := 0.0
	if spaced {
		inPhrase = 0.2
	}
	switch {
	case scriptEdge(c, next):
		return inPhrase + 0.03
	case b.wordEdge(k) > 0:
		return inPhrase + 0.04
	case c.cls != clsIdeo || next.cls != clsIdeo:
		return inPhrase + 0.08
	}
	if b.opt.Lang == LangJa && japaneseScript(c.r) == japaneseScript(next.r) && japaneseScript(c.r) != scriptKanji {
		// Inside a kana word (ボラン / ティア): worse than parting a
		// particle from its word (ボランティア / が).
		return inPhrase + 0.5
	}
	if b.opt.Lang == LangZhHans || b.opt.Lang == LangZhHant {
		run := 1
		for j := k - 1; j >= s && b.cl[j].cls == clsIdeo && b.wordEdge(j) == 0; j-- {
			run++
		}
		if run%2 == 0 {
			return inPhrase + 0.1
		}
	}
	return inPhrase + 0.2
}

// wordEdge rates a likely word boundary after cluster k, as the share of
// the measure by which balancedBreak prefers it over a more even break: a
// head may break there without splitting a word though it has no spaces:
// in Chinese after 的 了 or before the conjunctions 和 与 及 并 或 (试点 /
// 和开放平台, not 试 / 点); in Japanese where the script changes after a
// particle or between katakana and kanji (see phraseGap).
func (b *Breaker) wordEdge(k int) float64 {
	if e := b.wordEdgeBetween(b.cl[k].r, b.cl[k+1].r); e > 0 {
		return e
	}
	if b.zhLang() && b.zhNumberStarts(k+1) {
		return 1.0 / 6 // 稳就业 / 二十条措施, not 稳就 / 业二十条措施
	}
	return 0
}

// zhNumberStarts reports a Chinese number spelt in numerals starting at
// cluster i after a Han character that is no numeral, where a word most
// likely ends: a run of two or more numerals (二十条, 三百公里, 十四五), or
// one numeral other than 一 before a counter (三项, 两个, 五年). A lone 一
// ends many words (统一, 唯一), a multiplier (百 千 万 亿) does not open a
// number, and after 第 约 近 超 逾 每 各 前 后 the number belongs to the
// word before it (第二, 约三成).
func (b *Breaker) zhNumberStarts(i int) bool {
	if i == 0 || i >= len(b.cl) || b.cl[i-1].cls != clsIdeo || zhNumeral(b.cl[i-1].r) || !zhNumeral(b.cl[i].r) {
		return false
	}
	switch b.cl[i-1].r {
	case '第', '约', '約', '近', '超', '逾', '每', '各', '前', '后', '後', '这', '這', '那', '数', '數', '几', '幾':
		return false
	}
	switch b.cl[i].r {
	case '百', '千', '万', '萬', '亿', '億', '零', '〇':
		return false
	}
	n := 0
	for i+n < len(b.cl) && zhNumeral(b.cl[i+n].r) {
		n++
	}
	if n >= 2 {
		return true
	}
	return b.cl[i].r != '一' && i+1 < len(b.cl) && zhCounter(b.cl[i+1].r)
}

// zhNumeral reports a Chinese numeral character.
func zhNumeral(r rune) bool {
	switch r {
	case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '两', '兩', '百', '千', '万', '萬', '亿', '億', '零', '〇':
		return true
	}
	return false
}

// zhCounter reports a measure word or unit that a number counts with
// (三项, 两个, 五年): the number and it make one word.
func zhCounter(r rune) bool {
	switch r {
	case '个', '個', '条', '條', '项', '項', '名', '家', '年', '月', '日', '次', '件', '种', '種', '批', '位', '座', '届', '屆', '场', '場', '轮', '輪', '期', '天', '岁', '歲', '人', '倍', '所', '辆', '輛', '架', '艘', '吨', '噸', '元', '成', '类', '類', '套', '支', '队', '隊':
		return true
	}
	return false
}

// wordEdgeBetween is wordEdge for the clusters r and next.
func (b *Breaker) wordEdgeBetween(r, next rune) float64 {
	switch b.opt.Lang {
	case LangZhHans, LangZhHant:
		// A switch, not strings.ContainsRune: justification asks this of
		// every gap of every line of a terminal bulletin.
		if (r == '的' || r == '了') && next >= 0x4E00 || r >= 0x4E00 && zhConjunction(next) {
			return 1.0 / 6 // a hint: Chinese words also end elsewhere
		}
	case LangJa:
		if phraseGap(r, next) {
			return 1.0 / 3 // elsewhere a break most likely splits a word (新 / しい)
		}
	}
	return 0
}

// zhConjunction reports whether r is one of the conjunctions 和 与 與 及 并
// 並 或, before which a Chinese word likely ends.
func zhConjunction(r rune) bool {
	switch r {
	case '和', '与', '與', '及', '并', '並', '或':
		return true
	}
	return false
}

// scriptEdge reports whether a break between clusters c and next changes
// script where a word most likely ends: from Han or kana to a Latin word or
// number (突破 / 5G基站), or from a Latin word to Han (5G / 基站). A number
// followed by Han is not one: the Han is its unit (2.6万, 2024年).
func scriptEdge(c, next *cluster) bool {
	switch {
	case c.cls == clsIdeo && next.cls == clsAlnum:
		return true
	case c.cls == clsAlnum && next.cls == clsIdeo:
		return unicode.IsLetter(c.r)
	}
	return false
}

// balancedBreak breaks a display line with no usable phrase space (or a
// Korean one, whose spaces are word breaks) into the two most even lines
// that fit, at any break opportunity, rather than where the measure runs
// out: 加快构建全方位 / 对外开放新格局, not 加快构建全方位对外开放新 / 格局.
// A break after punctuation (、，：) ends a clause, so it is preferred
// over one up to a quarter of the measure more even, and so is a break
// before an opening bracket or quote (入选省级 / “专精特新”名单, not
// 入选省 / 级“专精特新”名单), or where the script changes (scriptEdge), as long as neither
// line is under half the other; a break inside a word (人 / 次) reads
// worse than a slightly uneven pair; a likely word boundary gets the
// preference wordEdge gives it. Each candidate is a legal break, so kinsoku
// holds. It reports whether it broke (false when no two lines fit).
func (b *Breaker) balancedBreak() bool {
	n := len(b.cl)
	best, bestD := -1, math.Inf(1)
	for k := 0; k < n-1; k++ {
		c := &b.cl[k]
		if c.brk != brkMay {
			continue
		}
		end := k + 1 // line one is [0, end), without a space at the break
		if c.cls == clsSpace {
			end = k
		}
		start := k + 1
		for start < n && b.cl[start].cls == clsSpace {
			start++
		}
		if end == 0 || start >= n {
			continue
		}
		w1, w2 := b.natW(0, end), b.natW(start, n)
		if w1 > b.avail(true)+eps || w2 > b.avail(false)+eps {
			continue
		}
		d := math.Abs(w1 - w2)
		if min(w1, w2) >= max(w1, w2)/2 {
			switch next := &b.cl[start]; {
			case c.cls == clsClose || c.cls == clsFixed || c.cls == clsMiddle,
				next.cls == clsOpen && c.cls != clsOpen, scriptEdge(c, next),
				b.zhLang() && b.zhNumberStarts(start):
				d -= b.avail(false) / 4
			default:
				d -= b.wordEdge(k) * b.avail(false)
			}
		}
		if b.opt.Lang == LangJa && !phraseEdge(c.r, b.cl[start].r, LangJa) {
			// Inside a kana word or before its particle (ボランティ / ア,
			// ボランティア / が): worse than a pair a third of the
			// measure less even (ボランティアが / 運営支える).
			d += b.avail(false) / 3
			if s := japaneseScript(c.r); s != scriptKanji && s == japaneseScript(b.cl[start].r) {
				// Inside a run of one kana script (ふ / るさとまつり):
				// worse again than at the run's edge (箕輪町 / ふるさとまつり).
				d += b.avail(false) / 3
			}
		}
		if b.zhLang() && b.zhInNumber(k) {
			// Inside a number or between it and its counter (新增三 /
			// 项): as bad as inside a kana word.
			d += b.avail(false) / 3
		}
		if d < bestD {
			best, bestD = k, d
		}
	}
	if best >= 0 {
		b.cl[best].brk = brkMust
	}
	return best >= 0
}

// zhLang reports Chinese text, Simplified or Traditional.
func (b *Breaker) zhLang() bool { return b.opt.Lang == LangZhHans || b.opt.Lang == LangZhHant }

// zhInNumber reports a break after cluster k that would part a Chinese
// number spelt in numerals (zhNumberStarts, or any run of two or more)
// from its next numeral or its counter: 二 / 十条, 三 / 项.
func (b *Breaker) zhInNumber(k int) bool {
	if k+1 >= len(b.cl) || !zhNumeral(b.cl[k].r) || !zhNumeral(b.cl[k+1].r) && !zhCounter(b.cl[k+1].r) {
		return false
	}
	j := k
	for j > 0 && zhNumeral(b.cl[j-1].r) {
		j--
	}
	e := k + 1
	for e < len(b.cl) && zhNumeral(b.cl[e].r) {
		e++
	}
	return e-j >= 2 || b.zhNumberStarts(j)
}
