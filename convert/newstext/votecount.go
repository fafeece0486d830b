package newstext

import "strings"

// A figure of four digits or more may carry a thousands comma, ASCII or
// full-width as a Japanese page sets its digits: 12,408, １２，４０８. The
// comma is the figure's, not a clause's and not the mark of a numbered
// head (１．, 一、): an election night's result rows, `当　１２，４０８　高木
// 誠一　無新` over `　９，８７６　大野和夫　無現`, are rows of a table (a
// paragraph each), where the second read as a head numbered ９， and the
// first, its comma a clause's, as a title line. A result row may open
// with the winner's mark, 当 or 当選, ◎ or ○ (落 for the loser): a field
// of its own, or a bullet over the row, which is no head's bullet.

// thousandsCommaAt reports the comma (ASCII or full-width) at byte i of s
// a figure's thousands comma: a digit (of either width) before it and
// exactly three after it, then no further digit unless another comma
// parts the next three.
func thousandsCommaAt(s string, i int) bool {
	if i <= 0 || i >= len(s) {
		return false
	}
	c, w := firstRune(s[i:])
	if c != ',' && c != '，' {
		return false
	}
	if p, _ := decodeLast(s[:i]); !isAnyDigit(p) {
		return false
	}
	j := i + w
	for n := 0; n < 3; n++ {
		r, w := firstRune(s[j:])
		if !isAnyDigit(r) {
			return false
		}
		j += w
	}
	r, _ := firstRune(s[j:])
	return !isAnyDigit(r)
}

// electionMarks open an election result's row as the winner's (or the
// loser's) mark: 当 (当選), 落 (落選), or the bullet ◎ ○ 〇 a paper sets
// for 当 in its place.
var electionMarks = []string{"当選", "落選", "当", "落", "◎", "○", "〇"}

// electionRow reports an election result's row under its mark: the mark
// (electionMarks), a space, then a table's row (tableRow) whose first
// field is the bare vote count, 当　１２，４０８　高木誠一　無新,
// ◎　９，８７６　大野和夫　無現. A bullet over a head's words
// (◎市長選の構図, ◎ 2025年の展望) is none: its first field is no bare
// figure.
func electionRow(s string) bool {
	for _, m := range electionMarks {
		rest, ok := strings.CutPrefix(s, m)
		if !ok {
			continue
		}
		if r, _ := firstRune(rest); !isSpace(r) {
			return false
		}
		rest = trimSpace(rest)
		first, _, _ := strings.Cut(rest, " ")
		first, _, _ = strings.Cut(first, "\u3000")
		return first != "" && bareFigure(first) && tableRow(rest) >= 2
	}
	return false
}

// bareFigure reports a field of digits only, with thousands commas
// between them: 12,408, ９，８７６, 651.
func bareFigure(f string) bool {
	for i, r := range f {
		if isAnyDigit(r) || (r == ',' || r == '，') && thousandsCommaAt(f, i) {
			continue
		}
		return false
	}
	return f != ""
}

// cutCount cuts the count opening s, digits of either width with
// thousands commas between them (1,234, １，２３４), and returns it and
// what follows; "" and s when s opens with none.
func cutCount(s string) (count, rest string) {
	i := 0
	for i < len(s) {
		r, w := firstRune(s[i:])
		if isAnyDigit(r) || i > 0 && thousandsCommaAt(s, i) {
			i += w
			continue
		}
		break
	}
	return s[:i], s[i:]
}
