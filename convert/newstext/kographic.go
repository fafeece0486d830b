package newstext

import "strings"

// 뉴시스 sets under each graphic the line a caption of its own: the
// dateline it opens every story with, what the graphic shows, who drew it
// in brackets, the date and the artist's address, [서울=뉴시스] 한빛건설
// 협력업체 하도급 대금 미지급 현황. (그래픽=안지혜 기자) 2026.12.07.
// jihye@newsis.com (the date may be left off). Its dateline is no new
// story's (the story's own opens with its reporter, X 기자 =), and the
// line is never a paragraph run on into the text under it. With no
// description the line is a credit alone (isKoreanGraphicCredit); a
// paragraph that ends in an address has no drawing's credit before it.

// maxGraphicTailRunes bounds what follows a graphic caption's
// description: the credit's bracket, the date and the address.
const maxGraphicTailRunes = 72

// isKoreanGraphicCaption reports a graphic's caption of 뉴시스's form: a
// description of one or two sentences (koreanCaptionText) after the
// dateline or none, the graphic's credit in round brackets
// (koreanGraphicWho), then the address, after the date or not.
func isKoreanGraphicCaption(s string) bool {
	if n := len(s); n == 0 || s[n-1] >= 0x80 || !mailLast(rune(s[n-1])) {
		return false // (most lines: no address can end them)
	}
	k := lastIndexNear(s, " (", maxGraphicTailRunes)
	if k <= 0 {
		return false
	}
	inner, end, ok := leadingBracket(s[k+1:])
	if !ok || !koreanGraphicWho(inner) {
		return false
	}
	rest := trimSpace(s[k+1+end:])
	if d, mail, ok := strings.Cut(rest, " "); ok {
		if !isNumericDate(strings.TrimSuffix(d, ".")) {
			return false
		}
		rest = trimSpace(mail)
	}
	if !isEmail(rest) {
		return false
	}
	desc := s[:k]
	if desc[0] == '[' {
		inner, end, ok := leadingBracket(desc)
		if !ok || strings.IndexByte(inner, '=') <= 0 || !atMost(inner, 16) {
			return false
		}
		// Under its dateline the description may be a title with no
		// full stop, as the graphic's own head: [서울=뉴시스] 업종별 임금
		// 미지급 현황 (그래픽=…) — the dateline, the credit and the
		// address leave no doubt.
		return koreanGraphicTitle(desc[end:]) // (every description koreanGraphicDesc takes is one)
	}
	return koreanGraphicDesc(desc)
}

// koreanGraphicTitle reports a graphic's title in place of its
// description, or a description whose full stop was left off: Korean, at
// most maxGraphicDescRunes runes and two sentences. (Only under 뉴시스's
// dateline, with the drawing's credit and address after it.)
func koreanGraphicTitle(s string) bool {
	s = trimSpace(s)
	return s != "" && atMost(s, maxGraphicDescRunes) && strings.Count(s, ". ") <= 1 && strings.ContainsFunc(s, isHangul)
}

// maxGraphicDescRunes bounds a graphic caption's description. What a
// graphic shows, quoted from the statistics it draws, often runs past a
// photo caption's 120 runes (koreanCaptionText); the dateline, the
// drawing's credit and the address make the form sure enough for more.
const maxGraphicDescRunes = 200

// koreanGraphicDesc reports the description of a graphic's caption:
// as koreanCaptionText, Korean ending a sentence, at most two
// sentences, but up to maxGraphicDescRunes runes.
func koreanGraphicDesc(s string) bool {
	return koreanCaptionTextUpTo(s, maxGraphicDescRunes)
}
