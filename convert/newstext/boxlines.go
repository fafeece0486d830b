package newstext

import (
	"strings"
	"unicode/utf8"
)

// The furniture of a Japanese box score beyond its one-kanji marks
// (boxscore.go): the line score, one row a team, its name and the runs
// of each inning and the total (上田西　０２０００００１０　３, 松本一
// ０００１０００３×　４); the battery line, each team's pitchers and,
// after a dash, its catchers (（上）小林、中村―山口　（松）田中―佐藤, also
// with the teams' names, 上田西　小林、中村―山口　松本一　田中―佐藤); and the
// record lines, each record after ▽ (▽三塁打　佐藤（松）▽二塁打　小林（上）).
// Each is a row of its own, set wider or narrower than the column as it
// needs: no dateline (（上） is the team 上田西, not a place), no title,
// never the wrap of the line above or into the paragraph below.

// boxLine reports a line score row, a battery line, a record line or a
// batter's row (battingRow, jabatting.go).
func boxLine(s string) bool {
	return lineScoreRow(s) || batteryLine(s) || recordLine(s) || battingRow(s)
}

// lineScoreRow reports a team's row of a line score: a name of at most
// eight characters with no digit, then the runs of at least five
// innings as digits (０２０００００１０, or in threes 　０２０　０００　０１０;
// an inning not played ×, a big inning in brackets （１０）), then the
// total, a field of digits of its own.
func lineScoreRow(s string) bool {
	if !atMost(s, 40) || !hasDigit(s) || !firstFieldAtMost(s, 8) {
		return false // (the name's bound asked before the fields are split: most lines fail it)
	}
	// The fields one by one, the name first (no slice of them: most
	// lines that get here fail at their name).
	fields, innings := 0, 0
	last := "" // the field before f: an inning's, unless it is the name
	for f := range strings.FieldsFuncSeq(s, isSpace) {
		fields++
		if fields == 1 {
			if !lineScoreName(f) {
				return false
			}
			continue
		}
		if fields > 2 {
			n, ok := inningRuns(last)
			if !ok {
				return false
			}
			innings += n
		}
		last = f
	}
	return fields >= 3 && anyDigits(last) && innings >= 5
}

// firstFieldAtMost reports whether the first field of s (parted by
// isSpace, as strings.FieldsFunc parts it) has at most n runes, decoding
// no more of s than n+1 runes of it: lineScoreRow's name is short, and a
// line of prose is told from its first words.
func firstFieldAtMost(s string, n int) bool {
	k := 0
	for _, r := range s {
		if isSpace(r) {
			if k > 0 {
				return true
			}
			continue
		}
		if k++; k > n {
			return false
		}
	}
	return true
}

// lineScoreName reports a line score's team name: at most eight
// characters, Han, kana, letters, ー or ・, no digit and no clause end.
func lineScoreName(name string) bool {
	if !atMost(name, 8) || hasDigit(name) || hasClauseEnd(name) {
		return false
	}
	for _, r := range name {
		if !isHan(r) && !isKana(r) && !isLetter(r) && r != 'ー' && r != '・' {
			return false
		}
	}
	return true
}

// inningRuns counts the innings in a field of a line score: one a digit
// or ×, one a number in brackets.
func inningRuns(f string) (int, bool) {
	n := 0
	for f != "" {
		r, w := utf8.DecodeRuneInString(f)
		switch {
		case isAnyDigit(r) || strings.ContainsRune("×xXｘＸ", r):
			f = f[w:]
		case r == '（' || r == '(':
			in, end, ok := leadingBracket(f)
			if !ok || !anyDigits(in) {
				return 0, false
			}
			f = f[end:]
		default:
			return 0, false
		}
		n++
	}
	return n, true
}

// anyDigits reports a non-empty s of digits, half- or full-width.
func anyDigits(s string) bool {
	for _, r := range s {
		if !isAnyDigit(r) {
			return false
		}
	}
	return s != ""
}

