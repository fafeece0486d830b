package newstext

import "strings"

// A Korean photo caption's credit in brackets, (사진=누리텔레콤 제공),
// (사진=연합뉴스), [연합뉴스], closes the caption it stands under; when
// the hard wrap of a block falls just before it, the credit is alone on
// the block's last line:
//
//	박정우 누리텔레콤
//	AI인프라부문장이 지난달 경기
//	성남시 판교 연구소에서 AI
//	반도체 시제품을 설명하고 있다.
//	(사진=누리텔레콤 제공)
//
// The lines above it are the caption's description (one or two sentences
// ending in 있다 or a noun: koreanCaptionText, koreanDescribes), and the
// whole block read as one line is a caption closed by its credit. The
// credit is then the caption's wrap, not a caption of its own under a
// paragraph. A paragraph's sentence in another verb (… 말했다.), a
// description of three sentences or more, or a credit line that is not
// only the bracketed credit, keeps the credit apart as before.

// koreanCaptionCreditWrap reports line i of a block, a bracketed photo
// credit alone, as the wrap of the caption on lines start..i-1.
func (b *builder) koreanCaptionCreditWrap(ls []srcLine, start, i int) bool {
	if i <= start || !koreanBracketCreditAlone(ls[i].text) {
		return false
	}
	var sb strings.Builder
	for k := start; k < i; k++ {
		if k > start {
			sb.WriteByte(' ')
		}
		sb.WriteString(ls[k].text)
	}
	text := sb.String()
	if !koreanCaptionText(text) || !koreanDescribes(text) {
		return false
	}
	joined := text + " " + ls[i].text
	return b.kindOf(joined) == uCaption
}

// koreanBracketCreditAlone reports a line that is only a Korean photo
// credit in brackets: (사진=X), (사진=X 제공), (X 제공), [연합뉴스],
// [AP=연합뉴스].
func koreanBracketCreditAlone(s string) bool {
	inner, ok := cutEnclosing(s)
	if !ok || !atMost(inner, 24) {
		return false
	}
	inner = trimSpace(inner)
	if rest, ok := strings.CutPrefix(inner, "사진="); ok {
		return isKoreanSource(strings.TrimSuffix(rest, " 제공"))
	}
	if who, ok := strings.CutSuffix(inner, " 제공"); ok {
		return isKoreanSource(who)
	}
	return bracketedWire(inner)
}
