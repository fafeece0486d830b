package layout

import "math"

func roundGrid(x, grid float64) float64 { return math.Round(x/grid) * grid }

// place turns the chosen spans into lines of positioned glyphs.
func (b *Breaker) place(text string, reuse bool) []Line {
	total := 0
	for _, sp := range b.spans {
		total += sp.e - sp.s
	}
	var glyphs []Glyph
	var lines []Line
	if reuse {
		if cap(b.glyphs) < total {
			b.glyphs = make([]Glyph, total+total/4)
		}
		if cap(b.lines) < len(b.spans) {
			b.lines = make([]Line, len(b.spans)+len(b.spans)/4)
		}
		glyphs, lines = b.glyphs[:total], b.lines[:len(b.spans)]
	} else {
		glyphs = make([]Glyph, total)
		lines = make([]Line, len(b.spans))
	}
	off := 0
	for i, sp := range b.spans {
		g := glyphs[off : off+sp.e-sp.s : off+sp.e-sp.s]
		off += sp.e - sp.s
		last := i == len(b.spans)-1
		lines[i] = b.setLine(text, sp, i == 0, last || sp.forced, g)
		lines[i].Last = last
		lines[i].Hard = sp.forced
	}
	return lines
}

// setLine fills g with the glyphs of span sp and justifies them: squeeze
// first (punctuation, then CJK–Latin spaces, then word spaces), else stretch
// the permitted gaps evenly (whole grid units on a grid).
func (b *Breaker) setLine(text string, sp span, first, final bool, g []Glyph) Line {
	if sp.hang {
		// Justify the line without its hanging mark, then set the mark
		// just outside the measure.
		l := b.setLine(text, span{s: sp.s, e: sp.e - 1, afterHard: sp.afterHard}, first, final, g[:len(g)-1])
		c := &b.cl[sp.e-1]
		pg := &g[len(g)-2]
		g[len(g)-1] = Glyph{Text: text[c.start:c.end], X: pg.X + pg.Advance + pg.Gap, Advance: c.w, Natural: c.w, Orientation: c.vo}
		l.Glyphs = g
		l.End = int(c.end)
		l.Width += c.w
		return l
	}
	cl := b.cl[sp.s:sp.e]
	n := len(cl)
	nat := 0.0
	for k := range cl {
		c := &cl[k]
		left, right := c.left, c.right
		if k == 0 {
			// Only an opening mark's empty half goes at the line start
			// (edgePunct): the ink sits on the edge.
			left = 0
			if c.cls == clsOpen {
				left = c.edge
			}
		}
		if k == n-1 {
			right = 0 // and a closing mark's at the end
			if c.cls == clsClose || c.cls == clsFixed {
				right = c.edge
			}
		}
		// Field by field: a composite literal is built on the stack and
		// copied with a write barrier, a third of this loop's time.
		gk := &g[k]
		gk.Text = text[c.start:c.end]
		gk.X = 0
		gk.Advance = c.w - left - right
		gk.Natural = c.w
		gk.Offset = -left
		gk.Gap = 0
		gk.Orientation = c.vo
		if k+1 < n {
			gk.Gap = cl[k+1].extra
		}
		nat += gk.Advance + gk.Gap
	}
	avail := b.lineAvail(first, sp.afterHard)
	diff := avail - nat
	ragged, flushEnd := false, false
	if diff < -eps {
		diff += b.squeeze(cl, g, -diff)
		ragged = diff < -eps
	} else if diff > eps && b.opt.Align == AlignJustify && b.opt.Fields {
		// A table row set as text: see spreadFields.
		if placed := b.spreadFields(cl, g, diff); placed > 0 {
			diff -= placed
		} else {
			flushEnd = !first && !sp.afterHard
		}
	} else if diff > eps && b.opt.Align == AlignJustify && !final {
		if b.fieldEnd(sp, n, diff) {
			// Left flush start: see fieldEnd.
			ragged = true
		} else {
			placed, ok := b.stretch(cl, g, diff)
			diff -= placed
			ragged = !ok
		}
	}
	x := 0.0
	switch {
	case first:
		x = b.indent()
	case !sp.afterHard:
		x = b.hang()
	}
	if diff > eps {
		shift := 0.0
		switch b.opt.Align {
		case AlignCenter:
			shift = diff / 2
		case AlignEnd:
			shift = diff
		}
		if ragged {
			shift = 0
		}
		if flushEnd {
			shift = diff
		}
		if b.opt.Grid > 0 {
			shift = math.Floor(shift/b.opt.Grid) * b.opt.Grid
		}
		x += shift
	}
	x0 := x
	for k := range g {
		g[k].X = x
		x += g[k].Advance + g[k].Gap
	}
	w := 0.0
	if n > 0 {
		w = g[n-1].X + g[n-1].Advance - x0
	}
	return Line{Glyphs: g, Width: w, Start: int(cl[0].start), End: int(cl[n-1].end), Ragged: ragged}
}

