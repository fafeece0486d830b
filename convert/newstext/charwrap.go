package newstext

import "unicode/utf8"

// A print page dumped as text is often wrapped by character count: every
// full line of a column holds the same number of characters (１５ on a
// Japanese page), whatever their width, and a line of punctuation hung
// past the margin (…いた。) one more. Its measure in columns says little
// — the page's widest title lines set it, and a line of half-width digits
// is narrower than its neighbours — but its count says exactly which
// lines were ended on purpose: an unindented line with fewer characters,
// whose next line's first character would have fitted, is a title line,
// a caption's or a paragraph's last, never wrapped into the line under it
// (韓国、人口戦略企画部が発足 / 予算配分権を一元化　住宅支援に重点 /
// 人口戦略企画部の発足式であいさ…).

// charWrapMin is how many unindented wrapped lines of a page must share
// their count for the page to count as wrapped by characters.
const charWrapMin = 8

// pageCharWrap returns how many characters the full lines of a page
// wrapped by character count hold, or 0 for a page that is not: at least
// charWrapMin unindented lines of mostly wide characters followed by a
// line of their block, more than half of them of one count between 8 and
// 40 (or one more, ending in a mark hung past the margin). (Korean wraps
// at word spaces: not this rule's.) The lines verse marks (nil, or as
// long as lines: a poem's stanzas, see stanzaLines) are not counted.
func pageCharWrap(lines []srcLine, verse []bool) int {
	var counts, hung [42]int
	n := 0
	for i := 0; i+1 < len(lines) && n < measureSample; i++ {
		l := lines[i]
		if l.text == "" || l.indent || lines[i+1].text == "" || asciiBytes(l.text)*4 > len(l.text) || verse != nil && verse[i] {
			continue
		}
		n++
		if c := utf8.RuneCountInString(l.text); c >= 8 && c < len(counts) {
			counts[c]++
			if r, _ := decodeLast(l.text); hangingMark(r) {
				hung[c]++
			}
		}
	}
	best, most := 0, 0
	for c := 8; c+1 < len(counts); c++ {
		if k := counts[c] + hung[c+1]; k > most {
			best, most = c, k
		}
	}
	if most < charWrapMin || 2*most <= n {
		return 0
	}
	return best
}

// hangingMark reports the punctuation a Japanese typesetter hangs past
// the margin rather than start a line with it: the full stop and the
// comma (a closing bracket is pushed in, not hung: a line of one more
// character ending in 」 is a title's, 棚田守る「オーナー制度」).
func hangingMark(r rune) bool {
	return r == '。' || r == '、' || r == '，' || r == '．'
}

// endsShortOfCount reports an unindented line a, with line next under
// it, that holds fewer characters than the page's count w and would have
// held next's first character (with the closing mark that may not start
// a line, or a run of digits or Latin letters kept whole): a line ended
// on purpose on a page wrapped by character count. A space closing the
// source line counts as a character: OCR sets one in a cell it read
// blank, where the line held its count (地主 / 擔心…, blind page
// tw-ocr-kongge-zhubei); a line ended on purpose is no fuller for it.
func endsShortOfCount(a srcLine, next string, w int) bool {
	if w == 0 || a.indent {
		return false
	}
	c := utf8.RuneCountInString(a.text)
	if a.trail {
		c++
	}
	return c < w && c+max(firstTokenRunes(next), carriedNumber(next)) <= w && !(c*4 > w*3 && katakanaWordGoesOn(a.text, next))
}

// carriedNumber is how many characters open s as a number a wrap keeps
// whole: its digits with their separators (71.9, 12,650), a unit sign
// that may not be parted from them (2%, 30℃) and a closing bracket after
// it, which may not start a line and is pushed in, not hung (…較首批輕微
// 加價約 / 2%。 is a full line of a page wrapped at eighteen, kinsoku
// having carried the number over; the full stop hangs past the margin
// and needs no cell); 0 if s opens with no digit.
func carriedNumber(s string) int {
	n, unit := 0, false
	for _, r := range s {
		switch {
		case !unit && (r >= '0' && r <= '9' || r >= '０' && r <= '９' || n > 0 && (r == ',' || r == '.')):
			n++
			continue
		case n > 0 && !unit && (r == '%' || r == '％' || r == '‰' || r == '℃' || r == '°'):
			n, unit = n+1, true
			continue
		case n > 0 && (isCloseBracket(r) || r == '；' || r == '：' || r == '！' || r == '？'):
			n++
		}
		break
	}
	return n
}

// katakanaWordGoesOn reports a line ending inside a katakana word that
// the line under it goes on with (堀を優雅に泳ぐコ / ハクチョウ＝４日、…):
// no line ended on purpose (a title, a head, a caption's or a
// paragraph's last) breaks a word, so a line nearly full that does was
// wrapped, short of the page's count only as a caption set in its own
// narrower column or ragged OCR leaves it (blind page
// ja-ocr-tate-matsumoto). endsShortOfCount asks it only of a line over
// three quarters of the count: a title line ends where it likes. (Hiragana runs on from word to word: a break
// between two of them says nothing.)
func katakanaWordGoesOn(line, next string) bool {
	r, _ := firstRune(next)
	return isKatakanaPart(lastRune(line)) && isKatakanaPart(r)
}

// isKatakanaPart reports a katakana letter or the long-vowel mark ー,
// which only a katakana word holds.
func isKatakanaPart(r rune) bool {
	return r >= 0x30A1 && r <= 0x30FA || r == 'ー'
}

// fullIndentedOfCount reports a line a opening with an ideographic
// indent (one U+3000, or the 2em indent of two), with line next under it,
// that holds, its indent counted, as many characters as the page's count
// w, or would have had to hold more to take next's first character: a
// paragraph's full first line, which the page's measure in columns (set
// by its wider title lines) may take for one ended short. Kinsoku leaves
// such a line a character short when the next opens with a bracket
// (　小学４年の男子児童は / 「楽しかった」と…), which may not end a line.
func fullIndentedOfCount(a srcLine, next string, w int) bool {
	if w == 0 || !a.ideo && !a.para {
		return false
	}
	c := utf8.RuneCountInString(a.text) + 1
	if a.para {
		c++
	}
	return c+firstTokenRunes(next) > w
}

// overCount reports an unindented line of wide characters alone (no
// half-width digit or space) holding more than a full line with a mark
// hung past the margin, on a page wrapped at w characters: of a title
// line, a title set wider than the column, never wrapped into the line
// under it. (OCR, which spaces its lines and runs a dateline into the
// line under it, is not asked.)
func overCount(a srcLine, w int) bool {
	return w > 0 && !a.indent && asciiBytes(a.text) == 0 && utf8.RuneCountInString(a.text) > w+1
}

// firstTokenRunes is how many characters of s would have had to fit at
// the end of the line above it: a run of digits or Latin letters, or one
// character with the closing mark after it (or after an opening bracket,
// the character it opens).
func firstTokenRunes(s string) int {
	n := 0
	for _, r := range s {
		if r < 0x80 && (r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') || r >= '０' && r <= '９' {
			n++
			continue
		}
		break
	}
	if n > 0 {
		return n
	}
	return leadChars(s)
}

// anyFullCount reports whether any of lines ls is full on a page wrapped
// at w characters: the lines run on into the next, one wrapped unit (a
// caption of three lines), not title lines set one under another.
func anyFullCount(ls []srcLine, w int) bool {
	if w == 0 {
		return false
	}
	for _, l := range ls {
		if c := utf8.RuneCountInString(l.text); !l.indent && (c == w || c == w+1 && hangingMark(lastRune(l.text))) {
			return true
		}
	}
	return false
}
