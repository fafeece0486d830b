package newstext

// A Korean print page sets a chart's or graphic's source on its own line
// under the photo or graphic it belongs to, 자료: 한국석유화학협회, the
// unbracketed form of (자료=통계청). The graphic itself is no text: with
// no table's rows above it, the line is the graphic's credit, a caption,
// as (자료=통계청) alone is. Under a table's rows (korows.go) it is the
// table's note (kotable.go), as a Chinese table's 数据来源：… is.

// markKoreanGraphicSources makes a caption of each Korean source line
// (koreanSourceNote) read as a note whose nearest unit above is no
// table's row.
func (b *builder) markKoreanGraphicSources(sc *scorer) {
	if b.lang != "ko" {
		return
	}
	us := sc.us
	for i := range us {
		u := &us[i]
		if u.kind != uNote || len(u.text) < len("자료") || u.text[:len("자료")] != "자료" || !koreanSourceNote(u.text) {
			continue
		}
		if p := sc.prevContent(i); p >= 0 && sc.fs[p].row {
			continue // under the table's rows: its note
		}
		u.kind, u.summed = uCaption, false
	}
}