// squeeze takes up to need out of the line and returns how much it took:
// first word spaces, then the empty halves of marks next to other marks
// (。” ）、), then the CJK–Latin spaces, never below minLatinSpace
// (latinShrink: they keep 5G or iPhone off the Han beside it, and a line
// that dropped them, as squeezing them first to nothing did, read as a
// typo beside lines that kept them), and only then the lone marks (which
// lightenLone has already limited to a quarter em), so a single mid-line
// comma is squeezed last and least. The line's edge marks are already at
// their inked half (edgePunct).
func (b *Breaker) squeeze(cl []cluster, g []Glyph, need float64) float64 {
	n := len(cl)
	took := 0.0
	tot := 0.0
	for k := 1; k < n-1; k++ {
		tot += cl[k].shrink
	}
	if tot > eps {
		f := math.Min(1, (need-took)/tot)
		for k := 1; k < n-1; k++ {
			a := f * cl[k].shrink
			g[k].Advance -= a
			took += a
		}
	}
	took += b.squeezeMarks(cl, g, need-took, true)
	if took < need-eps {
		tot := 0.0
		for k := 0; k < n-1; k++ {
			tot += b.latinShrink(cl[k+1].extra)
		}
		if tot > eps {
			f := math.Min(1, (need-took)/tot)
			for k := 0; k < n-1; k++ {
				a := f * b.latinShrink(cl[k+1].extra)
				g[k].Gap -= a
				took += a
			}
		}
	}
	took += b.squeezeMarks(cl, g, need-took, false)
	return took
}

// squeezeMarks takes up to need (nothing when it is not positive) from the
// empty halves of the marks beside other marks (paired) or of lone marks,
// and returns how much it took.
func (b *Breaker) squeezeMarks(cl []cluster, g []Glyph, need float64, paired bool) float64 {
	n := len(cl)
	if need <= eps {
		return 0
	}
	tot := 0.0
	for k := range cl {
		if pair(cl, k, b.em) == paired {
			tot += b.sqAt(cl, k, n)
		}
	}
	if tot <= eps {
		return 0
	}
	took := 0.0
	f := math.Min(1, need/tot)
	for k := range cl {
		if pair(cl, k, b.em) != paired {
			continue
		}
		l, r := b.sqSides(cl, k, n)
		if l+r == 0 {
			continue
		}
		g[k].Advance -= f * (l + r)
		g[k].Offset -= f * l
		took += f * (l + r)
	}
	return took
}

// minLatinSpace is the least a CJK–Latin space is squeezed to, in em: an
// eighth, half the quarter em it is set at.
const minLatinSpace = 1.0 / 8

// latinShrink is how much a CJK–Latin space of width extra may shrink.
func (b *Breaker) latinShrink(extra float64) float64 {
	return max(0, extra-minLatinSpace*b.em)
}

func (b *Breaker) sqSides(cl []cluster, k, n int) (l, r float64) {
	if k > 0 {
		l = cl[k].sqL
	}
	if k < n-1 {
		r = cl[k].sqR
	}
	return l, r
}

func (b *Breaker) sqAt(cl []cluster, k, n int) float64 {
	l, r := b.sqSides(cl, k, n)
	return l + r
}

