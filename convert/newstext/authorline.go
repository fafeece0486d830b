package newstext

import "slices"

// markAuthorLines makes a byline of a padded name alone right under an
// article's titles (人民日报's commentaries: the headline, then 林　晓,
// then the text): set apart like a title line, it is its author's line,
// not a head. Padded two-character heads (结　语) are words, not names.
func (b *builder) markAuthorLines(sc *scorer, labels []label) {
	us := sc.us
	for i := 1; i < len(us); i++ {
		u := &us[i]
		if u.kind != uText || u.verbatim || u.para {
			continue // (a paragraph set with its 2em indent is the text's)
		}
		// (What stands above is asked first: few units stand under
		// titles, and it is cheaper than reading the text.)
		p := sc.prevContent(i)
		if p < 0 || !(us[p].kind == uHeadline || us[p].kind == uSubhead || labels[p] == lHeadline || labels[p] == lSubhead) {
			continue
		}
		if sc.fs[i].dateline {
			continue // 本报讯 alone: a dateline, never a name
		}
		if !paddedName(u.text) && !signedName(sc, labels, i) {
			continue
		}
		name := unspaced(u.text)
		if slices.Contains(paddedHeads, name) {
			continue
		}
		labels[i] = lBody
		u.kind = uByline
		u.cr = creditRef(credit{names: []string{name}})
		b.warnParts(u.line, "padded name under the titles taken as the author's byline: ", u.text)
	}
}

// paddedHeads are two-character heads set padded to three cells, as names
// are: 前　言, 结　语.
var paddedHeads = []string{"前言", "引言", "序言", "导语", "結語", "结语", "后记", "後記", "尾声", "尾聲", "附记", "附記", "编后", "編後"}

// signedName reports a name alone at unit i, unpadded (李晓明), in an
// article that closes with a note on its author (（作者为…副教授）): the
// story is signed, and the name set apart under its titles is its
// author's, not a subheadline (a subheadline is a phrase, never a name).
func signedName(sc *scorer, labels []label, i int) bool {
	if !isName(sc.us[i].text) {
		return false
	}
	for j := i + 1; j < len(sc.us) && j < i+maxSignedUnits; j++ {
		if sc.us[j].kind == uHeadline || labels[j] == lHeadline || labels[j] == lKicker {
			return false // the next article
		}
		if closingNote(&sc.us[j]) {
			return true
		}
	}
	return false
}

// maxSignedUnits bounds how far signedName looks for the author's note.
const maxSignedUnits = 40
