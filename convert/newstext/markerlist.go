package newstext

import "strings"

// markerList reports a line that opens with a bullet (▲, △, ■ …) and
// holds the same bullet again after text: the run-on items of a list
// (▲ 서울 -1도 ▲ 인천 0도 ▲ 수원 -2도, ▲开放时间 ▲票价), as Korean and
// Chinese papers set a list's items on one line. A photo's caption or a
// section head opens with its marker once. Most texts open with no
// bullet and are not searched. A bullet that closes the line with
// nothing after it frames a head (◇岡谷市◇, ◆県内◆: a 地方紙's town
// head) and starts no second item.
func markerList(s string) bool {
	r, w := firstRune(s)
	switch r {
	case '●', '○', '■', '□', '◆', '◇', '▲', '△', '★', '☆', '▶', '►', '◎', '◉', '•':
	default:
		return false
	}
	rest := strings.TrimLeft(s[w:], string(r)) // (★★★ 추천: a rating, one mark)
	k := strings.IndexRune(rest, r)
	return k > 0 && trimSpace(rest[:k]) != "" && trimSpace(strings.TrimLeft(rest[k:], string(r))) != ""
}
