package newstext

import "strings"

// A Japanese box score names each team by one kanji in round brackets:
// （港）佐々木、上田、森―中村, the battery of the team 港南. That is no
// dateline (a dateline names a city, in 【】, or carries 電, 讯 or ＝):
// the row is body text, a line of its own.

// teamMark reports a bracket that is one kanji in round brackets: （港）.
func teamMark(br string) bool {
	open, w := firstRune(br)
	if open != '（' && open != '(' {
		return false
	}
	in := trimSpace(br[w:])
	last, lw := decodeLast(in)
	if last != '）' && last != ')' {
		return false
	}
	in = in[:len(in)-lw]
	r, n := firstRune(in)
	return n == len(in) && isHan(r) && !isDigitOrNumeral(r) && !strings.ContainsRune(notTeams, r)
}

// notTeams are one-kanji brackets of other jobs: a part （上）, a note
// （注）, a photo's place （左）, an end mark （完）. Numerals （一） number
// heads.
const notTeams = "上中下左右注図写完続終"

// boxRow reports a line of a box score opening with a one-kanji mark: a
// team's （港）, or a record's 【勝】, 【敗】, 【本】 (winning pitcher, losing
// pitcher, home runs); or a line score's row, a battery line or a record
// line (boxlines.go). Short lines, set one under another, each a row.
func boxRow(s string) bool {
	if boxLine(s) {
		return true
	}
	if !atMost(s, 48) {
		return false
	}
	_, end, ok := leadingBracket(s)
	if !ok || end == len(s) {
		return false
	}
	return teamMark(s[:end]) || recordMark(s[:end])
}

// boxRecords are the one-character labels of a box score's records:
// winning and losing pitcher, save, hold, home runs, doubles, triples,
// steals, errors, umpires.
const boxRecords = "勝敗ＳＨ本二三盗失審"

// recordMark reports a record's label in lenticular brackets: 【勝】. No
// city of a dateline is named so (【津】 is).
func recordMark(br string) bool {
	in, ok := strings.CutPrefix(br, "【")
	if !ok {
		return false
	}
	in, ok = strings.CutSuffix(in, "】")
	r, n := firstRune(in)
	return ok && n == len(in) && n > 0 && strings.ContainsRune(boxRecords, r)
}

// gameLabel reports the ▽ line that heads a box score, naming the game
// and, in brackets, where and when it was played: ▽第５戦（京阪ドーム、２日）,
// ▽２回戦（甲子園）, ▽準決勝（神宮）, or the same label as a head after ◇
// or ◆ (◇４回戦（松本市野球場）), as a local paper heads each game of a
// tournament round. It heads the rows under it, never wrapped into its first one;
// other ▽ lines are a standing box's entries (listDot).
func gameLabel(s string) bool {
	r, w := firstRune(s)
	if r != '▽' && r != '◇' && r != '◆' {
		return false
	}
	rest := s[w:]
	if !atMost(rest, 24) {
		return false
	}
	if k := strings.Index(rest, "（"); k > 0 && strings.HasSuffix(rest, "）") {
		rest = rest[:k]
	}
	switch rest {
	case "決勝", "準決勝", "準々決勝", "決勝戦", "準決勝戦":
		return true // (a round named, not numbered)
	}
	rest = strings.TrimPrefix(rest, "第")
	for _, e := range []string{"回戦", "戦", "試合"} {
		if n, ok := strings.CutSuffix(rest, e); ok {
			return isNumber(n)
		}
	}
	return false
}
