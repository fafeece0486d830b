package newstext

import (
	"strings"
)

// isJumpInner reports the inside of a jump line: 下转第三版, 上接第1版 …
func isJumpInner(s string) bool {
	s = trimSpace(s)
	if !strings.HasSuffix(s, "版") && !strings.HasSuffix(s, "版）") {
		return false
	}
	for _, p := range []string{"下转", "上接", "转", "接", "续", "承", "紧接"} {
		if strings.HasPrefix(s, p) {
			return atMost(s, 16)
		}
	}
	return false
}

// trailingJump returns the offset of a jump line ending s, or -1.
func trailingJump(s string) int {
	if start, inner, ok := trailingBracket(s); ok && isJumpInner(inner) {
		return start
	}
	return -1
}

// leadingJump returns the end offset of a jump line opening s, or -1.
func leadingJump(s string) int {
	if inner, end, ok := leadingBracket(s); ok && isJumpInner(inner) {
		return end
	}
	return -1
}
