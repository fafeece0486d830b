package newstext

import "strings"

// A Korean headline often joins two clauses with a comma (버스 준공영제,
// 재정 지원엔 책임이 따라야); a section head of a Korean article seldom
// does. Set alone between blank lines after a finished paragraph, with
// text under it, such a line is the headline of the next article (an
// editorial page's second 사설, which no label opens), not a head and not
// the start of a paragraph.

// koreanCommaHeadline reports whether unit i, a title-like line, is such
// a headline.
func (sc *scorer) koreanCommaHeadline(i int) bool {
	u := &sc.us[i]
	if sc.lang != "ko" || u.kind != uText || u.line != u.lastLine {
		return false
	}
	// Alone in its block: blank lines above and below.
	if i == 0 || i+1 >= len(sc.us) || sc.us[i-1].lastLine+1 >= u.line || sc.us[i+1].line <= u.lastLine+1 {
		return false
	}
	if !strings.Contains(u.text, ", ") {
		return false
	}
	p, n := sc.prevContent(i), sc.nextContent(i)
	if p < 0 || n >= len(sc.us) {
		return false
	}
	before, after := &sc.fs[p], &sc.fs[n]
	// (Or after a byline that ends its article: 이지현 기자 easy@donga.com.)
	ends := sc.us[p].kind == uText && before.ended && !before.title || sc.us[p].kind == uByline && sc.closesArticle(p)
	return ends && sc.us[n].kind == uText && !after.title
}
