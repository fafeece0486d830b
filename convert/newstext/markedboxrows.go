package newstext

// A box that marks each of its rows with one bullet, ■北海漁業協定小檔案 /
// ●簽署：1977年 / ●締約方：挪威、歐盟 / ●涵蓋魚種：… / ●談判周期：每年一次
// (three or more marked label：value rows, markedRow, one under another
// with no blank line, the same mark on each), keeps its rows paragraphs
// and its title over them as it was, but its last row is never the next
// story's kicker: the title lines under it read as after a paragraph
// (土耳其東部黎克特制6.1級地震 / 最少12死逾百傷, headline and subheadline),
// as under a plain box's last row (markFactBoxRuns, finishedText). Before,
// the short last row was title-like, a headline under it had to take it
// for its kicker, and the grammar made the next story's headline one more
// paragraph of the box and its subheadline a head of the story above.

// markMarkedBoxRows makes no kicker of any row of such a box.
func (sc *scorer) markMarkedBoxRows() {
	for i := 0; i < len(sc.us); {
		_, end := sc.markedBoxRun(i)
		if end-i >= minFactBoxRun {
			for k := i; k < end; k++ {
				sc.fs[k].noKicker = true
			}
		}
		i = max(end, i+1)
	}
}

// markedBoxRun returns the run of marked rows (markedRow) with the same
// mark as unit i's, on the lines right over and under it with no blank
// line between, as units [start, end); end is i when unit i is no marked
// row.
func (sc *scorer) markedBoxRun(i int) (start, end int) {
	u := &sc.us[i]
	if u.para || u.verbatim || !markedRow(u) {
		return i, i
	}
	m, _ := firstRune(u.text)
	same := func(j int) bool {
		v := &sc.us[j]
		if v.para || v.verbatim || !markedRow(v) {
			return false
		}
		r, _ := firstRune(v.text)
		return r == m
	}
	start, end = i, i+1
	for start > 0 && sc.us[start].line == sc.us[start-1].lastLine+1 && same(start-1) {
		start--
	}
	for end < len(sc.us) && sc.us[end].line == sc.us[end-1].lastLine+1 && same(end) {
		end++
	}
	return start, end
}

// markedBoxEnd reports unit p as the last row of a marked box
// (markMarkedBoxRows): finished text, which the next story's title lines
// may stand under, and no title line of theirs.
func (sc *scorer) markedBoxEnd(p int) bool {
	if !sc.fs[p].noKicker || sc.us[p].kind != uText {
		return false // (the cheap test first: markMarkedBoxRows set it)
	}
	if p+1 < len(sc.us) && sc.us[p+1].line == sc.us[p].lastLine+1 && markedRow(&sc.us[p+1]) {
		return false // (a row under it: the run goes on)
	}
	start, end := sc.markedBoxRun(p)
	return end == p+1 && end-start >= minFactBoxRun
}