// stretch spreads up to extra over the line's expansion opportunities and
// returns how much it placed, and false if the line has no opportunity:
// word spaces, and the gaps between characters except inside Latin words,
// ——/…… and numbers with units. Korean and Latin lines stretch only their
// spaces when they have any. On a grid, whole units go first to word
// spaces, CJK–Latin boundaries and the gaps after punctuation (at most one
// em each), so a column of space rarely lands inside a word.
func (b *Breaker) stretch(cl []cluster, g []Glyph, extra float64) (float64, bool) {
	n := len(cl)
	spaces := 0
	for k := 0; k < n-1; k++ {
		if cl[k].cls == clsSpace {
			spaces++
		}
	}
	onlySpaces := spaces > 0 && (b.opt.Lang == LangKo && !b.koVertical() || !isCJK(b.opt.Lang))
	// Each gap's tier is worked out once: it is asked for every gap of
	// every justified line.
	if cap(b.units) < n {
		b.units = make([]int, n)
		b.tiers = make([]int8, n)
	}
	alloc, tiers := b.units[:n], b.tiers[:n]
	var count [4]int // by tier
	for k := 0; k < n-1; k++ {
		t := b.tier(cl, k, onlySpaces)
		tiers[k] = int8(t)
		count[t]++
	}
	opps := count[1] + count[2] + count[3]
	grid := b.opt.Grid
	if opps == 0 {
		return b.spaceLetters(cl, g, extra)
	}
	if b.opt.MaxGap > 0 && !onlySpaces && extra > b.opt.MaxGap*b.em*float64(opps)+eps {
		// (Korean and Latin lines, stretched at their word spaces
		// only, keep their own rules: see stretchKorean.)
		return 0, false // flush start: see Options.MaxGap
	}
	if grid <= 0 {
		if b.opt.Lang == LangKo && !b.koVertical() && spaces == 0 && extra > float64(opps)*maxKoLetter*b.em+eps {
			return 0, false // a lone word (등록 before a date): see maxKoLetter
		}
		if onlySpaces && b.opt.Lang == LangKo && extra > float64(spaces)*maxStretch*b.em+eps {
			switch placed, res := b.stretchKorean(cl, g, extra, spaces); res {
			case koSpread:
				return placed, true
			case koTooLoose:
				return 0, false // flush start, as fieldEnd leaves a line
			}
		}
		if extra > float64(opps)*b.em+eps {
			opps += openNumberGaps(cl, tiers)
		}
		a := extra / float64(opps)
		for k := 0; k < n-1; k++ {
			b.widen(cl, g, k, int(tiers[k]), a)
		}
		return extra, true
	}
	units := int(math.Floor(extra/grid + eps))
	if units%2 == 1 && count[1] == 0 {
		// Between fullwidth characters only: an odd column would break the
		// character grid for nothing; the line may end one column short.
		units--
	}
	if units <= 0 {
		return 0, true
	}
	if b.cellGridCJK() {
		// On a terminal's grid a blank cell between two ideographs reads
		// as a space typed inside a word (一开  始, 落ち  込んだ): past the
		// line's spaces, Latin words' edges and likely word ends (an em
		// each), the line ends up to maxGridShort columns short, as plain
		// text is set, and only what is left beyond that opens inside.
		c1 := int(b.em/grid+0.5) * count[1]
		if rest := units - min(units, c1); rest > 0 {
			units -= min(rest, maxGridShort)
		}
		if units <= 0 {
			return 0, true
		}
	}
	// Preferred places take up to one em each, the rest spreads over the
	// other gaps, gaps inside words last (or again over the preferred
	// places if there are no others).
	u1 := min(units, int(b.em/grid+0.5)*count[1])
	if count[2] == 0 && count[3] == 0 {
		u1 = units
	}
	share := [4]int{0, u1, units - u1, 0}
	if count[2] == 0 {
		share[2], share[3] = 0, units-u1
	} else if cap2 := int(b.em/grid+0.5) * count[2]; count[3] > 0 && share[2] > cap2 {
		// The likely word boundaries take an em each too, the rest goes
		// inside words: one gap of three ems (山陰中央銀行と      因幡銀行は)
		// reads as a hole in the line, not as spacing.
		share[2], share[3] = cap2, share[2]-cap2
	}
	// Whole units spread evenly over each tier's gaps, centred rather
	// than piled at the end.
	var j [4]int
	for k := 0; k < n-1; k++ {
		alloc[k] = 0
		t := int(tiers[k])
		if t == 0 || share[t] == 0 {
			continue
		}
		u, c, i := share[t], count[t], j[t]
		alloc[k] = (2*u*(i+1)+c)/(2*c) - (2*u*i+c)/(2*c)
		j[t]++
	}
	b.evenWideGaps(cl, alloc, tiers, grid)
	placed := 0.0
	for k := 0; k < n-1; k++ {
		if alloc[k] > 0 {
			a := float64(alloc[k]) * grid
			b.widen(cl, g, k, int(tiers[k]), a)
			placed += a
		}
	}
	return placed, true
}

