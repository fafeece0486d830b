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
// (No slash: 漫画/动画改编… names two arts, A or B, in a sentence.)
var cartoonLabels = []string{"漫画：", "漫畫：", "漫画:", "漫畫:"}

// cartoonCaption reports a cartoon's caption (see above): a label, then
// text ending a sentence or closed by an artist's credit (artistCredit),
// at most 120 runes in all. A question after the label, 漫画：一种被低估的
// 艺术？, is a crosshead's or a title's, not a picture's line.
func cartoonCaption(s string) bool {
	rest, ok := cartoonText(s)
	return ok && (endsSentence(rest) && !endsQuestion(rest) || artistCredit(rest))
}

// cartoonText returns the text after a cartoon's label (cartoonLabels) in
// s, at most 120 runes in all, and whether s opens with one.
func cartoonText(s string) (string, bool) {
	if !atMost(s, 120) {
		return "", false
	}
	for _, p := range cartoonLabels {
		if rest, ok := strings.CutPrefix(s, p); ok {
			rest = trimSpace(rest)
			return rest, rest != ""
		}
	}
	return "", false
}

// endsQuestion reports s closed by a question mark (？ or ?), a closing
// quote or bracket after it aside.
func endsQuestion(s string) bool {
	s = strings.TrimRight(s, "”’」』）)\"'")
	return strings.HasSuffix(s, "？") || strings.HasSuffix(s, "?")
}

// keepCartoonText makes text again of a cartoon's caption with no artist's
// credit, 漫画：…。 (label and sentence), set among a story's paragraphs:
// between two paragraphs of body text, or beside a paragraph that opens
// with a category's label as it does (电影：… / 图书：… / 漫画：… / 演出：…,
// a year's review by art). There the label opens one of the story's
// paragraphs; a cartoon's caption with the artist's credit (黄启文／作)
// is one wherever it stands.
func (b *builder) keepCartoonText() {
	us := b.units
	for i := range us {
		u := &us[i]
		if u.kind != uCaption || !strings.HasPrefix(u.text, "漫") {
			continue
		}
		rest, ok := cartoonText(u.text)
		if !ok || artistCredit(rest) || drawnCreditAlone(u.text) {
			continue // (漫画：周小川, the credit alone: drawncredit.go)
		}
		between := i > 0 && i+1 < len(us) && bodyParagraph(&us[i-1]) && bodyParagraph(&us[i+1])
		listed := i > 0 && labelledParagraph(&us[i-1]) || i+1 < len(us) && labelledParagraph(&us[i+1])
		if between || listed {
			u.kind, u.summed = uText, false
		}
	}
}

// labelledParagraph reports a paragraph of body text that opens with a
// short category's label and a colon, 电影：全年票房突破600亿元，…。 (two to
// four runes, no punctuation, before the colon).
func labelledParagraph(u *unit) bool {
	if !bodyParagraph(u) {
		return false
	}
	k := strings.Index(u.text, "：")
	if k <= 0 || !atMost(u.text[:k], 4) || len(u.text[:k]) < len("电影") {
		return false
	}
	return !hasClauseEnd(u.text[:k]) && !strings.ContainsAny(u.text[:k], " 　，,、")
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
