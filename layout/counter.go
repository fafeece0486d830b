package layout

import "strings"

// looseCounter is the stretch per gap (em) beyond which a Chinese line
// that ends before a number and its counter (32岁, 2019年, 50亩) ends
// between them instead (counterBreak): a fifth of an em between every two
// characters of a solid line reads as letter-spaced text, while up to
// there a split number reads worse than a slightly open line (across the
// samples it splits 72 numbers and closes 75 of the 420 lines that open
// wider).
const looseCounter = 0.2

// numberPart holds the characters that, after a run of digits, are part
// of the number itself rather than what it counts: its magnitude (2.6万,
// 1.5萬, 3千) and the approximations 30多, 50余, 20来, 十几. A line never
// ends before them.
const numberPart = "十百千万亿兆萬億多余餘来來几幾"

// counterBreak lets a Chinese line that the number and counter after its
// last break (bNat) would leave loose end between the number's digits and
// the counter (…查看香菇的长势。2019 / 年，夫妻俩辞去…). A number and
// its counter are kept together (see tailor), but not at any cost: clreq
// lists only the digits of a number and its prefix and suffix symbols
// (¥ % ℃) among the sequences never broken, and a Chinese compositor who
// cannot push the counter in breaks after the digits rather than
// letter-space a whole line of solid-set characters. Loose is more than
// looseCounter em a gap; the line then ends after the last digits whose
// counter may leave them, if it fits, squeezed at most as any line is, and
// comes out at most half as loose. It returns that end, or bNat.
func (b *Breaker) counterBreak(s, bNat int, avail float64) int {
	o := &b.opt
	if o.Lang != LangZhHans && o.Lang != LangZhHant || o.Phrases || o.Align != AlignJustify {
		return bNat
	}
	ns := bNat
	for ns < len(b.cl) && b.cl[ns].cls == clsSpace {
		ns++
	}
	// Only digits and a counter after the break can change the line's
	// end: without them how loose the line is need not be measured, a
	// pass over it that every line of Chinese text would pay.
	if !b.noFast && !b.counterAhead(ns) {
		return bNat
	}
	loose := b.stretchPer(s, bNat, avail)
	if loose <= looseCounter*b.em+eps {
		return bNat
	}
	best := bNat
	for k := ns; k+1 < len(b.cl) && b.cl[k].brk == brkNo; k++ {
		if !b.counterAt(k) {
			continue
		}
		if b.minW(s, k+1) > avail+eps {
			break
		}
		if b.natW(s, k+1) <= avail+eps && b.stretchPer(s, k+1, avail) > loose/2+eps {
			continue
		}
		best = k + 1
	}
	return best
}

// counterAhead reports whether the unbreakable run from cluster ns holds
// digits and a counter that may leave them (counterAt), which is all
// counterBreak looks for.
func (b *Breaker) counterAhead(ns int) bool {
	for k := ns; k+1 < len(b.cl) && b.cl[k].brk == brkNo; k++ {
		if b.counterAt(k) {
			return true
		}
	}
	return false
}

// counterAt reports whether cluster k is a digit followed by a Han counter
// that is not part of the number (numberPart).
func (b *Breaker) counterAt(k int) bool {
	c, n := &b.cl[k], &b.cl[k+1]
	return isDigitCluster(c) && n.cls == clsIdeo && isHan(n.r) && !strings.ContainsRune(numberPart, n.r)
}
