package newstext

import (
	"unicode/utf8"
	"unsafe"
)

// blockLines holds the lines of the block splitBlock is cutting, with the
// summary (textSum) of each short line, made when first asked for:
// splitBlock asks whether a line is a title line when it comes to it, again
// as the line before the next, and for the block as a whole, and each
// answer would otherwise scan the line for its length and punctuation.
// A builder keeps one, whose buffers serve block after block.
type blockLines struct {
	ls   []srcLine
	sums []textSum
	done []bool
	rows []int8 // tableRow of each line, plus one; 0 when not asked yet
	// titles holds titleLine of each line: 0 not asked yet, 1 no, 2 yes
	// (asked of a line when splitBlock comes to it, again as the line
	// before the next, and for the block's first lines as a whole).
	titles []uint8
	// facts holds the facts of each line that splitBlock asks of it as
	// the line it comes to and again as the line above the next (or of
	// the line over the next as the line above it): the bits of
	// lineFacts, each fact's answer beside the bit saying it was asked.
	facts []uint8
	// capEnds holds captionRunEnd of each line, plus two; 0 when not
	// asked yet (koIndentCut asks it of a unit's first line for every
	// line of the unit, and of a line again after each finished
	// sentence: each answer joins and classifies the run of lines).
	capEnds []int32
}

// The facts of a line blockLines works out once: for each, a bit saying
// it was asked, and the answer in the bit above it.
const (
	factStamp     = 1 << iota // stampLine
	factStampYes              //
	factBox                   // boxRow
	factBoxYes                //
	factKicker                // isKickerTextSum
	factKickerYes             //
	factShort                 // endsShortLine over the next line (builder.endsShortAt)
	factShortYes              //
)

// fact returns fact f (one of the asked bits above) of line i, working it
// out by ask when it was not asked yet.
func (bl *blockLines) fact(i int, f uint8, ask func(string) bool) bool {
	v := bl.facts[i]
	if v&f == 0 {
		v |= f
		if ask(bl.ls[i].text) {
			v |= f << 1
		}
		bl.facts[i] = v
	}
	return v&(f<<1) != 0
}

// stampLine is stampLine for line i; a line taken for a stamp only for
// its bare clock (clockOnlyStamp) is none in a run of clock-led rows
// (clockrows.go).
func (bl *blockLines) stampLine(i int) bool {
	return bl.fact(i, factStamp, func(s string) bool {
		return stampLineSum(s, bl.sum(i)) && !(clockOnlyStamp(s) && bl.clockRun(i))
	})
}

// boxRow is boxRow for line i.
func (bl *blockLines) boxRow(i int) bool { return bl.fact(i, factBox, boxRow) }

// reset makes bl hold the block ls, with no line summarised yet.
func (bl *blockLines) reset(ls []srcLine) {
	bl.ls = ls
	if cap(bl.sums) < len(ls) {
		bl.sums = make([]textSum, len(ls))
		bl.done = make([]bool, len(ls))
		bl.rows = make([]int8, len(ls))
		bl.titles = make([]uint8, len(ls))
		bl.facts = make([]uint8, len(ls))
		bl.capEnds = make([]int32, len(ls))
	}
	bl.sums, bl.done, bl.rows, bl.titles, bl.facts = bl.sums[:len(ls)], bl.done[:len(ls)], bl.rows[:len(ls)], bl.titles[:len(ls)], bl.facts[:len(ls)]
	bl.capEnds = bl.capEnds[:len(ls)]
	clear(bl.done)
	clear(bl.rows)
	clear(bl.titles)
	clear(bl.facts)
	clear(bl.capEnds)
}

