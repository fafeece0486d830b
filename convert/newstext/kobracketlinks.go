package newstext

import "strings"

// A Korean site may set its link list's header in square brackets,
// [관련기사], [관련 뉴스], [많이 본 뉴스], over the titles it links to, one a
// line, ▶ before each or not (blind page ko-sports-web-photo). At a web
// page's foot it heads the list as the bare 관련기사 does (linkHeaders):
// the site's furniture above it (its stamp, its buttons, a link list)
// and nothing under it to the page's end but link titles and furniture.
// There it is noise and the titles related links (markBareRankHeaders,
// as for the Japanese bare headers), not paragraphs glued together. Over
// body text, or on a page with no web furniture (a print box's head), it
// stays text; a jump, <관련기사 3면>, is a jump (kojumpline.go).

// koBracketLinkHeader reports a Korean link header (linkHeaders, or one
// with a lead phrase, koLeadLinkHeader) alone in square brackets,
// half-width or full: [관련기사], ［관련 뉴스］.
func koBracketLinkHeader(s string) bool {
	if len(s) > 24*3 || s == "" || s[0] != '[' && !strings.HasPrefix(s, "［") {
		return false
	}
	inner, end, ok := leadingBracket(s)
	if !ok || end != len(s) {
		return false
	}
	inner = trimSpace(inner)
	if r, _ := firstRune(inner); !isHangul(r) {
		return false // (a Chinese header in the brackets is another page's)
	}
	return headerIn(inner, linkHeaders) || koLeadLinkHeader(inner)
}
