package layout

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// Break statuses after a cluster.
const (
	brkNo   uint8 = iota // no line break after this cluster
	brkMay               // a line may break after this cluster
	brkMust              // a line must break after this cluster (hard newline)
)

// cluster is one grapheme cluster of the paragraph with everything the
// breaker and justifier need, computed once per paragraph.
type cluster struct {
	start, end int32 // byte offsets in the paragraph
	r          rune  // first rune
	cls        class
	brk        uint8 // break after this cluster
	glue       bool  // no space may be added after this cluster (Latin word, ——, 2.6万)
	soft       bool  // a long Latin run may break after this cluster (URL rules)
	w          float64
	left       float64 // default compression of the empty left half (pairs)
	right      float64 // default compression of the empty right half (pairs)
	sqL, sqR   float64 // further compression available on each side
	edge       float64 // empty half trimmed at a line edge (an opening mark at the start, a closing one at the end)
	shrink     float64 // how much a space may shrink
	extra      float64 // CJK–Latin space before this cluster
	vo         Orientation
}

// segment splits text into clusters and computes break opportunities:
// UAX #14 from uniseg, then tailored for CJK (kinsoku, pairs, numbers with
// units, URLs, Korean word breaking).
func (b *Breaker) segment(text string) {
	// A paragraph has at most one cluster per byte: with room for them
	// all, clusters are written in place rather than appended.
	if cap(b.cl) < len(text) {
		b.cl = make([]cluster, 0, len(text)+len(text)/4)
	}
	cl := b.cl[:0]
	o := &b.opt
	em := b.em
	state := -1
	pos := 0
	cjk := isCJK(o.Lang)
	centred := o.Punct.centred(o.Lang)
	for len(text[pos:]) > 0 {
		// Fast path for the bulk of CJK text: between Han ideographs and
		// fullwidth brackets the UAX #14 outcome depends only on the pair
		// (see fastPair), and the state after them is free of context, so
		// uniseg restarts cleanly where the fast path ends.
		// Each rune is decoded once: the lookahead becomes the next rune.
		if !b.noFast {
			r, n := decodeRune(text, pos)
			for k := fastKind(r); k != 0; {
				r2, n2 := decodeRune(text, pos+n)
				k2 := fastHan // fastKind's first case, without the call
				if r2 < 0x4E00 || r2 > 0x9FFF {
					k2 = fastKind(r2)
				}
				brk, ok := fastPair(k, k2, cjk)
				if !ok {
					break
				}
				cl = cl[:len(cl)+1]
				cl[len(cl)-1] = cluster{start: int32(pos), end: int32(pos + n), r: r, brk: brk}
				pos += n
				state = -1
				r, n, k = r2, n2, k2
			}
			if pos >= len(text) {
				break
			}
		}
		seg, rest, must, ns := uniseg.FirstLineSegmentInString(text[pos:], state)
		state = ns
		if must && rest != "" && !uniseg.HasTrailingLineBreakInString(seg) {
			// uniseg 0.4.7 reports a mandatory break after an emoji
			// modifier (👍🏽, 🏽 alone): its LB30b transition returns a
			// bad state. Only a hard line break (LB4, LB5) or the text's
			// end must break.
			must = false
		}
		first := len(cl)
		// Split the segment into grapheme clusters; the common CJK and
		// Latin runes never combine, so a rune is its own cluster there.
		if simpleRunes(seg) {
			for i, r := range seg {
				_, n := utf8.DecodeRuneInString(seg[i:])
				cl = cl[:len(cl)+1]
				cl[len(cl)-1] = cluster{start: int32(pos + i), end: int32(pos + i + n), r: r}
			}
		} else {
			gs := -1
			rest := seg
			off := 0
			for len(rest) > 0 {
				c, r2, _, ngs := uniseg.FirstGraphemeClusterInString(rest, gs)
				gs = ngs
				// A run of leading jamo is one grapheme cluster (UAX #29
				// GB6), but each shows as a character of its own: they are
				// set, and may be broken, one by one.
				for n := leadingJamoRun(c); n > 0; n = leadingJamoRun(c) {
					r, _ := utf8.DecodeRuneInString(c)
					cl = append(cl, cluster{start: int32(pos + off), end: int32(pos + off + n), r: r, brk: brkMay})
					off += n
					c = c[n:]
				}
				r, _ := utf8.DecodeRuneInString(c)
				cl = append(cl, cluster{start: int32(pos + off), end: int32(pos + off + len(c)), r: r})
				off += len(c)
				rest = r2
			}
		}
		if len(cl) > first {
			if must {
				cl[len(cl)-1].brk = brkMust
			} else {
				cl[len(cl)-1].brk = brkMay
			}
		}
		pos += len(seg)
	}
	b.cl = cl

	// Measure and classify. Terminal columns are by far the most common
	// measurer per rune, so they are called without the interface.
	cols, isCols := b.m.(Columns)
	var lead Measurer // the run-in's measure (Options.LeadBytes)
	if o.LeadBytes > 0 {
		lead = o.LeadMeasurer
	}
	edges := o.edgePunct()
	var runs []VRun
	if o.Vertical {
		b.vruns = AppendVerticalRuns(b.vruns[:0], text)
		runs = b.vruns
	}
	ri := 0
	for i := range cl {
		c := &cl[i]
		if c.r >= 0x4E00 && c.r <= 0x9FFF {
			c.cls = clsIdeo // classify's first case, without the call
		} else {
			c.cls = classify(c.r, o.Lang, centred)
		}
		if c.cls == clsSpace && int(c.end-c.start) != utf8.RuneLen(c.r) && !allSpace(text[c.start:c.end]) {
			// A mark on a space (UAX #14 LB10: SP CM is AL) is visible
			// text, not white space to drop at a line's edge.
			c.cls = clsAlnum
		}
		w := 0.0
		switch {
		case lead != nil && int(c.start) < o.LeadBytes:
			for _, r := range text[c.start:c.end] {
				w += lead.Advance(r)
			}
		case int(c.end-c.start) != utf8.RuneLen(c.r):
			for _, r := range text[c.start:c.end] {
				w += b.m.Advance(r)
			}
		case isCols:
			w = cols.Advance(c.r)
		default:
			w = b.m.Advance(c.r)
		}
		if c.cls == clsSpace && (c.r == '\n' || c.r == '\r' || c.r == '\t' || c.r == '\v' || c.r == '\f') {
			w = b.m.Advance(' ')
		}
		if o.Grid > 0 && w != 1 && w != 2 {
			w = math.Round(w/o.Grid) * o.Grid
		}
		if !(w >= 0 && w <= math.MaxFloat64) { // negative, NaN or infinite
			w = 0
		}
		if runs != nil {
			w = b.verticalAdvance(c, w, runs, &ri)
			if o.Lang == LangKo && o.Grid == 0 {
				w = koreanVertical(cl, i, w, em, text)
			}
		}
		c.w = w
		// Compression applies only to marks set in a full em.
		full := w >= 0.9*em && o.CompressPunct && o.Grid == 0
		if full {
			switch c.cls {
			case clsOpen:
				c.sqL = 0.5 * em
			case clsClose:
				c.sqR = 0.5 * em
			case clsMiddle:
				c.sqL, c.sqR = 0.25*em, 0.25*em
			}
			if edges && (c.cls == clsOpen || (c.cls == clsClose || hangsFixed(c.r, o)) && o.Align != AlignEnd) {
				// A flush-right line (a byline, a jump line) keeps its
				// closing bracket's cell, which squares it with the
				// column's edge as a unit.
				c.edge = 0.5 * em
			}
		}
		if full && runs == nil && o.Lang == LangKo && isCurlyQuote(c.r) {
			koreanQuote(c, em)
		}
		if c.cls == clsSpace && o.Grid == 0 {
			c.shrink = 0.2 * w
		}
	}

	b.tailor(text)
}

