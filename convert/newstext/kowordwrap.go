package newstext

import (
	"strings"
	"unicode/utf8"
)

// A Korean page is wrapped at word spaces, but the measure it was wrapped
// at may be a count of characters rather than a width: an export or a
// 원고지-style layout that holds twenty characters a line, a space and a
// digit counting one each as a syllable does. Measured in columns
// (a syllable two, a space or digit one), such a page's full lines vary
// with their spaces and figures (3-1(25-21 23-25 is 15 columns, 경기에서
// 수원 블루윙즈를 세트 스코어 36, both full at twenty characters), so a
// measure in columns taken from its widest lines finds room on a title
// line that it had not (or none where it had): 한빛, 블루윙즈 꺾고 4연승
// over 마르코스 31점 맹활약 is fifteen characters, and 마르코스 would have
// fitted in twenty, so the first line was ended on purpose, a headline
// over its subheadline; in columns, 25 + 1 + 8 is over the measure of 32.
// The room test (nextWordFits) measures such a page the way it was
// wrapped, in characters.

// koWordWrapMin is how many of a Korean page's wrapped lines the count
// must explain for the page to count as wrapped by characters.
const koWordWrapMin = 6

// koWrapCap bounds the widths pageKoWordWrap tallies (in columns, twice a
// count): a longer line is no column's.
const koWrapCap = 256

// pageKoWordWrap returns how many characters a full line holds on a
// Korean page word-wrapped by character count, or 0 for a page that is
// not. Every line wrapped at count w holds at most w characters, and the
// next line's first word would not have fitted after a space: w lies in
// [n, n+1+k-1] for a line of n characters over a word of k. The count
// that lies in most of those ranges, over the unindented lines holding
// Hangul followed by a line of their block, explains the page's wraps
// when it explains at least koWordWrapMin of them, more than half, and
// more than any width in columns explains the same way (a page wrapped
// by width, as a typesetter wraps, is left to the measure in columns);
// the smallest such count is taken, the widest full line.
func pageKoWordWrap(lines []srcLine) int {
	var byCount, byCols [koWrapCap + 1]int // difference arrays of the ranges
	n := 0
	for i := 0; i+1 < len(lines) && n < measureSample; i++ {
		l, next := lines[i], lines[i+1].text
		if l.text == "" || next == "" || l.indent || !hasHangul(l.text) {
			continue
		}
		n++
		c := utf8.RuneCountInString(l.text)
		addRange(&byCount, c, c+firstWordRunes(next))
		w := columns(l.text)
		addRange(&byCols, w, w+firstTokenColumns(next))
	}
	count, best := mostCovered(&byCount)
	_, cols := mostCovered(&byCols)
	if best < koWordWrapMin || 2*best <= n || best <= cols {
		return 0
	}
	return count
}

// addRange counts the range [lo, hi] in difference array d, clipped to
// its length.
func addRange(d *[koWrapCap + 1]int, lo, hi int) {
	if lo >= koWrapCap {
		return
	}
	d[lo]++
	d[min(hi+1, koWrapCap)]--
}

// mostCovered returns the smallest value lying in most of the ranges
// added to d, and how many.
func mostCovered(d *[koWrapCap + 1]int) (int, int) {
	at, most, k := 0, 0, 0
	for v := 0; v < koWrapCap; v++ {
		k += d[v]
		if k > most {
			at, most = v, k
		}
	}
	return at, most
}

// firstWordRunes is how many characters the first word of s holds, up to
// its first space: what a Korean line wrapped at word spaces would have
// had to take in after a space.
func firstWordRunes(s string) int {
	n := 0
	for _, r := range s {
		if isSpace(r) {
			break
		}
		n++
	}
	return n
}

// koWordFits reports, on a Korean page word-wrapped by count (koWrap),
// whether line a holding Hangul would have taken in the first word of the
// line under it (after a space, its 2em indent counted as two
// characters), and whether the count applies at all.
func (b *builder) koWordFits(a srcLine, next string) (fits, ok bool) {
	if b.koWrap == 0 || !hasHangul(a.text) {
		return false, false
	}
	c := utf8.RuneCountInString(a.text) + 1 + firstWordRunes(next)
	if a.para {
		c += 2
	}
	return c <= b.koWrap, true
}

