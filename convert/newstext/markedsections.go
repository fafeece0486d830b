package newstext

// A corner or a listing of a 地方紙's local page has no headline of its
// own over its items: its name alone (まちの話題, 〈催し〉) stands over
// the first of its head-marked items (◇岡谷市◇, ◇諏訪湖冬花火特別公演).
// A head-marked line is never a headline (score), so the name over it is
// the corner's headline, the items its sections, not a kicker over them.

// markedSectionAt reports unit j as a section's head line marked with a
// bullet (◇岡谷市◇, ■事件・事故's ◇住宅全焼): a title line that opens
// with a head marker.
func (sc *scorer) markedSectionAt(j int) bool {
	return j >= 0 && j < len(sc.us) && sc.us[j].kind == uText && sc.fs[j].title && sc.fs[j].headMark != ""
}

// labelOverMarkedHeads reports the label at unit i (〈催し〉, a series or
// column label) standing right over a head-marked section line, with no
// other title line between: the label has no headline under it to be
// the kicker of.
func (sc *scorer) labelOverMarkedHeads(i int) bool {
	return sc.markedSectionAt(sc.nextContent(i))
}
