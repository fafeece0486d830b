package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A Korean wire's dateline names one place and the wire, (서울=연합뉴스),
// [서울=뉴시스] (bracketDateline). Two more forms of it are common on an
// international page: a story filed jointly from two bureaus names both
// places joined by a middle dot, (워싱턴·베이징=연합뉴스), [서울·세종=뉴시스];
// and a story or photo the wire relays from a foreign agency names that
// agency after the place, (도쿄 교도=연합뉴스), (베이징 신화=연합뉴스),
// (워싱턴 AP=연합뉴스), (평양 조선중앙통신=연합뉴스), News1's (워싱턴
// AFP=뉴스1). Both are the wire's datelines: org the wire, place as
// written (the places joined, or the place before the agency; the agency
// stays in the dateline's text). The relayed form is a dateline in round
// brackets only: in square ones, [평양 조선중앙통신=연합뉴스], it is the
// wire's photo credit, closing a caption (bracketedWire).

// koreanRelayedAgencies are the foreign agencies and outlets a Korean wire
// names before its own name when it relays their story or photo: the
// agencies' Hangul names and North Korea's state media. Latin initials
// (AP, AFP, EPA) and a Hangul name ending in 통신 are agencies too
// (koreanRelayedAgency).
var koreanRelayedAgencies = []string{"교도", "지지", "신화", "신화사", "중신사", "로이터", "타스", "이타르타스", "블룸버그", "스푸트니크", "인테르팍스", "안사", "베르나마", "안타라", "노동신문", "조선중앙TV", "dpa"}

// koreanRelayedAgency reports a foreign agency's name as a Korean wire
// credits it before its own: listed (교도, 신화, 로이터), in Latin
// initials (AP, AFP), or a Hangul name ending in 통신 or 통신사 with a word
// before it (조선중앙통신, 교도통신; 통신 alone is a word).
func koreanRelayedAgency(w string) bool {
	if latinCapitals(w) {
		return true
	}
	for _, a := range koreanRelayedAgencies {
		if w == a {
			return true
		}
	}
	if !isHangulWord(w) {
		return false
	}
	for _, e := range [...]string{"통신", "통신사"} {
		if h, ok := strings.CutSuffix(w, e); ok && len(h) >= 2*3 {
			return true
		}
	}
	return false
}

// koreanWireName reports the wire or paper named after a Korean
// dateline's equals sign in the joined and relayed forms: a news
// organisation's name (연합뉴스, 뉴시스, 뉴스1, 경남신문), so that a
// credit such as (글·그림=홍길동) names none.
func koreanWireName(w string) bool {
	return w == "뉴스1" || isHangulWord(w) && koreanPaperTag(w)
}

// koreanJointPlaces reports the places of a joint dateline, two or three
// Hangul words joined by a middle dot (워싱턴·베이징; · or ㆍ), each a
// place's name: known (koreanJointPlace) or a short name of two to four
// syllables, as most cities and counties are dated (거제·통영, 홍천·인제),
// and none a credit's or a work's noun (koreanCreditWord,
// koreanJointCreditNoun). Such nouns joined so credit a work (사진·그래픽,
// 글·그림, 기획·디자인).
func koreanJointPlaces(s string) bool {
	parts := 0
	for s != "" {
		k := strings.IndexAny(s, "·ㆍ")
		p := s
		if k >= 0 {
			p, s = s[:k], s[k:]
			_, w := firstRune(s)
			s = s[w:]
			if s == "" {
				return false // a stray dot at the end
			}
		} else {
			s = ""
		}
		if !isHangulWord(p) || koreanCreditWord(p) || slices.Contains(koreanJointCreditNouns, p) {
			return false
		}
		if n := utf8.RuneCountInString(p); (n < 2 || n > 4) && !koreanJointPlace(p) {
			return false
		}
		parts++
	}
	return parts >= 2 && parts <= 3
}

// koreanJointCreditNouns name the work a credit joined by a middle dot
// credits, beside koreanCreditWord's (기획·디자인=한빛일보, 제작·구성=…):
// never a place a wire files from.
var koreanJointCreditNouns = []string{
	"기획", "디자인", "제작", "구성", "연구", "감수", "번역", "자문", "연출",
	"각색", "작곡", "작사", "출연", "주최", "주관", "후원", "협찬", "제공",
	"조사", "분석", "자료", "도움", "교열", "사진부", "그래픽팀", "편집부",
}

// koreanHomeBureaus are the Korean cities a wire files from, as its
// regional bureaus name them in a dateline (청주=연합뉴스), that neither
// a province's or metropolitan city's short name (koreanReaderRegions)
// nor an ending (성남시, 괴산군) tells.
var koreanHomeBureaus = []string{
	"수원", "의정부", "성남", "고양", "용인", "안산", "춘천", "원주", "강릉", "청주",
	"충주", "천안", "홍성", "전주", "군산", "목포", "여수", "순천", "안동", "포항",
	"경주", "구미", "창원", "진주", "김해", "평양", "개성", "판문점",
}

