package newstext

import "strings"

// briefBoxWords end the label of a box of news briefs that a paper sets
// at the foot of a page or on a page of its own: 新聞速遞, 简讯, 快訊,
// 港聞簡報 and 社會簡報 (a Hong Kong paper's briefing, as 簡訊 is), 娛圈點滴
// and 體壇點滴 (its column of gossip items, "bits and drops"),
// ニュース短信, 뉴스 브리핑, 경제 단신, 지역 소식 (a Korean regional
// paper's news of the towns it covers), 新闻小辑 (a Malaysian Chinese
// daily's "small collection" of briefs, as 简讯 is elsewhere).
var briefBoxWords = []string{"速遞", "速递", "简讯", "簡訊", "快讯", "快訊", "短讯", "短訊", "短信", "短波", "简报", "簡報", "點滴", "点滴", "小辑", "小輯", "브리핑", "단신", "소식"}

// briefBoxLabel reports a short title line that names a box of briefs
// (briefBoxWords), bare or in the square or angle brackets a Korean paper
// sets its column names in ([경남 단신], 〈뉴스 브리핑〉, <지역 소식>): the
// brackets only frame the name, so the box is the same box.
func briefBoxLabel(s string) bool {
	t := trimSpace(s)
	if in, ok := framedLabel(t); ok {
		t = in
	}
	if !atMost(t, 8) {
		return false
	}
	// 短　信: a two-letter label padded out to a title's width, as a
	// standing box's name is (人　事).
	return hasAnySuffix(t, briefBoxWords) || !unspacedWord(t) && hasAnySuffix(unspaced(t), briefBoxWords)
}

// framedLabel returns the name inside the one pair of square or angle
// brackets that encloses t whole ([경남 단신], ［簡訊］, 〈뉴스 브리핑〉,
// < 지역 소식 >), trimmed. Round brackets (a note, a credit) and lenticular
// ones (a run-in head, 【简讯】, which splitBlock reads as such) are no
// column's frame here.
func framedLabel(t string) (string, bool) {
	open, w := firstRune(t)
	var cl rune
	switch open {
	case '[', '［':
		cl = closeFor(open)
	case '<', '＜', '〈':
		cl = angleCloseFor(open)
	default:
		return "", false
	}
	last, lw := decodeLast(t)
	if last != cl || len(t) <= w+lw {
		return "", false
	}
	in := t[w : len(t)-lw]
	if strings.ContainsRune(in, open) || strings.ContainsRune(in, cl) {
		return "", false
	}
	return trimSpace(in), true
}

// briefBoxItem reports title line i the headline of an item of a box of
// briefs: the box's label (briefBoxLabel) stands over the first item's
// headline, and every item from there to i, and i itself, is a title
// line over one finished paragraph. Each item is a story of its own,
// reported in a paragraph, with no dateline to open it; a story's short
// heads, however alike, come under a headline that is no brief box's
// label, so the box's name is what tells the two apart.
func (sc *scorer) briefBoxItem(i int) bool {
	n := sc.nextContent(i)
	if n >= len(sc.us) || !sc.briefBody(n) {
		return false
	}
	if m := sc.nextContent(n); m < len(sc.us) && !sc.briefTitle(m) {
		return false
	}
	if p := sc.prevContent(i); p >= 0 && sc.briefTitle(p) {
		return briefBoxLabel(sc.us[p].text) // the first item, under the label
	}
	k := i
	for range maxBriefItems {
		p := sc.prevContent(k)
		if p < 0 || !sc.briefBody(p) {
			return false
		}
		q := sc.prevContent(p)
		if q < 0 || !sc.briefTitle(q) {
			return false
		}
		if r := sc.prevContent(q); r >= 0 && sc.briefTitle(r) {
			return briefBoxLabel(sc.us[r].text)
		}
		k = q
	}
	return false
}

// briefBoxLabelOver reports title line i a brief box's label
// (briefBoxLabel) over the headline of its first item (briefBoxItem).
func (sc *scorer) briefBoxLabelOver(i int) bool {
	if !briefBoxLabel(sc.us[i].text) {
		return false
	}
	n := sc.nextContent(i)
	return n < len(sc.us) && sc.briefTitle(n) && sc.briefBoxItem(n)
}

// maxBriefItems bounds the items briefBoxItem walks back over to the
// box's label.
const maxBriefItems = 12

// briefBody reports unit i a brief's paragraph: body text, finished,
// also by a paper or site cited after its last sentence, which stays in
// its text (citedEnd).
func (sc *scorer) briefBody(i int) bool {
	u := &sc.us[i]
	return u.kind == uText && !sc.fs[i].title && (sc.fs[i].ended || citedEnd(u.text))
}

// citedEnd reports a text whose last sentence is finished and followed
// by the bracketed citation of the paper or site it was taken from,
// …增长12.1%。（据《江州日报》）, （据新华网报道）: a digest's item ends
// there as a credit would end it, though the citation stays in the
// item's text (trailingCredit). A bracket after an unfinished clause,
// …规划（见附表）, or one naming no paper, （见附表）, is no such end.
func citedEnd(s string) bool {
	start, inner, ok := trailingBracket(s)
	if !ok || start == 0 || !endsStop(s[:start]) {
		return false
	}
	in, ok := reprintPrefix(trimSpace(inner))
	if !ok {
		return false
	}
	_, ok = sourceWords(in) // (reprintSource's test, allocating nothing)
	return ok
}

// briefTitle reports unit i a title line, unmarked: a brief's headline
// or the box's label.
func (sc *scorer) briefTitle(i int) bool {
	u := &sc.us[i]
	return u.kind == uHeadline || u.kind == uText && sc.fs[i].title && !sc.fs[i].row && sc.fs[i].headMark == ""
}
