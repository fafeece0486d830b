package newstext

import "strings"

// koreanBriefAbove reports a Korean title line i set alone between blank
// lines right after a brief, one finished paragraph under its title line
// (briefAbove): a regional paper's page of short stories (날씨, 알림,
// 교통 통제) runs them one after another, each a title over a paragraph or
// two, the story of one paragraph closed by no byline, so the next title
// is the next story's headline, not a head of the brief (a Korean story's
// heads come after several paragraphs, not right after its lead). The
// blank lines around the line are asked for: on a page with none, a line
// cut by a column break after a story's lead would pass for such a
// title, as briefAbove's note says; and a line holding a sentence's end
// or ending in a particle that leaves its clause open (…사진을, …주변에)
// is such a cut clause, never a title.
func (sc *scorer) koreanBriefAbove(i int) bool {
	u := &sc.us[i]
	if sc.lang != "ko" || u.kind != uText || u.line != u.lastLine {
		return false
	}
	if i == 0 || i+1 >= len(sc.us) || sc.us[i-1].lastLine+1 >= u.line || sc.us[i+1].line <= u.lastLine+1 {
		return false
	}
	if innerKoreanStop(u.text) || koreanOpenClause(u.text) {
		return false // a paragraph's clause a column break cut, not a title
	}
	return sc.briefAbove(i)
}

// koreanClauseParticles are particles that leave a clause open: an
// object's, a topic's, a place's or a person's (사진을, 시는, 주변에,
// 시민에게). A line ending in one goes on in the next; a headline ends
// in a noun or a verb's form (통제, 구름, 늘린다). Particles that end many
// nouns too (이 가 도 로 의 과 와: 경포로, 회의, 결과) are not listed.
var koreanClauseParticles = []string{"을", "를", "은", "는", "에", "에서", "에게"}

// koreanOpenClause reports a Korean line whose last word ends in one of
// koreanClauseParticles, after a syllable of its own.
func koreanOpenClause(s string) bool {
	w := s[strings.LastIndexByte(s, ' ')+1:]
	for _, p := range koreanClauseParticles {
		if rest, ok := strings.CutSuffix(w, p); ok && rest != "" {
			r, _ := decodeLast(rest)
			return isHangul(r)
		}
	}
	return false
}
