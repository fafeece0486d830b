package newstext

import (
	"strings"
	"unicode/utf8"
)

// A Korean site often heads its list of links with a phrase before the
// header word: 이 기사와 함께 많이 본 뉴스 (한국경제), 지금 많이 본 기사,
// 이 시각 추천 뉴스. The line is the list's header as 많이 본 뉴스 alone is
// (linkHeaders): the site's noise, and the links under it related links,
// not paragraphs.

// koLinkHeaderEnds are the Korean link headers a lead phrase may come
// before.
var koLinkHeaderEnds = []string{"많이 본 뉴스", "많이 본 기사", "관련 기사", "관련기사", "관련 뉴스", "관련뉴스", "추천 기사", "추천 뉴스", "함께 볼 뉴스", "함께 본 뉴스",
	// JTBC's 이 시각 주요뉴스 over its links under the copyright line, and
	// the other sites' 오늘의 주요뉴스 (a lead phrase before it: 주요뉴스
	// alone may be a digest's own head).
	"주요뉴스", "주요 뉴스", "주요기사", "주요 기사"}

// koLeadLinkHeader reports a Korean link header with a short lead phrase
// before it, all Hangul and spaces (이 기사와 함께 많이 본 뉴스), with or
// without a colon after it.
func koLeadLinkHeader(s string) bool {
	if len(s) > 24*utf8.UTFMax {
		return false
	}
	s = trimColons(s)
	// (Every header ends in 뉴스 or 기사: two comparisons turn most
	// lines away before the list is tried.)
	if !strings.HasSuffix(s, "뉴스") && !strings.HasSuffix(s, "기사") {
		return false
	}
	for _, h := range koLinkHeaderEnds {
		lead, ok := strings.CutSuffix(s, h)
		if !ok || lead == "" {
			continue
		}
		if lead = trimSpace(lead); lead == "" || len(lead) > 12*utf8.UTFMax {
			return false
		}
		for _, r := range lead {
			if !isSpace(r) && (r < 0xAC00 || r > 0xD7A3) {
				return false
			}
		}
		return true
	}
	return false
}