// openNumberGaps lets a line whose few gaps would each open wider than
// an em also space the digits of its full-width numbers, and returns how
// many gaps it opened (tier 3). A narrow column's line of a telephone
// number, （０２６１・　　　６２・, broken after its middle dot, had no
// other gap than the one after the dot: a hole of two and a half ems,
// which a reader takes for two columns, as pdftotext does (it read the
// halves apart). Spread over the digits, the line reads as one, as a
// Japanese typesetter letter-spaces a line that cannot be justified
// otherwise; lines with room elsewhere keep their numbers tight.
func openNumberGaps(cl []cluster, tiers []int8) int {
	m := 0
	for k := 0; k+1 < len(cl); k++ {
		if tiers[k] == 0 && cl[k].glue && isFullwidthDigit(cl[k].r) && isFullwidthDigit(cl[k+1].r) {
			tiers[k] = 3
			m++
		}
	}
	return m
}

// evenWideGaps makes every gap between two full-width clusters take an
// even number of grid units on a terminal's grid (a character is two
// columns there, so that is whole cells), so the characters after it stay
// on the character grid: a lone column there shifts the rest of the line
// half a character against the lines above and below. Odd gaps are paired
// off, one giving its odd unit to the next; a last odd unit goes to a gap
// next to a narrow character, where the grid is off anyway, or is left
// out, and the line ends one column short. tiers are the gaps' tiers (0:
// no space may go there).
func (b *Breaker) evenWideGaps(cl []cluster, alloc []int, tiers []int8, grid float64) {
	if math.Abs(b.em-2*grid) > eps {
		return // not a terminal's grid, where a character is two columns
	}
	odd := -1 // a wide gap still waiting for a partner
	for k := 0; k < len(alloc)-1; k++ {
		if alloc[k]%2 == 0 || !b.wideGap(cl, k) {
			continue
		}
		if odd < 0 {
			odd = k
			continue
		}
		alloc[odd]++
		alloc[k]--
		odd = -1
	}
	if odd < 0 {
		return
	}
	alloc[odd]--
	for k := 0; k < len(alloc)-1; k++ {
		if !b.wideGap(cl, k) && tiers[k] > 0 {
			alloc[k]++
			return
		}
	}
}

// koStretch is what stretchKorean did with a line.
type koStretch int

const (
	koNoGap    koStretch = iota // no gap between syllables: spread the spaces
	koSpread                    // justified
	koTooLoose                  // left flush start (see maxKoLetter)
)

// stretchKorean justifies a Korean line whose word spaces alone would
// open wider than maxStretch em each (a long word pushed to the next line
// of a narrow column leaves holes of an em and more): the spaces take that
// much, and the rest is spread between the syllables, as Korean papers
// letter-space a tight column; past maxStretch em a syllable gap, the rest
// goes evenly to every gap CJK text may open. It reports koNoGap when the
// line has no gap between syllables to use, and koTooLoose, placing
// nothing, when even then its letters would stand more than maxKoLetter
// apart.
func (b *Breaker) stretchKorean(cl []cluster, g []Glyph, extra float64, spaces int) (float64, koStretch) {
	n := len(cl)
	between := func(k int) bool {
		return cl[k].cls == clsIdeo && cl[k+1].cls == clsIdeo && b.gapOK(cl, k)
	}
	m := 0
	for k := 0; k < n-1; k++ {
		if between(k) {
			m++
		}
	}
	if m == 0 {
		return 0, koNoGap
	}
	cap := maxStretch * b.em
	rest := (extra - float64(spaces)*cap) / float64(m)
	if rest > cap+eps {
		// The syllables would open wider than the spaces, and with one
		// pair to take it all a hole of two em opened in 뉴|스 of a photo
		// credit (2024.12.3/뉴스1 ©), which text extraction reads as two
		// lines: every gap where CJK text may open other than the spaces
		// (the CJK–Latin boundaries and the gaps after marks too) then
		// takes an even share, as a tight column is letter-spaced whole.
		m = 0
		for k := 0; k < n-1; k++ {
			if cl[k].cls != clsSpace && b.tier(cl, k, false) > 0 {
				m++
			}
		}
		rest = (extra - float64(spaces)*cap) / float64(m)
		if rest > maxKoLetter*b.em+eps {
			return 0, koTooLoose
		}
		between = func(k int) bool { return cl[k].cls != clsSpace && b.tier(cl, k, false) > 0 }
	}
	for k := 0; k < n-1; k++ {
		switch {
		case cl[k].cls == clsSpace:
			b.widen(cl, g, k, 1, cap)
		case between(k):
			b.widen(cl, g, k, 2, rest)
		}
	}
	return extra, koSpread
}

