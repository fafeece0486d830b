package newstext

import "slices"

// A poem has no sections. On a 副刊 page that parts its paragraphs by
// indent alone, a title line right under the last stanza of a poem that
// is all its piece's text (its title, or its author, over the first
// stanza), over prose, opens the next piece (a notice, “我家的年夜饭”征文启事),
// however the grammar would weigh a head there. A poem quoted in an
// essay's prose, and a poem cycle's part over its own stanzas (组诗's
// 谷雨), stay as before.

// titleAfterPoem reports unit i standing right under the last stanza of
// a poem that is all its piece's text, over prose.
func (sc *scorer) titleAfterPoem(i int) bool {
	p := sc.prevContent(i)
	if p < 0 || !sc.verseAt(p) {
		return false
	}
	n := sc.nextContent(i)
	if n >= len(sc.us) || sc.us[n].kind != uText || sc.fs[n].title || sc.verseAt(n) {
		return false // (a poem cycle's next part over its stanzas; a head over nothing)
	}
	k := p
	for k >= 0 && (sc.verseAt(k) || sc.us[k].kind == uNoise) {
		k--
	}
	if k < 0 {
		return true
	}
	switch sc.us[k].kind {
	case uHeadline, uByline, uSubhead:
		return true
	case uText:
		return sc.fs[k].title // (the poem's title; under prose the stanzas are quoted)
	}
	return false
}

// verseAt reports unit k a line of a poem's stanza (markVerse).
func (sc *scorer) verseAt(k int) bool {
	if len(sc.verse) == 0 {
		return false
	}
	_, ok := slices.BinarySearch(sc.verse, sc.us[k].line)
	return ok
}