// hangsFixed reports whether r, a fixed mark (never compressed mid-line),
// is still set at its inked half at a line's end: ？！ in Simplified
// Chinese set across, whose GB-style glyphs (the embedded SC faces' too)
// ink the left half of the em, as 。， do (clreq 3.1.7 lets a line-end
// mark of the left-inked kind give up its empty half). Japanese keeps
// them at full width (jlreq counts them among the full-width marks, and
// JIS fonts centre their ink), and vertical text draws them centred in
// the column.
func hangsFixed(r rune, o *Options) bool {
	return (r == '？' || r == '！') && o.Lang == LangZhHans && !o.Vertical
}

// leadingJamoRun returns the length of c's first rune when it is a
// Hangul leading consonant (choseong) followed by another one, else 0: the
// first of two leading jamo never joins the second into one syllable on
// screen or paper.
func leadingJamoRun(c string) int {
	r, n := utf8.DecodeRuneInString(c)
	if !isLeadingJamo(r) {
		return 0
	}
	if r2, _ := utf8.DecodeRuneInString(c[n:]); isLeadingJamo(r2) {
		return n
	}
	return 0
}

func isLeadingJamo(r rune) bool {
	return r >= 0x1100 && r <= 0x115F || r >= 0xA960 && r <= 0xA97C
}

