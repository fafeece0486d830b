package newstext

import (
	"strings"
	"unicode/utf8"
)

// Korean business and web papers credit their reporter in square
// brackets with the outlet's name before the name and role, run in
// before the story's first sentence: [이데일리 김지훈 기자] 내년 …,
// [머니투데이 X 기자], [아시아경제 X 기자], names joined by a middle dot
// ([이데일리 X·Y 기자]), the bureau before an equals sign ([세종=이데일리 X
// 기자]) or an equals sign between the outlet and the name ([헤럴드경제=X
// 기자], [데일리안 = X 기자]). The bracket is the story's byline, its org
// the outlet, split off the first paragraph as a wire's 홍길동 기자 = is.
// The same outlet before a graphic's credit, (그래픽=이데일리 X 기자), is
// the credit's org too, never a second name: an outlet's name of four
// syllables (이데일리, 이투데이) reads as a name of a common surname
// otherwise.

// koreanOutlet reports a Korean news outlet's name as a credit sets it
// before its reporter: a paper's or site's (koreanPaperTag: 이데일리,
// 머니투데이, 아시아경제), a broadcaster's (YTN; CBS노컷뉴스, koreanLatinOutlet),
// a paper's short name (한경, kooutletshort.go) or a sports daily's
// (스포츠서울, 일간스포츠: koreanSportsOutlet).
func koreanOutlet(t string) bool {
	return koreanPaperTag(t) || koreanBroadcaster(t) || koreanShortOutlet(t) || koreanLatinOutlet(t) || koreanSportsOutlet(t)
}

// Korea's sports dailies and sites go by 스포츠 and a word, their parent
// paper's or a brand (스포츠서울, 스포츠조선, 스포츠동아, 스포츠경향,
// 스포츠월드), or by a word before it (일간스포츠), and credit their
// reporters as the papers do: [스포츠서울=잠실, X 기자], [대전=스포츠조선 X
// 기자], 스포츠월드 X 기자 (blind page ko-sports-web-photo). None ends as
// a paper's name does (koreanPaperTag). Only a credit's place before the
// reporter's name reads the word as an outlet: alone, 스포츠센터 or
// 생활스포츠 is a common noun, and so no site's name or tag.

// koreanSportsDesks end a newsroom desk's or a role's word that opens
// with 스포츠 as an outlet's does (스포츠레저부, 스포츠취재팀, 스포츠기자):
// the credit's desk, no outlet.
var koreanSportsDesks = []string{"부", "팀", "센터", "본부", "데스크", "취재단", "기자", "부장", "팀장", "위원"}

// koreanSportsOutlet reports a sports outlet's name (see above): a Hangul
// word, 스포츠 and two to four syllables after it or two to four before
// it, ending in no particle (스포츠서울의: the name in a sentence) and
// no desk (koreanSportsDesks).
func koreanSportsOutlet(t string) bool {
	rest, ok := strings.CutPrefix(t, "스포츠")
	if !ok {
		if rest, ok = strings.CutSuffix(t, "스포츠"); !ok {
			return false
		}
	}
	n := utf8.RuneCountInString(rest)
	return n >= 2 && n <= 4 && isHangulWord(rest) && !hasAnySuffix(rest, koreanParticleEnds) && !hasAnySuffix(rest, koreanSportsDesks)
}

// A Korean broadcaster goes by its Latin call name, and its news site,
// channels and regional stations by that name with a Hangul word glued
// on: CBS노컷뉴스, YTN사이언스, KBS뉴스, MBN뉴스, SBS비즈, JTBC뉴스,
// MBC경남, TBC대구. Such an outlet credits its reporters as the papers do,
// [CBS노컷뉴스 정다은 기자], CBS노컷뉴스 정다은 기자 under the stamp: the
// outlet is the org. The Hangul word after the call name is any word
// (the station's service or region; no list), but never a particle's
// ending (CBS노컷뉴스는, KBS에서: the name in a sentence).

