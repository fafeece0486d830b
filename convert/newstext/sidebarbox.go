package newstext

import "strings"

// A signed piece on a mainland 科普 or theory page closes with the note
// on its authors, （作者分别系…主任医师、主治医师）, and the page then sets
// a box beside it, its label in lenticular brackets alone on its line
// over the box's numbered items: 【健康提醒】 / ①注意保暖。… / ②…. The
// note closed the piece, so the box is no section of it but an article
// of its own, the label its headline, as any short title line over text
// after a byline closing its article is. A digest's lead-ins 【…】 run
// into their items' text, or head items closed by a reporter's credit
// (no note on an author), and stay its heads; so does a label over plain
// paragraphs, which may as well be the piece's closing section.
//
// A 以案说法 page closes its case story the same way with a note that
// ends it, the note that its people are named by pseudonyms,
// （文中当事人均为化名）, or another story-end note (storyEndNote), and sets
// beside it the box of the law it turns on: 【法条链接】 / 《中华人民共和国
// 民法典》 / 第一千一百六十五条　行为人因过错…. The box's articles are its
// items as ① items are: under such a note the label is the box's headline.
// (The code's name under the label is title-like, so the label is kept
// whole for the grammar, not split off as a lead-in: labelOverTitle.)

// markSidebarBoxes makes a headline of a box's label in lenticular
// brackets alone on its line (split off as a run-in lead-in with nothing
// to run into, or kept whole over a title-like line) right under the
// note on the authors closing the piece above (closingNote) or another
// note that closes a story (storyEndNote), over a numbered item
// (listItemStart) or a law's articles (lawBoxStart): the box is an
// article of its own.
func (b *builder) markSidebarBoxes(sc *scorer) {
	for i := 1; i < len(sc.us); i++ {
		u := &sc.us[i]
		if u.kind != uHeading && u.kind != uText || !strings.HasPrefix(u.text, "【") || u.verbatim ||
			u.kind == uHeading && !u.runIn || !lenticularLabel(u.text) {
			continue
		}
		n := sc.nextContent(i)
		if n >= len(sc.us) || sc.us[n].line == u.line || sc.us[n].kind != uText || sc.us[n].verbatim {
			continue // (run in before its text, or over no text)
		}
		law := lawBoxStart(sc.us[n].text)
		if !law && (u.kind != uHeading || !listItemStart(sc.us[n].text)) {
			continue // (over no item)
		}
		p := sc.prevContent(i)
		if p < 0 || !(sc.us[p].kind == uByline && closingNote(&sc.us[p]) || sc.us[p].kind == uNote && storyEndNote(sc.us[p].text)) {
			continue
		}
		u.kind, u.runIn, u.summed = uHeadline, false, false
		bodyOnly(&sc.fs[i], false)
		if law {
			bodyOnly(&sc.fs[n], false) // (the code's name: the box's text, no subheadline)
		}
		b.warnParts(u.line, "box label after the note closing the piece above taken as the box's headline: ", u.text)
	}
}

// lawCodeEnds close the name of a law, a code or a regulation in 《》.
var lawCodeEnds = []string{"法", "法典", "条例", "條例", "规定", "規定", "办法", "辦法", "解释", "解釋"}

// lawBoxStart reports the first line of a box of the law a case turns
// on: the code's name alone in 《》, 《中华人民共和国民法典》, or an
// article opening with its number and a space or a colon,
// 第一千一百六十五条　行为人…, the code's name before it or not,
// 《中华人民共和国民法典》第一千二百五十四条：禁止….
// A sentence citing an article, 根据民法典第一千二百五十四条，…, is text.
func lawBoxStart(s string) bool {
	if inner, ok := strings.CutPrefix(s, "《"); ok {
		inner, after, ok := strings.Cut(inner, "》")
		if !ok || strings.ContainsRune(inner, '《') || !hasAnySuffix(inner, lawCodeEnds) {
			return false
		}
		// The code's name alone, or run into the article it quotes
		// (《中华人民共和国民法典》第一千二百五十四条：禁止…).
		return after == "" || lawArticleStart(after)
	}
	return lawArticleStart(s)
}

// lawArticleStart reports s opening with an article's number, 第…条 (or
// 條) in figures or Han numerals, then a space or a colon (lawColons) and
// the article's text.
func lawArticleStart(s string) bool {
	rest, ok := strings.CutPrefix(s, "第")
	if !ok {
		return false
	}
	n := 0
	for n < len(rest) {
		r, w := firstRune(rest[n:])
		if !isDigitOrNumeral(r) && !strings.ContainsRune("百千万萬", r) {
			break
		}
		n += w
	}
	if n == 0 {
		return false
	}
	rest = rest[n:]
	if r, _ := firstRune(rest); r != '条' && r != '條' {
		return false
	}
	_, w := firstRune(rest)
	rest = rest[w:]
	// A space, or a colon (规定 before it or not) as the mainland's box
	// sets it, 第一千二百五十四条：禁止…; a comma, 第…条规定，…, cites it.
	if t, ok := cutAnyPrefix(rest, lawColons); ok {
		return trimSpace(t) != ""
	}
	if r, _ := firstRune(rest); r != '\u3000' && r != ' ' {
		return false
	}
	return trimSpace(rest) != ""
}

// lawColons open an article's text after its number in a law's box.
var lawColons = []string{"：", ":", "规定：", "規定：", "规定:", "規定:"}