// simpleRunes reports whether every rune of s is known to form a grapheme
// cluster by itself (printable ASCII/Latin-1, common CJK, Hangul syllables,
// fullwidth forms), so the grapheme segmenter can be skipped.
func simpleRunes(s string) bool {
	for _, r := range s {
		switch {
		case r >= 0x20 && r < 0x7f, r >= 0xa0 && r < 0x300:
		case r >= 0x4E00 && r <= 0x9FFF, r >= 0xAC00 && r <= 0xD7A3:
		case r >= 0x3000 && r <= 0x3029, r >= 0x3030 && r <= 0x3098, r >= 0x309B && r <= 0x4DBF:
		case r >= 0x2010 && r <= 0x2027, r >= 0x2030 && r <= 0x205E:
		case r >= 0xFF01 && r <= 0xFF9D:
		default:
			return false
		}
	}
	return true
}

// tailor adjusts the UAX #14 opportunities for CJK typesetting and sets the
// default punctuation compression and CJK–Latin spacing.
func (b *Breaker) tailor(text string) {
	cl := b.cl
	o := &b.opt
	em := b.em
	cjk := o.Lang == LangZhHans || o.Lang == LangZhHant || o.Lang == LangJa || o.Lang == LangKo
	markURLs(text, cl)
	lastNonSpace := -1
	// Most characters of Chinese and Japanese text are Han ideographs,
	// which the kinsoku sets leave out: they need not be looked up.
	han := !b.noFast && hanKinsokuFree()
	for i := range cl {
		c := &cl[i]
		if i+1 >= len(cl) {
			c.brk = brkMust
			break
		}
		n := &cl[i+1]
		if c.cls != clsSpace {
			lastNonSpace = i
		}
		// No spacing inside Latin words, runs of ——/……, or number+unit.
		if c.cls.isLatin() && n.cls.isLatin() || c.cls == clsDash && n.r == c.r {
			c.glue = true
		}
		// An apostrophe inside a word (don’t) belongs to the word.
		if (n.r == '’' || n.r == '\'') && c.cls == clsAlnum && i+2 < len(cl) && cl[i+2].cls == clsAlnum {
			c.glue, n.glue = true, true
		}
		// A number in fullwidth digits keeps its own magnitude
		// (numberPart: ３兆２千億円, ３０余): its counter after it may
		// still start the next line, as Japanese sets ８００ / 円.
		digitUnit := c.cls == clsAlnum && c.r >= '0' && c.r <= '9' && n.cls == clsIdeo && !isHangul(n.r) ||
			isFullwidthDigit(c.r) && strings.ContainsRune(numberPart, n.r)
		if digitUnit {
			c.glue = true
		}
		// A number in fullwidth digits (Japanese ４０センチ, ３．５％) is
		// one unit like an ASCII one (jlreq 3.1.10, clreq's unbreakable
		// digits): neither broken nor spaced between its digits or after
		// its decimal point.
		if isFullwidthDigit(c.r) && (isFullwidthDigit(n.r) || n.r == '．' && i+2 < len(cl) && isFullwidthDigit(cl[i+2].r)) {
			c.glue = true
			if n.r == '．' {
				n.glue = true
			}
		}
		// CJK–Latin space (not next to punctuation, which is automatic
		// since punctuation is not clsIdeo).
		if o.CJKLatinSpace > 0 && (c.cls == clsIdeo && n.cls == clsAlnum || c.cls == clsAlnum && n.cls == clsIdeo) &&
			(!o.Vertical || c.vo == Sideways || n.vo == Sideways) {
			x := o.CJKLatinSpace * em
			if o.Grid > 0 {
				// On a terminal grid ¼em is half a column: none at all
				// reads better than a full column.
				x = math.Floor(x/o.Grid) * o.Grid
			}
			n.extra = x
		}
		// Default compression of adjacent fullwidth marks to at most 1.5em.
		if c.cls.isPunct() && n.cls.isPunct() && c.w >= 0.9*em && n.w >= 0.9*em {
			pairCompress(c, n)
		}
		if c.brk == brkMust {
			continue
		}
		// Unicode 15.1 LB19a: quotation marks next to East Asian text
		// break like brackets (uniseg implements 15.0).
		if cjk && c.brk == brkNo {
			if (n.r == '“' || n.r == '‘') && (c.cls == clsIdeo || c.cls.isPunct()) ||
				(c.r == '”' || c.r == '’') && (n.cls == clsIdeo || n.cls.isPunct()) {
				c.brk = brkMay
			}
		}
		// Below the strict level small kana and ー may begin a line
		// (UAX #14 treats class CJ as NS, the strict reading).
		if c.brk == brkNo && o.Kinsoku != KinsokuStrict && c.cls == clsIdeo && setSmallKana.has(n.r) {
			c.brk = brkMay
		}
		if c.brk == brkNo {
			continue
		}
		switch {
		case o.Lang == LangKo && c.cls != clsSpace:
			// klreq: lines break between 어절 (at spaces), never inside one.
			c.brk = brkNo
		case !(han && isHanBMP(n.r)) && NotStart(n.r, o.Kinsoku) ||
			lastNonSpace >= 0 && !(han && isHanBMP(cl[lastNonSpace].r)) && NotEnd(cl[lastNonSpace].r):
			c.brk = brkNo
		case c.glue && c.cls != clsSpace:
			c.brk = brkNo
		case lastNonSpace >= 0 && cl[lastNonSpace].r == n.r && setDash.has(n.r):
			c.brk = brkNo
		case figureSign(c.r) && isDigitRune(n.r):
			// A triangle as a figure's sign (▲２１３, Japanese and Korean
			// tables' minus; △０．５) holds to its figure as a minus does.
			c.brk = brkNo
		case lastNonSpace >= 0 && extractionHyphen(cl[lastNonSpace].r):
			// Never after a hyphen, spaced (이데일리 - 무단전재) or in a
			// word (well-known): text extraction (pdftotext) takes a
			// line-end hyphen for a word's hyphenation and drops it. Nor
			// before one (kinsoku): a spaced hyphen holds the words on
			// either side together.
			c.brk = brkNo
		}
	}
	markSoft(cl)
	if o.CompressPunct && o.Grid == 0 {
		lightenLone(cl, em)
	}
}

