package newstext

import (
	"strings"
	"unicode/utf8"
)

// Korean sports and web outlets credit their reporter in square brackets
// before the first sentence with the place the story was filed from
// after the outlet's equals sign, and the name after a comma:
// [OSEN=잠실, 김민재 기자], [스포티비뉴스=부산, X 기자]. Many go by a
// Latin brand, which is no broadcaster's call name (OSEN, STN, MHN스포츠,
// SPOTV뉴스), and set it in the forms the papers use too: [OSEN 김민재
// 기자], [잠실=OSEN 김민재 기자], and [OSEN=김민재 기자], the paper's
// [헤럴드경제=X 기자] with no place (blind page ko-yeonye-myeon-20). The bracket is the story's byline, its
// org the outlet, split off the first paragraph as [이데일리 X 기자]'s is
// (kooutlet.go). A bracket with no reporter after the outlet, [서울=뉴시스],
// stays the wire's dateline.

// koreanPlacedCredit parses the inside of a Korean outlet's bracketed
// credit in one of the forms above: outlet=place, names role (the outlet
// a Korean outlet's name or a Latin brand, the place one or two words of
// Hangul), or, with a Latin brand, brand names role, place=brand
// names role and brand=names role. The names are one name or several (김민재·이대선, or
// parted by spaces), the role one of koreanRoles.
func koreanPlacedCredit(inner string) (credit, bool) {
	inner = trimSpace(inner)
	if !atMost(inner, 40) {
		return credit{}, false
	}
	eq := strings.IndexByte(inner, '=')
	var org, who string
	switch {
	case eq > 0 && strings.Contains(inner[eq:], ","):
		// OSEN=잠실학생체, 김민재 기자
		left, right := trimSpace(inner[:eq]), inner[eq+1:]
		place, rest, _ := strings.Cut(right, ",")
		if !(koreanOutlet(left) || latinOutletBrand(left)) || !koreanPlace(trimSpace(place)) {
			return credit{}, false
		}
		org, who = left, rest
	case eq > 0 && latinOutletBrand(trimSpace(inner[:eq])):
		// OSEN=김민재 기자: the brand, no place, then the reporter.
		org, who = trimSpace(inner[:eq]), inner[eq+1:]
	case eq > 0:
		// 잠실=OSEN 김민재 기자
		place, right := trimSpace(inner[:eq]), trimSpace(inner[eq+1:])
		brand, rest, ok := strings.Cut(right, " ")
		if !ok || !koreanPlace(place) || !latinOutletBrand(brand) {
			return credit{}, false
		}
		org, who = brand, rest
	default:
		// OSEN 김민재 기자
		brand, rest, ok := strings.Cut(inner, " ")
		if !ok || !latinOutletBrand(brand) {
			return credit{}, false
		}
		org, who = brand, rest
	}
	toks := strings.Fields(who)
	if len(toks) < 2 || !isKoreanRole(toks[len(toks)-1]) {
		return credit{}, false
	}
	c := credit{org: org, roles: []string{toks[len(toks)-1]}}
	for _, t := range toks[:len(toks)-1] {
		ns, ok := koreanNameList(t)
		if !ok {
			return credit{}, false
		}
		c.names = append(c.names, ns...)
	}
	return c, true
}

// latinBrandEnds end the Hangul word an outlet glues to its Latin brand
// besides a paper's endings (koreanPaperEnds): MHN스포츠, BNT미디어.
var latinBrandEnds = []string{"스포츠", "미디어"}

// latinOutletBrand reports a Korean outlet's Latin brand: two to eight
// capital letters or digits, led by a letter (OSEN, STN, MHN), with at
// most a Hangul word of two to six syllables glued after it that ends as
// an outlet's name does (SPOTV뉴스, MHN스포츠; LG전자 is a company's).
func latinOutletBrand(t string) bool {
	k := 0
	for k < len(t) && (t[k] >= 'A' && t[k] <= 'Z' || k > 0 && t[k] >= '0' && t[k] <= '9') {
		k++
	}
	if k < 2 || k > 8 {
		return false
	}
	rest := t[k:]
	if rest == "" {
		return true
	}
	n := utf8.RuneCountInString(rest)
	return n >= 2 && n <= 6 && isHangulWord(rest) && (hasAnySuffix(rest, koreanPaperEnds) || hasAnySuffix(rest, latinBrandEnds))
}

// koreanPlace reports where a Korean credit was filed from: one or two
// words of Hangul of at most eight syllables in all (잠실, 잠실학생체,
// 부산 사직).
func koreanPlace(s string) bool {
	if s == "" || !atMost(s, 9) {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 2 {
		return false
	}
	for _, w := range words {
		if !isHangulWord(w) {
			return false
		}
	}
	return true
}
