package newstext

import "strings"

// A Korean wire (연합뉴스) credits a photo that others supplied with the
// supplier and its reprint notice in one bracket after the description:
// 운행 지연 안내문 붙은 신도림역 [서울교통공사 제공. 재판매 및 DB 금지].
// The notice is the photo's terms, not the page's copyright line: the
// line is a caption, and so is the bracket alone on the line under the
// description, [부산 해운대구 제공. 재판매 및 DB 금지], as any bracketed
// photo credit alone is. (The notice alone on its line, *재판매 및 DB 금지,
// stays a copyright line.)

// reprintNotices are the reprint notices a supplied photo's credit ends
// in.
var reprintNotices = []string{"재판매 및 DB 금지", "재판매 및 DB금지"}

// isKoreanReprintCaption reports a caption ending in a bracket that holds
// a supplier's credit (X 제공, X one to three words) and the reprint
// notice after it, with a description of at most two sentences before it
// or nothing (the credit alone).
func isKoreanReprintCaption(s string) bool {
	start, inner, ok := trailingBracket(s)
	if !ok {
		return false
	}
	in := trimSpace(inner)
	notice := ""
	for _, n := range reprintNotices {
		if strings.HasSuffix(in, n) {
			notice = n
			break
		}
	}
	if notice == "" {
		return false
	}
	src, ok := strings.CutSuffix(trimSpace(strings.TrimSuffix(trimSpace(in[:len(in)-len(notice)]), ".")), " 제공")
	if !ok || !isKoreanSource(src) {
		return false
	}
	desc := trimSpace(s[:start])
	if desc == "" {
		return start == 0 // the credit alone
	}
	if !atMost(desc, 100) || strings.Count(desc, ". ") > 1 || hasClauseEnd(desc) {
		return false
	}
	r, _ := decodeLast(strings.TrimRight(desc, ".\"'”’"))
	return isHangul(r) || r >= '0' && r <= '9'
}
