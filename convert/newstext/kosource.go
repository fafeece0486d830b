package newstext

import "strings"

// Korean papers' web copies open a story with the paper's name in
// square brackets, [동아일보], [한국경제], [연합뉴스], on its own line or
// before the first sentence: the paper's own report, as 【本報消息】 and
// 【星島日報報道】 are in Chinese papers, and so a dateline naming the
// paper (org), with no place. Title tags in the same brackets ([단독],
// [속보], [사설]) name no paper: only a name ending as a news
// organisation's does counts.

// koreanPaperEnds end the name of a Korean news organisation.
var koreanPaperEnds = []string{"일보", "신문", "뉴스", "경제", "타임스", "타임즈", "헤럴드", "투데이", "데일리", "방송", "뉴시스", "뉴스1", "한겨레", "통신", "닷컴"}

// koreanDailyEnd ends the name of a regional daily, its region and 매일:
// 중부매일, 경북매일, 충청매일, 광주매일. The word means every day, and a
// three-syllable word ending so may be a person's name (김매일), so the
// name must hold at least two syllables before it.
const koreanDailyEnd = "매일"

// koreanPaperTag reports the inside of [동아일보]: a Hangul word of three
// to eight syllables ending as a paper's name, or of four to eight
// ending in 매일 (koreanDailyEnd).
func koreanPaperTag(in string) bool {
	if !isHangulWord(in) || !atMost(in, 8) || len(in) < 3*3 {
		return false
	}
	if strings.HasSuffix(in, koreanDailyEnd) {
		return len(in) >= 4*3
	}
	return hasAnySuffix(in, koreanPaperEnds) &&
		in != "투데이" && in != "데일리" && in != "타임스" && in != "타임즈" // an ending alone is a word (today, daily, times), no paper's name
}

// paperTagLine reports a line that is all a paper's tag, [동아일보]
// (the callers ask that a title line is under it): the tag opens the
// story whose headline follows, and the two never make one wrapped
// paragraph.
func paperTagLine(s string) bool {
	inner, end, ok := leadingBracket(s)
	return ok && end == len(s) && koreanPaperTag(trimSpace(inner))
}

// paperTagAbove reports a title line right under a line that is all a
// paper's tag (paperTagLine): the headline of the story it opens.
func (sc *scorer) paperTagAbove(i int) bool {
	p := sc.prevContent(i)
	return p >= 0 && sc.us[p].kind == uText && sc.fs[p].dateline && paperTagLine(sc.us[p].text)
}

// tagOpensArticle reports a headline right under a paper's tag that
// started an article of its own (markBriefs): the tag and the headline
// open one article, the tag's dateline above the title.
func tagOpensArticle(us []unit, heads []int, i int) bool {
	return len(heads) > 0 && heads[len(heads)-1] == i-1 && us[i-1].newArticle && us[i-1].kind == uText && paperTagLine(us[i-1].text)
}
