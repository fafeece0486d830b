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
//
// Many papers print the same sentence with no mark, 외부 필진의 글은
// 본지의 편집 방향과 다를 수 있습니다., and a reader takes it as the same
// note. With no ※ to set it apart it must say the whole of it: the piece
// or its writer (필진, 필자, 기고, 칼럼, 원고, 글) may differ from the
// paper's (본지, 본사, 편집 방향, 논조). A story's sentence told in 습니다
// (a broadcaster's) that something may differ from a forecast or from the
// facts names neither the paper nor the piece, and stays text.

// koreanDisclaimerPhrases say that a piece's view is its writer's: it
// may differ from the paper's (본지의 입장과 다를 수 있습니다).
var koreanDisclaimerPhrases = []string{"입장과 다를", "입장과는 다를", "견해와 다를", "견해와는 다를", "의견과 다를", "의견과는 다를"}

// koreanDisclaimer reports a ※ line of one or two sentences in the
// polite 니다 that speaks of the piece as a notice does (a reprint
// notice's phrases, koreanNotePhrases: 편집 방향, 기사의 내용 …, or
// koreanDisclaimerPhrases), at most 120 runes.
func koreanDisclaimer(s string) bool {
	if !strings.HasPrefix(s, "※") {
		return koreanBareDisclaimer(s)
	}
	if !atMost(s, 120) {
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
	// ※ 본지는 8일자부터 매주 월요일 '우리 동네 일꾼' 코너를 새로
	// 연재합니다.: the paper telling its readers of itself, a notice
	// after the story's closing byline, not the story's text.
	rest := trimSpace(strings.TrimPrefix(s, "※"))
	for _, w := range koreanPaperSelf {
		if strings.HasPrefix(rest, w) {
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

// koreanPaperSelf open a Korean paper's notice speaking of itself as its
// subject: 본지 or 본보 ("this paper"), 본사 ("this company").
var koreanPaperSelf = []string{"본지는", "본지가", "본지에서는", "본보는", "본보가", "본사는"}

// koreanBareDisclaimerEnd reports s ending as the disclaimer with no mark
// does, … 다를 수 있습니다. (isNote's and gate's cheap cue: two suffixes).
func koreanBareDisclaimerEnd(s string) bool {
	return strings.HasSuffix(s, " 있습니다.") || strings.HasSuffix(s, " 있습니다")
}

// koreanDisclaimerPieces name the piece or its writer, the subject of a
// disclaimer with no mark.
var koreanDisclaimerPieces = []string{"필진", "필자", "기고", "칼럼", "원고", "글은", "글의", "본란"}

// koreanDisclaimerPaper name the paper's side the piece may differ from.
var koreanDisclaimerPaper = []string{"본지", "본사", "편집 방향", "편집방향", "논조"}

// koreanBareDisclaimer reports the disclaimer with no ※: one sentence of
// at most 120 runes ending in 다를 수 있습니다 (or 다를 수도), naming the
// piece or its writer (koreanDisclaimerPieces) and the paper's side
// (koreanDisclaimerPaper).
func koreanBareDisclaimer(s string) bool {
	if !koreanBareDisclaimerEnd(s) || !atMost(s, 120) {
		return false
	}
	t := strings.TrimRight(s, ".")
	if strings.Contains(t, ". ") || !strings.HasSuffix(t, "다를 수 있습니다") && !strings.HasSuffix(t, "다를 수도 있습니다") {
		return false
	}
	return containsAnyOf(t, koreanDisclaimerPieces) && containsAnyOf(t, koreanDisclaimerPaper)
}
