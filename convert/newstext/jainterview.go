package newstext

import "strings"

// A Japanese interview sets each question on a line of its own opened by
// a double dash (――緊急事態条項については。) and each answer as a quote
// (「…のです」), which ends without a full stop inside its bracket. A
// question line under an answer is never the answer's continuation
// across a column: the answer was complete.

// questionLine reports text opening with the interviewer's double dash
// (――, U+2015 twice, or the box-drawing ── some pages set).
func questionLine(s string) bool {
	rest, ok := strings.CutPrefix(s, "――")
	if !ok {
		rest, ok = strings.CutPrefix(s, "──")
	}
	if !ok || rest == "" {
		return false
	}
	r, _ := firstRune(rest)
	return r != '―' && r != '─' && !isSpace(r)
}

// answerBefore reports a paragraph p that a question line c closes: p
// ends with a closing quote and c is a question line.
func answerBefore(p, c string) bool {
	r, _ := decodeLast(p)
	return (r == '」' || r == '』') && questionLine(c)
}
