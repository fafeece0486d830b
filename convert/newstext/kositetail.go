package newstext

import "strings"

// ndsoft's CMS, which most Korean regional papers' sites run on, closes a
// story's page with the link to the reporter's other stories, 최유진
// 기자의 다른기사 보기 (or only 다른기사 보기, 기자의 다른기사 보기), and
// the head of the comment section with its count before the noun, 0개의
// 댓글. Copied with the story they stand alone on their lines under the
// copyright line: the site's furniture, as its counter 댓글 0 is
// (kocounters.go), not the column's last paragraphs (blind page
// ko-web-gijasucheop). A sentence that merely holds the words (… 다른
// 기사 보기를 권했다, 수백 개의 댓글이 달렸다) is text: the line must be
// the link or the count alone.

// koOtherStories are the link's words, spaced or not as sites set them.
var koOtherStories = []string{"다른기사 보기", "다른 기사 보기", "다른기사보기", "다른 기사보기"}

// koreanSiteTail reports ndsoft's link to a reporter's other stories or
// its comment section's count alone on a line (see above).
func koreanSiteTail(s string) bool {
	if !atMost(s, 30) {
		return false
	}
	if rest, ok := strings.CutSuffix(s, "개의 댓글"); ok {
		rest = strings.TrimRight(rest, " ")
		after, ok := counterCount(rest)
		return ok && after == "" // 0개의 댓글, 12 개의 댓글
	}
	for _, w := range koOtherStories {
		rest, ok := strings.CutSuffix(s, w)
		if !ok {
			continue
		}
		rest = strings.TrimSpace(rest)
		if rest == "" || rest == "기자의" {
			return true
		}
		// 최유진 기자의, 최유진 기자 (without 의), 최유진기자의.
		rest = strings.TrimSuffix(rest, "의")
		name, ok := strings.CutSuffix(rest, "기자")
		if !ok {
			return false
		}
		name = strings.TrimSpace(name)
		kr, ok := koreanCredit(name)
		return ok && kr.name == name && kr.role == ""
	}
	return false
}

// koreanSiteTailLast reports the runes koreanSiteTail's lines end in
// (…보기, …댓글): gate admits no other short line to it.
func koreanSiteTailLast(r rune) bool { return r == '기' || r == '글' }
