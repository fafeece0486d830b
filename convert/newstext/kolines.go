package newstext

import "strings"

// Korean web copy often sets each paragraph on one line of its own with
// no blank line between (…이르렀다. / 정부는 …먼저다.), lines as long as
// their paragraphs, so the page has no measure to tell a wrapped line
// from a paragraph's last. Hard-wrapped Korean text breaks a line between
// any two words, and seldom right after a sentence; when most of a page's
// long lines end a Korean sentence, they are paragraphs, and a line that
// ends one ends its paragraph (see splitBlock).

// koreanLineColumns is the width from which a line counts: shorter ones
// are titles, credits and the like, whose ends tell nothing of wrapping.
const koreanLineColumns = 40

// koreanLineSample is how many long lines with none of them ending in
// Hangul tell a page is not Korean.
const koreanLineSample = 64

// koreanSentenceLines reports a page whose long Korean lines followed by
// another line mostly end a sentence: at least three of them, and two
// in three of those that hold a sentence stop, and one at least holding
// two sentences. (A page that sets
// each sentence on a line of its own, its paragraphs parted by blank
// lines, holds none: its lines are sentences, not paragraphs.)
func koreanSentenceLines(lines []srcLine) bool {
	n, k, seen := 0, 0, 0
	multi := false // a line holding two sentences or more
	for i := 0; i+1 < len(lines) && seen < measureSample; i++ {
		a := lines[i].text
		if a == "" || lines[i+1].text == "" || len(a) < koreanLineColumns {
			continue
		}
		// As pageMeasure, a sample of the page's lines; and a page none
		// of whose first lines is Korean is not looked at further.
		if seen++; seen == koreanLineSample && n == 0 {
			return false
		}
		switch ends, hangul := koreanLineEnd(a); {
		case ends:
			n++
			k++
			multi = multi || innerKoreanStop(a)
		case innerKoreanStop(a) && koreanCreditClosed(a):
			// A caption closed by its credit after its sentence, … 있다.
			// 사진=연합뉴스, … 있다. /연합뉴스, … 있다. [연합뉴스], ends its
			// unit at the line's end as a paragraph ending a sentence
			// does: counted as a wrapped line (or, closed by a bracket,
			// not at all), it left a short portal's copy short of three
			// lines that end, and the page was read as wrapped, its
			// paragraph lines under the caption joined into one.
			n++
			k++
		case hangul && innerKoreanStop(a):
			// (A line with no sentence stop at all is a title line, a
			// headline or a link's, whose end tells nothing of wrapping.)
			n++
		}
	}
	return k >= 3 && 3*k >= 2*n && multi
}

// innerKoreanStop reports a Korean sentence ending inside s (a Hangul
// syllable, a full stop and a space): s holds more than one sentence.
func innerKoreanStop(s string) bool {
	for i := strings.Index(s, ". "); i > 0; {
		if r, _ := decodeLast(s[:i]); isHangul(r) {
			return true
		}
		j := strings.Index(s[i+2:], ". ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return false
}

// koreanLineEnd reports whether line s ends a Korean sentence (a Hangul
// syllable and . ? or !, maybe inside closing quotes) and whether it ends
// in a Hangul syllable at all, with or without the stop: the lines that
// tell a page's wrapping.
func koreanLineEnd(s string) (ends, hangul bool) {
	t := s
	for len(t) > 0 {
		r, w := decodeLast(t)
		switch r {
		case '”', '’', '"', '\'':
			t = t[:len(t)-w]
			continue
		case '.', '?', '!':
			p, _ := decodeLast(t[:len(t)-w])
			ends = isHangul(p)
			hangul = ends
		default:
			hangul = isHangul(r)
		}
		break
	}
	// (The width last: most lines of other scripts stop above.)
	if hangul && columns(s) < koreanLineColumns {
		return false, false
	}
	return ends, hangul
}
