package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A Korean paper's letters page (독자 투고, 독자 마당, 발언대) signs each
// letter at its foot with the reader's name and who the reader is: where
// the reader lives and what the reader does, 김영순 부산 해운대구·주부,
// also in brackets, 김영순(부산 해운대구·주부), the other way round,
// 김영순 주부·부산 해운대구, or one of them, 이철민 회사원, and the two ways
// at once, the occupation after the name and the rest in brackets,
// 이정훈 독자(청주시 상당구·자영업). The line is the
// letter's byline (names the name; the place and the occupation are no
// newsroom's org or role, as a reporter's are), and it closes the letter:
// the next letter's title under it opens the next article, never a
// subheadline under the signature taken for a headline. Alone, such a
// line reads like a short title, so only at a letter's foot is it the
// signature: right after a finished paragraph, with nothing under it but
// furniture or a title line (the next letter's).

// koreanReaderJobs end the occupations a reader signs a letter with (a
// word ending in 생 of three syllables or more, 대학생, 취업준비생, is
// one too).
var koreanReaderJobs = []string{
	"주부", "회사원", "직장인", "자영업", "자영업자", "공무원", "교사", "교직원", "학생", "농민", "농업인", "어민", "상인",
	"은퇴자", "퇴직자", "간호사", "약사", "의사", "기사", "복지사", "보호사", "봉사자", "프리랜서", "시민", "주민", "독자",
	"군인", "경찰관", "소방관", "목사", "교수", "연구원", "작가", "시인", "무직",
}

// koreanReaderRegions are the short names of Korea's provinces and
// metropolitan cities that open a reader's address (부산 해운대구).
var koreanReaderRegions = []string{
	"서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주",
}

// koreanPlaceEnds end the name of a Korean administrative area: a city,
// county or district, a neighbourhood, a town, a township, a village, a
// province.
var koreanPlaceEnds = []string{"시", "군", "구", "동", "읍", "면", "리", "도"}

// koreanReaderSignature parses a reader's signature: a name of three or
// four Hangul syllables opening with a common surname, then, after a
// space or in round brackets (or both, an occupation after the name and
// the rest in the brackets), one to five words parted by spaces, middle
// dots or commas, each a place (a region's short name, or an area's name
// of two to six syllables ending as one does, 해운대구, 성남시, 우동) or an
// occupation (koreanReaderJobs; 전 or 퇴직 may qualify it), an occupation
// among them or an area's name. The credit names the name alone.
func koreanReaderSignature(s string) (credit, bool) {
	if !atMost(s, 32) || strings.ContainsAny(s, ".?!:") {
		return credit{}, false
	}
	var name, rest string
	if k := indexAnyRune(s, "(（"); k > 0 {
		name, rest = trimSpace(s[:k]), s[k:]
		_, w := firstRune(rest)
		inner, ok := strings.CutSuffix(rest[w:], ")")
		if !ok {
			inner, ok = strings.CutSuffix(rest[w:], "）")
		}
		if !ok {
			return credit{}, false
		}
		rest = inner
		if n, pre, ok := strings.Cut(name, " "); ok && koreanReaderJob(pre) {
			name, rest = n, pre+" "+rest // 이정훈 독자(청주시 상당구·자영업): who before the bracket, where in it
		}
	} else {
		var ok bool
		if name, rest, ok = strings.Cut(s, " "); !ok {
			return credit{}, false
		}
	}
	if n := utf8.RuneCountInString(name); n < 3 || n > 4 || !isHangulName(name) {
		return credit{}, false
	}
	var buf [6]string
	words := appendFields(buf[:0], rest, 6, func(r rune) bool { return isSpace(r) || r == '·' || r == 'ㆍ' || r == ',' || r == '，' })
	if len(words) == 0 || len(words) > 5 {
		return credit{}, false
	}
	told := false
	for k, t := range words {
		switch {
		case koreanReaderJob(t):
			told = true
		case koreanPlaceName(t):
			told = told || !slices.Contains(koreanReaderRegions, t)
		case (t == "전" || t == "퇴직") && k+1 < len(words) && koreanReaderJob(words[k+1]):
		default:
			return credit{}, false
		}
	}
	if !told {
		return credit{}, false
	}
	return credit{names: []string{name}}, true
}

// isHangulName reports a word of Hangul syllables alone opening with a
// common Korean surname (koreanSurnameRunes).
func isHangulName(s string) bool {
	r, _ := firstRune(s)
	if !strings.ContainsRune(koreanSurnameRunes, r) {
		return false
	}
	for _, r := range s {
		if r < 0xAC00 || r > 0xD7A3 {
			return false
		}
	}
	return true
}

// koreanReaderJob reports a reader's occupation: a word of Hangul ending
// as one of koreanReaderJobs does (택시기사, 부산시민, 전업주부), or in 생
// with three syllables at least (대학생, 고교생, 취업준비생).
func koreanReaderJob(t string) bool {
	if !isHangulWord(t) || !atMost(t, 6) {
		return false
	}
	return hasAnySuffix(t, koreanReaderJobs) || strings.HasSuffix(t, "생") && utf8.RuneCountInString(t) >= 3
}

// koreanPlaceName reports a place in a reader's address: a region's short
// name (koreanReaderRegions), or a Hangul word of two to six syllables
// ending as an area's name does (koreanPlaceEnds).
func koreanPlaceName(t string) bool {
	if slices.Contains(koreanReaderRegions, t) {
		return true
	}
	n := utf8.RuneCountInString(t)
	return n >= 2 && n <= 6 && isHangulWord(t) && hasAnySuffix(t, koreanPlaceEnds)
}

// letterFoot reports a unit that stands where a reader signs a letter: a
// line of unmarked text of at most maxBytes bytes right after a finished
// paragraph, with nothing under it but furniture or a title line.
func (sc *scorer) letterFoot(i, maxBytes int) bool {
	us := sc.us
	u := &us[i]
	if u.kind != uText || u.verbatim || u.para || u.line != u.lastLine || len(u.text) > maxBytes {
		return false
	}
	p := sc.prevContent(i)
	if p < 0 || us[p].kind != uText || sc.fs[p].title || !sc.fs[p].ended {
		return false
	}
	n := sc.nextContent(i)
	return n >= len(us) || us[n].kind == uHeadline || us[n].kind == uText && sc.fs[n].title
}

// markKoreanReaderSignatures makes a byline, before the grammar labels the
// page, of a reader's signature (koreanReaderSignature) right after a
// finished paragraph, with nothing under it but furniture or a title
// line: the letter's foot. (A writer's line that markKoreanAuthorLines
// took already keeps its org and role.)
func (b *builder) markKoreanReaderSignatures(sc *scorer) {
	if b.lang != "ko" {
		return
	}
	us := sc.us
	for i := 1; i < len(us); i++ {
		u := &us[i]
		if !sc.letterFoot(i, 32*4) {
			continue
		}
		c, ok := koreanReaderSignature(u.text)
		if !ok {
			continue
		}
		u.kind, u.cr = uByline, creditRef(c)
		bodyOnly(&sc.fs[i], false)
		b.warnParts(u.line, "reader's signature closing the letter taken as its byline: ", u.text)
	}
}
