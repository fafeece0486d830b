package newstext

import "strings"

// A Korean paper closes a story it first ran elsewhere (its paid market
// service, its web edition) with a note saying where and when, under
// the byline, with no ※: 이 기사는 12월 7일 15시 32분 '마켓인사이트'에
// 게재됐습니다. (한국경제), 이 기사는 12월07일(15:32) 자본시장 미디어
// '마켓인사이트'에 게재된 기사입니다., 본 기사는 … '더벨'에 출고된
// 기사입니다. It speaks of the story, in the polite 니다 a notice uses,
// so it is a note, as the same line after ※ is (kodisclaimer.go), never
// the story's last paragraph. A story's own sentence about an article
// ends in the plain 다 (이 기사는 지난 7일 온라인에 게재됐다.), and a
// note on the story's source (이 기사는 독자 제보를 바탕으로
// 작성됐습니다.) names no place it ran: both stay text.

// koreanRanVerbs say that the story ran, was sent out or was printed
// somewhere first.
var koreanRanVerbs = []string{
	"게재됐", "게재되었", "게재된", "게재됩니다", "먼저 게재",
	"출고됐", "출고되었", "출고된", "송고됐", "송고되었", "송고된",
	"실렸", "실린 기사", "실립니다", "보도됐", "보도되었", "보도된 기사",
}

// koreanRanNoteLead reports s opening with the story as its subject, 이
// 기사는 or 본 기사는 (gate's cue for koreanRanNote, asked of a text
// opening with 이 or 본: w is that rune's width).
func koreanRanNoteLead(s string, w int) bool {
	rest := s[w:]
	return strings.HasPrefix(rest, " 기사는 ") || strings.HasPrefix(rest, " 기사는,")
}

// koreanRanNote reports a note on where the story first ran: one
// sentence of at most 120 runes opening with 이 기사는 or 본 기사는, in
// the polite 니다, holding a verb of running (게재됐습니다, 게재된
// 기사입니다, 출고된, 실렸습니다 …), and not about tips (제보).
func koreanRanNote(s string) bool {
	r, w := firstRune(s)
	if r != '이' && r != '본' || !koreanRanNoteLead(s, w) || !atMost(s, 120) {
		return false
	}
	t := strings.TrimRight(s, ". ")
	if !strings.HasSuffix(t, "니다") || strings.Contains(t, ". ") || strings.Contains(s, "제보") {
		return false
	}
	for _, v := range koreanRanVerbs {
		if strings.Contains(s, v) {
			return true
		}
	}
	return false
}
