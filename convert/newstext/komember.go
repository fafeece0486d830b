package newstext

import "strings"

// A Korean site that prints its members' writing (오마이뉴스's citizen
// reporters, blogs) names the writer under the headline with the member's
// user id in brackets: 이수정(sjlee), 박민준 (mj_park99). The line is the
// story's byline (the name; the id is no name), not a title line. The id
// is in lower-case Latin letters and digits as user ids are, which a
// company's or a product's name glossed in brackets (애플(Apple),
// 엔비디아(NVIDIA)) seldom is, and the name opens with a common Korean
// surname.

// koreanSurnameRunes are the commonest Korean surnames (some nine in ten
// Koreans bear one): a member's name opens with one of them.
const koreanSurnameRunes = "김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경"

// mayBeKoreanMemberCredit reports s ending as such a line does, its
// first rune a Hangul syllable and its last a closing round bracket:
// gate asks it.
func mayBeKoreanMemberCredit(first, last rune) bool {
	return last == ')' && first >= 0xAC00 && first <= 0xD7A3
}

// koreanMemberCredit parses such a line (see above): a Korean name of
// two to four syllables opening with a common surname, an optional
// space, and the user id in round brackets, 3 to 20 lower-case Latin
// letters, digits, _ . or -, opening with a letter.
func koreanMemberCredit(s string) (credit, bool) {
	if !atMost(s, 30) {
		return credit{}, false
	}
	first, _ := firstRune(s)
	last, _ := decodeLast(s)
	if !mayBeKoreanMemberCredit(first, last) || !strings.ContainsRune(koreanSurnameRunes, first) {
		return credit{}, false
	}
	k := strings.IndexByte(s, '(')
	if k < 0 {
		return credit{}, false
	}
	name, id := trimSpace(s[:k]), s[k+1:len(s)-1]
	if kr, ok := koreanCredit(name); !ok || kr.name != name || !memberID(id) {
		return credit{}, false
	}
	return credit{names: []string{name}}, true
}

// memberID reports a site's user id: 3 to 20 lower-case Latin letters,
// digits, _ . or -, opening with a letter.
func memberID(id string) bool {
	if len(id) < 3 || len(id) > 20 || id[0] < 'a' || id[0] > 'z' {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-') {
			return false
		}
	}
	return true
}