// seedRows takes the tableRow and boxRow of bl's lines from page, the
// lines the page was measured with, texts, their texts then, rows,
// their tableRow plus one where pageMeasures asked it (0 where not), and
// boxes, their boxRow facts where it asked that: bl's lines are a run of
// page's, and pageMeasures asked them of most of them. A line whose text
// is no longer the one measured is asked afresh.
func (bl *blockLines) seedRows(page []srcLine, texts []string, rows []int8, boxes []uint8) {
	if len(bl.ls) == 0 || len(page) == 0 || len(rows) != len(page) || len(texts) != len(page) || len(boxes) != len(page) {
		return
	}
	size := unsafe.Sizeof(srcLine{})
	off := uintptr(unsafe.Pointer(&bl.ls[0])) - uintptr(unsafe.Pointer(&page[0]))
	if off%size != 0 || off/size >= uintptr(len(page)) {
		return // (not a run of page's lines; off wraps round when before it)
	}
	k := int(off / size)
	if k+len(bl.ls) > len(page) {
		return
	}
	for i := range bl.ls {
		if rows[k+i] != 0 && bl.ls[i].text == texts[k+i] {
			bl.rows[i] = rows[k+i]
			bl.facts[i] |= boxes[k+i]
		}
	}
}

// row is tableRow for line i, worked out once: splitBlock asks it of a
// line as the second of a pair of rows and again as the first of the
// next pair.
func (bl *blockLines) row(i int) int {
	if bl.rows[i] == 0 {
		bl.rows[i] = int8(tableRow(bl.ls[i].text)) + 1 // (at most numberRowMax/2 fields)
	}
	return int(bl.rows[i]) - 1
}

// headerOver is headerOver for line i over line i+1, with the lines'
// tableRow from the block's memo: splitBlock asks it of a pair of lines
// as the line and the line under it, again as the line above and the
// line, and two lines ahead after a finished sentence.
func (bl *blockLines) headerOver(i int) bool {
	n := bl.row(i + 1)
	if n == 0 {
		return false
	}
	header := bl.ls[i].text
	h := paddedRow(header)
	if h == 0 {
		h = wordRow(header)
	}
	if h == 0 && (koreanPlainRow(bl.ls[i+1].text) || koreanStandingsRow(bl.ls[i+1].text)) {
		h = koreanHeader(header) // 구분 전월 당월 증감 (kotable.go)
	}
	if h == 0 && n > 6 {
		h = wideHeader(header) // 名次　球队　场次　胜　平　负　积分 (standings.go)
	}
	return h == n && bl.row(i) == 0
}

// koreanHeaderUnder is koreanHeaderUnder (kotable.go) for line i, a
// Korean header row, under line i-1, its table's unit title, and over
// line i+1, its first row, with the row's tableRow from the block's memo.
func (bl *blockLines) koreanHeaderUnder(i int) bool {
	if i < 1 || i+1 >= len(bl.ls) || !unitTitle(bl.ls[i-1].text) {
		return false
	}
	n := bl.row(i + 1)
	return n > 0 && hasHangul(bl.ls[i+1].text) && koreanHeaderOf(bl.ls[i].text, true) == n && bl.row(i) == 0
}

// rowPair reports lines i and j rows of one table: both rows, with the
// same number of fields, or one more in a row under its election mark
// (当　１２，４０８　高木誠一　無新 over ９，８７６　大野和夫　無現, the
// loser's row unmarked: votecount.go) (cache_test.go holds it to the
// plain rowPair), or two rows of a label and a count, which are rows
// only so paired (countRowPair: 死者　０人 over 負傷者　１５人).
func (bl *blockLines) rowPair(i, j int) bool {
	n := bl.row(i)
	if n == 0 {
		return countRowPair(bl.ls[i].text, bl.ls[j].text)
	}
	m := bl.row(j)
	return m == n || m == n+1 && electionRow(bl.ls[j].text) || m == n-1 && electionRow(bl.ls[i].text)
}

// maxSummedLine is the longest line in bytes blockLines summarises: a
// longer one has more runes than any title line (isKickerText allows 48),
// which the recognisers tell without a scan.
const maxSummedLine = 48 * utf8.UTFMax