// maxKoLetter is the most space (em) justification opens between two
// letters of a Korean line. Wider, the line's few syllables stand apart
// as words do (입 력 : 2026-11-24 17:42:10 수   정 : in a web page's
// time stamp before a date that does not fit), and text extraction reads
// them as separate words or lines: the line is left flush start, as a
// print shop sets such a line and fieldEnd leaves a Chinese one.
const maxKoLetter = 1.0

// wideGap reports a gap between two full-width clusters.
func (b *Breaker) wideGap(cl []cluster, k int) bool {
	return cl[k].w >= b.em-eps && cl[k+1].w >= b.em-eps
}

// tier ranks the place after cluster k for stretching: 0 none, 1 preferred
// (word spaces, CJK–Latin boundaries, after punctuation other than the
// middle dots that join names), 2 other gaps, 3 gaps that on a terminal
// grid would split a Japanese word (see phraseGap).
func (b *Breaker) tier(cl []cluster, k int, onlySpaces bool) int {
	switch {
	case cl[k].cls == clsSpace && b.koVertical():
		return 0 // a quarter em: the syllables take the stretch
	case cl[k].cls == clsSpace:
		return 1
	case onlySpaces || !b.gapOK(cl, k):
		return 0
	case b.cellGrid() && cellGridGapBad(cl, k):
		return 0
	case b.cellGrid() && b.opt.Lang != LangJa && b.wordEdgeBetween(cl[k].r, cl[k+1].r) > 0:
		// A terminal's blank cell reads as a space: where Chinese likely
		// has a word boundary (after 的 了, before 和 与 及) it splits no
		// word, so it goes there first.
		return 1
	case cl[k].cls.isPunct() && !setMiddle.has(cl[k].r) || cl[k].w < b.em-eps || cl[k+1].w < b.em-eps:
		return 1
	case b.opt.Grid > 0 && b.opt.Lang == LangJa && !phraseGap(cl[k].r, cl[k+1].r):
		return 3
	}
	return 2
}

// maxGridShort is how many columns short of the width a Chinese or
// Japanese line on a terminal's grid may end rather than take blank
// cells inside its words: two cells, well within what a bulletin's reader
// takes for a filled line (the shared checker allows six columns).
const maxGridShort = 4

// cellGridCJK reports a Chinese or Japanese line on a terminal's grid.
func (b *Breaker) cellGridCJK() bool {
	return b.cellGrid() && (b.opt.Lang == LangZhHans || b.opt.Lang == LangZhHant || b.opt.Lang == LangJa)
}

// cellGrid reports whether the line is set on a terminal's grid, where a
// fullwidth character is two columns and any added space is a whole blank
// column.
func (b *Breaker) cellGrid() bool {
	return b.opt.Grid > 0 && math.Abs(b.em-2*b.opt.Grid) <= eps
}

// cellGridGapBad reports a gap that on a terminal's grid must stay closed:
// a blank column after a fullwidth comma or stop (指出，  近年来), whose own
// cell already ends in blank, or between a digit and a CJK character
// (8月 29日下午), reads as a typing error.
func cellGridGapBad(cl []cluster, k int) bool {
	c, n := &cl[k], &cl[k+1]
	switch c.cls {
	case clsClose, clsMiddle, clsFixed:
		return true
	}
	return isDigitCluster(c) && n.cls == clsIdeo || c.cls == clsIdeo && isDigitCluster(n)
}

func isDigitCluster(c *cluster) bool { return c.r >= '0' && c.r <= '9' }

