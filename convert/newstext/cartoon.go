package newstext

import "strings"

// An opinion page runs its cartoon with a line under it that labels the
// picture as 图： labels a photo, 漫画：…, and closes with the artist's
// credit after a slash, 作 (made it) or 绘/繪 (drew it):
// 漫画：年底账单一张接一张，钱包也要“减肥”。　黄启文／作 (联合早报's 言论
// page). Such a line is a caption. The label over a short unpunctuated
// title (漫画：从纸面到屏幕, a culture story's section) is a head: only
// a label over a sentence, or over text closed by the credit, is one.

// cartoonLabels open a cartoon's caption.
var cartoonLabels = []string{"漫画：", "漫畫：", "漫画:", "漫畫:", "漫画／", "漫畫／", "漫画/", "漫畫/"}

// cartoonCaption reports a cartoon's caption (see above): a label, then
// text ending a sentence or closed by an artist's credit (artistCredit),
// at most 120 runes in all.
func cartoonCaption(s string) bool {
	if !atMost(s, 120) {
		return false
	}
	for _, p := range cartoonLabels {
		if rest, ok := strings.CutPrefix(s, p); ok {
			rest = trimSpace(rest)
			return rest != "" && (endsSentence(rest) || artistCredit(rest))
		}
	}
	return false
}

// artistWords close a picture's credit after the artist's name and a
// slash: 作 (made), 绘/繪 (drew), 画/畫 (painted).
var artistWords = []string{"作", "绘", "繪", "画", "畫"}

// artistCredit reports text closed by an artist's credit, a name of two
// to four Han runes, a slash and an artist word (黄启文／作), after a space
// or a sentence's end.
func artistCredit(s string) bool {
	k := lastSlash(s)
	if k <= 0 {
		return false
	}
	_, w := firstRune(s[k:])
	word := s[k+w:]
	found := false
	for _, a := range artistWords {
		found = found || word == a
	}
	if !found {
		return false
	}
	before := s[:k]
	j := strings.LastIndexFunc(before, func(r rune) bool { return isSpace(r) || sentenceStop(r) || r == '”' || r == '」' })
	if j < 0 {
		return isName(before) // 漫画：黄启文／作, the credit alone
	}
	_, w = firstRune(before[j:])
	return isName(before[j+w:])
}

// lastSlash returns the byte index of s's last slash (／ or /), or -1.
func lastSlash(s string) int {
	return max(strings.LastIndex(s, "／"), strings.LastIndexByte(s, '/'))
}

// markCartoonArticles opens an article with no headline at a cartoon's
// caption set after a piece its closing byline finished (作者是…, （作者为…）)
// with no body text under it before the next headline: the cartoon stands
// on the page apart from the pieces around it, and is none of theirs. A
// cartoon's caption among a piece's paragraphs, or over text, stays in
// the piece.
func (b *builder) markCartoonArticles(sc *scorer, labels []label) {
	us := sc.us
	for i := range us {
		u := &us[i]
		if u.kind != uCaption || !strings.HasPrefix(u.text, "漫") || !cartoonCaption(u.text) {
			continue
		}
		p := sc.prevContent(i)
		if p < 0 || us[p].kind != uByline || !sc.closesArticle(p) || !sc.nothingButFurniture(i, labels) {
			continue
		}
		u.newArticle = true
		head, cut := cutRunes(u.text, 16)
		b.warnParts(u.line, "cartoon's caption after a signed piece starts an article with no headline: ", head, cut)
	}
}

// nothingButFurniture reports no text under unit i up to the next headline
// or the page's end: only bylines, captions and noise.
func (sc *scorer) nothingButFurniture(i int, labels []label) bool {
	for j := sc.nextContent(i); j < len(sc.us); j = sc.nextContent(j) {
		switch k := sc.us[j].kind; {
		case k == uHeadline || k == uText && labels[j] == lHeadline:
			return true
		case k == uByline || k == uCaption:
		default:
			return false
		}
	}
	return true
}