// sum returns the summary of line i, or nil for a long line.
func (bl *blockLines) sum(i int) *textSum {
	if len(bl.ls[i].text) > maxSummedLine {
		return nil
	}
	if !bl.done[i] {
		bl.sums[i], bl.done[i] = summarize(bl.ls[i].text), true
	}
	return &bl.sums[i]
}

// titleLine is isTitleLine for line i.
func (bl *blockLines) titleLine(i int) bool {
	if bl.titles[i] == 0 {
		bl.titles[i] = 1
		// (isTitleLineSum, its kicker test from the line's facts: splitBlock
		// asks kickerText of a unit's first line too.)
		s := bl.ls[i].text
		if (bl.kickerText(i) || headMarkerSum(s, bl.sum(i)) != "") && !endsClause(s) {
			bl.titles[i] = 2
		}
	}
	return bl.titles[i] == 2
}

// kickerText is isKickerText for line i.
func (bl *blockLines) kickerText(i int) bool {
	v := bl.facts[i]
	if v&factKicker == 0 {
		v |= factKicker
		if isKickerTextSum(bl.ls[i].text, bl.sum(i)) {
			v |= factKickerYes
		}
		bl.facts[i] = v
	}
	return v&factKickerYes != 0
}

// allTitleLines is allTitleLines for the block's first n lines.
func (bl *blockLines) allTitleLines(n int) bool { return bl.titleLines(0, n) }

// titleLines reports whether lines from to to (exclusive) are all title
// lines.
func (bl *blockLines) titleLines(from, to int) bool {
	for i := from; i < to; i++ {
		if !bl.titleLine(i) {
			return false
		}
	}
	return true
}

// groupLines reports whether lines from to to (exclusive) may all be
// lines of a title group: title lines, or lines that speak for someone
// (政府：…, a subheadline's form; see attributedTitle).
func (bl *blockLines) groupLines(from, to int) bool {
	for i := from; i < to; i++ {
		if !bl.titleLine(i) && !attributedTitle(bl.ls[i].text) {
			return false
		}
	}
	return true
}

// index returns the index in the block of the first of ls, or -1 when ls
// is not a run of the block's lines (a copy, or another block's).
func (bl *blockLines) index(ls []srcLine) int {
	if len(ls) == 0 || len(bl.ls) == 0 {
		return -1
	}
	size := unsafe.Sizeof(srcLine{})
	off := uintptr(unsafe.Pointer(&ls[0])) - uintptr(unsafe.Pointer(&bl.ls[0]))
	if off%size != 0 || off/size >= uintptr(len(bl.ls)) {
		return -1
	}
	i := int(off / size)
	if i+len(ls) > len(bl.ls) || &bl.ls[i] != &ls[0] {
		return -1
	}
	return i
}

// joinedSum returns the summary of text, the lines ls joined
// (joinLines), made of the summaries of the lines instead of a pass over
// text; nil when text is too long to summarise (summaryFor) or ls are not
// the block's lines or one of them is too long to have a summary. A
// joined text's runes are its lines' and the spaces joinLines put between
// them; it holds the key runes they hold.
func (bl *blockLines) joinedSum(ls []srcLine, text string) (textSum, bool) {
	if len(text) > maxSummed {
		return textSum{}, false
	}
	i := bl.index(ls)
	if i < 0 {
		return textSum{}, false
	}
	var sum textSum
	n := 0
	for k := range ls {
		if k > 0 && ls[k].ideo {
			return textSum{}, false // (perhaps joined with its U+3000: paddedWrap)
		}
		sm := bl.sum(i + k)
		if sm == nil {
			return textSum{}, false
		}
		sum.runes += sm.runes
		sum.keys |= sm.keys
		n += len(ls[k].text)
	}
	if seps := len(text) - n; seps > 0 {
		// (Each a space: see joinLines.)
		sum.runes += seps
		sum.keys |= sumTable()[' ']
	}
	return sum, true
}
