package newstext

// Korean sets a space between words, and a word may be a Hanja
// abbreviation: 北 “美 핵항모 전개는 엄중한 도발”, 韓 日 정상, 中 “…”. A space
// beside one is the writer's, never OCR's stray space between two CJK
// characters (株洲 轨道), which the reader drops on Chinese and Japanese
// pages: on a Korean page, where the Hanja and quotes stand among Hangul
// words, dropping it glued 北 to the quotation (北“美 …).

// straySpaces is dropStraySpaces for the page's language: on a Korean
// page no space is OCR's, and every one stays.
func (b *builder) straySpaces(s string) (string, int) {
	if b.lang == "ko" {
		return s, 0
	}
	return dropStraySpaces(s)
}
