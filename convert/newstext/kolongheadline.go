package newstext

// A Korean headline often sets its two clauses on one line, parted by …
// or a comma, with a quotation in it (한빛금융그룹, 계열사 대표 3명 교체
// "디지털 전환 속도"…50대 초반 전면 배치: 35 syllables and signs besides
// its spaces), or is hand-wrapped onto two lines the reader joins into one
// (README: a first line with no room for the second's first word stays one
// headline). Counted without its spaces, such a line runs past the 32
// characters a Chinese or Japanese headline keeps to; a body line of that
// length still ends its sentence (다.), which no title line does.

// koHeadlineLimit returns the length, in characters besides spaces for
// Korean, past which a title line is long for a headline in lang.
func koHeadlineLimit(lang string) int {
	if lang == "ko" {
		return 40
	}
	return 32
}
