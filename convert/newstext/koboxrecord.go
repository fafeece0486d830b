package newstext

import (
	"strings"
	"unicode/utf8"
)

// A Korean box score closes under its line score with its records, a
// row each: the winning and losing pitchers and the save with their
// season's record in brackets (승 강태오(11승 4패), 패 오민재(7승 8패),
// 세 최강훈(2승 20세)), the holds (홀드 김민수(15홀드)), the home runs
// with each one's count and inning (홈런 박지훈 18호(8회 2점)), written
// out as a wire sets them (승리투수 = 강태오(11승 4패), ▲홈런 = 박지훈
// 18호(8회 2점·수원)). Each is a row of the box (boxRow), never a title
// line: the box's last row is not the next story's headline. A title
// that opens with the same word (승 패 떠나 최선, 홈런 박지훈, 18호
// 쐐기포) has no bracketed record of figures after a name.

// koBoxRecordLabels are the labels of a Korean box score's record rows.
var koBoxRecordLabels = []string{"승리투수", "패전투수", "세이브", "홀드", "홈런", "결승타", "승", "패", "세"}

// koBoxRecord reports a record row of a Korean box score: a label of
// koBoxRecordLabels (after ▲ or △, as a wire bullets it), a space or
// an equals sign, then a name and its record in brackets opening with
// a figure (강태오(11승 4패), 박지훈 18호(8회 2점)); at most 60
// characters, no sentence ended.
func koBoxRecord(s string) bool {
	r, w := utf8.DecodeRuneInString(s)
	if r == '▲' || r == '△' {
		s = trimSpace(s[w:])
		r, _ = utf8.DecodeRuneInString(s)
	}
	switch r {
	case '승', '패', '세', '홀', '홈', '결':
	default:
		return false // (most lines: no label opens so)
	}
	if !atMost(s, 60) || endsSentence(s) {
		return false
	}
	for _, l := range koBoxRecordLabels {
		rest, ok := strings.CutPrefix(s, l)
		if !ok {
			continue
		}
		v := strings.TrimLeft(rest, " \t　")
		if len(v) == len(rest) {
			return false // (run on into a word: 승부, 홈런왕)
		}
		if e, ok := strings.CutPrefix(v, "="); ok {
			v = strings.TrimLeft(e, " \t　")
		}
		return koBoxRecordValue(v)
	}
	return false
}

// koBoxRecordValue reports a record row's value: a Hangul name of two to
// five letters, its count as a field of its own if any (18호), then a
// bracket opening with a figure.
func koBoxRecordValue(v string) bool {
	open := strings.IndexByte(v, '(')
	if open <= 0 {
		return false
	}
	name, count, _ := strings.Cut(trimSpace(v[:open]), " ")
	if n := utf8.RuneCountInString(name); n < 2 || n > 5 || !hangulOnly(name) {
		return false // (a foreign player's name too: 페라자)
	}
	if count != "" && !koRecordCount(count) {
		return false
	}
	in, _, ok := strings.Cut(v[open+1:], ")")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(in)
	return isAnyDigit(r)
}

// koRecordCount reports a home run's count after the batter's name, its
// figures then 호 (18호).
func koRecordCount(f string) bool {
	n, ok := strings.CutSuffix(f, "호")
	return ok && anyDigits(n)
}

// hangulOnly reports a string of Hangul syllables alone.
func hangulOnly(s string) bool {
	for _, r := range s {
		if r < 0xAC00 || r > 0xD7A3 {
			return false
		}
	}
	return true
}

// A Korean sports page's box of the day's games (오늘의 경기) gives a
// game a row: the visitors and the home side parted by a hyphen, the
// ground and the time in brackets, then the starting pitchers parted the
// same way, 대전-수원(수원·18시30분) 류현우-한재민 (or the time as 18:30).
// The row is the box's, a paragraph of its own, never a title line nor
// the wrap of the row above. A title naming two sides (한국-일본(도쿄)
// 결승 격돌) gives no time in its bracket.

// koGameRow reports a row of a Korean day's-games box: two Hangul team
// names parted by a hyphen (or a city and a club's name each: koClubPair),
// then a bracket holding a time (시 or a
// colon between figures), then, if anything, two Hangul names parted by
// a hyphen; at most 40 characters.
func koGameRow(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if r < 0xAC00 || r > 0xD7A3 || !atMost(s, 40) {
		return false
	}
	open := strings.IndexByte(s, '(')
	if open <= 0 || !koHyphenPair(s[:open]) && !koClubPair(s[:open]) {
		return false
	}
	in, rest, ok := strings.Cut(s[open+1:], ")")
	if !ok || !koClockTime(in) {
		return false
	}
	rest = trimSpace(rest)
	return rest == "" || koHyphenPair(rest)
}

// koHyphenPair reports two Hangul names of one to eight letters parted
// by a hyphen: 대전-수원, 류현우-한재민.
func koHyphenPair(s string) bool {
	a, b, ok := strings.Cut(s, "-")
	return ok && a != "" && b != "" && atMost(a, 8) && atMost(b, 8) && hangulOnly(a) && hangulOnly(b)
}

// A basketball or volleyball page names its clubs by city and name, 서울
// 나이츠-부산 하버스(잠실학생체육관·19시): the sides are two words each, and
// the game has no starting pitchers after the bracket. The row is the
// box's all the same.

// koClubPair reports two sides parted by a hyphen, each one or two Hangul
// words (a city and the club's name) of at most ten letters in all:
// 서울 나이츠-부산 하버스.
func koClubPair(s string) bool {
	a, b, ok := strings.Cut(s, "-")
	return ok && koClubName(a) && koClubName(b)
}

// koClubName reports one or two Hangul words parted by one space, at
// most ten letters in all.
func koClubName(s string) bool {
	city, club, two := strings.Cut(s, " ")
	if !two {
		return s != "" && atMost(s, 8) && hangulOnly(s)
	}
	return city != "" && club != "" && atMost(city+club, 10) && hangulOnly(city) && hangulOnly(club)
}

// koClockTime reports a bracket's text that tells a time: figures then
// 시 (18시30분, 18시), or figures on both sides of a colon (18:30).
func koClockTime(in string) bool {
	for k := 0; k < len(in); k++ {
		if !isAnyDigit(rune(in[k])) {
			continue
		}
		after := in[k+1:]
		if strings.HasPrefix(after, "시") || len(after) > 1 && after[0] == ':' && isAnyDigit(rune(after[1])) {
			return true
		}
	}
	return false
}
