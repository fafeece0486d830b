package newstext

import (
	"strings"
)

// isJumpInner reports the inside of a jump line: 下转第三版, 上接第1版,
// the Hong Kong and Taiwan cross-reference 相關新聞刊A6, 相关报道见第5版,
// the Japanese 関連記事７面に, ２面に続く and the Korean 3면에 계속,
// 관련기사 3면 (kojumpline.go).
func isJumpInner(s string) bool {
	s = trimSpace(s)
	if hasAnyRune(s, "（(") {
		// A jump names a page; a bracket inside it (转（版）) is no
		// jump, and the bracket's own end would read differently
		// split off a line's end and alone on a line.
		return false
	}
	if strings.HasSuffix(s, "版") || strings.HasSuffix(s, "版）") {
		for _, p := range []string{"下转", "上接", "转", "接", "续", "承", "紧接"} {
			if strings.HasPrefix(s, p) {
				return atMost(s, 16)
			}
		}
	}
	return atMost(s, 16) && (isSeeAlso(s) || isJapaneseJump(s) || isSectionJump(s) || isKoreanJumpInner(s))
}

// seeAlsoCues open a cross-reference to another page: 相關新聞刊A6.
var seeAlsoCues = []string{"相關新聞", "相关新闻", "相關報道", "相关报道", "相關報導", "相关报导", "詳見", "详见", "另見", "另见"}

// isSeeAlso reports a cross-reference that names a page: a cue, then
// 見/见/刊/載/载 (or nothing after 详见), then a page: A6, 第5版, 5版.
func isSeeAlso(s string) bool {
	for _, c := range seeAlsoCues {
		rest, ok := strings.CutPrefix(s, c)
		if !ok {
			continue
		}
		for _, v := range []string{"見", "见", "刊", "載", "载", "在"} {
			if r, ok := strings.CutPrefix(rest, v); ok {
				rest = r
				break
			}
		}
		return isPageRef(rest)
	}
	return false
}

// isPageRef reports a page reference: A6, 第5版, 5版, A4版, 第三版.
func isPageRef(s string) bool {
	s = strings.TrimSuffix(strings.TrimPrefix(s, "第"), "版")
	if s != "" && s[0] >= 'A' && s[0] <= 'Z' {
		s = s[1:]
	}
	return s != "" && isNumber(s)
}

// isJapaneseJump reports 関連記事７面に, ２面に続く, ３面から続く,
// 関連記事２面, ２面に関連記事: a page number before 面.
func isJapaneseJump(s string) bool {
	k := strings.Index(s, "面")
	if k <= 0 {
		return false
	}
	head, tail := strings.TrimPrefix(s[:k], "関連記事"), s[k+len("面"):]
	head = strings.TrimPrefix(head, "＝")
	if head == "" || !isNumber(head) || head == s[:k] && tail == "" {
		return false // a bare ７面 is no jump
	}
	switch tail {
	case "", "に", "へ", "に続く", "へ続く", "から続く", "から", "参照", "に関連記事", "に関連":
		return true
	}
	return false
}

// trailingJump returns the offset of a jump line ending s, or -1.
func trailingJump(s string) int {
	if start, inner, ok := trailingBracket(s); ok && isJumpInner(inner) {
		return start
	}
	if k := trailingArrowJump(s); k > 0 {
		return k
	}
	if k := trailingKoAngleJump(s); k > 0 {
		return k // … 밝혔다. <관련기사 3면>
	}
	return trailingKoreanJump(s)
}

// leadingJump returns the end offset of a jump line opening s, or -1.
func leadingJump(s string) int {
	if inner, end, ok := leadingBracket(s); ok && isJumpInner(inner) {
		return end
	}
	if end := koreanJumpEnd(s); end > 0 {
		return end
	}
	if isBareJump(s) || isArrowJump(s) || koAngleJump(s) {
		return len(s)
	}
	return -1
}
