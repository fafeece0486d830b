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

// koInlineArrow reports a ▷ line c that goes on with the Korean sentence
// above it, where a ▷ entry under a ▷-led unit is otherwise the next
// entry (arrowEntryPair): prose enumerates after ▷ inline as after △
// (분야별로 ▷생활편의=시는 ▷공영주차장 5곳 / ▷작은도서관 3곳 …을 / 새로
// 짓는다.), and a narrow column's wrap lands on a ▷ as often as anywhere.
// last is the text right above c (the line, or the paragraph); run says
// whether the text above holds a ▷ past its opening (inlineArrow). The
// sentence is open when last is Hangul, ends no sentence, closes nothing
// and announces nothing with a colon, and either stops in a particle or
// ending that leaves its clause open (…시는, …4곳을, …정비하고) or is a
// run of inline items, above or in c (…5곳 / ▷작은도서관 3곳 ▷어린이공원
// …). A box's entries, ▷이순자씨 별세, … 경북대병원 / ▷박상수씨 …,
// ▷기획조정실장 김영호 / ▷경제국장 이민수, hold one ▷ each and end in a
// name or noun: each stays an entry. (은, 이 and 가 close many names,
// ▷총무과장 김지은, and are left out.) The particle or ending counts only
// when the text above enumerates (enum: a run of ▷ items, or a category's
// label set with =, ▷안전=…정비하고): a one-item entry ends in a noun
// that may end in the same syllable, a school (▷김영호 경북고) or a
// division (▷김영호 청년정책과), and stays an entry (review 30b).
func koInlineArrow(last string, run, enum bool, c string) bool {
	if !hasHangul(last) || endsSentence(last) || closedLine(last) {
		return false
	}
	if enum && strings.ContainsRune("는을를에의와과및고며", lastRune(last)) {
		return true
	}
	return run || inlineArrow(c)
}

// arrowLabel reports ▷ text s setting a category's label with =
// (▷안전=노후 보행로 …), the form of a prose list's item, not an entry.
func arrowLabel(s string) bool {
	return strings.ContainsAny(s, "=＝")
}

// inlineArrow reports s holding a ▷ past its opening one: an item of an
// inline run (▷작은도서관 3곳 ▷어린이공원 4곳을).
func inlineArrow(s string) bool {
	return strings.Contains(strings.TrimPrefix(s, "▷"), "▷")
}

// arrowNextEntry reports ▷ text c as the next entry under text p that
// opened with ▷ (arrowEntryPair), not the rest of an inline run's
// sentence that p leaves open (koInlineArrow): the join's form, p the
// paragraph above.
func arrowNextEntry(p, c string) bool {
	run := inlineArrow(p)
	return arrowEntryPair(p, c) && !koInlineArrow(p, run, run || arrowLabel(p), c)
}

// arrowUnitNextEntry is arrowNextEntry for a block's line c under the
// lines of the unit so far: the unit opened with ▷, and the line right
// above c is the text c may go on from.
func arrowUnitNextEntry(unit []srcLine, c string) bool {
	if len(unit) == 0 || !arrowEntryPair(unit[0].text, c) {
		return false
	}
	run := inlineArrow(unit[0].text)
	label := false
	for i, l := range unit {
		if i > 0 {
			run = run || strings.Contains(l.text, "▷")
		}
		label = label || arrowLabel(l.text)
	}
	return !koInlineArrow(unit[len(unit)-1].text, run, run || label, c)
}

// koRunWrapped reports a line above that set its run's items several to
// a line: the mark (▲ or △) stands on it after text, an item begun in
// the line's middle (▲1970년 부산 출생 ▲서울대 경제학과 졸업 ▲미국 …
// MBA). Such a run wraps where the measure falls, as prose does, and
// the mark opening the line under it is the run's next item on the same
// paragraph (a profile box's 약력 wrapped over three lines), not a new
// unit. A list set an item a line has no mark past a line's start.
func koRunWrapped(above string, mark rune) bool {
	_, w := firstRune(above)
	k := strings.IndexRune(above[w:], mark)
	return k >= 0 && trimSpace(above[w:w+k]) != ""
}

// koRunAfter reads a line with no mark under a Korean run of ▲ or △
// items set several to a line (koRunWrapped) that the wrap may have cut
// inside its last item: the unit's lines so far all open with the mark,
// there are two or more of them, each holds the mark again after text,
// and the last stops in no sentence's end, as full as the widest of
// them (▲한빛증권 … ▲2018년 over 한빛해양금융 대표(현)). Such a line is
// the item's tail and goes on with it, unless it reads as a credit on
// its own (김한결 기자 hkim@…, parseBylineLine): that is the story's
// byline set right under the run with no blank line, and it opens a
// unit (credit), or the story would lose its end and the next story's
// title would run into its text. A run's last line ending short of the
// others ended the run (a head or title may follow on the page's next
// line), and a list set an item a line is no run.
func koRunAfter(unit []srcLine, l string) (tail, credit bool) {
	if len(unit) < 2 {
		return false, false
	}
	mark, _ := firstRune(unit[0].text)
	if mark != '▲' && mark != '△' {
		return false, false
	}
	if r, _ := firstRune(l); !isHangul(r) && (r < '0' || r > '9') {
		return false, false
	}
	widest := 0
	for _, u := range unit {
		if r, _ := firstRune(u.text); r != mark || !koRunWrapped(u.text, mark) || !hasHangul(u.text) {
			return false, false
		}
		widest = max(widest, lineColumns(u))
	}
	last := unit[len(unit)-1]
	if endsSentence(last.text) || closedLine(last.text) || lineColumns(last)*10 < widest*9 {
		return false, false
	}
	if _, ok := parseBylineLine(l); ok {
		return false, true
	}
	return true, false
}
