package newstext

import (
	"strings"
	"unicode/utf8"
)

// 新京报's commentary closes with its writer after a marker, the name run
// on to a bracketed description of who the writer is: □王鹏飞（媒体人）,
// □李明（高校教师）, ■张华（法律学者）. The description is no role of the
// paper's staff (记者, 评论员), so parseCredit finds none, and a marker
// line with no role is a head (●相关链接); a personal name before such a
// bracket makes it the byline, names only.

// writerDescEnds are the last characters of a word for a kind of person,
// which a writer's description ends with: 媒体人, 学者, 高校教师, 律师,
// 研究员, 评论家, 大学生, 教授, 博士, 工程师.
const writerDescEnds = "人者师師员員家生授士"

// markedWriter parses the body after a byline marker as a writer and a
// description of them, 王鹏飞（媒体人）: a personal name of two or three
// Han runes opening with a surname (or four after a compound surname),
// then a bracket of at most twelve Han runes ending as a word for a kind
// of person does, nothing after it.
func markedWriter(body string) (credit, bool) {
	k := indexAnyRune(body, "（(")
	if k <= 0 || !atMost(body, 24) {
		return credit{}, false
	}
	inner, end, ok := leadingBracket(body[k:])
	if !ok || k+end != len(body) || !writerDesc(inner) {
		return credit{}, false
	}
	return oneNameCredit(trimSpace(body[:k]))
}

// writerDesc reports the inside of a writer's bracketed description:
// two to twelve Han runes, the last a person word's ending.
func writerDesc(in string) bool {
	n := utf8.RuneCountInString(in)
	if n < 2 || n > 12 || strings.IndexFunc(in, func(r rune) bool { return !isHan(r) }) >= 0 {
		return false
	}
	return strings.ContainsRune(writerDescEnds, lastRune(in))
}