// isCurlyQuote reports the quotation marks ‘ ’ “ ”.
func isCurlyQuote(r rune) bool { return r == '‘' || r == '’' || r == '“' || r == '”' }

// koreanQuote sets a quotation mark of Korean text, across, in half an em
// wherever it stands: Korean writes ‘’ and “” as Western, proportional
// marks (klreq), but a CJK font draws them in a full em with the ink in
// one half, which opened a hole of an em and more beside every quoted
// word (‘노키즈존’   대신). The empty half goes, as in a compressed pair;
// an opening mark loses it at a line's start too, while a closing mark
// keeps its full cell at a line's end, where its box then squares with
// the measure for text extraction as Korean's other line-end marks do.
func koreanQuote(c *cluster, em float64) {
	switch c.cls {
	case clsOpen:
		c.left, c.sqL, c.edge = 0.5*em, 0, 0.5*em
	case clsClose:
		c.right, c.sqR, c.edge = 0.5*em, 0, 0
	}
}

// figureSign reports the triangles papers set as a figure's sign: ▲ ▼ for
// a fall or a loss (the minus of Japanese and Korean tables), △ ▽ too.
func figureSign(r rune) bool { return r == '▲' || r == '▼' || r == '△' || r == '▽' }

// isDigitRune reports an ASCII or fullwidth digit.
func isDigitRune(r rune) bool { return r >= '0' && r <= '9' || isFullwidthDigit(r) }