// koreanBroadcastCalls are the Latin call names of Korean broadcasters,
// national and regional.
var koreanBroadcastCalls = []string{"KBS", "MBC", "SBS", "EBS", "CBS", "BBS", "PBS", "TBS", "OBS", "YTN", "MBN", "JTBC",
	"KNN", "TJB", "UBC", "KBC", "JIBS", "CJB", "JTV", "TBC", "G1", "KTV", "FEBC", "WBS"}

// koreanParticleEnds end a Hangul word that carries a particle: the name
// in a sentence, never an outlet's.
var koreanParticleEnds = []string{"은", "는", "이", "가", "을", "를", "의", "와", "과", "도", "만", "에", "로", "에서", "까지", "부터", "보다", "처럼", "에게"}

// koreanLatinOutlet reports a Korean broadcaster's call name alone (CBS,
// EBS) or with a Hangul word of two to six syllables glued after it
// (CBS노컷뉴스, YTN사이언스, SBS비즈), the word ending in no particle.
func koreanLatinOutlet(t string) bool {
	for _, c := range koreanBroadcastCalls {
		rest, ok := strings.CutPrefix(t, c)
		if !ok {
			continue
		}
		if rest == "" {
			return true
		}
		n := utf8.RuneCountInString(rest)
		return n >= 2 && n <= 6 && isHangulWord(rest) && !hasAnySuffix(rest, koreanParticleEnds)
	}
	return false
}

// koreanOutletToken reads the first token of a Korean credit as its
// outlet: 이데일리, 세종=이데일리 (the bureau or a graphic's label before
// the equals sign: no org of its own) or 헤럴드경제=김은희 (the outlet,
// then its reporter's name, returned as rest). next is the token after
// it, which must name the reporter when t holds no name.
func koreanOutletToken(t, next string) (org, rest string, ok bool) {
	if k := strings.IndexByte(t, '='); k > 0 {
		left, right := t[:k], t[k+1:]
		if koreanOutlet(right) && koreanNames(next) {
			return right, "", true
		}
		if koreanOutlet(left) && koreanNames(right) {
			return left, right, true
		}
		return "", "", false
	}
	if next == "=" {
		return t, "", koreanOutlet(t) // 데일리안 = X 기자
	}
	return t, "", koreanOutlet(t) && koreanNames(next)
}

// koreanNames reports a token of one Korean name or several joined by a
// middle dot (김지훈·박서연), and splits it.
func koreanNames(t string) bool {
	_, ok := koreanNameList(t)
	return ok
}

// koreanNameList splits a token of Korean names joined by a middle dot
// (김지훈·박서연, 김지훈ㆍ박서연) into the names.
func koreanNameList(t string) ([]string, bool) {
	var names []string
	for part := range strings.FieldsFuncSeq(t, func(r rune) bool { return r == '·' || r == 'ㆍ' || r == '・' }) {
		kr, ok := koreanCredit(part)
		if !ok || kr.name != part {
			return nil, false
		}
		names = append(names, part)
	}
	return names, len(names) > 0
}

// koreanRunInCredit returns the end of an outlet's bracketed credit
// opening s, [이데일리 김지훈 기자] or [OSEN=잠실, 김민재 기자]
// (koplacedcredit.go), and the credit: the outlet as org, the
// names and a Korean role (koreanRoles) all given; or a correspondent's
// with a place and no outlet, [워싱턴=정하윤 특파원] (koplacerunin.go).
func koreanRunInCredit(s string) (int, credit, bool) {
	if !strings.HasPrefix(s, "[") && !strings.HasPrefix(s, "［") {
		return 0, credit{}, false
	}
	inner, end, ok := leadingBracket(s)
	if !ok {
		return 0, credit{}, false
	}
	c, ok := parseBracketCredit(inner)
	if !ok || c.org == "" && !koreanPlacedRunIn(inner) || len(c.names) == 0 || len(c.roles) == 0 {
		return 0, credit{}, false
	}
	for _, r := range c.roles {
		if !isKoreanRole(r) {
			return 0, credit{}, false
		}
	}
	return end, c, true
}

// isKoreanRole reports one of koreanRoles.
func isKoreanRole(r string) bool {
	for _, k := range koreanRoles {
		if r == k {
			return true
		}
	}
	return false
}
