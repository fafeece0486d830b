package newstext

// A Korean headline parts its clauses by a comma or an ellipsis (농촌
// 소멸, 청년 농부…), and drops the full stop of a sentence it ends. A line
// holding a sentence's full stop with more words after it, outside any
// quotation (…내려왔다. 지금은 청년 농부), is a wrapped line of a lead or
// a paragraph, however short: never a title line. A quoted headline of
// two sentences keeps its stop inside the quotation (“끝났다. 이젠
// 떠난다”), and a figure's or an abbreviation's point (1.5, No. 1) is no
// sentence's. A caption's sentence closed by its credit (… 있다. [박서연
// 기자], … 있다. 연합뉴스) is left to the caption's rules, as before: the
// words after the stop are the credit, not more prose.

// koreanInnerStop reports a line holding a Korean sentence's full stop,
// a Hangul syllable's, followed by a space and a word opening with a
// Hangul syllable or a digit, or an equals sign (조감도. =대구시, a credit
// of a form no caption rule knows: still words after a finished
// sentence), outside any double or single quotation, in a line no credit
// closes.
func koreanInnerStop(s string) bool {
	if !innerKoreanStop(s) {
		return false // (the cheap test first: most lines hold no ". ")
	}
	depth := 0 // open curly or straight quotations
	straight := false
	for k, r := range s {
		switch r {
		case '“', '‘', '「', '『':
			depth++
		case '”', '’', '」', '』':
			if depth > 0 {
				depth--
			}
		case '"', '\'':
			straight = !straight
		case '.':
			if depth == 0 && !straight && k+2 < len(s) && s[k+1] == ' ' && k > 0 {
				p, _ := decodeLast(s[:k])
				n, _ := firstRune(s[k+2:])
				if isHangul(p) && (isHangul(n) || n >= '0' && n <= '9' || n == '=') {
					// (A caption's sentence closed by its credit, … 있다.
					// 연합뉴스, is no prose line: its own rules read it.)
					return !koreanCreditClosed(s) && !isKoreanCopyrightCaption(s)
				}
			}
		}
	}
	return false
}
