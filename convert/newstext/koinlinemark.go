package newstext

import "strings"

// koInlineMark reports a line opening with ▲ or △ that goes on with the
// Korean sentence of the line above: Korean papers enumerate inline
// (주요 변경 노선은 △502번(…) △747번(…) 등이다), and the wrap puts a
// mark at a line's start as often as anywhere else. Such a mark opens no
// unit (and the unit is no photo's caption): the line above is Hangul
// and stops mid-sentence, either in an open particle (…노선은, …낙폭이)
// or after an item of the same run (…흥덕구(-0.12%) △청주 / 상당구(…)
// / △충주). A mark under a finished sentence, a colon or a title-like
// line with no mark yet still opens its caption or list; a list whose
// items each open their own line from the unit's first line is the list
// rule's (itemBullet).
func koInlineMark(unit []srcLine, l string) bool {
	r, _ := firstRune(l)
	if r != '△' && r != '▲' || len(unit) == 0 {
		return false
	}
	prev := unit[len(unit)-1].text
	if !hasHangul(prev) || !hasHangul(l) || endsSentence(prev) || closedLine(prev) {
		return false
	}
	switch last := lastRune(prev); {
	case last == ':' || last == '：':
		return false // 일정은 다음과 같다: / ▲…: a list announced
	case strings.ContainsRune("은는이가을를에의와과도로및", last):
		return true // the sentence is open: its object or subject follows
	}
	mark := string(r)
	for _, u := range unit {
		if strings.Contains(u.text, mark) {
			return true // an item of the run above: the run goes on
		}
	}
	return false
}
