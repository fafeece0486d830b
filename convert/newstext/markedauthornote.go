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
//
// A book page sets the same marked row in the book's information box,
// ●書名：活著 / ●作者：余華 / ●出版社：麥田出版 / ●定價：320元, and may
// say who wrote it in the box's text, ●作者余華，中國當代作家。 A marked
// author beside another marked label：value row is the box's row, and the
// described form signs the piece only among its closing lines: at the
// page's foot or beside the site's ●以上言論… notice (keepBoxAuthorRows).

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

// keepBoxAuthorRows makes text again of a marked author's byline
// (markedAuthorNote) that is a book box's row or text: one set right
// over or under another marked label：value row, or one with a
// description standing neither at the page's foot (nothing but
// furniture under it) nor beside the site's standing notice.
func (b *builder) keepBoxAuthorRows() {
	us := b.units
	for i := range us {
		u := &us[i]
		if u.kind != uByline || u.cr == nil || len(u.cr.roles) != 1 || u.cr.roles[0] != "作者" {
			continue
		}
		m, w := firstRune(u.text)
		if !isBylineMarker(m) {
			continue
		}
		body := trimSpace(u.text[w:])
		if !strings.HasPrefix(body, "作者") {
			continue
		}
		if _, ok := markedAuthorNote(body); !ok {
			continue
		}
		if markedRowBeside(us, i) || indexAnyRune(body, "，,") > 0 && !closingAuthorLine(us, i) {
			u.kind, u.cr = uText, nil
		}
	}
}

// markedRowBeside reports a unit on the line right over or under unit i
// that is a marked label：value row (●書名：活著, ■出版社：人民文学出版社).
func markedRowBeside(us []unit, i int) bool {
	return i > 0 && us[i-1].lastLine+1 == us[i].line && markedRow(&us[i-1]) ||
		i+1 < len(us) && us[i].lastLine+1 == us[i+1].line && markedRow(&us[i+1])
}

// markedRow reports a one-line unit of text opening with a byline marker
// and a box's label：value row after it (infoRow, labelValueRow).
func markedRow(u *unit) bool {
	if u.kind != uText || u.line != u.lastLine {
		return false
	}
	m, w := firstRune(u.text)
	if !isBylineMarker(m) {
		return false
	}
	body := trimSpace(u.text[w:])
	return labelValueRow(body) || infoRow(body)
}

// closingAuthorLine reports unit i standing among its piece's closing
// lines: nothing but page furniture under it, or the site's standing
// notice (●以上言論不代表本網立場…) right over or under it.
func closingAuthorLine(us []unit, i int) bool {
	if i > 0 && siteNotice(&us[i-1]) || i+1 < len(us) && siteNotice(&us[i+1]) {
		return true
	}
	for j := i + 1; j < len(us); j++ {
		if us[j].kind != uNoise {
			return false
		}
	}
	return true
}

// siteNotice reports a unit of furniture that is a platform's standing
// notice (platformNotice).
func siteNotice(u *unit) bool {
	return u.kind == uNoise && platformNotice(u.text)
}
