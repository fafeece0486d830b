package newstext

import "strings"

// Korean regional papers close a photo's caption with the supplier's
// credit in angle brackets where others set square ones or none: "… 진화
// 작업을 하고 있다. <충북소방본부 제공>", 〈청주시 제공〉, <사진=충북도>.
// A photo from the paper's own archive is credited the same way, the
// archive named: "청주지방법원 청사 전경. <한빛일보 DB>", <뉴스1DB>,
// <중부매일 자료사진>, or <자료사진> bare (as [연합뉴스 자료사진] and
// (사진=뉴시스DB) are in other brackets).
// Typed or read by OCR, the two brackets need not match (‹충북소방본부
// 제공>, ＜…〉): any opener of the family pairs with any closer.

// isKoreanAngleCaption reports a caption closed by an angle-bracketed
// credit: a description of one or two sentences (koreanCaptionText), then
// the supplier (X 제공, X one to three words) or the photo's source
// (사진=X) in angle brackets. A paragraph runs longer than the
// description, and the bare <사진> pointing at the photo from the text,
// which is no credit, stays in its paragraph.
func isKoreanAngleCaption(s string) bool {
	start, in, ok := koAngleCredit(s)
	if !ok || start == 0 || !koAngleCreditInner(trimSpace(in)) {
		return false
	}
	return koreanCaptionText(s[:start])
}

// koAngleCreditInner reports the inside of a Korean photo credit: X 제공
// or 사진=X (사진 = X, 사진: X, the supplier's 사진 제공=X), X a short
// name, or an archive's: X DB, X 자료사진 (koAngleArchive).
func koAngleCreditInner(in string) bool {
	if koAngleArchive(in) {
		return true
	}
	for _, p := range []string{"사진=", "사진 =", "사진:", "사진 :", "사진 제공=", "사진제공=", "사진 제공 ="} {
		if rest, ok := strings.CutPrefix(in, p); ok {
			return isKoreanSource(strings.TrimSuffix(trimSpace(rest), " 제공"))
		}
	}
	src, ok := strings.CutSuffix(in, " 제공")
	return ok && isKoreanSource(src)
}

// koAngleArchive reports a photo archive's credit: a short name (the
// paper's, an agency's) then DB or 자료사진, with or without a space, or
// 자료사진 bare. (DB bare names no archive: a text's <DB> is no credit.)
func koAngleArchive(in string) bool {
	if in == "자료사진" {
		return true
	}
	name, ok := strings.CutSuffix(in, "DB")
	if !ok {
		name, ok = strings.CutSuffix(in, "자료사진")
	}
	return ok && isKoreanSource(strings.TrimSuffix(name, " "))
}

// koAngleCredit finds an angle-bracketed group ending s (within 30 runes
// of its end): the byte offset of its opener and its inner text.
func koAngleCredit(s string) (start int, inner string, ok bool) {
	last, lw := decodeLast(s)
	if !koAngleClose(last) {
		return 0, "", false
	}
	end := len(s) - lw
	for i, runes := end, 0; i > 0 && runes < 30; runes++ {
		r, w := decodeLast(s[:i])
		i -= w
		if koAngleOpen(r) {
			return i, s[i+w : end], true
		}
		if koAngleClose(r) {
			return 0, "", false
		}
	}
	return 0, "", false
}

// koAngleOpen and koAngleClose are the angle brackets a Korean credit is
// set in, ASCII, CJK, full-width and the single guillemet OCR reads.
// (Switches, not rune sets: the package's initialisation stays cheap,
// TestInitCheap.)
func koAngleOpen(r rune) bool {
	switch r {
	case '<', '〈', '＜', '‹', '⟨':
		return true
	}
	return false
}

func koAngleClose(r rune) bool {
	switch r {
	case '>', '〉', '＞', '›', '⟩':
		return true
	}
	return false
}
