package newstext

import (
	"strings"
	"unicode/utf8"
)

// A local paper's standing box of the day's figures sets each on a row
// of two fields, a label and a count with its counter: 県内の交通事故
// over 発生　１２件（前年比３減） / 死者　０人 / 負傷者　１５人, a fire
// brigade's 出動　８件 / 火災　１件, 死亡　3人 / 受伤　15人. tableRow
// takes no such row (a figure with a Han unit is a figure only beside a
// second one: one alone is a title's phrase as often, 来場者　３万人), so
// a row as wide as the measure read as a wrapped line and was joined to
// the row under it. Two or more such rows one under another are a table
// whatever their width: no wrap of prose leaves a short label, padding
// and a bare count opening two lines running. One alone is left to the
// other rules.
//
// The label is one word of at most eight Han or kana (a middle dot
// inside, 死者・不明者); the count is digits (thousands comma, decimal
// point, 万 or 億 inside, 約 before), a counter of one or two Han or
// か所, and at most a bracketed note after it, （前年比３減）. More words
// after the counter (２人けが), a phrase before the figure (新たに３人), a
// date (１２月６日) or a time (２時間４分) make no count row.

// countRowMax bounds a count row's length in runes.
const countRowMax = 24

// countRow reports a line of a label and a count (see above), its two
// fields parted by spaces.
func countRow(s string) bool {
	// (Asked of every line of a block: a line with no padding inside, or
	// none within a label's reach of its start, is turned away by a byte
	// search before any rune is decoded.)
	if len(s) < 4 || len(s) > countRowMax*utf8.UTFMax {
		return false
	}
	head := s[:min(len(s), countLabelMax*utf8.UTFMax+len("\u3000"))]
	k := strings.Index(head, "\u3000")
	if j := indexSpaceTab(head); j >= 0 && (k < 0 || j < k) {
		k = j
	}
	if k <= 0 || !hasDigit(s[k:]) || !atMost(s, countRowMax) {
		return false
	}
	label, value := s[:k], trimSpace(s[k:])
	return countLabel(label) && countValue(value)
}

// indexSpaceTab is strings.IndexAny(s, " \t") as two byte searches
// (IndexAny builds its set and loops over the bytes, per call).
func indexSpaceTab(s string) int {
	k := strings.IndexByte(s, ' ')
	if j := strings.IndexByte(s, '\t'); j >= 0 && (k < 0 || j < k) {
		k = j
	}
	return k
}

// countRowPair reports two lines one under the other that are count
// rows (countRow): rows of one box.
func countRowPair(a, b string) bool {
	return countRow(a) && countRow(b)
}

// countLabelMax bounds a count row's label in runes.
const countLabelMax = 8

// countLabel reports a count row's label: one word of one to eight Han
// or kana, a middle dot only inside.
func countLabel(t string) bool {
	if !atMost(t, countLabelMax) || strings.HasPrefix(t, "・") || strings.HasSuffix(t, "・") {
		return false
	}
	for _, r := range t {
		if !isHan(r) && !isKana(r) && r != 'ー' && r != '・' {
			return false
		}
	}
	return true
}

// countCounters are the counters in kana a count may end in.
var countCounters = []string{"か所", "カ所", "ヵ所", "ヶ所", "ケ所"}

// countValue reports a count row's count (see above).
func countValue(v string) bool {
	v = strings.TrimPrefix(strings.TrimPrefix(v, "約"), "约")
	i := figureLen(v)
	if i == 0 || i == len(v) {
		return false
	}
	rest := v[i:]
	n := 0
	for _, c := range countCounters {
		if strings.HasPrefix(rest, c) {
			rest, n = rest[len(c):], 1
			break
		}
	}
	for n < 2 && rest != "" {
		r, w := firstRune(rest)
		if !isHan(r) {
			break
		}
		rest, n = rest[w:], n+1
	}
	if n == 0 {
		return false
	}
	if rest == "" {
		return true
	}
	in, end, ok := leadingBracket(rest)
	return ok && end == len(rest) && in != "" && atMost(in, 12) && !hasAnyRune(in, "。、，,！？")
}

// figureLen returns the byte length of the figure opening v: digits,
// with a thousands comma, a decimal point (Japanese ２・４ too) or 万,
// 億, 千 between digits (１万２０００). A 万 not followed by a digit is
// left to the counter (３万人).
func figureLen(v string) int {
	i := 0
	for i < len(v) {
		r, w := runeAt(v, i)
		if isAnyDigit(r) {
			i += w
			continue
		}
		if i == 0 || !strings.ContainsRune(",，.．・万億亿千", r) || i+w >= len(v) {
			break
		}
		if d, _ := runeAt(v, i+w); !isAnyDigit(d) {
			break
		}
		i += w
	}
	return i
}

// markCountRows makes body rows of the count rows one under another
// (countRowPair), each a unit of one line right under the other: a row
// is no title line (a box's rows under its title would read as its
// subheadlines, and the title as no headline over text), and what
// stands under the last row may be a title. Two alone at an article's
// head over its text are a headline and its subheadline (headPair,
// headpair.go), left to the title rules.
func (sc *scorer) markCountRows() {
	us := sc.us
	for i := 0; i < len(us); {
		if !sc.countRowUnit(i) {
			i++
			continue
		}
		j := i + 1
		for j < len(us) && sc.countRowUnit(j) && us[j].line == us[j-1].lastLine+1 {
			j++
		}
		if j-i >= 3 || j-i == 2 && !sc.headPair(i) || sc.besideTableRow(i, j) {
			for k := i; k < j; k++ {
				bodyOnly(&sc.fs[k], false)
				sc.fs[k].row, sc.fs[k].ended = true, true
			}
		}
		i = j
	}
}

// besideTableRow reports the run of count rows i to j (j excluded) set
// right under a table's row of figures, or right over one: a market
// box's last row, 主板成交　1,280億元 under 恒指期貨　20,058點　高水27點,
// is a row of the box however short the box's other rows are (a count
// row alone away from rows is left to the title rules, 来場者　３万人).
func (sc *scorer) besideTableRow(i, j int) bool {
	us := sc.us
	return i > 0 && sc.tableRowUnit(i-1) && us[i].line == us[i-1].lastLine+1 ||
		j < len(us) && sc.tableRowUnit(j) && us[j].line == us[j-1].lastLine+1
}

// tableRowUnit reports unit i a text unit of one line that is a table's
// row (tableRow).
func (sc *scorer) tableRowUnit(i int) bool {
	u := &sc.us[i]
	return u.kind == uText && !u.verbatim && u.line == u.lastLine && tableRow(u.text) > 0
}

// lastBoxRow reports b a row of a label and a count (countRow) right
// under a table's row a: a market box's last row (主板成交　1,280億元 under
// 恒指期貨　20,058點　高水27點), body text, never the kicker of the
// headline under it.
func lastBoxRow(a, b string) bool {
	return countRow(b) && tableRow(a) > 0
}

// countRowUnit reports unit i a text unit of one line that is a count
// row (countRow).
func (sc *scorer) countRowUnit(i int) bool {
	u := &sc.us[i]
	return u.kind == uText && !u.verbatim && u.line == u.lastLine && countRow(u.text)
}
