package newstext

// A Chinese paper's feature opens with a box summing it up under a label
// of its own line, 核心阅读 (人民日报, 法治日报) or 阅读提示, set above the
// story's text: the label and the box's text are the editor's notes on
// the story, not a section head over its first paragraph.

// boxLabels are the labels of such a box.
var boxLabels = []string{"核心阅读", "核心閱讀", "核心提示", "阅读提示", "閱讀提示", "内容提要", "內容提要"}

// markBoxNotes makes notes of a box label standing alone and of the
// paragraph right under it.
func (b *builder) markBoxNotes() {
	us := b.units
	for i := 0; i+1 < len(us); i++ {
		u := &us[i]
		if u.kind != uText || u.line != u.lastLine || len(u.text) > len("核心阅读：") || !boxLabel(u.text) {
			continue
		}
		if n := &us[i+1]; n.kind == uText && !n.verbatim && !u.verbatim {
			u.kind, u.summed = uNote, false
			n.kind, n.summed = uNote, false
			i++
		}
	}
}

// boxLabel reports one of boxLabels, with or without a colon after it.
func boxLabel(s string) bool {
	return headerIn(s, boxLabels)
}
