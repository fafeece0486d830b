package newstext

import "strings"

// jaHeadlineCommas reports a Japanese title line whose only inner
// punctuation is the enumeration comma 、, which a Japanese headline
// sets after its subject (米、対中関税を停止; 将棋・藤川四段、初優勝):
// that comma keeps the line a headline's shape, where a comma, colon or
// semicolon of another kind (，：；) would not.
func jaHeadlineCommas(s string) bool {
	return strings.Contains(s, "、") && !strings.ContainsAny(s, "，：；,;:")
}

// briefAbove reports a title line i, not indented, right after a brief:
// one finished paragraph of body text under a title line. A Japanese
// digest of wire briefs (ニュース短信: 共同, 時事) runs its items one
// after another, a headline over a 　-indented paragraph each, with no
// blank line and often no credit (〔時事〕) closing the item: a line of a
// headline's length set flush after such an item is the next item's
// headline, as a Japanese story's heads come after several paragraphs,
// and marked (◆, ■), not after its lead. (An indented line opens a
// paragraph, whatever it ends in. Korean, which marks no paragraph by
// an indent, is not read so: a line cut by a column break after a
// story's lead would pass for a brief's headline.)
func (sc *scorer) briefAbove(i int) bool {
	if sc.indented(i) {
		return false
	}
	p := sc.prevContent(i)
	if p < 0 || sc.us[p].kind != uText || sc.fs[p].title || !sc.fs[p].ended {
		return false
	}
	q := sc.prevContent(p)
	return q >= 0 && (sc.us[q].kind == uHeadline || sc.us[q].kind == uText && sc.fs[q].title && !sc.fs[q].row && sc.fs[q].headMark == "")
}

// indented reports unit i's first line indented on the page.
func (sc *scorer) indented(i int) bool {
	n := sc.us[i].line
	return n >= 1 && n <= len(sc.lines) && sc.lines[n-1].indent
}