// isFullwidthDigit reports whether r is a fullwidth digit (０–９).
func isFullwidthDigit(r rune) bool { return r >= '０' && r <= '９' }

// lightenLone halves what a lone mark (no fullwidth mark beside it) may
// give up when a line is squeezed: a single mid-line comma stays at ¾em or
// more, as in ctex and Typst, while pairs such as 。” and ）、 can still go
// down to one em (clreq 3.1.7, jlreq 3.8.2 take space from pairs and line
// edges before lone marks).
func lightenLone(cl []cluster, em float64) {
	for i := range cl {
		c := &cl[i]
		if c.sqL+c.sqR == 0 {
			continue
		}
		if i > 0 && fullMark(&cl[i-1], em) || i+1 < len(cl) && fullMark(&cl[i+1], em) {
			continue
		}
		c.sqL /= 2
		c.sqR /= 2
	}
}

// fullMark reports whether c is fullwidth CJK punctuation.
func fullMark(c *cluster, em float64) bool { return c.cls.isPunct() && c.w >= 0.9*em }

// extractionHyphen reports the hyphens that text extraction removes at a
// line's end, joining the line to the next: poppler's - ‐ ﹣ －.
func extractionHyphen(r rune) bool {
	return r == '-' || r == '‐' || r == '﹣' || r == '－'
}

// pair reports whether cluster k is a fullwidth mark next to another one.
func pair(cl []cluster, k int, em float64) bool {
	return fullMark(&cl[k], em) && (k > 0 && fullMark(&cl[k-1], em) || k+1 < len(cl) && fullMark(&cl[k+1], em))
}

// markSoft marks the places where a long Latin run (URL, path, file name)
// may break when it does not fit: after . ? & = _ # before a letter or digit
// (after . only before a letter, so 3.0.1 and 38.7ms stay whole), and on
// either side of the @ of an e-mail address. Never after - (pdftotext would join the lines
// and drop the hyphen) nor at / (the kinsoku sets forbid it at either edge).
// Both pieces keep at least two clusters.
func markSoft(cl []cluster) {
	for k := 1; k+2 < len(cl); k++ {
		c, n := &cl[k], &cl[k+1]
		if c.brk != brkNo || !c.cls.isLatin() || !cl[k-1].cls.isLatin() || !cl[k+2].cls.isLatin() {
			continue
		}
		letter := n.r < 0x80 && (n.r|0x20 >= 'a' && n.r|0x20 <= 'z')
		switch c.r {
		case '.':
			c.soft = letter && cl[k-1].cls == clsAlnum
		case '?', '&', '=', '_', '#', '@':
			c.soft = n.cls == clsAlnum
		default:
			c.soft = n.r == '@' && c.cls == clsAlnum
		}
	}
}