// koWrappedBody reports, on a Korean page word-wrapped by count, line i
// of block ls holding Hangul that the first word of line i+1 would not
// have fitted on within the count, when line i+1 is body text too:
// itself wrapped at the count over line i+2, or ending a sentence. Line
// i was then wrapped there, the first line of a paragraph, however short
// it looks in columns: a word of figures, brackets and units
// (동(660㎡)과, 1억2천만원의) counts one a character as the page was
// wrapped, though its digits and brackets take one column each, so
// 이 불로 공장 건물 1개 over 동(660㎡)과 기계류 등이 타 over 소방서 … is
// one paragraph (13+1+9 and 17+1+3 over 18), not a head over the rest
// (blind page ko-jibang-hwajae). A headline is set in its own type, not
// at the body's count: over a subheadline (the block's last line, no
// sentence ended) its room is left to the measure in columns.
func (b *builder) koWrappedBody(ls []srcLine, i int) bool {
	if i+1 >= len(ls) || !b.koWrappedFull(ls[i], ls[i+1].text) {
		return false
	}
	if i+2 < len(ls) {
		return b.koWrappedFull(ls[i+1], ls[i+2].text)
	}
	return endsSentence(ls[i+1].text)
}

// koWrappedFull reports, on a Korean page word-wrapped by count, a line
// holding Hangul that the first word of the line under it would not have
// fitted on within the count.
func (b *builder) koWrappedFull(a srcLine, next string) bool {
	fits, ok := b.koWordFits(a, next)
	return ok && !fits
}

// koTitleShortByColumns reports, on a Korean page word-wrapped by count,
// a title line a that stops short of the measure in columns over title
// line l: short (nine tenths of the measure at most) and with room in
// columns for l's first word. A headline is hand-set: a first line at
// 80–88% of the measure with room for the next word was broken there by
// its writer (청주 시내버스 노선 23개 바뀐다, 30 columns of 36, over
// 내년 1월부터…: blind page ko-jibang-sahoe-20); past nine tenths the
// room is a column or two, which a wrap leaves as often. The count measures the body,
// which the export wrapped; a headline is set in its own, larger type,
// never wrapped at the body's count, so the README leaves a headline
// over its subheadline to the measure in columns. Measured by count, a
// headline holding Latin letters (충북청주FC, 승강 PO 진출, 17 characters
// but 24 columns of 32) looked full over a subheadline whose first word
// would not have fitted in 18 characters, and the two were joined into one
// headline (blind page ko-jibang-seupocheu). The caller asks it of a
// block of two title lines only, neither ending a sentence.
//
// Past three quarters of the measure a line the count would have wrapped
// there (l's first word did not fit by count) is a headline wrapped at
// the count when it stops mid-phrase, its last word leaving the clause
// open (koreanTitleOpenEnd: 청주 KB, 삼성생명 72-65로 / 꺾고 3연승 질주,
// 25 columns of 32): the writer ends a line he breaks on a noun or a
// predicate (…진출 확정, …23개 바뀐다).
func (b *builder) koTitleShortByColumns(a, l srcLine) bool {
	if b.koWrap == 0 || b.measure == 0 || !hasHangul(a.text) || lineColumns(a)*10 > b.measure*9 {
		return false
	}
	if lineColumns(a)+1+firstTokenColumns(l.text) > b.measure {
		// No room for l's first word: a wrap would have broken there
		// too, unless a's last word closes the headline's clause, a
		// predicate's final 다 (바뀐다, 늘었다: kotitleclosed.go), which a
		// headline of two clauses parts from the next by … or a comma.
		return koreanTitleClosedEnd(a.text)
	}
	if !b.clearlyShortLine(a) && koreanTitleOpenEnd(a.text) {
		fits, _ := b.koWordFits(a, l.text)
		return fits
	}
	return true
}

// koreanTitleOpenEnd reports a Korean title line whose last word leaves
// its clause open: a particle of koreanOpenClause (노선을, 시민에게), 으로,
// or 로 after a figure, a Latin letter or a bracket (72-65로, 30%로),
// where it can be no noun's ending (a road's name, 상당로, ends in 로
// after Hangul and is left alone, as are 2배로 and the like).
func koreanTitleOpenEnd(s string) bool {
	if koreanOpenClause(s) {
		return true
	}
	w := s[strings.LastIndexByte(s, ' ')+1:]
	if rest, ok := strings.CutSuffix(w, "으로"); ok && rest != "" {
		return true
	}
	if rest, ok := strings.CutSuffix(w, "로"); ok && rest != "" {
		r, _ := decodeLast(rest)
		return !isHangul(r)
	}
	return false
}

// koFullAtCount reports, on a Korean page word-wrapped by count, line a
// holding no more characters than the count, the first word of next not
// fitting after it: the count wrapped it there, however wide it runs in
// columns. A box's ▲ run (▲기획조정실장 한상우 ▲문화체육관광국장, 22
// characters of 22, its bullets and few spaces wide) measures past the
// measure in columns taken from lines of more spaces, and read as a title
// set wider than the columns, it lost the name wrapped under it (오지민).
func (b *builder) koFullAtCount(a srcLine, next string) bool {
	return b.koWrap > 0 && atMost(a.text, b.koWrap) && b.koWrappedFull(a, next)
}
