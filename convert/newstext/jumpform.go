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

// koreanJumpEnd returns the length of the Korean jump opening s after its
// mark (▶관련기사 A14면, ☞관련기사 3·4면, ▶관련 기사 5면, ▶3면에 계속:
// koJumpWords), or 0.
func koreanJumpEnd(s string) int {
	m, w := firstRune(s)
	if !isKoreanJumpMark(m) {
		return 0
	}
	rest := strings.TrimLeft(s[w:], " ")
	n := koJumpWords(rest)
	if n == 0 {
		return 0
	}
	return len(s) - len(rest) + n
}

// isASCIIDigit reports a byte that is an ASCII digit.
func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// trailingKoreanJump returns the offset of a Korean jump after its mark
// ending s (… 밝혔다. ▶관련기사 3면, … ▶3면에 계속), after a space or
// alone, or -1.
func trailingKoreanJump(s string) int {
	if !strings.HasSuffix(s, "면") && !strings.HasSuffix(s, "계속") {
		return -1
	}
	// The mark: the last one within the last 40 bytes.
	k := -1
	for i, r := range s[max(0, len(s)-40):] {
		if isKoreanJumpMark(r) {
			k = max(0, len(s)-40) + i
		}
	}
	if k < 0 || k > 0 && !strings.HasSuffix(s[:k], " ") {
		return -1
	}
	if koreanJumpEnd(s[k:]) == len(s)-k {
		return k
	}
	return -1
}
