package newstext

import (
	"slices"
	"strings"
)

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
// line (boxlines.go), or a soccer box's score line with its halves
// (halvesScoreLine), or a Korean box's record row (koBoxRecord: 승
// 강태오(11승 4패)) or a day's-games box's row (koGameRow). Short lines, set one under another, each a row.
func boxRow(s string) bool {
	if boxLine(s) || halvesScoreLine(s) || koBoxRecord(s) || koGameRow(s) {
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
// steals, errors, umpires; and of a soccer box's: scorers (得), cautions
// (警), sendings-off (退).
const boxRecords = "勝敗ＳＨ本二三盗失審得警退"

// soccerRecords are the same soccer labels written out: 【得点】 (the
// scorers), 【警告】, 【退場】.
var soccerRecords = []string{"得点", "警告", "退場"}

// recordMark reports a record's label in lenticular brackets: 【勝】,
// 【得】 or 【得点】. No city of a dateline is named so (【津】 is): a
// soccer box's scorers' line, 【得】浪　小川（前１２分）…, is a row of
// the box, not a story's dateline with the place 得.
func recordMark(br string) bool {
	in, ok := strings.CutPrefix(br, "【")
	if !ok {
		return false
	}
	in, ok = strings.CutSuffix(in, "】")
	if ok && slices.Contains(soccerRecords, in) {
		return true
	}
	r, n := firstRune(in)
	return ok && n == len(in) && n > 0 && strings.ContainsRune(boxRecords, r)
}

// gameLabel reports the ▽ line that heads a box score, naming the game
// and, in brackets, where and when it was played: ▽第５戦（京阪ドーム、２日）,
// ▽２回戦（甲子園）, ▽準決勝（神宮）, or the same label as a head after ◇
// or ◆ (◇４回戦（松本市野球場）), as a local paper heads each game of a
// tournament round. A soccer box names the league's matchday, its
// league's letters first: ▽Ｊ１第３８節（６日・神港スタジアム）,
// ◇Ｊ２最終節（６日）. It heads the rows under it, never wrapped into
// its first one, however wide it runs over the column (a label is set
// whole on its line); other ▽ lines are a standing box's entries
// (listDot).
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
	if r, _ := firstRune(rest); isLatinCapital(r) {
		rest = strings.TrimLeftFunc(rest, leagueMarkRune) // (Ｊ１第３８節)
	}
	switch rest {
	case "決勝", "準決勝", "準々決勝", "決勝戦", "準決勝戦", "最終節":
		return true // (a round named, not numbered)
	}
	rest = strings.TrimPrefix(rest, "第")
	for _, e := range []string{"回戦", "戦", "試合", "節"} {
		if n, ok := strings.CutSuffix(rest, e); ok {
			return isNumber(n)
		}
	}
	return false
}

// leagueMarkRune reports a capital letter or digit, half- or
// full-width, of the league a soccer label names before its matchday:
// the Ｊ１ of Ｊ１第３８節, the WE of WE第５節. (It is trimmed only after
// a letter: the digits of ▽２回戦 are the round's.)
func leagueMarkRune(r rune) bool { return isAnyDigit(r) || isLatinCapital(r) }

// isLatinCapital reports a Latin capital letter, half- or full-width.
func isLatinCapital(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'Ａ' && r <= 'Ｚ' }

// halvesScoreLine reports a soccer box's score line: the two teams
// parted by the score, the goals of each half in brackets after the home
// side's, 神港ＦＣ　２（０―１、２―０）１　浪速Ｕ (or with extra time,
// ２（０―１、１―０、延長１―０）１). The enumeration commas between the
// halves part no clauses, as a row's fields hold none elsewhere: the line
// is a row of the box, never a title.
func halvesScoreLine(s string) bool {
	if !atMost(s, 40) || !strings.Contains(s, "（") {
		return false
	}
	f := strings.FieldsFunc(s, isSpace)
	if len(f) != 3 || !hasNameRune(f[0]) || !hasNameRune(f[2]) {
		return false
	}
	mid := f[1]
	open := strings.Index(mid, "（")
	if open <= 0 || !isNumber(mid[:open]) {
		return false
	}
	in, goals, ok := strings.Cut(mid[open+len("（"):], "）")
	if !ok || !isNumber(goals) {
		return false
	}
	for _, h := range strings.Split(in, "、") {
		h = strings.TrimPrefix(h, "延長")
		a, b, ok := strings.Cut(h, "―")
		if !ok {
			a, b, ok = strings.Cut(h, "－")
		}
		if !ok || !isNumber(a) || !isNumber(b) {
			return false
		}
	}
	return true
}

// hasNameRune reports a team's name: some letter or kana that is no
// numeral.
func hasNameRune(s string) bool {
	for _, r := range s {
		if !isDigitOrNumeral(r) && (isLetter(r) || isKana(r)) {
			return true
		}
	}
	return false
}
