package newstext

import "strings"

// A brief put together from several wires closes with who it was compiled
// from: （综合新华社、央视新闻）, （綜合中央社、路透社報導）. 综合 ("compiled
// from") is the credit's wording, as 据 is a reprint's (reprint.go): the
// organisations are the list after it, so the byline's org is 新华社、央视新闻,
// never 综合新华社. Alone on its line or run on after a finished sentence it
// is the byline the bracketed trailer is. A Singapore dateline's
// （联合早报综合讯） has its paper before 综合 and is read there.

// compiledSource returns the organisations a bracketed 综合 credit names,
// given the bracket's inside, and whether it is one: 综合 (綜合) then a
// list of papers, agencies or sites, with an optional 报道/消息/电 after
// it. Prose in brackets, （综合考虑）, （综合报道）, names none.
func compiledSource(inner string) (string, bool) {
	in := trimSpace(inner)
	if !strings.HasPrefix(in, "综合") && !strings.HasPrefix(in, "綜合") {
		return "", false // a cheap test first: most brackets open otherwise
	}
	rest := trimSpace(in[len("综合"):])
	if rest == "" {
		return "", false
	}
	return sourceList(rest)
}
