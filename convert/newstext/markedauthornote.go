package newstext

import (
	"strings"
	"unicode/utf8"
)

// A Taiwanese opinion site (ETtoday's 雲論, and the portals built like
// it) closes a contributed piece with its author after a marker: the
// role 作者 run on to the name, a comma and who the author is, as one
// sentence, ●作者陳冠廷，台北市民、通勤族。, ●作者謝明瑞，台北商業大學兼任
// 副教授。 The full stop keeps the line from the marker credits
// (◎本报记者　X), and 作 is no role start; the role, a surname-led name
// and a description ending as a word for a kind of person does (民, 族,
// 教授, 媒體人) make it the byline, role 作者. A colon or slash may part
// role and name (●作者：陳冠廷, ●作者／陳冠廷), a name alone after it
// needing no description. Heads that open with the word stay heads:
// ●作者簡介 and ●作者的話 run on no name with a description after it,
// and ●作者林語堂，一生著作等身。 describes no person.

// authorDescEnds are the last runes of the description after a marked
// author's name: writerDescEnds' person words, and 市民, 通勤族, 理事長,
// 立委, 社工, 主任, 顧問.
const authorDescEnds = writerDescEnds + "民族長长委工任問问"

// markedAuthorNote parses the body after a byline marker as an opinion
// site's author line (see above): 作者, a name of two to four Han runes
// opening with a surname, run on (then a comma and a description of at
// most 30 runes, one clause list parted by 、 ending in a person word,
// and at most a full stop after it) or after a colon or slash (the
// description optional).
func markedAuthorNote(body string) (credit, bool) {
	rest, ok := strings.CutPrefix(body, "作者")
	if !ok || !atMost(rest, 40) {
		return credit{}, false
	}
	parted := false
	if r, w := firstRune(rest); r == '：' || r == ':' || isSlash(r) {
		rest, parted = trimSpace(rest[w:]), true
	}
	name, desc, described := rest, "", false
	if k := indexAnyRune(rest, "，,"); k > 0 {
		_, w := firstRune(rest[k:])
		name, desc, described = rest[:k], strings.TrimSuffix(rest[k+w:], "。"), true
	}
	if !described && !parted {
		return credit{}, false // ●作者簡介, ●作者的話: a head
	}
	if described && !authorDesc(desc) {
		return credit{}, false
	}
	c, ok := oneNameCredit(name)
	if !ok {
		return credit{}, false
	}
	c.roles = []string{"作者"}
	return c, true
}

// authorDesc reports the description after a marked author's name: one
// to 30 runes with no sentence stop, quote or colon in them (a sentence
// of the piece's), the last a person word's (authorDescEnds).
func authorDesc(d string) bool {
	n := utf8.RuneCountInString(d)
	if n < 1 || n > 30 || hasAnyRune(d, "。！？；：:「」“”『』") {
		return false
	}
	return strings.ContainsRune(authorDescEnds, lastRune(d))
}
