package newstext

import "strings"

// A Hong Kong paper's story may run under two heads of its own between
// its dateline and its one closing credit: 【明報專訊】… / 急症室輪候… /
// text / photo caption / 醫學會促長者… / text / （編輯：X）. The second
// head, after the caption, is as much the story's as the first: the text
// under it opens with no dateline and no credit closes the story before
// it. captionInDatedStory looks back past the first head to the dateline
// when headOverUndated holds for it and the story closes with a single
// trailer (closedOnce).

// headOverUndated reports a title line k between a finished paragraph
// that closes nothing and body text with no dateline: a head inside a
// story, not the headline of a new one.
func (sc *scorer) headOverUndated(k int) bool {
	p, n := sc.prevContent(k), sc.nextContent(k)
	if p < 0 || n >= len(sc.us) {
		return false
	}
	if sc.us[p].kind != uText || sc.fs[p].title || !sc.fs[p].ended || sc.closesArticle(p) {
		return false
	}
	return sc.us[n].kind == uText && !sc.fs[n].title && !sc.fs[n].dateline
}

// closedOnce reports the text from unit j on running (body paragraphs
// and captions, at most 12 units) to a single bracketed credit closing
// it, （編輯：梁詠詩）, with the page's end or a title line after it.
func (sc *scorer) closedOnce(j int) bool {
	k := sc.bodyRunEnd(j)
	if k < 0 || sc.us[k].kind != uByline {
		return false
	}
	if r, _ := firstRune(sc.us[k].text); closeFor(r) == 0 || k == j {
		return false
	}
	n := sc.nextContent(k)
	return n >= len(sc.us) || sc.us[n].kind == uText && sc.fs[n].title
}

// nextStoryDated reports the text from unit j on running (body
// paragraphs and captions, at most 12 units) to the title lines of the
// next story, whose text opens with its dateline or credit: on a
// mainland page whose stories each open so (南都讯 记者 X …), body text
// under no dateline belongs to the story above, however that story ends.
func (sc *scorer) nextStoryDated(j int) bool {
	k := sc.bodyRunEnd(j)
	if k < 0 || !(sc.us[k].kind == uHeadline || sc.us[k].kind == uText && sc.fs[k].title) {
		return false
	}
	return k > j && sc.leadsBody(sc.afterTitles(k))
}

// bodyRunEnd returns the first unit from j on that is neither a body
// paragraph nor a caption, looking at most 12 units ahead, or -1 when
// the page ends or the run goes on past them (closedOnce,
// nextStoryDated).
func (sc *scorer) bodyRunEnd(j int) int {
	for k := j; k < len(sc.us) && k < j+12; k++ {
		u := &sc.us[k]
		if u.kind == uText && !sc.fs[k].title && !sc.fs[k].dateline && !sc.fs[k].closed || u.kind == uCaption {
			continue
		}
		return k
	}
	return -1
}

// A mainland paper's signed piece (a 科普 page's doctor's article, a
// theory page's essay) runs under its own heads (小标题) with no
// dateline, its photos set between its sections, and closes once with
// the note on its authors, （作者分别系…主任医师、主治医师）. A title line
// after a caption inside it is another head of the piece when a head of
// the piece stands above the caption and its text under the line runs on
// to that single closing note: a piece that was closed above the caption
// would be closed by its own note there (captionInSignedStory).

// captionInSignedStory reports caption p inside a Chinese story with no
// dateline that has a head of its own above the caption (headOverUndated),
// nothing closing an article between that head and the story's titles or
// the caption, where the text at j, under the title line after the
// caption, opens with no dateline and runs to the note on the piece's
// authors (closedBySignature).
func (sc *scorer) captionInSignedStory(p, j int) bool {
	if !strings.HasPrefix(sc.lang, "zh") || sc.leadsBody(j) {
		return false
	}
	crossed := false
	for k, n := p-1, 0; k >= 0 && n < maxSignedUnits; k, n = k-1, n+1 {
		switch u := &sc.us[k]; {
		case u.kind == uText && sc.fs[k].dateline, sc.closesArticle(k):
			return false // (a dated story: captionInDatedStory)
		case u.kind == uText && sc.fs[k].title && !crossed && sc.headOverUndated(k):
			if !sc.closedBySignature(j) {
				return false
			}
			crossed = true // a head of the piece above the caption
		case u.kind == uHeadline, u.kind == uText && sc.fs[k].title:
			return crossed // the piece's titles
		}
	}
	return false
}

// closedBySignature reports the text from unit j on running (body
// paragraphs and captions, at most 12 units) to a note on the piece's
// authors closing it, （作者分别系…）, （作者单位：…）: what follows the note
// is another piece's or a box's, whatever it is.
func (sc *scorer) closedBySignature(j int) bool {
	k := sc.bodyRunEnd(j)
	return k > j && closingNote(&sc.us[k])
}

// The piece's heads are often two short phrases, 手脚冰凉不缓解，可能是贫血:
// after a caption inside a signed piece a comma in a head's line of up
// to 13 characters marks no broken paragraph (commaHeadInSignedStory).
// A longer line with a comma, 老人冬季进补，先分清体质再下手 (15), is no head
// the page sets: the next piece's headline, as it was before the rule.
// The headline's cost there only weighs the two title readings against
// each other and is paid only when a head can take the line
// (headingTakes): a title line never falls to text by it.

// commaHeadInSignedStory reports a title line of at most 13 characters
// (its comma and all) after a caption inside a signed piece
// (captionInSignedStory), over the text that runs to the piece's note.
func (sc *scorer) commaHeadInSignedStory(i int, f *feats) bool {
	if f.runes > 13 {
		return false
	}
	p := sc.prevContent(i)
	return p >= 0 && sc.us[p].kind == uCaption && sc.captionInSignedStory(p, sc.nextContent(i))
}

// headingTakes reports a section heading scoring above a paragraph for
// unit i, its reasons not explained (they are the heading's, not the
// label's being scored).
func (sc *scorer) headingTakes(i int) bool {
	why := sc.why
	sc.why = nil
	ok := sc.headingScore(i, &sc.fs[i]) > 0
	sc.why = why
	return ok
}
