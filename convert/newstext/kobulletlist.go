package newstext

// Korean papers list with ▲ (or △): a profile box's career, 약력 /
// ▲1968년 충남 홍성 출생 / ▲서울대 농업경제학과 졸업 / …, an item a line.
// Lines opening with the same bullet one under another are a list's
// items, paragraphs; a ▲ line is a photo's caption only by its bullet,
// and an item holding digits or a comma (▲2011년 귀농, 2016년 ㈜들녘
// 설립) is no short Hangul head, so it was read as one. A caption
// describes one photo in a sentence or closes with its credit, and
// stands alone under it: a ▲ line with neither, right under or over
// another line opening with the same bullet in its block, is the list's
// item. A ▲ line ending a sentence (… 있다.) or in a photo credit stays a
// caption wherever it stands, as on a page that sets two photos'
// captions one under another.

// markBulletListCaptions makes paragraphs of the ▲ and △ captions of a
// Korean page that are a list's items: read as captions by their bullet
// alone (no sentence ended, no credit), on the line right under or over
// another unit's line opening with the same bullet.
func (b *builder) markBulletListCaptions() {
	if b.lang != "ko" {
		return
	}
	us := b.units
	for i := range us {
		u := &us[i]
		if u.kind != uCaption || u.line != u.lastLine {
			continue
		}
		r, _ := firstRune(u.text)
		if r != '▲' && r != '△' || endsSentence(u.text) || koreanFullStop(u.text) || endsInCredit(u.text) {
			continue
		}
		if i > 0 && bulletLinePair(&us[i-1], u, r) || i+1 < len(us) && bulletLinePair(u, &us[i+1], r) {
			u.kind, u.summed = uText, false
		}
	}
}

// bulletLinePair reports unit a's last line right over unit c's first,
// no blank line between, both text or captions opening with bullet r.
func bulletLinePair(a, c *unit, r rune) bool {
	if a.lastLine+1 != c.line || a.kind != uText && a.kind != uCaption || c.kind != uText && c.kind != uCaption {
		return false
	}
	ra, _ := firstRune(a.text)
	rc, _ := firstRune(c.text)
	return ra == r && rc == r
}
