package newstext

// A Japanese paper sets a news agency's story on its page under its own
// headline, with the agency's credit closing its text (…呼びかける。（共同）),
// often right under a story of the paper's own (【札幌】…) that has a 中見出し
// of its own. Read as one more head of the paper's story, the agency's
// headline became a section and its credit the paper's.

// wireStoryUnder reports a Japanese title line i whose text, a few
// paragraphs at most, closes with an agency's credit ((共同), 〔時事〕),
// under a story that opened with the paper's own dateline (【札幌】, no
// agency in it): the agency's story, a story of its own. Of two title
// lines over that text (stackedOver), the first is the story's headline
// and the second its subheadline, as a Japanese paper sets them
// (１１月の企業倒産、８２０件 / 人手不足が響き７カ月連続増): the first
// line is reported, not the second, unless the first reads as a kicker
// over it (wireKickerOver). README was silent; chosen as a newspaper
// reader takes such a title (blind round 74, item 5).
func (sc *scorer) wireStoryUnder(i int) bool {
	if sc.lang != "ja" || sc.fs[i].headMark != "" {
		return false
	}
	if sc.stackedOver(i) && !sc.wireKickerOver(i, i+1) {
		return sc.wireTextUnder(i + 1)
	}
	if k := sc.prevContent(i); k >= 0 && sc.stackedUnder(i, sc.prevContent(k)) && !sc.wireKickerOver(k, i) {
		return false // the group's first line is the headline
	}
	return sc.wireTextUnder(i)
}

// wireKickerOver reports the upper k of two title lines read as the
// kicker over the lower n by the shape the kicker rules give it: a
// label, a rubric or a column's name over a much longer title.
func (sc *scorer) wireKickerOver(k, n int) bool {
	return sc.fs[k].label || muchLonger(&sc.fs[n], &sc.fs[k]) || sc.rubricOver(k, n) || sc.jaColumnNameOver(k, n)
}

// wireTextUnder reports the test of wireStoryUnder for the title line i
// right over the text.
func (sc *scorer) wireTextUnder(i int) bool {
	if sc.fs[i].headMark != "" {
		return false
	}
	closed := false
	for k, n := sc.nextContent(i), 0; k < len(sc.us) && n < 12 && !closed; k, n = sc.nextContent(k), n+1 {
		u := &sc.us[k]
		switch {
		case u.kind == uText && !sc.fs[k].title && !sc.fs[k].dateline:
			closed = agencyClosed(u.text)
		case u.kind == uByline && agencyClosed(u.text):
			closed = k > sc.nextContent(i)
		default:
			return false
		}
	}
	if !closed {
		return false
	}
	for k, n := sc.prevContent(i), 0; k >= 0 && n < 40; k, n = sc.prevContent(k), n+1 {
		u := &sc.us[k]
		switch {
		case u.kind == uText && sc.fs[k].dateline:
			d, _, _ := parseDatelineLang(u.text, sc.lang)
			return !isAgency(d.org) // (【ワシントン共同】 names one)
		case u.kind == uHeadline:
			return false
		}
	}
	return false
}

// agencyClosed reports a text closing with an agency's bracketed credit
// (…呼びかける。（共同）), or that credit alone (〔時事〕).
func agencyClosed(s string) bool {
	if _, c, ok := trailingCredit(s); ok {
		return isAgency(c.org)
	}
	inner, end, ok := leadingBracket(s)
	return ok && end == len(s) && isAgency(trimSpace(inner))
}
