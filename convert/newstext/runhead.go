package newstext

import (
	"slices"

	"github.com/paiban/paiban/convert/doc"
)

// maxFolioWords bounds the folio words markRunningHeads keeps.
const maxFolioWords = 48

// isRunHeadSep reports what parts a running head's words: spaces, the
// middle dots (新京报 · 北京新闻, 新京報‧要聞) and bars.
func isRunHeadSep(r rune) bool {
	return isFurnitureSep(r) || r == '·' || r == '・' || r == '‧' || r == '•'
}

// markRunningHeads marks as page furniture a short line of text whose
// every word (two or more) is a word of the page's folio: the running
// head an OCR'd page repeats at the top of its next page (新京报 · 北京新闻
// under the folio 新京报 2024年4月18日 星期四 A04 北京新闻), which, with no
// date of its own, would otherwise read as a section heading in the middle
// of the paragraph the page break split. The words of a page head that
// dates the page without a folio's page name (２０２６年３月２７日　金曜日
// 　暮らしと地域) count too, and so does the rubric over the first story
// (markRubric). A page number the folio sets in brackets counts bare
// (夕刊　国際　３ under …（３）　夕刊　国際: folioHolds).
func (b *builder) markRunningHeads() {
	// The folio's distinct words (a page repeats its folio: each word is
	// kept once, and a few dozen tell every running head).
	var folio, buf []string
	dated := false // a word of folio is a dated page head's (datedPageHead)
	for i := range b.units {
		if u := &b.units[i]; u.kind == uNoise && (u.noise == noiseFolio || u.noise == noiseDate) {
			dated = true
			buf = appendFields(buf[:0], u.text, 16, isRunHeadSep)
			for _, w := range buf {
				if len(folio) < maxFolioWords && !slices.Contains(folio, w) {
					folio = append(folio, w)
				}
			}
		}
	}
	if len(folio) == 0 {
		return
	}
	if dated {
		b.markRubric()
	}
	for i := range b.units {
		u := &b.units[i]
		if u.kind != uText || u.line != u.lastLine || u.verbatim || u.para {
			continue // (a paragraph set with its 2em indent is the text's)
		}
		// (The unit's summary, when flush kept it, tells its length and
		// punctuation without a pass over its text.)
		if u.summed && (!u.sum.atMost(24) || u.sum.has(keySentence)) || !u.summed && (!atMost(u.text, 24) || hasSentencePunct(u.text)) {
			continue
		}
		var buf [8]string
		words := appendFields(buf[:0], u.text, 8, isRunHeadSep)
		// (One word counts when the page's number stands alone beside
		// it, ３ / 国際: the two lines of one running head.)
		if len(words) > 8 || len(words) < 2 && !(len(words) == 1 && dated && b.numberBeside(i, folio)) {
			continue
		}
		if _, _, ok := reporterDateline(u.text); ok {
			// 記者 X／台北報導 is a dateline wherever it stands
			// (parseBylineLineSum), even under a stamp that repeats it.
			continue
		}
		all := true
		for _, w := range words {
			if !folioHolds(folio, w) {
				all = false
				break
			}
		}
		if all {
			u.kind, u.noise = uNoise, noiseRunningHead
		}
	}
}

// numberBeside reports the unit over or under unit i a page number the
// folio's words hold (folioHolds: ３ under （３）), alone on its line.
func (b *builder) numberBeside(i int, folio []string) bool {
	for _, k := range [2]int{i - 1, i + 1} {
		if k >= 0 && k < len(b.units) {
			if n := &b.units[k]; n.kind == uNoise && n.noise == noisePageNumber && folioHolds(folio, n.text) {
				return true
			}
		}
	}
	return false
}

// datedPageHead reports a line of page furniture that dates the page: a
// folio or running head with the edition's date (２０２６年（令和８年）
// ３月２７日　金曜日　　暮らしと地域), which is never a line of the
// text around it. sm is s's summary, or nil.
func datedPageHead(s string, sm *textSum) bool {
	switch noiseKindSum(s, sm) {
	case noiseFolio, noiseDate:
		return true
	}
	return false
}

// markRubric marks as page furniture the page's rubric: a one-word title
// line opening the page (only noise above it) that names the page in its
// dated page head, the word the head sets after the date (２０２５年…火曜日
// 　　まちと人), before any page number (…民意論壇　A13: pageNameWord), right above another title line or the "# " headline the
// writer sets under it. OCR of a page reads the rubric printed over its
// first story (暮らしと地域), which the running head repeats, before the
// headline: the page's name, not the headline over a subheadline. Any
// other word of the head (a kicker that happens to be one) is no rubric,
// nor is a line set with the 2em paragraph indent.
func (b *builder) markRubric() {
	i := 0
	for i < len(b.units) && b.units[i].kind == uNoise {
		i++
	}
	if i+1 >= len(b.units) {
		return
	}
	u, next := &b.units[i], &b.units[i+1]
	if u.kind != uText || u.para || u.line != u.lastLine || u.verbatim || !atMost(u.text, 12) || !isTitleLine(u.text) || hasAnyRune(u.text, " 　") {
		return
	}
	if isEditionDate(u.text) || isWeekday(u.text) || !b.namesPage(u.text) {
		return
	}
	if _, rest, ok := parseDatelineLang(u.text, b.lang); ok && rest == "" {
		return // 【本報訊】 opens the story under it, whatever the head ends with
	}
	if next.kind != uText && next.kind != uHeadline && next.kind != uHeading || !isTitleLine(next.text) {
		return // (a "## " head too: the writer's form of a title line the grammar made a head)
	}
	if next.kind == uText && !next.verbatim {
		// The title line is what the builder makes of the line's start
		// (——3（记者 王某） is the noise ——3 and a credit), as the
		// normalized text writes it.
		if k := b.pieces(next.text); len(k) == 0 || k[0].Kind != doc.KindParagraph || !isTitleLine(k[0].Text) {
			return
		}
	}
	u.kind, u.noise = uNoise, noiseRunningHead
}

// namesPage reports w the name a dated page head on the page gives the
// page: the word the head sets after the date, before any page number
// (pageNameWord).
func (b *builder) namesPage(w string) bool {
	var buf [16]string
	for i := range b.units {
		if n := &b.units[i]; n.kind == uNoise && (n.noise == noiseFolio || n.noise == noiseDate) {
			f := appendFields(buf[:0], n.text, 16, isRunHeadSep)
			if pageNameWord(f) == w {
				return true
			}
		}
	}
	return false
}