// phraseGap reports whether the gap between Japanese characters a and b is
// likely a boundary between words, where a terminal bulletin may put a
// whole blank column: after hiragana (a particle or ending) before kanji or
// katakana, and where katakana meets kanji. Inside a katakana word
// (パー|カー), between kanji and its okurigana (呼|びかける) and before 々
// or ー a blank column reads as a misprint; it goes there only when a line
// has no other place.
func phraseGap(a, b rune) bool {
	ka, kb := japaneseScript(a), japaneseScript(b)
	switch {
	case b == '々' || b == 'ー' || b == '〻':
		return false
	case ka == scriptHiragana:
		return kb == scriptKanji || kb == scriptKatakana
	case ka == scriptKatakana:
		return kb == scriptKanji
	case ka == scriptKanji:
		return kb == scriptKatakana
	}
	return false
}

// The scripts of Japanese text, as phraseGap tells them apart.
const (
	scriptOther = iota
	scriptHiragana
	scriptKatakana
	scriptKanji
)

// japaneseScript returns the script of r.
func japaneseScript(r rune) int {
	switch {
	case r >= 0x3041 && r <= 0x309F:
		return scriptHiragana
	case r >= 0x30A0 && r <= 0x30FF, r >= 0x31F0 && r <= 0x31FF:
		return scriptKatakana
	case isHan(r), r == '々', r == '〆':
		return scriptKanji
	}
	return scriptOther
}

// widen adds a to the place after cluster k: a word space grows itself,
// any other gap is added after the glyph.
func (b *Breaker) widen(cl []cluster, g []Glyph, k, tier int, a float64) {
	switch {
	case tier == 0:
	case cl[k].cls == clsSpace:
		g[k].Advance += a
	default:
		g[k].Gap += a
	}
}

// gapOK reports whether justification may add space between clusters k and
// k+1: not inside Latin words, ——/…… or numbers with units, not next to a
// space (which stretches itself), and not inside a mark's own empty half
// (after an opening bracket, before closing punctuation).
func (b *Breaker) gapOK(cl []cluster, k int) bool {
	c, n := &cl[k], &cl[k+1]
	if c.glue || n.cls == clsSpace || c.cls == clsOpen {
		return false
	}
	switch n.cls {
	case clsClose, clsMiddle, clsFixed:
		return false
	}
	return !setNotStartStrict.has(n.r) || n.cls == clsIdeo
}

func isCJK(l Lang) bool {
	return l == LangZhHans || l == LangZhHant || l == LangJa || l == LangKo
}

// spaceLetters justifies a line with no place for space, such as one filled
// by a piece of a broken URL: the little left over (less than a glyph) is
// spread evenly between its characters, at most maxSpacing em each. On a
// grid the line may instead end one unit short. Anything more is ragged.
func (b *Breaker) spaceLetters(cl []cluster, g []Glyph, extra float64) (float64, bool) {
	n := len(cl)
	if b.cellGrid() {
		// A terminal line with no gap that may open ends up to a cell
		// short rather than break the character grid; more than a
		// column short, it is not flush, and says so (Ragged).
		return 0, extra <= b.opt.Grid+eps
	}
	if b.opt.Grid > 0 {
		return 0, extra <= b.opt.Grid+eps
	}
	if n < 2 || extra > maxSpacing*b.em*float64(n-1)+eps {
		return 0, false
	}
	a := extra / float64(n-1)
	for k := 0; k < n-1; k++ {
		g[k].Gap += a
	}
	return extra, true
}

// fieldEnd reports a Chinese or Japanese line that ends at an ideographic
// space before a field too wide to join it (a row of figures,
// 恒生指数　19746.32　-0.36%, in a narrow column) and is too short to justify: spread, its few
// characters would stand an em or more apart (恒　　生　　指　　数), which
// reads as separate words, not as a line. A print shop leaves such a line
// flush start, as it does a table's row. Korean lines, whose spaces are
// word breaks, are letter-spaced instead (stretchKorean), as Korean papers
// set a tight column.
func (b *Breaker) fieldEnd(sp span, n int, extra float64) bool {
	if b.opt.Grid > 0 || n < 2 || sp.e >= len(b.cl) || b.cl[sp.e].r != '\u3000' {
		// Fields are parted by ideographic spaces; an ASCII space is a
		// Latin phrase's (雪州水务公司（Air / Selangor）), whose line is
		// spread as running text.
		return false
	}
	if l := b.opt.Lang; l != LangZhHans && l != LangZhHant && l != LangJa {
		return false
	}
	return extra > maxFieldSpread*b.em*float64(n-1)
}

// maxFieldSpread is the most space (em per gap) justification gives a line
// ending at a space before a field (see fieldEnd).
const maxFieldSpread = 0.5
