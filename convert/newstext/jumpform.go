package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Jumps that name a page by its section or mark it with an arrow: the
// Japanese （関連記事企業面に）, （社会面から）, （社会面に関連記事） and the
// Korean ▶관련기사 A14면, ☞관련기사 3면, which ends a paragraph or stands
// alone. Each points the reader elsewhere: a jump node, never body text,
// and a paragraph it ends is finished on this page.

// sectionJumpTails end a Japanese jump after the section's 面.
var sectionJumpTails = []string{"に", "へ", "に続く", "へ続く", "から", "から続く", "に関連記事", "に関連"}

// notSectionNames end words that end in 面 and name no page: 多方面から,
// 正面へ, 路面に, 書面で (地方面 is a section: 方 alone is not here).
var notSectionNames = []string{"多方", "各方", "諸方", "両方", "正", "画", "表", "場", "側", "前", "全", "局", "反", "裏",
	"紙", "額", "平", "断", "顔", "仮", "覆", "洗", "直", "帳", "路", "水", "海", "内", "外", "片", "対", "当", "地", "書", "文", "盤", "斜", "壁", "図"}

// isSectionJump reports 関連記事企業面に, 社会面から, 社会面に関連記事: a
// section's name of two to six kanji or katakana before 面. Without the
// 関連記事 cue the tail must say where the story goes or comes from.
func isSectionJump(s string) bool {
	k := strings.Index(s, "面")
	if k <= 0 {
		return false
	}
	head, tail := s[:k], s[k+len("面"):]
	cued := false
	if h, ok := strings.CutPrefix(head, "関連記事"); ok {
		head, cued = strings.TrimPrefix(h, "＝"), true
	}
	if n := utf8.RuneCountInString(head); n < 2 || n > 6 {
		return false
	}
	for _, r := range head {
		if !isHan(r) && !isKana(r) && r != 'ー' {
			return false
		}
	}
	if hasAnySuffix(head, notSectionNames) {
		return false
	}
	return cued && (tail == "" || tail == "参照") || slices.Contains(sectionJumpTails, tail)
}

// isKoreanJumpMark reports a mark that opens a Korean cross-reference:
// the ▶ of ▶관련기사 A14면, ►, ☞ or ▷.
func isKoreanJumpMark(r rune) bool { return r == '▶' || r == '►' || r == '☞' || r == '▷' }

// koreanJumpEnd returns the length of the Korean jump opening s
// (▶관련기사 A14면, ☞관련기사 3·4면, ▶관련 기사 5면), or 0.
func koreanJumpEnd(s string) int {
	m, w := firstRune(s)
	if !isKoreanJumpMark(m) {
		return 0
	}
	rest := strings.TrimLeft(s[w:], " ")
	rest, ok := strings.CutPrefix(rest, "관련기사")
	if !ok {
		if rest, ok = strings.CutPrefix(rest, "관련 기사"); !ok {
			return 0
		}
	}
	rest = strings.TrimLeft(rest, " ")
	// One page or more: A14면, A14·15면, 3, 4면.
	i, digits := 0, 0
scan:
	for i < len(rest) {
		c := rest[i]
		switch {
		case c >= 'A' && c <= 'Z' && (i == 0 || !isASCIIDigit(rest[i-1])):
			i++
		case isASCIIDigit(c):
			i++
			digits++
		case c == ',' || c == ' ':
			i++
		case strings.HasPrefix(rest[i:], "·"):
			i += len("·")
		default:
			break scan
		}
	}
	if digits == 0 || digits > 8 || !strings.HasPrefix(rest[i:], "면") {
		return 0
	}
	return len(s) - len(rest) + i + len("면")
}

// isASCIIDigit reports a byte that is an ASCII digit.
func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// trailingKoreanJump returns the offset of a Korean jump ending s, after
// a space or alone, or -1.
func trailingKoreanJump(s string) int {
	if !strings.HasSuffix(s, "면") {
		return -1
	}
	k := strings.LastIndex(s, "관련")
	if k < 0 || len(s)-k > 40 {
		return -1
	}
	head := strings.TrimRight(s[:k], " ")
	m, w := decodeLast(head)
	if !isKoreanJumpMark(m) {
		return -1
	}
	st := head[:len(head)-w]
	if (st == "" || strings.HasSuffix(st, " ")) && koreanJumpEnd(s[len(st):]) == len(s)-len(st) {
		return len(st)
	}
	return -1
}
