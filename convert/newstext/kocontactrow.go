package newstext

import "strings"

// A Korean notice closes each item with where to ask, 문의: 031-820-5512,
// a contact's label, a colon and a telephone number (an office's name may
// stand before it: 문의: 한빛시교육청 진로교육과 031-820-5512). No
// sentence's wrap leaves such a label and a colon at a line's start, so
// the row is one alone, as a death notice's 빈소: … is (koNoticeRow): a
// line of its own under the item's last sentence, never glued to it, and
// a paragraph, never a title (a row is no headline, however short).

// koContactLabels are the labels of a contact's row.
var koContactLabels = [...]string{"문의", "문의처", "연락처", "전화", "신청·문의"}

// koContactRow reports a line that is a contact's label (koContactLabels),
// a colon and a value ending in a telephone number (koPhoneNumber); the
// row's form is koFieldRow's, asked by the caller.
func koContactRow(s string) bool {
	for _, l := range koContactLabels {
		rest, ok := strings.CutPrefix(s, l)
		if !ok {
			continue
		}
		rest = trimSpace(rest)
		r, w := firstRune(rest)
		if r != ':' && r != '：' {
			return false
		}
		v := strings.TrimRight(trimSpace(rest[w:]), ")）")
		if k := strings.LastIndexByte(v, ' '); k >= 0 {
			v = v[k+1:]
		}
		if k := strings.LastIndexAny(v, "(（"); k >= 0 {
			_, w := firstRune(v[k:])
			v = v[k+w:] // (진로교육과(031-820-5512): the number in its bracket)
		}
		return koPhoneNumber(v)
	}
	return false
}

// koPhoneNumber reports a Korean telephone number: digit groups parted by
// hyphens, seven to eleven digits in all (031-820-5512, 1588-1234,
// 02-123-4567).
func koPhoneNumber(s string) bool {
	digits, hyphens := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '-' && i > 0 && i+1 < len(s) && s[i-1] != '-':
			hyphens++
		default:
			return false
		}
	}
	return hyphens >= 1 && digits >= 7 && digits <= 11
}
