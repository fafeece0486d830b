package newstext

import "strings"

// Korean papers send the reader to another page in brackets, as Chinese
// and Japanese ones do: a story cut on the front page ends with
// (3면에 계속) or (3면으로 계속) and goes on under (1면에서 계속), and a
// story points at its sidebar with <관련기사 3면> (the angle brackets of
// the regional papers, mixed as typing or OCR gives them, ‹관련기사 3면>,
// or round or square ones). Alone on its line or run on after the cut
// paragraph, it is a jump, not a line of the paragraph above it (the
// column-break join had glued (3면에 계속) to the cut sentence), and the
// title under it opens the next story. A bracket holding other words,
// the serial's (계속), a bare page (3면) or an instalment (2회에 계속),
// is no jump.

// koJumpWords returns the length of a Korean jump's words opening s, or
// 0: 관련기사 (관련 기사) and one page or more (관련기사 A3면, 관련기사
// 3·4면), or one page and 계속 after 에, 으로, 에서 or 서 (3면에 계속,
// 3면으로 계속, 1면에서 계속, A1면서 계속, 3면 계속).
func koJumpWords(s string) int {
	rest, related := strings.CutPrefix(s, "관련기사")
	if !related {
		rest, related = strings.CutPrefix(s, "관련 기사")
	}
	if related {
		rest = strings.TrimLeft(rest, " ")
	}
	n := koPagesEnd(rest)
	if n == 0 {
		return 0
	}
	if related {
		return len(s) - len(rest) + n
	}
	tail := rest[n:]
	for _, p := range []string{"에서", "으로", "에", "서"} {
		if t, ok := strings.CutPrefix(tail, p); ok {
			tail = t
			break
		}
	}
	tail = strings.TrimLeft(tail, " ")
	if !strings.HasPrefix(tail, "계속") {
		return 0
	}
	return len(s) - len(tail) + len("계속")
}

// koPagesEnd returns the length of the pages opening s up to and with
// their 면 (A14면, 3·4면, A14·15면, 3, 4면), or 0.
func koPagesEnd(s string) int {
	i, digits := 0, 0
scan:
	for i < len(s) {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z' && (i == 0 || !isASCIIDigit(s[i-1])):
			i++
		case isASCIIDigit(c):
			i++
			digits++
		case c == ',' || c == ' ':
			i++
		case strings.HasPrefix(s[i:], "·"):
			i += len("·")
		default:
			break scan
		}
	}
	if digits == 0 || digits > 8 || !strings.HasPrefix(s[i:], "면") {
		return 0
	}
	return i + len("면")
}

// isKoreanJumpInner reports the inside of a bracketed Korean jump, all of
// it the jump's words (koJumpWords).
func isKoreanJumpInner(s string) bool {
	s = trimSpace(s)
	n := koJumpWords(s)
	return n > 0 && n == len(s)
}

// koAngleJump reports a Korean jump in angle brackets taking all of s:
// <관련기사 3면>, 〈3면에 계속〉, ‹관련기사 3면>.
func koAngleJump(s string) bool {
	start, in, ok := koAngleCredit(s)
	return ok && start == 0 && isKoreanJumpInner(in)
}

// trailingKoAngleJump returns the offset of a Korean jump in angle
// brackets ending s after its paragraph's text and a space or a
// sentence's end (… 밝혔다. <관련기사 3면>), or -1.
func trailingKoAngleJump(s string) int {
	start, in, ok := koAngleCredit(s)
	if !ok || start == 0 || !isKoreanJumpInner(in) {
		return -1
	}
	if r, _ := decodeLast(s[:start]); isSpace(r) || endsSentence(s[:start]) {
		return start
	}
	return -1
}
