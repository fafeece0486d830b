package newstext

// A lottery's draw notice (开奖公告) sets the numbers drawn as rows of a
// label and the bare numbers after it, parted by spaces: 红球　03　11　17
// 22　28　31 and 蓝球　09 (双色球), 前区　05　12　19　27　33　后区　03
// 11 (大乐透), both groups on one line, a 3D draw's 3　5　7 under its
// label. tableRow counts at most six fields in 24 runes, which six
// numbers and their label outrun: read as text, the row was glued to the
// rows under it into one paragraph, or taken for a title line. A row of
// labels and numbers is a table's row however many numbers it holds.

// numberRowMax bounds a number row's length in runes (快乐8 draws twenty
// numbers: a label and twenty two-digit numbers, spaced).
const numberRowMax = 72

// numberRow returns the fields of a row of labels and bare numbers, or 0
// when s is none: fields parted by spaces, the first a label (a word of
// one to four letters, Han, kana or Latin, no digit: 红球, 前区, 特别号),
// the others labels or numbers of one or two digits, ASCII or
// full-width (03, ９), a lone + or | between groups allowed; three
// numbers at least, and more numbers than labels. A page's numbers
// between its links (上一页　1　2　3　下一页) may read as one: it is no
// title either.
func numberRow(s string) int {
	if s == "" || !atMost(s, numberRowMax) {
		return 0
	}
	if r, _ := firstRune(s); !isLetter(r) {
		return 0 // (a label first: most lines are told by their first rune)
	}
	if !hasDigit(s) {
		return 0 // (three numbers at least: a line of words is not split)
	}
	// The first field is a label of at most four letters (rowLabel; a
	// letter first is no number): a space within the first five runes,
	// letters before it, or no row. Told here, most lines are not split.
	for n, i := 0, 0; ; n++ {
		if n == 5 || i == len(s) {
			return 0
		}
		r, w := runeAt(s, i)
		if isSpace(r) {
			break
		}
		if !isLetter(r) {
			return 0
		}
		i += w
	}
	fields, labels, numbers := 0, 0, 0
	for rest := s; rest != ""; {
		t := rest
		rest = ""
		for i, r := range t {
			if isSpace(r) {
				_, w := firstRune(t[i:])
				t, rest = t[:i], t[i+w:]
				break
			}
		}
		if t == "" {
			continue
		}
		fields++
		switch {
		case t == "+" || t == "＋" || t == "|" || t == "｜":
			if fields == 1 {
				return 0
			}
		case bareSmallNumber(t):
			if fields == 1 {
				return 0
			}
			numbers++
		case rowLabel(t):
			labels++
		default:
			return 0
		}
	}
	if numbers < 3 || numbers <= labels {
		return 0
	}
	return fields
}

// bareSmallNumber reports a number of one or two digits, ASCII or
// full-width, and nothing else: a lottery's ball.
func bareSmallNumber(t string) bool {
	n := 0
	for _, r := range t {
		if !(r >= '0' && r <= '9' || r >= '０' && r <= '９') {
			return false
		}
		n++
	}
	return n >= 1 && n <= 2
}

// rowLabel reports a number row's label: one to four letters (Han, kana
// or Latin), no digit and no mark.
func rowLabel(t string) bool {
	n := 0
	for _, r := range t {
		if !isLetter(r) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 4
}
