package newstext

import "strings"

// A Korean print page set as text may mark its paragraphs by nothing at
// all: no blank line between them and no indent on their first lines (a
// sports or brief page's text layer, wrapped between words at the
// column). Its lines end raggedly, a word short of the column or nearly
// full, so the measure tells neither a paragraph's last line from a
// wrapped one nor the headline over the text from the text's first line,
// however wide it runs. What is left is the language: a paragraph ends
// with its sentence, so on such a page a line that ends a Korean sentence
// (…달렸다.) ends its paragraph, as a Chinese or Japanese page's lines do
// when they are paragraphs (cjklines.go). A sentence that ends at a wrap
// inside its paragraph is cut there too: a paragraph too many, where
// without the rule the whole page was one. And the page's first line,
// when it ends no sentence, its last word carries none of the particles
// and endings that tie a word to the words after it (…꺾고 5연승, not
// …잠실학생체육관에서, 부산 KCC를) and no word of it the particles that
// mark a sentence's subject or object (워니는, KCC를), is its headline, a
// line of its own: a Korean headline drops its particles and ends in a
// noun or a clipped form, and a wrapped line of a sentence seldom does. So is a second such line under it, the subheadline.

// koFlatMin is how many lines a page needs before it counts as one whose
// paragraphs are marked by nothing (fewer tell nothing of the page).
const koFlatMin = 6

// koreanFlatPage reports a page of at least koFlatMin lines with no blank
// line between its first and last and no indented line: no mark of a
// paragraph but the language's (see above). The caller asks it of a
// Korean page, and only where the page's long lines are not paragraphs
// each (koLines) nor marked by indent (koIndent), and where the measure
// rests on enough lines (not weak: the widest of a few lines may be the
// headline's, and a short line under it would pass for a title).
func koreanFlatPage(lines []srcLine) bool {
	n, blank := 0, 0
	for i := 0; i < len(lines) && i < measureSample; i++ {
		l := lines[i]
		if l.text == "" {
			if n > 0 {
				blank++
			}
			continue
		}
		if l.indent || l.para || blank > 0 {
			return false // a paragraph's indent, or a blank line between lines
		}
		n++
	}
	return n >= koFlatMin
}

// koreanBoundEnds are the last syllables of the particles and endings
// that tie a Korean word to the words after it (가 of SK가, 에서, 를 of
// KCC를, 고 of 꺾고, 의, 으로, the modifier endings of 열린, 한, 된 …): a
// line ending in one stops inside its sentence. A noun that ends in one
// of them (평가, 제도, 최고, 피해) is read as bound too, which keeps such
// a headline joined as before: no wrapped line is taken for a title.
const koreanBoundEnds = "은는이가을를에의로와과도만서고며면게지해한된던인할될린운여어아든나랑께엔론야요까"

// koreanTitleEnd reports a line that may be a Korean headline by its end
// (see above): its last rune a Hangul syllable outside koreanBoundEnds,
// a digit or a Latin letter (5연승, 2년 만에 V3, KCC), or a closing quote
// or ellipsis after such a line; never a sentence's stop or a comma.
func koreanTitleEnd(s string) bool {
	t := strings.TrimRight(s, "\"'”’…")
	if t == "" || len(t) < len(s) && strings.HasSuffix(t, ".") {
		return false
	}
	r, _ := decodeLast(t)
	switch {
	case isHangul(r):
		return !strings.ContainsRune(koreanBoundEnds, r)
	case r >= '0' && r <= '9', r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z':
		return true
	}
	return false
}

// koFlatCut says whether, on a page whose paragraphs are marked by
// nothing (koFlat), line i of the block being cut opens a unit inside
// the unit that opens at line start: after a line that ends a Korean
// sentence, or under the page's first line when that is its headline
// (see above).
func (b *builder) koFlatCut(start, i int) bool {
	if !b.koFlat {
		return false
	}
	bl := &b.block
	above := bl.ls[i-1].text
	if koreanStopEnd(above) {
		return true
	}
	return i-1 == start && b.pageTop() && bl.titleLine(i-1) && !endsSentence(above) && koreanTitleEnd(above) && !koreanCaseMarked(above) && hasHangul(above)
}

// koreanCaseMarkers are the subject, topic and object particles (은 는
// 이 가 을 를), which a sentence's words carry and a Korean headline
// mostly drops (SK, KCC 꺾고 5연승; a sentence's first line, SK 자밀
// 워니는 32득점, holds one).
const koreanCaseMarkers = "은는이가을를"

// koreanCaseMarked reports a line holding a word of two syllables or
// more that ends in one of koreanCaseMarkers: a sentence's words, not a
// headline's. (A noun that ends in one, 국가, 평가, counts too: such a
// line stays with the text, as before.)
func koreanCaseMarked(s string) bool {
	for w := range strings.FieldsSeq(s) {
		w = strings.TrimRight(w, ",.\"'”’…·")
		r, size := decodeLast(w)
		if size < len(w) && isHangul(r) && strings.ContainsRune(koreanCaseMarkers, r) {
			if p, _ := decodeLast(w[:len(w)-size]); isHangul(p) {
				return true
			}
		}
	}
	return false
}

// pageTop reports that no unit but furniture and the page's title lines
// has been made yet (a folio, a headline made a line of its own by this
// rule): the unit being cut opens the page, or is the second line of
// its title group (the subheadline under the headline; a third line is
// taken for the text's first, as a sentence's line may end bare too).
func (b *builder) pageTop() bool {
	titles := 0
	for i := range b.units {
		u := &b.units[i]
		if u.kind == uNoise {
			continue
		}
		if titles++; titles > 1 || u.kind != uText || u.line != u.lastLine || !isKickerText(u.text) || !koreanTitleEnd(u.text) {
			return false
		}
	}
	return true
}

// koreanStopEnd reports a line ending a Korean sentence, whatever its
// width: a Hangul syllable and . ? or !, maybe inside closing quotes
// (…달렸다., …"말했다."). (koreanLineEnd asks the same of long lines
// only.)
func koreanStopEnd(s string) bool {
	t := strings.TrimRight(s, "\"'”’")
	r, w := decodeLast(t)
	if r != '.' && r != '?' && r != '!' {
		return false
	}
	p, _ := decodeLast(t[:len(t)-w])
	return isHangul(p)
}
