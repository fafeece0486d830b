package newstext

import "strings"

// noiseTipLine names a news site's call for tips (see tipLine).
const noiseTipLine = "tip line"

// tipWords open the number a site gives readers to send it news.
var tipWords = []string{"报料", "報料", "爆料", "新闻热线", "新聞熱線", "报料热线", "報料熱線", "爆料热线", "爆料電話", "爆料电话", "报料电话", "報料電話"}

// tipLine reports a site's tip line under a story, 澎湃新闻报料：021-962866:
// a tip word (after the site's name, at most 12 runes) before a colon and
// a telephone number (digits, hyphens, spaces, at most 24 bytes).
func tipLine(s string) bool {
	k := strings.Index(s, "：")
	w := len("：")
	if j := strings.IndexByte(s, ':'); j >= 0 && (k < 0 || j < k) {
		k, w = j, 1
	}
	if k <= 0 || !atMost(s[:k], 12) {
		return false
	}
	head, num := s[:k], trimSpace(s[k+w:])
	if num == "" || len(num) > 24 {
		return false
	}
	if !hasAnySuffix(head, tipWords) {
		return false
	}
	digits := 0
	for i := 0; i < len(num); i++ {
		switch c := num[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '-' || c == ' ' || c == '+' || c == '(' || c == ')':
		default:
			return false
		}
	}
	return digits >= 5
}
