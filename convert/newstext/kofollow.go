package newstext

import "strings"

// A Korean news site sets a follow button beside its reporter's name
// under the story, 구독 (구독하기, +구독): copied, the line reads
// 이서윤 기자 구독. It is the closing reporter's byline all the same (a
// closing 김하늘 기자 is one); the button's word is no second name, so
// the names are read from what stands before it. The word after anything
// but a reporter's role is left as it was (신문 구독, 정기 구독).

// koFollowButtons are the follow button's words, longest first.
var koFollowButtons = []string{"+ 구독하기", "+구독하기", "구독하기", "+ 구독", "+구독", "구독+", "구독"}

// koFollowButtonTail reports a reporter's line closed by the follow
// button (see above) and returns the line before the button.
func koFollowButtonTail(s string) (string, bool) {
	last, _ := decodeLast(s)
	if last != '독' && last != '기' && last != '+' {
		return "", false
	}
	for _, b := range koFollowButtons {
		if rest, ok := strings.CutSuffix(s, b); ok {
			rest = trimSpace(rest)
			if strings.HasSuffix(rest, "기자") || strings.HasSuffix(rest, "특파원") || strings.HasSuffix(rest, "논설위원") {
				return rest, rest != "기자"
			}
			return "", false
		}
	}
	return "", false
}
