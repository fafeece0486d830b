package newstext

import (
	"strings"
	"unicode/utf8"
)

// A Korean paper's small table of figures under a story (korows.go's
// rows) is titled by a line closed by its unit in brackets, 대구·경북 업황
// BSI 추이(단위: p), 품목별 가격 (단위=원), and sourced by a line under
// it, 자료: 한국은행 대구경북본부, as a Chinese page's （单位：…） title and
// 数据来源：… note are: the title is the table's caption, the source its
// note. (출처: is a web page's source line, noise, as 来源：'s is.)

// unitTitleKo reports the bracket closing a Korean table's title, its
// unit after 단위 and a colon or equals sign (단위: p, 단위=억원, 단위 :
// 포인트), at most a few words, after a title holding Hangul that ends
// no sentence.
func unitTitleKo(title, inner string) bool {
	rest, ok := strings.CutPrefix(trimSpace(inner), "단위")
	if !ok {
		return false
	}
	rest = trimSpace(rest)
	if r, w := firstRune(rest); r == ':' || r == '：' || r == '=' {
		rest = trimSpace(rest[w:])
	} else {
		return false
	}
	title = trimSpace(title)
	return rest != "" && atMost(rest, 12) && hasHangul(title) && !endsSentence(title)
}

// koreanSourceNote reports a Korean table's or chart's source line, 자료
// and a colon or equals sign before who gave the figures (자료: 한국은행,
// 자료=통계청), short and ending no sentence: the table's note.
func koreanSourceNote(s string) bool {
	rest, ok := strings.CutPrefix(s, "자료")
	if !ok || !atMost(s, 40) {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	r, w := firstRune(rest)
	if r != ':' && r != '：' && r != '=' {
		return false
	}
	rest = trimSpace(rest[w:])
	return rest != "" && !endsSentence(rest)
}

// koreanHeader returns the number of columns of a Korean table's header
// row of words over rows of bare figures (korows.go), 구분 전월 당월 증감,
// 지역 매매 전세, or 0: three to six words of one to four syllables of
// Hangul (Latin letters too: BSI), no punctuation, no figure, none ending
// in a particle or a verb's ending (a headline's words do). headerOver
// asks it only over such a row, whose columns it must match: a
// headline's short words over a market box's row (코스피 2712.35
// ▲53.21) stay a headline, its row having a change.
func koreanHeader(s string) int {
	return koreanHeaderOf(s, false)
}

// koreanHeaderOf is koreanHeader, with words ending as a particle does
// allowed when titled is set: under its table's unit title a column's
// name is one, 거래가, 종가, 증가, 연도, and a headline's clause no longer
// in question (koreanHeaderUnder).
func koreanHeaderOf(s string, titled bool) int {
	if s == "" || !atMost(s, 30) || !hasHangul(s) {
		return 0
	}
	n := 0
	for w := range strings.FieldsSeq(s) {
		if titled {
			w = cutColumnUnit(w) // 전년비(%): the column's unit (kocolumnunit.go)
		}
		k := 0
		for _, r := range w {
			if !isHangul(r) && !(r >= 'A' && r <= 'Z') {
				return 0
			}
			k++
		}
		if k > 4 || !titled && hasAnySuffix(w, koreanParticleEnds) && utf8.RuneCountInString(w) > 1 || strings.HasSuffix(w, "다") {
			return 0
		}
		n++
	}
	if n < 3 || n > 6 {
		return 0
	}
	return n
}

// koreanPlainRow reports a Korean table's row with no change among its
// figures (제조업 69 68 72), the kind a header of words stands over.
func koreanPlainRow(s string) bool {
	if !hasHangul(s) || hasAnyRune(s, "▲▼△▽+") {
		return false
	}
	for w := range strings.FieldsSeq(s) {
		if w[0] == '-' {
			return false // -9.7원: a change
		}
	}
	return true
}

// koreanHeaderUnder reports a Korean table's header row of words, header
// (koreanHeader), right under the table's title closed by its unit,
// title (unitTitle), and over a row of as many columns, row: 서울 주요
// 단지 실거래가(단위: 억원, %) / 단지 면적 거래가 변동률 / 압구정 한빛현대
// 84㎡ 42.5 +6.3. Under its table's title the words are the columns'
// names though the rows carry a change, where headerOver, asking two
// lines only, keeps a headline's words over a market box's row (코스피
// 사흘째 하락 / 코스피 2712.35 ▲53.21) a headline; and a column's name
// may end as a particle does (거래가).
func koreanHeaderUnder(title, header, row string) bool {
	if !unitTitle(title) || !hasHangul(row) {
		return false
	}
	n := tableRow(row)
	return n > 0 && koreanHeaderOf(header, true) == n && tableRow(header) == 0
}
