package newstext

import "strings"

// A Korean sports page sets its small boxes under a bullet, ■ 프로농구
// 순위(8일 현재) over the standings' rows, ◆ 오늘의 경기 over the day's
// games. The bullet marks a head, and under a story's text a bulleted
// line is that story's section head; but a box set where nothing of a
// story goes on is an article of its own, its bulleted name the headline:
// right under the byline that closed the story above (its e-mail, a
// trailer), as any title line there opens the next article, or when its
// name is a listed standing box's (오늘의 경기, standingBox), which starts
// an article wherever it stands, under the last entry of the box above
// too. Either way the box holds rows (a table's, a day's games), right
// under the name or under a header line: a bulleted head over a story's
// paragraphs stays the story's section.

// markMarkedBoxHeads makes a headline of a bulleted box's name over its
// rows (markedBoxHead), on a Korean page.
func (b *builder) markMarkedBoxHeads(sc *scorer) {
	if b.lang != "ko" {
		return
	}
	for i := 1; i < len(sc.us); i++ {
		u := &sc.us[i]
		if u.kind != uText || u.verbatim || sc.fs[i].headMark == "" || !bulletMark(sc.fs[i].headMark) || !sc.markedBoxHead(i) {
			continue
		}
		u.kind, u.summed = uHeadline, false
		bodyOnly(&sc.fs[i], false)
		b.warnParts(u.line, "bulleted box's name over its rows taken as its headline: ", u.text)
	}
}

// markedBoxHead reports bulleted line i a box's name (see above): rows
// under it, right under it or under one header line, and above it a
// byline that closed its article, or its name a standing box's with text
// above it.
func (sc *scorer) markedBoxHead(i int) bool {
	if !atMost(sc.us[i].text, 24) || endsSentence(sc.us[i].text) {
		return false
	}
	n := sc.nextContent(i)
	if n >= len(sc.us) || sc.us[n].kind != uText {
		return false
	}
	if !sc.fs[n].row {
		m := sc.nextContent(n)
		if m >= len(sc.us) || sc.us[m].kind != uText || !sc.fs[m].row || endsSentence(sc.us[n].text) {
			return false // (no header line over rows)
		}
	}
	p := sc.prevContent(i)
	if p < 0 {
		return false
	}
	if sc.us[p].kind == uByline && sc.closesArticle(p) {
		return true
	}
	name := trimSpace(strings.TrimPrefix(sc.us[i].text, sc.fs[i].headMark))
	return sc.textBefore[i] && standingBox(name)
}
