package newstext

import (
	"slices"
	"strings"
)

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
		if p < 0 {
			continue
		}
		// (Co-authors' names under a lone headline read as the
		// headline under a kicker: the grammar knows no names.)
		lone := labels[i] == lHeadline && labels[p] == lKicker && us[p].kind == uText
		if !lone && !(us[p].kind == uHeadline || us[p].kind == uSubhead || labels[p] == lHeadline || labels[p] == lSubhead) {
			continue
		}
		if sc.fs[i].dateline {
			continue // 本报讯 alone: a dateline, never a name
		}
		var names []string
		warning := authorNameWarning(u.text)
		if !lone && (paddedName(u.text) || signedName(sc, labels, i)) {
			names = []string{unspaced(u.text)}
		} else if names = coSignedNames(sc, labels, i); names == nil {
			continue
		} else {
			warning = "names under the titles taken as the co-authors' byline: "
		}
		if lone {
			labels[p] = lHeadline // (the line above is the piece's title)
		}
		if len(names) == 1 && slices.Contains(paddedHeads, names[0]) {
			continue
		}
		labels[i] = lBody
		u.kind = uByline
		u.cr = creditRef(credit{names: names})
		b.warnParts(u.line, warning, u.text)
	}
}

// authorNameWarning is the warning of a name alone under the titles taken
// as the author's byline, saying "padded" only of a name set padded
// (林　晓): of an unpadded one (陈思远, under a story that closes with a
// note on its author) it misdescribed the line.
func authorNameWarning(text string) string {
	if paddedName(text) {
		return "padded name under the titles taken as the author's byline: "
	}
	return "name under the titles taken as the author's byline: "
}

// paddedHeads are two-character heads set padded to three cells, as names
// are: 前　言, 结　语.
var paddedHeads = []string{"前言", "引言", "序言", "导语", "結語", "结语", "后记", "後記", "尾声", "尾聲", "附记", "附記", "编后", "編後"}

// signedName reports a name alone at unit i, unpadded (李晓明), in an
// article that closes with a note on its author (（作者为…副教授）): the
// story is signed, and the name set apart under its titles is its
// author's, not a subheadline (a subheadline is a phrase, never a name).
func signedName(sc *scorer, labels []label, i int) bool {
	return isName(sc.us[i].text) && signedAt(sc, labels, i)
}

// coSignedNames returns the names of a piece's co-authors set alone on
// the line at unit i under its titles, parted as a credit of names alone
// parts them (王建华　周敏, 王建华、周敏, 王建华 周敏, padded 王建华　周　敏:
// namesOnlyCredit), in an article that closes with a note on its authors
// (（作者单位：…）): a theory page's co-signed essay. Nil for any other
// line: two words that are no names (杭州　丽水), or no note closing the
// piece (the line is a subheadline's or a head's).
func coSignedNames(sc *scorer, labels []label, i int) []string {
	t := sc.us[i].text
	if !atMost(t, 20) || !hasAnyRune(t, "、 　") {
		return nil
	}
	c, ok := namesOnlyCredit(t)
	if !ok || !signedAt(sc, labels, i) || namedInText(sc, labels, i, c.names) {
		return nil
	}
	return c.names
}

// namedInText reports a name of names in the body text of unit i's
// article, under it: authors do not name themselves in their own text,
// so names it mentions are the piece's subjects, its title (大家风范 /
// 钱学森　蒋英 over a text telling of the two), not its byline.
func namedInText(sc *scorer, labels []label, i int, names []string) bool {
	for j := i + 1; j < len(sc.us) && j < i+maxSignedUnits; j++ {
		u := &sc.us[j]
		if u.kind == uHeadline || labels[j] == lHeadline || labels[j] == lKicker {
			return false // the next article
		}
		if u.kind != uText {
			continue
		}
		for _, n := range names {
			if strings.Contains(u.text, n) {
				return true
			}
		}
	}
	return false
}

// signedAt reports a note on its author (closingNote) closing the article
// of unit i within maxSignedUnits units, before the next article's titles.
func signedAt(sc *scorer, labels []label, i int) bool {
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
