package doc

// ClosingDatelines returns the datelines of article a that close it
// rather than lead its text: each that has a paragraph before it and none
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
		case KindParagraph:
			para = true
			found = found[:0]
		case KindDateline:
			if para {
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