// pairCompress sets two adjacent fullwidth marks in at most 1.5em by
// squeezing the empty half between them.
func pairCompress(c, n *cluster) {
	switch {
	case c.sqR > 0 && c.cls == clsClose:
		c.right, c.sqR = c.sqR, 0
	case c.sqR > 0 && c.cls == clsMiddle:
		c.right, c.sqR = c.sqR, 0
	case n.sqL > 0 && n.cls == clsOpen:
		n.left, n.sqL = n.sqL, 0
	case n.sqL > 0 && n.cls == clsMiddle:
		n.left, n.sqL = n.sqL, 0
	}
}

// markURLs glues URLs and e-mail addresses so no line breaks inside them.
func markURLs(text string, cl []cluster) {
	if !strings.Contains(text, "://") && !strings.Contains(text, "www.") && !strings.Contains(text, "@") {
		return
	}
	for i := 0; i < len(cl); {
		j := i
		for j < len(cl) && cl[j].r > ' ' && cl[j].r < 0x7f {
			j++
		}
		if j > i {
			tok := text[cl[i].start:cl[j-1].end]
			if strings.Contains(tok, "://") || strings.HasPrefix(tok, "www.") || strings.Contains(tok, "@") && strings.Contains(tok, ".") {
				for k := i; k < j-1; k++ {
					cl[k].glue = true
					if cl[k].brk == brkMay {
						cl[k].brk = brkNo
					}
				}
			}
			i = j
		} else {
			i++
		}
	}
}

// Fast-path kinds: Han ideographs (line break class ID), fullwidth closing
// punctuation (CL, and NS/EX marks that behave the same between these
// kinds), fullwidth opening brackets (OP), and curly quotes (QU) which CJK
// text breaks like brackets (Unicode 15.1 LB19a, applied again in tailor).
const (
	fastHan = 1 + iota
	fastCL
	fastOP
	fastQO // “ ‘
	fastQC // ” ’
)

// decodeRune is utf8.DecodeRuneInString(s[i:]) with the valid three-byte
// form (all of the fast path's runes) decoded inline.
func decodeRune(s string, i int) (rune, int) {
	if i+2 < len(s) {
		// Not overlong (E0 needs A0–BF), not a surrogate (ED needs 80–9F).
		if c := s[i]; (c >= 0xE1 && c <= 0xEC || c == 0xEE || c == 0xEF) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

func fastKind(r rune) int {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF:
		return fastHan
	// Hangul syllables (H2/H3) and kana other than the small ones and ー
	// (CJ) break like ideographs between these kinds.
	case r >= 0xAC00 && r <= 0xD7A3,
		(r >= 0x3042 && r <= 0x3094 || r >= 0x30A2 && r <= 0x30FA) && !setSmallKana.has(r):
		return fastHan
	case r < 0x2018:
		return 0
	case r == '、' || r == '。' || r == '，' || r == '）' || r == '」' || r == '』' || r == '】' || r == '》' ||
		r == '〉' || r == '〕' || r == '〗' || r == '〙' || r == '］' || r == '｝' ||
		r == '：' || r == '；' || r == '！' || r == '？':
		return fastCL
	case r == '（' || r == '「' || r == '『' || r == '【' || r == '《' || r == '〈' || r == '〔' || r == '〖' ||
		r == '〘' || r == '［' || r == '｛':
		return fastOP
	case r == '“' || r == '‘':
		return fastQO
	case r == '”' || r == '’':
		return fastQC
	}
	return 0
}

// fastPair is UAX #14 for two fast-path kinds a, b: ID ÷ ID and ID ÷ OP
// (LB31), × CL (LB13), CL ÷ ID and CL ÷ OP (LB31), OP × (LB14); quotes only
// for CJK text, as tailor would leave them.
func fastPair(a, b int, cjk bool) (uint8, bool) {
	if b == 0 || !cjk && (a >= fastQO || b >= fastQO) {
		return 0, false
	}
	switch {
	case a == fastOP || a == fastQO || b == fastCL || b == fastQC:
		return brkNo, true
	}
	return brkMay, true
}

// allSpace reports whether s holds nothing but white space (CR LF is one
// cluster).
func allSpace(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}
