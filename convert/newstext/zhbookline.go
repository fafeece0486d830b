package newstext

import (
	"slices"
	"strings"
)

// A Chinese 书评 sets the book's particulars on a line of their own under
// the reviewer's name, before the review's text: the title in 《》, then
// the author, the publisher, the month, the price, parted by spaces or
// dots, 《青石镇百年》　林远舟著　江东人民出版社　2026年10月　定价68元. The
// line is the review's first words, a paragraph, never its subheadline
// (a title line under the byline, longer and spaced): a headline about a
// book names no price nor publisher with its author's credit. The same
// line heads a 新书架 notice. Korean papers set it so too (kobookline.go).

// zhBookDataSeps part a book's particulars; the middle dots part them
// too (zhBookDots), but also join a foreign name, 尤瓦尔·赫拉利著.
const (
	zhBookDataSeps = "　 |｜/／，,；;"
	zhBookDots     = "·・"
)

// zhBookDataLine reports a Chinese book's particulars line (see above):
// opening with a title in 《》, no sentence end, at most 80 runes, the
// author's credit (X著, X主编, [美]X著　Y译, 作者：X, 林远舟 著) and at
// least one of publisher, edition or month, price, page count among its
// parts, and nothing else.
func zhBookDataLine(s string) bool {
	if !strings.HasPrefix(s, "《") || !atMost(s, 80) || hasAnyRune(s, "。！？!?") {
		return false
	}
	k := strings.Index(s, "》")
	if k < 0 {
		return false
	}
	var parts []string
	for _, c := range strings.FieldsFunc(s[k+len("》"):], func(r rune) bool { return strings.ContainsRune(zhBookDataSeps, r) }) {
		if hasAnyRune(c, zhBookDots) && !zhBookCredit(c) {
			parts = append(parts, strings.FieldsFunc(c, func(r rune) bool { return strings.ContainsRune(zhBookDots, r) })...)
			continue
		}
		parts = append(parts, c)
	}
	credit, other := false, false
	for i, p := range parts {
		switch {
		case i+1 < len(parts) && slices.Contains(zhBookWorks, parts[i+1]) && atMost(p, 12):
			// (the name, its work parted from it: 林远舟 著)
		case zhBookCredit(p):
			credit = true
		case zhBookFact(p):
			other = true
		default:
			return false // (a headline's words: 《青石镇百年》研讨会在京举行)
		}
	}
	return credit && other
}

// zhBookWorks are what a book's particulars say its people did, after
// their names: 林远舟著, 苏晓禾编著, 张三主编, 李四译, 王五绘.
var zhBookWorks = []string{"编著", "編著", "主编", "主編", "著", "编", "編", "译", "譯", "绘", "繪"}

// zhBookCredit reports a part of a book's particulars naming its author,
// editor or translator: a name with its work (林远舟著, [美]约翰·史密斯著),
// the work alone after the name (林远舟　著), or 作者：X.
func zhBookCredit(p string) bool {
	if name, ok := strings.CutPrefix(p, "作者"); ok {
		name = strings.TrimLeft(name, "：:")
		return name != "" && atMost(name, 8) && !hasAnyRune(name, "：:《》")
	}
	for _, w := range zhBookWorks {
		if name, ok := strings.CutSuffix(p, w); ok {
			if in, end, ok := leadingBracket(name); ok && atMost(in, 5) {
				name = name[end:] // ([美], 〔英〕: the author's country)
			}
			return name == "" || atMost(name, 12) && !strings.ContainsFunc(name, isAnyDigit) && !hasAnyRune(name, "《》")
		}
	}
	return false
}

// zhBookFact reports a part of a book's particulars other than its
// credit: the publisher (江东人民出版社, 中华书局), the edition or month
// (2026年10月, 2026年10月版, 第1版), the price (定价68元, 68.00元), the
// page count (320页).
func zhBookFact(p string) bool {
	if !atMost(p, 24) {
		return false
	}
	for _, e := range bookPublishers {
		if strings.Contains(p, e) {
			return true
		}
	}
	digits := strings.ContainsFunc(p, isAnyDigit)
	if strings.HasPrefix(p, "定价") || strings.HasPrefix(p, "定價") {
		return digits
	}
	if !digits {
		return false
	}
	for _, e := range []string{"元", "页", "頁", "月", "版", "月版", "月出版"} {
		if strings.HasSuffix(p, e) {
			return true
		}
	}
	return false
}
