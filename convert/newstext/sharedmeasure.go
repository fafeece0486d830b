package newstext

import "sort"

// A page's furniture is set in widths of its own: a box score's record
// line (▽三塁打　佐藤（松）▽二塁打…), its battery line and line score, a
// table's rows, a folio run across the page. Taken for text, three
// such lines made the third widest wrapped line — the measure — wider
// than every body line of a narrow column, so that each full line of
// text stopped "short" of it and read as a title line. The measure is
// the width the page's full lines of text share: rows (rowLine) are set
// aside when the page has enough other lines to measure, and so are a
// few lines much wider than the width most lines share (sharedMeasure).

// measureBesideFurniture returns the measure and the bare measure (see
// pageMeasures) of a page whose wrapped lines have widths cs, widths
// less hung punctuation bs, and rows marking its table rows, or ok
// false when neither rows nor a few wide lines move it from the third
// widest of all. rs (nil, or returning as many as cs) gives the widths
// counted by characters, each as wide as an ideograph, asked for only when
// the widths in columns share none (charmeasure.go).
func measureBesideFurniture(cs, bs []int, rows []bool, rs func() []int) (m, bare int, ok bool) {
	text := 0
	for _, r := range rows {
		if !r {
			text++
		}
	}
	keep := func(int) bool { return true }
	if text >= 8 && text < len(rows) {
		keep = func(i int) bool { return !rows[i] }
	}
	ws := make([]int, 0, len(cs))
	for i, c := range cs {
		if keep(i) {
			ws = append(ws, c)
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(ws)))
	if m, ok := sharedMeasure(ws); ok {
		return m, thirdWidest(cs, bs, func(i int) bool { return keep(i) && cs[i] <= m }), true
	}
	if m, ok := sharedCharMeasure(rs, keep, ws[2]); ok { // (len(ws) >= 3: pageMeasuresRows)
		return m, thirdWidest(cs, bs, func(i int) bool { return keep(i) && cs[i] <= m }), true
	}
	if text == len(rows) || len(ws) == len(cs) {
		return 0, 0, false
	}
	return ws[2], thirdWidest(cs, bs, keep), true
}

// sharedMeasure sets aside the few lines wider than the width most
// wrapped lines share: when many of them (at least eight, and a third
// of all) are within a wide character of one width (a digit, kinsoku,
// a one-U+3000 indent), and the lines wider than it by more than a wide
// character are few (three, or a quarter as many), the measure is the
// third widest of the rest. (A subheadline
// or a row may run one character over the column.) ws holds the widths
// sorted widest first; ok is false when no such width stands out, and
// the third widest of all stands.
func sharedMeasure(ws []int) (int, bool) {
	if len(ws) < 8 {
		return 0, false
	}
	count := make(map[int]int, 16)
	mode := 0
	for _, w := range ws {
		count[w]++
		if c := count[w]; c > count[mode] || c == count[mode] && w > mode {
			mode = w
		}
	}
	shared := count[mode] + count[mode-1] + count[mode-2]
	limit := mode + 2
	if ws[2] <= limit || shared < 8 || shared*3 < len(ws) {
		return 0, false
	}
	wider := 0
	for _, w := range ws {
		if w > limit {
			wider++
		}
	}
	if wider > 3 && wider*4 > shared || len(ws)-wider < 3 {
		return 0, false
	}
	return ws[wider+2], true
}

// thirdWidest returns the third widest of the bare widths bs whose
// lines keep admits (0 with fewer than three).
func thirdWidest(cs, bs []int, keep func(int) bool) int {
	var top topThree
	for i := range cs {
		if keep(i) {
			top.add(bs[i])
		}
	}
	return top[2]
}

// topThree holds the three largest of the widths added, largest first
// (0 where fewer were added).
type topThree [3]int

// add takes width b into t.
func (t *topThree) add(b int) {
	switch {
	case b > t[0]:
		*t = topThree{b, t[0], t[1]}
	case b > t[1]:
		t[1], t[2] = b, t[1]
	case b > t[2]:
		t[2] = b
	}
}