// batteryLine reports a battery line: one or two batteries, each its
// pitchers, a dash (― — － ─), its catchers, every name one to six
// letters parted by 、 or ・. A battery opens with its team's one-kanji
// mark in brackets (（上）, 【上】: any kanji, 上 too, as the dash tells
// the line) or follows its team's name as a field of its own; a line of
// named teams must name two, as a title over a dash names one thing
// (首相―野党党首).
func batteryLine(s string) bool {
	// (A battery's dash first: no line without one is a battery's, and
	// splitting a line into fields allocates.)
	if len(s) > 60*utf8.UTFMax || !batteryDash(s) || !atMost(s, 60) || hasDigit(s) {
		return false
	}
	batteries, named := 0, 0
	team := false // the field before named a team
	for _, f := range strings.FieldsFunc(s, isSpace) {
		marked := false
		if in, end, ok := leadingBracket(f); ok {
			r, n := firstRune(in)
			if n != len(in) || !isHan(r) || end == len(f) {
				return false
			}
			f, marked = f[end:], true
		}
		if !battery(f) {
			if marked || team || !teamName(f) {
				return false
			}
			team = true
			continue
		}
		switch {
		case marked:
		case team:
			named++
		default:
			return false
		}
		team = false
		batteries++
	}
	return !team && batteries > 0 && (named == 0 || named >= 2)
}

// batteryDashes are the dashes battery parts pitchers and catchers by.
var batteryDashes = []string{"―", "—", "－", "─"}

// batteryDash reports s holding one of batteryDashes, which a line of
// batteries needs.
func batteryDash(s string) bool {
	for _, dash := range batteryDashes {
		if strings.Contains(s, dash) {
			return true
		}
	}
	return false
}

// battery reports pitchers and catchers parted by one dash.
func battery(f string) bool {
	for _, dash := range batteryDashes {
		if p, c, ok := strings.Cut(f, dash); ok {
			return playerNames(p) && playerNames(c)
		}
	}
	return false
}

// playerNames reports names parted by 、 or ・, each one to six letters
// (a surname, a surname and an initial, a foreign player's katakana).
func playerNames(s string) bool {
	if s == "" {
		return false
	}
	for _, n := range strings.FieldsFunc(s, func(r rune) bool { return r == '、' || r == '・' }) {
		if !teamName(n) || !atMost(n, 6) {
			return false
		}
	}
	return !strings.HasSuffix(s, "、") && !strings.HasPrefix(s, "、")
}

// teamName reports a short name of letters: kanji, kana, Latin.
func teamName(f string) bool {
	if f == "" || !atMost(f, 8) {
		return false
	}
	for _, r := range f {
		if !isHan(r) && !isKana(r) && !isLetter(r) && r != 'ー' {
			return false
		}
	}
	return true
}

// boxRecordLabels are the records a box score lists after ▽: home runs,
// triples, doubles, sacrifices, steals, errors, double plays, wild
// pitches, passed balls, balks, men left, umpires, the game's time.
var boxRecordLabels = []string{"本塁打", "三塁打", "二塁打", "犠打", "犠飛", "盗塁", "失策", "併殺", "暴投", "捕逸", "ボーク", "残塁", "審判", "試合時間", "打撃妨害", "走塁妨害"}

// recordLine reports a record line: ▽ (or ▼), a record's label, and
// after a space, ＝ or ：, or at once a name with its team's mark, the
// players (▽本塁打　佐藤（松）, ▽二塁打＝小林（上）、田中２（松）); no full
// stop (▽本塁打王に輝いた…。 is a standing box's entry).
func recordLine(s string) bool {
	r, w := firstRune(s)
	if r != '▽' && r != '▼' || hasAnyRune(s, "。．") || !atMost(s, 80) {
		return false
	}
	rest := s[w:]
	for _, l := range boxRecordLabels {
		after, ok := strings.CutPrefix(rest, l)
		if !ok {
			continue
		}
		if after == "" {
			return false
		}
		if f, _ := firstRune(after); isSpace(f) || f == '＝' || f == '=' || f == '：' {
			return true
		}
		// At once a name: a team's mark follows it within a few letters.
		k := indexAnyRune(after, "（(")
		if k <= 0 || k > 6*3 {
			return false
		}
		_, end, ok := leadingBracket(after[k:])
		return ok && teamMarkIn(after[k:k+end])
	}
	return false
}

// teamMarkIn reports one kanji in round brackets, any kanji: the team
// of the player before it (佐藤（上）).
func teamMarkIn(br string) bool {
	in, _, ok := leadingBracket(br)
	r, n := firstRune(in)
	return ok && n == len(in) && isHan(r)
}
