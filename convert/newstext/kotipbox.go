package newstext

import "strings"

// A Korean broadcaster's web copy closes with its tip box: a slogan line
// opened by a mark, ※ '당신의 제보가 뉴스가 됩니다' (YTN; SBS's '당신의
// 제보가 뉴스로 만들어집니다'), then one line for each way to reach the
// newsroom, its channel named in square brackets, [카카오톡] YTN 검색해 채널
// 추가, [전화] 02-398-8585, [메일] social@ytn.co.kr. The box is the site's
// furniture, as KBS's ▣ 제보 하기 / ◇ 전화 : … is (koreanCallLine), and
// each line a unit of its own, never one paragraph joined.

// koreanTipContact reports a tip box's line for one channel: the channel
// in square brackets (카카오톡, 전화, 메일, 문자, 팩스), then the way to reach it, an address (isEmail), a
// phone number (digits and hyphens) or, for a messenger, a short
// instruction.
func koreanTipContact(s string) bool {
	inner, end, ok := leadingBracket(s)
	if !ok || !atMost(s, 40) {
		return false
	}
	ch, rest := trimSpace(inner), trimSpace(s[end:])
	if rest == "" {
		return false
	}
	switch ch {
	case "메일", "이메일":
		return isEmail(rest)
	case "전화", "문자", "팩스":
		return phoneNumber(rest)
	case "카카오톡", "카톡":
		return !strings.ContainsAny(rest, ".?!") // YTN 검색해 채널 추가, not a speaker's sentence
	}
	return false
}

// phoneNumber reports a Korean phone number as a tip box sets it:
// 02-398-8585, 1588-0000, #5000 (digits parted by hyphens).
func phoneNumber(s string) bool {
	s = strings.TrimPrefix(s, "#")
	digits := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '-' && i > 0 && i < len(s)-1:
		default:
			return false
		}
	}
	return digits >= 4 && digits <= 12
}
