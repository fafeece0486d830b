package newstext

import "strings"

// A Korean paper closes an outside writer's piece (기고, 시론, 독자 투고)
// or a reprint with its disclaimer after ※: ※ 외부 필자의 원고는 본지의
// 편집 방향과 다를 수 있습니다., ※ 이 칼럼은 본지의 편집방향과 다를 수
// 있습니다. It is a note on the piece, not its text: the writer's line
// above it still closes the piece as its byline (markKoreanAuthorLines),
// and the next piece's title under it opens the next article. A ※ line
// asking for tips (※CBS노컷뉴스는 여러분의 제보로 … 알려주세요.) is the
// site's furniture (kotipbox.go), and a ※ line in the plain 다 is text.

// koreanDisclaimerPhrases say that a piece's view is its writer's: it
// may differ from the paper's (본지의 입장과 다를 수 있습니다).
var koreanDisclaimerPhrases = []string{"입장과 다를", "입장과는 다를", "견해와 다를", "견해와는 다를", "의견과 다를", "의견과는 다를"}

// koreanDisclaimer reports a ※ line of one or two sentences in the
// polite 니다 that speaks of the piece as a notice does (a reprint
// notice's phrases, koreanNotePhrases: 편집 방향, 기사의 내용 …, or
// koreanDisclaimerPhrases), at most 120 runes.
func koreanDisclaimer(s string) bool {
	if !strings.HasPrefix(s, "※") || !atMost(s, 120) {
		return false
	}
	t := strings.TrimRight(s, ". ")
	if !strings.HasSuffix(t, "니다") || strings.Contains(s, "제보") {
		return false
	}
	for _, w := range koreanNotePhrases {
		if strings.Contains(s, w) {
			return true
		}
	}
	for _, w := range koreanDisclaimerPhrases {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
