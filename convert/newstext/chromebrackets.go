package newstext

import "strings"

// A government or institution site's CMS sets its buttons each in
// lenticular brackets, one row under the stamp: 【字体：大 中 小】　【打印本页】
// 【关闭窗口】 (TRS, 大汉), 【打印】【关闭】. The brackets are the buttons'
// frames, not a run-in lead-in's (【…】 before a digest's text): read
// without them the row is the site's chrome words, noise like the bare
// 字号：大 中 小　打印本页　关闭窗口. A link list's header in the brackets,
// 【延伸阅读】, is no button: it heads the links under it, as the printed
// box's head does.

// unbracketButtons returns s with the lenticular brackets of a row of
// bracketed buttons turned to spaces, when s opens with 【 and every
// bracket is closed before the next opens, and no bracket holds a link
// list's header; else s.
func unbracketButtons(s string) string {
	if !strings.HasPrefix(s, "【") {
		return s
	}
	start := -1
	for i, r := range s {
		switch r {
		case '【':
			if start >= 0 {
				return s
			}
			start = i + len("【")
		case '】':
			if start < 0 || isLinkHeader(trimSpace(s[start:i])) {
				return s
			}
			start = -1
		}
	}
	if start >= 0 {
		return s
	}
	return strings.NewReplacer("【", "　", "】", "　").Replace(s)
}
