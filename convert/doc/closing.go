package doc

import "strings"

// ClosingDatelines returns the datelines of article a that close it
// rather than lead its text: each in a closing form (bracketed whole, or a
// date alone) that has a paragraph (or a poem's stanza) before it and none
// after it, in document order. Mainland features put the bracketed
// dateline last (（本报郑州12月3日电）), and a notice's sign-off dates it
// under the issuer's signature (市工业和信息化局 / 2024年12月3日); a writer
// sets them flush right, as it sets a closing byline, not as the bold
// line that opens a story. Most articles have none, and get nil.
func ClosingDatelines(a *Node) []*Node {
	var found []*Node
	para := false
	Walk(a, func(n *Node) bool {
		switch n.Kind {
		case KindParagraph, KindVerse:
			para = true
			found = found[:0]
		case KindDateline:
			if para && closingForm(n) {
				found = append(found, n)
			}
		}
		return true
	})
	if len(found) == 0 {
		return nil
	}
	return found
}

// closingForm reports a dateline written as one that closes a text: in
// round brackets (（本报郑州12月3日电）), a date alone (2024年12月3日, the
// date of a notice's sign-off), or a Taiwanese web story's reporter and
// place with no bracket (記者陳冠宇／高雄報導, which such sites set under
// the text). A bare 本报讯 after the text still leads what follows it.
func closingForm(n *Node) bool {
	s := strings.TrimSpace(n.Text)
	return n.Date != "" && s == n.Date ||
		strings.HasPrefix(s, "（") && strings.HasSuffix(s, "）") ||
		strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") ||
		len(n.Names) > 0 && n.Place != "" && (strings.HasSuffix(s, "報導") || strings.HasSuffix(s, "报道") || strings.HasSuffix(s, "報道") || strings.HasSuffix(s, "报导"))
}
