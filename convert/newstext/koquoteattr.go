package newstext

import "strings"

// A Korean paper's quote box, an expert's word set apart in a story
// ([전문가 한마디], or no label), closes the quotation with who said it on
// a line of its own, a dash, the name and the post: “… 줄어들 수 있다.” /
// - 김도현 한빛대 부동산학과 교수. The line is the quotation's
// attribution, body text: not the next story's headline (a headline with
// nothing under it but the reporter's byline is no story), nor a
// subheadline (a Korean site's `- ` subheadline stands under a title,
// never under a closed quotation), nor a byline (the speaker wrote no
// part of the story, whose byline follows).
//
// The box's label alone on its line over the quotation, [전문가 한마디],
// [현장의 목소리], heads it: a section of the story (the package's box),
// the quotation and its attribution its paragraphs, where the story's
// byline under them falls too. Only a label inside the story's text
// (body text above it) over a quotation closed by its attribution is
// taken so: a label after a byline that closed its story, or over a
// paragraph of prose, is left to the title rules.

// koreanQuoteDashes are the dashes that lead such a line: the hyphen,
// the en, em and horizontal bars, the box-drawing bar, the fullwidth
// hyphen, and the Hangul vowel ㅡ Korean type sets for a dash.
const koreanQuoteDashes = "-–—―─－ㅡ"

// koreanQuoteAttribution reports a quotation's attribution line: one or
// two dashes (koreanQuoteDashes), an optional space, then a person's name
// and post as a writer's line gives them (koreanAuthorLine: 김도현 교수,
// 김도현 한빛대 부동산학과 교수).
func koreanQuoteAttribution(s string) bool {
	rest, n := s, 0
	for n < 2 {
		r, w := firstRune(rest)
		if !strings.ContainsRune(koreanQuoteDashes, r) {
			break
		}
		rest, n = rest[w:], n+1
	}
	if n == 0 {
		return false
	}
	_, ok := koreanAuthorLine(trimSpace(rest))
	return ok
}

// closedQuotation reports a text whose last sentence is a closed
// quotation: it ends with a closing quotation mark, a full stop after it
// or not (… 줄어들 수 있다.”, “…이어질 것”.).
func closedQuotation(s string) bool {
	s = strings.TrimRight(s, " .")
	r, _ := decodeLast(s)
	return r == '”' || r == '"' || r == '’' || r == '」' || r == '』'
}

// openedQuotation reports a text opening with a quotation mark (“, ",
// ‘, 「, 『).
func openedQuotation(s string) bool {
	r, _ := firstRune(s)
	return r == '“' || r == '"' || r == '‘' || r == '「' || r == '『'
}

// quoteAttributionAt reports unit i a quotation's attribution line
// (koreanQuoteAttribution) alone on its line, title-like, right under a
// paragraph of body text closed by its quotation (closedQuotation).
func (sc *scorer) quoteAttributionAt(i int) bool {
	u := &sc.us[i]
	if u.kind != uText || u.verbatim || !sc.fs[i].title || len(u.text) > 48*4 || u.line != u.lastLine {
		return false
	}
	p := sc.prevContent(i)
	return p >= 0 && sc.us[p].kind == uText && !sc.fs[p].title && quoteAttributionUnder(sc.us[p].text, u.text)
}

// quoteBoxLabelAt reports unit i a quote box's label (koreanColumnLabel)
// alone on its line under body text, over one or more paragraphs each a
// whole quotation (openedQuotation, closedQuotation) closed by their
// attribution (quoteAttributionAt).
func (sc *scorer) quoteBoxLabelAt(i int) bool {
	u := &sc.us[i]
	if u.kind != uText || u.verbatim || u.para || !sc.fs[i].title || u.line != u.lastLine || !koreanColumnLabel(u.text) {
		return false
	}
	p := sc.prevContent(i)
	if p < 0 || sc.us[p].kind != uText || sc.fs[p].title {
		return false // (a label after a byline, or over the story's title, is the title rules')
	}
	n := sc.nextContent(i)
	for k := n; k < len(sc.us); k = sc.nextContent(k) {
		v := &sc.us[k]
		if v.kind != uText || sc.fs[k].title {
			return k > n && sc.quoteAttributionAt(k)
		}
		if !openedQuotation(v.text) || !closedQuotation(v.text) {
			return false
		}
	}
	return false
}

// quoteAttributionUnder reports line, a quotation's attribution
// (koreanQuoteAttribution), under above, a paragraph closed by its
// quotation: body text, which the builder takes for no kicker of the
// headline under it.
func quoteAttributionUnder(above, line string) bool {
	return closedQuotation(above) && koreanQuoteAttribution(line)
}

// markKoreanQuoteAttributions makes body text, before the grammar labels
// the page, of a quotation's attribution line (quoteAttributionAt), and a
// section heading of its box's label over the quotation (quoteBoxLabelAt).
func (b *builder) markKoreanQuoteAttributions(sc *scorer) {
	if b.lang != "ko" {
		return
	}
	us := sc.us
	for i := 1; i < len(us); i++ {
		if !sc.quoteAttributionAt(i) {
			continue
		}
		for k := sc.prevContent(i); k > 0; k = sc.prevContent(k) {
			if !openedQuotation(us[k].text) || us[k].kind != uText || sc.fs[k].title {
				if sc.quoteBoxLabelAt(k) {
					u := &us[k]
					u.kind, u.level = uHeading, 1
					bodyOnly(&sc.fs[k], false)
					b.warnParts(u.line, "quote box's label over a quotation and its attribution taken as a section heading: ", u.text)
				}
				break
			}
		}
		bodyOnly(&sc.fs[i], false)
		sc.fs[i].ended = true // (it closes the box, as a sentence's end would: a title under it is the next story's)
	}
}
