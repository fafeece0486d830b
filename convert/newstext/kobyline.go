package newstext

import "strings"

// A Korean paper's column or contributed piece names its writer under the
// title, the name, a bar and who the writer is: 박지현 | 한국사회정책연구원
// 연구위원 (한겨레, 경향), the organisation's name before the position or
// the position alone (김철수 | 소설가). It is the piece's byline (names,
// org, role), not a subheadline. The position ends as a person's post
// does, which a table's row of name and figure never does.

// koreanPositionEnds end a writer's position after the bar.
var koreanPositionEnds = []string{
	"위원", "교수", "연구원", "대표", "장", "변호사", "작가", "시인", "소설가", "박사", "기자",
	"평론가", "칼럼니스트", "의원", "활동가", "이사", "교사", "사무총장", "전문가", "감독", "목사", "신부", "스님", "대사",
}

// mayBeKoreanBarCredit reports s opening as such a byline may: a Hangul
// syllable first, and the bar within the first six runes (a name of two
// to four syllables and a space). gate asks it; it reads a few bytes.
func mayBeKoreanBarCredit(s string) bool {
	if len(s) < 16 || s[0] < 0xEA || s[0] > 0xED {
		return false // (Hangul syllables are U+AC00–D7A3: 0xEA–0xED first)
	}
	head := s[6:min(len(s), 16)]
	return strings.IndexByte(head, '|') >= 0 || strings.Contains(head, "｜")
}

// koreanBarCredit parses such a byline: a name of two to four Hangul
// syllables, a bar, then one to four words of Hangul (or Latin letters),
// the last ending as a position does (koreanPositionEnds): the role,
// the words before it the organisation.
func koreanBarCredit(s string) (credit, bool) {
	if !mayBeKoreanBarCredit(s) || !atMost(s, 40) {
		return credit{}, false
	}
	k := strings.IndexAny(s, "|｜")
	name := trimSpace(s[:k])
	_, w := firstRune(s[k:])
	rest := trimSpace(s[k+w:])
	if kr, ok := koreanCredit(name); !ok || kr.name == "" || rest == "" {
		return credit{}, false
	}
	var buf [6]string
	words := appendFields(buf[:0], rest, 5, isSpace)
	if len(words) > 4 {
		return credit{}, false
	}
	for _, t := range words {
		for _, r := range t {
			if !(r >= 0xAC00 && r <= 0xD7A3 || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == '·') {
				return credit{}, false
			}
		}
	}
	role := words[len(words)-1]
	if !hasAnySuffix(role, koreanPositionEnds) {
		return credit{}, false
	}
	return credit{org: strings.Join(words[:len(words)-1], " "), roles: []string{role}, names: []string{name}}, true
}

// koreanClosingCredit finds the reporter's credit run on after a
// paragraph's last sentence, with no bracket or address: … 서둘러 달라고
// 당부했다. 김하늘 기자 (a brief's paragraph, closed by who wrote it), and
// returns where it starts. One name, of Hangul alone, and the role 기자
// or 특파원 follow a sentence ended in 다. (Several names joined by ·
// are left in the text: alone on a line, as the credit is written out,
// they read back as a paragraph.) A photo's caption so closed was taken
// as one before (isForeignCaption).
func koreanClosingCredit(s string) (int, credit, bool) {
	if !strings.HasSuffix(s, " 기자") && !strings.HasSuffix(s, " 특파원") {
		return 0, credit{}, false
	}
	k := lastIndexNear(s, ". ", 20)
	if k <= 0 || !strings.HasSuffix(s[:k+1], "다.") {
		return 0, credit{}, false
	}
	name, role, ok := strings.Cut(s[k+2:], " ")
	if !ok {
		return 0, credit{}, false
	}
	kn, ok := koreanCredit(name)
	if !ok || kn.name == "" || kn.name != name {
		return 0, credit{}, false
	}
	return k + 2, credit{roles: []string{role}, names: []string{name}}, true
}
