package newstext

// A Korean paper's standing boxes, 동정 (who did what), 인사
// (appointments) and 부고 (deaths), list their entries one under another,
// each opening with ▲: ▲최민호 한국소방안전원장은 4일 … 점검했다. A ▲ line
// with a full stop elsewhere is a photo's caption (the photo above it);
// under a box's name it is the box's next entry, a paragraph of the box's
// article, as the same entries opening with ▽ are.

// markBoxEntries makes paragraphs of the ▲ captions that stand right
// under a standing box's name (standingBox: 동정, 인사, 부고) on a Korean
// page, one under another.
func (b *builder) markBoxEntries() {
	if b.lang != "ko" {
		return
	}
	us := b.units
	for i := range us {
		if us[i].kind != uText && us[i].kind != uHeadline || !standingBox(us[i].text) {
			continue
		}
		for j := i + 1; j < len(us) && boxEntryCaption(&us[j]); j++ {
			us[j].kind, us[j].summed = uText, false
		}
	}
}

// boxEntryCaption reports a unit read as a caption by its ▲ alone.
func boxEntryCaption(u *unit) bool {
	r, _ := firstRune(u.text)
	return u.kind == uCaption && r == '▲'
}
