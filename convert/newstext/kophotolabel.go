package newstext

import "strings"

// Korean papers close a caption with its credit after the description in
// two more forms than the bracketed wire (isKoreanBracketWireCaption):
// labelled as the photo's with no bracket, "… 찍고 있다. 사진=연합뉴스",
// 사진=뉴시스, 사진=독자 제공, 사진 = 청주시 (매일경제, 한국경제 and
// regional papers), the supplier's label as common, "… 한 장면. 사진
// 제공=극단 바람" (사진제공=, 사진 제공 = : koPhotoLabels), or with the label left out, "… 조감도. =대구시 제공"
// (regional papers: a supplier, wire or archive after the bare sign,
// koreanBareEqualsCredit), the same label after the slash that sets a credit
// off on web copies, "… 김성진 감독. /사진=한빛 이글스" (the slash credit,
// /연합뉴스, and the label in one), and the paper's own photo archive in
// square brackets, "… 모습. [중앙포토]" (중앙일보's archive; ending in
// 포토). Either is the
// whole caption's last word, as the bracketed forms are. A paragraph that
// mentions a credit mid-sentence (… 사진=연합뉴스 같은 출처 표기 없이 …)
// ends in no credit, and one ending in another verb (… 밝혔다.
// 사진=연합뉴스) is a paragraph's, as isKoreanAgencyCaption reads it.

// isKoreanLabelledCredit reports a caption closed by its labelled credit
// or its paper's bracketed archive (see above): one or two sentences of
// description (koreanCaptionText) ending in 있다 or a noun, a space, and
// 사진= or 사진 제공= (spaced or not: koPhotoLabels) with a short name
// (isKoreanSource), or a bare =
// with a supplier's, wire's or archive's name, or a one-word
// archive's name ending in 포토 in square brackets.
func isKoreanLabelledCredit(s string) bool {
	k := lastIndexNear(s, ". ", 24)
	if k <= 0 {
		return false
	}
	credit := s[k+2:]
	if c, ok := strings.CutPrefix(credit, "/"); ok && strings.HasPrefix(strings.TrimPrefix(c, " "), "사진") {
		credit = strings.TrimPrefix(c, " ") // /사진=한빛 이글스: the slash that sets a credit off (see above)
	}
	switch {
	case strings.HasPrefix(credit, "사진"):
		name, ok := cutKoPhotoLabel(credit)
		if !ok || !isKoreanSource(name) {
			return false
		}
	case strings.HasPrefix(credit, "="):
		if !koreanBareEqualsCredit(credit) && !koreanEqualsFirstCredit(credit) {
			return false
		}
	case strings.HasPrefix(credit, "["):
		if !koreanArchiveBracket(credit) {
			return false
		}
	default:
		return false
	}
	text := s[:k+1]
	return koreanCaptionText(text) && (strings.HasSuffix(text, "있다.") || !strings.HasSuffix(text, "다."))
}

// koPhotoLabels are the labels of a Korean photo credit set with no
// bracket (see above): the photo's, 사진=, and the supplier's, 사진 제공=,
// as often (사진제공=, 사진 제공 = ), the sign spaced or not.
var koPhotoLabels = []string{"사진=", "사진 = ", "사진 제공=", "사진제공=", "사진 제공 = "}

// cutKoPhotoLabel returns credit after its label (koPhotoLabels), the
// name credited, and whether it opened with one.
func cutKoPhotoLabel(credit string) (string, bool) {
	for _, p := range koPhotoLabels {
		if name, ok := strings.CutPrefix(credit, p); ok {
			return name, true
		}
	}
	return "", false
}

// koreanBareEqualsCredit reports the labelled credit with its label left
// out, as regional papers set it under a supplied photo: =대구시 제공, =
// 연합뉴스, =한빛일보DB (the equals sign spaced or not). With no 사진 to
// say what is credited, the name must be a credit's own, a supplier's
// (X 제공), a wire's or an archive's (isKoreanAgencyCredit): a bare =대구시
// names no one as a credit does.
func koreanBareEqualsCredit(credit string) bool {
	name := strings.TrimPrefix(strings.TrimPrefix(credit, "="), " ")
	return isKoreanSource(name) && isKoreanAgencyCredit(name)
}

// koreanBareCreditUnder reports credit, a line under the caption's
// sentence text, as its bare credit (=대구시 제공, = 연합뉴스:
// koreanBareEqualsCredit), the two read on one line a caption closed by
// its credit (신천 야간 물빛길 조감도. =대구시 제공).
func koreanBareCreditUnder(text, credit string) bool {
	return koreanBareEqualsCredit(credit) && isKoreanLabelledCredit(text+" "+credit)
}

// koreanArchiveBracket reports a paper's photo archive in square
// brackets, one word of Hangul ending in 포토: [중앙포토].
func koreanArchiveBracket(s string) bool {
	in, ok := strings.CutPrefix(s, "[")
	if !ok {
		return false
	}
	if in, ok = strings.CutSuffix(in, "포토]"); !ok || in == "" || !atMost(in, 6) {
		return false
	}
	for _, r := range in {
		if !isHangul(r) {
			return false
		}
	}
	return true
}

// koreanArchiveBracketLast reports a text ending in 포토], the gate's
// cheap test for koreanArchiveBracket's caption.
func koreanArchiveBracketLast(s string) bool {
	return strings.HasSuffix(s, "포토]")
}

// koreanEqualsFirstCredit reports the labelled credit with the equals
// sign put before its label, as some papers close a photo's caption:
// =사진 강민수 기자, = 사진 연합뉴스 (the sign spaced or not, a space
// after 사진). After the label stands the paper's photographer, a name and
// 기자 (koreanPhotographer), or a supplier's, wire's or archive's name
// (isKoreanAgencyCredit), as after 사진=.
func koreanEqualsFirstCredit(credit string) bool {
	name, ok := strings.CutPrefix(strings.TrimPrefix(strings.TrimPrefix(credit, "="), " "), "사진 ")
	if !ok {
		return false
	}
	return koreanPhotographer(name) || isKoreanSource(name) && isKoreanAgencyCredit(name)
}
