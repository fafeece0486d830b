package newstext

import (
	"strings"
	"unicode/utf8"
)

// A brief put together from several wires closes with who it was compiled
// from: （综合新华社、央视新闻）, （綜合中央社、路透社報導）. 综合 ("compiled
// from") is the credit's wording, as 据 is a reprint's (reprint.go): the
// organisations are the list after it, so the byline's org is 新华社、央视新闻,
// never 综合新华社. Alone on its line or run on after a finished sentence it
// is the byline the bracketed trailer is. A Singapore dateline's
// （联合早报综合讯） has its paper before 综合 and is read there.
//
// 综合 also opens many offices' own names, 综合行政执法局, 综合执法局,
// 综合管理部, whose briefs close with the office in brackets
// （综合行政执法局）: there 综合 is the name's, so it is the compiling word
// only before a list or before one news outlet's name (compiledFrom).

// compiledSource returns the organisations a bracketed 综合 credit names,
// given the bracket's inside, and whether it is one: 综合 (綜合) then a
// list of papers, agencies or sites, with an optional 报道/消息/电 after
// it. Prose in brackets, （综合考虑）, （综合报道）, names none, nor does an
// office named with 综合, （综合行政执法局）.
func compiledSource(inner string) (string, bool) {
	in := trimSpace(inner)
	if !strings.HasPrefix(in, "综合") && !strings.HasPrefix(in, "綜合") {
		return "", false // a cheap test first: most brackets open otherwise
	}
	rest := trimSpace(in[len("综合"):])
	if rest == "" {
		return "", false
	}
	org, ok := sourceList(rest)
	if !ok || !compiledFrom(org) {
		return "", false
	}
	return org, true
}

// officeEnds end an office's or team's name, which 综合 may open as its
// own word: 综合行政执法局, 综合管理部, 综合办, 综合服务中心, 综合执法队.
var officeEnds = []string{"局", "部", "办", "辦", "中心", "委", "队", "隊", "处", "處", "厅", "廳"}

// outletEnds end a news outlet's name: a paper's, agency's, site's or
// station's (新华社, 人民日报, 新华网, 东方卫视); newsOrgWords end the
// others' (央视新闻, 中国之声). (Two lists, not one appended at start-up:
// the package builds nothing while it initialises, TestInitCheap.)
var outletEnds = []string{"社", "报", "報", "网", "網", "台", "刊", "电视", "電視"}

// compiledFrom reports org, what a bracket's 综合 stands before, as the
// sources it was compiled from: a list (新华社、央视新闻) whose first name
// is no office's (综合执法局、交警大队 is two offices), or one news
// outlet's name of three runes or more (新华社, 人民日报; not 管理部 of
// 综合管理部, nor 新闻 of 综合新闻, a section).
func compiledFrom(org string) bool {
	if first, _, list := strings.Cut(org, "、"); list {
		return !hasAnySuffix(first, officeEnds)
	}
	return utf8.RuneCountInString(org) >= 3 && (hasAnySuffix(org, outletEnds) || hasAnySuffix(org, newsOrgWords))
}
