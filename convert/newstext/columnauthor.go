package newstext

import "slices"

// A signed column set on a Chinese page under a news story (信報's 股海浮沉:
// the column's name, its title, the columnist's name alone on a line, the
// text, a （作者為…） note on the author at its end) is an article of its
// own. Read line by line, its name and the columnist's look like section
// heads of the story above, and its title like a paragraph; the name alone
// over the text in a piece that closes with an author note is the sign:
// it is the columnist's byline, and the title lines over it open the
// column's article (kicker and headline), as the text under them opens
// with a byline.

// markColumnAuthors makes a byline, before the grammar labels the page,
// of a name alone (李晓明, 林　晓) under one or two title lines that follow
// a finished paragraph, over body text, in a piece that closes with a note
// on its author before any headline or dateline: a signed column after
// the story above it. (A name under the titles that open the page is
// markAuthorLines', after the grammar.)
func (b *builder) markColumnAuthors(sc *scorer) {
	if b.lang == "ja" || b.lang == "ko" {
		return
	}
	us := sc.us
	for i := 2; i < len(us); i++ {
		u := &us[i]
		if u.kind != uText || u.verbatim || !sc.fs[i].title || !atMost(u.text, 8) {
			continue
		}
		t := sc.prevContent(i)
		if t < 0 || us[t].kind != uText || !sc.fs[t].title {
			continue // (asked first: few lines stand under a title line)
		}
		p := sc.beforeTitles(i)
		if p < 0 || !storyEnd(sc, p) || t-p > 2 {
			continue
		}
		n := sc.nextContent(i)
		if n >= len(us) || us[n].kind != uText || sc.fs[n].title || sc.fs[n].dateline {
			continue
		}
		name := unspaced(u.text)
		if !isName(name) || !paddedName(u.text) && name != u.text || slices.Contains(paddedHeads, name) {
			continue
		}
		if !closesWithAuthorNote(sc, n) {
			continue
		}
		u.kind = uByline
		u.cr = creditRef(credit{names: []string{name}})
		b.warnParts(u.line, authorNameWarning(u.text), u.text)
		// Of two title lines over it, a short first one of a few words
		// (股海浮沉) over the longer title is the column's name: its label,
		// the kicker, never the headline over a subheadline.
		if k := sc.prevContent(t); k > p && us[k].kind == uText && columnName(&sc.fs[k], &sc.fs[t]) {
			sc.fs[k].label = true
		}
	}
}

// storyEnd reports unit p as the end of a story above a column's titles:
// a finished paragraph, or the reporter's credit set under one (a Hong
// Kong trailer, 記者　鄭詠琪, unbracketed under the story's last line).
func storyEnd(sc *scorer, p int) bool {
	if sc.us[p].kind == uByline {
		q := sc.prevContent(p)
		return q >= 0 && sc.us[q].kind == uText && sc.fs[q].ended && !sc.fs[q].title
	}
	return sc.us[p].kind == uText && sc.fs[p].ended && !sc.fs[p].title
}

// closesWithAuthorNote reports a note on the author (（作者為…）) among the
// units from n on, before the next headline or dateline.
func closesWithAuthorNote(sc *scorer, n int) bool {
	for j := n; j < len(sc.us) && j < n+maxSignedUnits; j++ {
		u := &sc.us[j]
		if u.kind == uHeadline || u.kind == uText && sc.fs[j].dateline {
			return false // the next story
		}
		if closingNote(u) {
			return true
		}
	}
	return false
}

// columnName reports a column's name of a few words (f) over its title
// (g): a title line of at most eight runes, in one phrase (no space or
// inner punctuation), shorter than the title.
func columnName(f, g *feats) bool {
	return f.title && !f.spaced && !f.innerPunct && f.runes <= 8 && f.runes < g.runes
}