// koreanJointPlace reports a Hangul word known for a place a joint
// dateline names: a province's or metropolitan city's short name (서울,
// 세종), a regional bureau's city (청주: koreanHomeBureaus), a foreign
// bureau's (워싱턴: koreanForeignBureaus), or a word of three syllables
// or more ending as a city, county, district or province does (성남시,
// 괴산군, 해운대구, 경기도). Nouns of other kinds (기획, 디자인, 제작)
// name what a credit credits.
func koreanJointPlace(w string) bool {
	if slices.Contains(koreanReaderRegions, w) || slices.Contains(koreanHomeBureaus, w) || koreanForeignBureau(w) {
		return true
	}
	return utf8.RuneCountInString(w) >= 3 && hasAnySuffix(w, koreanJointPlaceEnds)
}

// koreanJointPlaceEnds end a Korean city's, county's, district's or
// province's name (시, 군, 구, 도).
var koreanJointPlaceEnds = []string{"시", "군", "구", "도"}

// koreanCreditWord reports a word that names what a credit credits
// (사진, 그래픽, 글, 정리: koreanMediaWords, koreanWorkWords), never a place.
func koreanCreditWord(w string) bool {
	for _, m := range koreanMediaWords {
		if w == m {
			return true
		}
	}
	for _, m := range koreanWorkWords {
		if w == m {
			return true
		}
	}
	return false
}

// koreanJointDateline parses the inside of a Korean wire's dateline in
// its joint or relayed form (see above); round tells the bracket was
// round, which the relayed form needs. The single place, (서울=연합뉴스),
// is bracketDateline's.
func koreanJointDateline(in string, round bool) (dateline, bool) {
	k := strings.IndexByte(in, '=')
	if k <= 0 {
		return dateline{}, false
	}
	org := in[k+1:]
	if !koreanWireName(org) {
		return dateline{}, false
	}
	place := in[:k]
	if sp := strings.IndexByte(place, ' '); sp > 0 {
		if !round || !koreanRelayedAgency(place[sp+1:]) {
			return dateline{}, false
		}
		place = place[:sp]
		if !isHangulWord(place) && !koreanJointPlaces(place) || koreanCreditWord(place) {
			return dateline{}, false
		}
		return dateline{place: place, org: org}, true
	}
	if !koreanJointPlaces(place) {
		return dateline{}, false
	}
	return dateline{place: place, org: org}, true
}

// koreanWireLead reports s opening with a Korean wire's dateline that
// names a place, (서울=연합뉴스), [서울=뉴시스], (워싱턴·베이징=연합뉴스),
// (도쿄 교도=연합뉴스), with its story's text run on after it, or alone on
// its line when titled tells a title line stands over it: it stands at a
// story's start, never inside a sentence, so the line it opens is never a
// wrap's continuation, however full the line above (a title set unwrapped
// past the measure). Alone under a sentence it is no story's start (a
// caption's credit: koreanRelayedCreditAlone). A bracket of other words,
// (단위=억원), is none.
func koreanWireLead(s string, titled bool) bool {
	if s == "" || s[0] != '(' && s[0] != '[' {
		return false
	}
	d, rest, ok := parseDatelineLang(s, "ko")
	return ok && (rest != "" || titled) && d.place != "" && koreanWireName(d.org)
}

// koreanRelayedCreditAlone reports s as a Korean wire's credit for a
// foreign agency's photo alone on its line, in round or square brackets,
// (도쿄 교도=연합뉴스), [로이터=연합뉴스]: under a caption it is that
// caption's credit, set on a line of its own as a square [AP=연합뉴스]
// is, not a relayed story's dateline (which runs on into its text).
func koreanRelayedCreditAlone(s string) bool {
	if s == "" {
		return false
	}
	c := byte(')')
	if s[0] == '[' {
		c = ']'
	}
	if len(s) < 2 || s[len(s)-1] != c {
		return false
	}
	in := s[1 : len(s)-1]
	by, wire, ok := strings.Cut(in, "=")
	return ok && strings.IndexAny(in, "()[]") < 0 && koreanWireName(wire) && koreanRelayedCredit(by)
}

// koreanRelayedCredit reports what a Korean wire's photo credit names
// before its equals sign when the photo is a foreign agency's: the
// agency, alone or after the place it was taken (로이터, 신화, 평양
// 조선중앙통신, 워싱턴 AP: [평양 조선중앙통신=연합뉴스]). A place alone,
// 서울, is a dateline's.
func koreanRelayedCredit(by string) bool {
	if sp := strings.IndexByte(by, ' '); sp > 0 {
		return isHangulWord(by[:sp]) && !koreanCreditWord(by[:sp]) && koreanRelayedAgency(by[sp+1:])
	}
	return koreanRelayedAgency(by)
}
