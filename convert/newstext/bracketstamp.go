package newstext

// Some sites set the story's web time stamp in brackets under its
// headline: 日刊スポーツ's [2026年9月5日21時48分], ［2026年9月5日 21時48分］,
// 【2026/12/05 16:05】, （2026年12月5日 19時12分）. The brackets change
// nothing: it is the same stamp, noise that dates the article, and (as
// a stamp with no blank line over it) it ends the title group above it
// rather than running on to it.

// bracketedWebStamp reports a line that is one pair of brackets (square,
// lenticular, tortoise-shell or round) holding a web time stamp and
// nothing else: a date with its time (isWebStamp, or hanClockStamp's
// 年月日時分). A bracketed date alone is no stamp (an edition's or a
// caption's date), nor is a bracket with other words in it.
func bracketedWebStamp(s string) bool {
	inner, ok := bracketedLine(s)
	return ok && (hanClockStamp(inner) || isWebStamp(inner))
}

// bracketedLine returns the text inside s, spaces trimmed, when s is one
// pair of brackets of at most 40 runes and nothing else: the shape of the
// bracketed stamps (bracketedWebStamp, bracketedUpdateStamp).
func bracketedLine(s string) (string, bool) {
	r, _ := firstRune(s)
	if closeFor(r) == 0 || !atMost(s, 40) {
		return "", false
	}
	inner, end, ok := leadingBracket(s)
	if !ok || end != len(s) {
		return "", false
	}
	return trimSpace(inner), true
}
