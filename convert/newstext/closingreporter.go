package newstext

// Taiwanese news sites (鏡週刊, 蘋果, ETtoday) close every story with the
// reporter's line, 記者陳冠宇／高雄報導, alone after the last paragraph,
// where a printed page sets it first. Alone after the body with only the
// next headline (or the end) after it, it closes its story as a bracketed
// dateline does (closingDateline): it starts no untitled brief, and the
// title line under it is the next story's headline.

// reporterLineAlone reports s the reporter's line and nothing else:
// 記者陳冠宇／高雄報導.
func reporterLineAlone(s string) bool {
	_, rest, ok := reporterDateline(s)
	return ok && rest == ""
}

// reporterCloses reports unit j a reporter's line alone: after body text
// (markBriefs asks it there) or over a title line (closesArticle), the
// end of its story. What stands above it is not asked: the normalized
// text sets a short paragraph above it as body text where the page may
// not have, and the two must read alike.
func (sc *scorer) reporterCloses(j int) bool {
	return sc.us[j].kind == uText && sc.fs[j].dateline && !sc.fs[j].datelineMore && reporterLineAlone(sc.us[j].text)
}
