package newstext

import (
	"slices"
	"strings"
)

// A Chinese-language site heads the comment section under its story with
// the section's name and the count of comments in brackets: on.cc's
// 網民留言（38） over its share row, 网友评论（12）, 留言（5）, 評論 (0).
// Copied with the story it stands alone on its line at the story's foot:
// the site's comment widget, furniture as Korea's 0개의 댓글 is
// (kositetail.go), not a line of the story (blind page hk-oncc-jishi-web).
// Only the header alone is: a sentence that holds it (網民留言（38）則指…),
// a count in words (評論（一）, a series' part) or another bracket
// (讀者留言（節錄）) stays text.

// zhCommentWords name a comment section; zhCommentBy the commenters or
// the comments a site's header may put before the name.
var (
	zhCommentWords = []string{"留言", "評論", "评论", "回應", "回应"}
	zhCommentBy    = []string{"", "網民", "网民", "網友", "网友", "讀者", "读者", "用戶", "用户", "全部", "最新", "熱門", "热门", "精彩"}
)

// zhCommentHead reports a comment section's header and its count alone on
// a line (see above): one of zhCommentBy and one of zhCommentWords, then
// a count of digits (half or full width, a thousands comma allowed) in
// round brackets, a space before them allowed.
func zhCommentHead(s string) bool {
	if !atMost(s, 16) {
		return false
	}
	var inner string
	switch {
	case strings.HasSuffix(s, "）"):
		k := strings.LastIndex(s, "（")
		if k < 0 {
			return false
		}
		s, inner = s[:k], s[k+len("（"):len(s)-len("）")]
	case strings.HasSuffix(s, ")"):
		k := strings.LastIndexByte(s, '(')
		if k < 0 {
			return false
		}
		s, inner = s[:k], s[k+1:len(s)-1]
	default:
		return false
	}
	if inner == "" || len(inner) > 18 {
		return false
	}
	if inner[0] == ',' || inner[len(inner)-1] == ',' {
		return false
	}
	for _, r := range inner {
		if !(r >= '0' && r <= '9' || r >= '０' && r <= '９' || r == ',') {
			return false // (a thousands comma: 留言（1,204）)
		}
	}
	s = strings.TrimRight(s, " 　")
	for _, w := range zhCommentWords {
		if by, ok := strings.CutSuffix(s, w); ok && slices.Contains(zhCommentBy, by) {
			return true
		}
	}
	return false
}
