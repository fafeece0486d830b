package newstext

import "strings"

// unmarkRoundupCredits takes back the story opening from a Korean
// reporter's credit in lenticular brackets run in after body text of the
// story above (koreanLenticularCredit): a regional roundup, 영남 곳곳
// 대설특보 / 【대구=박소연기자】 4일 … / 대구시는 … / 【부산=김철수기자】
// 부산에서도 …, sets each region's part under its reporter's credit
// inside one story, so the credit opens a story only under a title line
// (경산 공장서 불…2시간 만에 진화 / 【대구=박소연기자】 4일 …), at the
// page's top or under an article break. After body text it stays the
// opening of its paragraph, as the square-bracket form without an outlet,
// [부산=김철수 기자], always does. (A dateline the bracket leads with,
// 【서울=연합뉴스】, names no reporter and is not this rule's.)
func (sc *scorer) unmarkRoundupCredits() {
	if sc.lang != "ko" {
		return
	}
	us := sc.us
	for i := 1; i < len(us); i++ {
		u, p := &us[i], &us[i-1]
		if !sc.fs[i].dateline || u.kind != uText || u.brk || !strings.HasPrefix(u.text, "【") {
			continue // (the cheap tests first: most units are no dateline's)
		}
		if p.kind != uText || sc.fs[i-1].title {
			continue
		}
		if dl, _ := datelineLeads(parseDatelineLang(u.text, sc.lang)); dl {
			continue // (a dateline the bracket reads as: not the credit's flag)
		}
		if _, _, ok := koreanLenticularCredit(u.text); ok {
			sc.fs[i].dateline, sc.fs[i].datelineMore = false, false
		}
	}
}
