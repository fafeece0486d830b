package newstext

import (
	"strings"
	"unicode/utf8"
)

// A Japanese paper's letters page (声, 読者の声, みんなの広場, 気流) signs
// each letter with the writer's line: occupation, name, age and home
// town, in the paper's order, 会社員　小林聡子　４４　（甲府市）, 会社員
// 小林聡子（甲府市　４４）, 甲府市　会社員　小林聡子（４４）, or the
// name first, 小林聡子（４４）＝甲府市. The line stands under the letter's
// title or at its foot. Its age is a figure among fields parted by
// spaces, the shape of a table's row, and it read as one: the letter's
// title above it was left with no title position, and the letter ran
// into the one before (blind page ja-chiho-koe). It is the letter's
// byline (names the name; the occupation and the town are no newsroom's
// role or org), so the title over it heads a letter of its own.

// jaReaderJobs are the occupations a reader signs with, whole or as the
// end of a longer word (団体職員, 大学生, 元教員, パート従業員). Endings a
// given name may have (夫, 人, 士, 生 alone) are left out: a word ending
// so is taken for the name.
var jaReaderJobs = []string{
	"社員", "職員", "教員", "役員", "店員", "業員", "務員", "学生", "校生", "院生", "大生",
	"主婦", "主夫", "無職", "自営業", "農業", "漁業", "会社経営", "経営者", "パート", "アルバイト", "フリーター",
	"看護師", "教師", "医師", "講師", "美容師", "調理師", "薬剤師", "保育士", "介護士", "福祉士", "弁護士", "税理士",
	"生活者", "研究者", "年金受給者", "住職", "僧侶", "団体役員", "会社役員", "自営", "農家", "作家", "画家",
}

// jaTownEnds end a town's name in a reader's line: a city, a ward, a
// prefecture or the capital; a town or a village (町, 村) only in
// brackets or after ＝, where no surname (中村, 木村) stands.
const jaTownEnds = "市区県都府"

// jaReaderSignature parses a Japanese reader's line (see above): fields
// parted by spaces (or ・, 、 inside brackets), at most one bracket at the
// line's end or before ＝, and the town after ＝. Each field is an age
// (one to three digits, 歳 after them allowed, from 5 to 110), a town, an
// occupation (jaReaderJobs) or the name: two to six kanji and kana
// opening with a kanji (a padded name, 小林　聡子, joined), no honorific.
// The name and two of age, town and occupation make the line: a name
// and an age alone (小林聡子（４４）) are any story's, and a table's row of
// several figures or names is none.
func jaReaderSignature(s string) (credit, bool) {
	if !atMost(s, 32) || hasAnyRune(s, "。！？!?：:「」") {
		return credit{}, false
	}
	r, _ := firstRune(s)
	if !isHan(r) && !isKana(r) {
		return credit{}, false // a bullet, a bracket, a figure: an entry or a row
	}
	var town string
	if before, after, ok := strings.Cut(s, "＝"); ok {
		s, town = before, after
	}
	var inner string
	if k := indexAnyRune(s, "（("); k > 0 {
		in, after, ok := jaMidBracket(s[k:])
		if !ok {
			in, ok = strings.CutSuffix(s[k:], "）")
		}
		if !ok {
			in, ok = strings.CutSuffix(s[k:], ")")
		}
		if !ok {
			return credit{}, false
		}
		_, w := firstRune(in)
		s, inner = s[:k]+after, in[w:]
	}
	var sig jaSig
	var buf [8]string
	outside := appendFields(buf[:0], s, 6, func(r rune) bool { return isSpace(r) || r == '・' })
	if len(outside) > 6 {
		return credit{}, false
	}
	for k, t := range outside {
		if !sig.add(t, false, k+1 < len(outside) && sig.pending(outside[k+1])) {
			return credit{}, false
		}
	}
	for _, part := range [2]string{inner, town} {
		fs := appendFields(buf[:0], part, 3, func(r rune) bool { return isSpace(r) || r == '・' || r == '、' || r == '，' })
		if len(fs) > 3 {
			return credit{}, false
		}
		for _, t := range fs {
			if !sig.add(t, true, false) {
				return credit{}, false
			}
		}
	}
	if sig.name == "" || sig.half != "" || sig.told() < 2 {
		return credit{}, false
	}
	return credit{names: []string{sig.name}}, true
}

// jaMidBracket splits a reader's line's bracket that closes before more
// fields, the age after the name with the town after a space, 山口和子
// （６７）　さいたま市, 大学生　森田俊介（１９）　新潟市 (blind page
// ja-zenkoku-shasetsu-kikou-koe): it returns the bracket without its
// closer and the rest, a space first. A bracket run on to more words
// (（６７）さん) is none.
func jaMidBracket(s string) (in, after string, ok bool) {
	k := indexAnyRune(s, "）)")
	if k < 0 {
		return "", "", false
	}
	_, w := firstRune(s[k:])
	after = s[k+w:]
	if r, _ := firstRune(after); after == "" || !isSpace(r) {
		return "", "", false
	}
	return s[:k], after, true
}

// jaSig gathers the fields of a reader's line.
type jaSig struct {
	name, half              string // the name; the first half of a padded one
	age, town, jobs, school int
	nameDone, padded        bool
}

// told counts what the line says of its writer besides the name.
func (g *jaSig) told() int {
	// A school and year (jachildsig.go) tell both where the child is and
	// what: 大野ひなた（岡田小３年） is a signature.
	return min(g.age, 1) + min(g.town, 1) + min(g.jobs, 1) + 2*min(g.school, 1)
}

// pending reports a field that can be the second half of a padded name.
func (g *jaSig) pending(t string) bool {
	return jaNamePart(t) && !jaReaderAge(t) && !jaReaderJob(t) && !jaTown(t, false) && !jaSchoolYear(t)
}

// add takes field t (bracketed: inside the bracket or after ＝); next
// says whether the field after it may be a padded name's second half.
// It reports false when t is no field of a reader's line or a second
// one of its kind.
func (g *jaSig) add(t string, bracketed, next bool) bool {
	switch {
	case jaReaderAge(t):
		g.age++
		return g.age == 1
	case jaTown(t, bracketed):
		g.town++
		return g.town == 1
	case jaReaderJob(t):
		g.jobs++
		return g.jobs <= 2
	case jaSchoolYear(t):
		g.school++
		return g.school == 1
	case bracketed || g.nameDone:
		return false
	case g.half != "":
		if !jaNamePart(t) {
			return false
		}
		g.name, g.half, g.nameDone = g.half+t, "", true
		return true
	case next && jaNamePart(t):
		g.half = t // (小林　聡子: a padded name)
		return true
	case jaReaderName(t):
		g.name, g.nameDone = t, true
		return true
	}
	return false
}

// jaReaderAge reports an age: one to three digits, 歳 after them allowed,
// from 5 to 110.
func jaReaderAge(t string) bool {
	t = strings.TrimSuffix(t, "歳")
	n, v := 0, 0
	for _, r := range t {
		switch {
		case r >= '0' && r <= '9':
			v = v*10 + int(r-'0')
		case r >= '０' && r <= '９':
			v = v*10 + int(r-'０')
		default:
			return false
		}
		n++
	}
	return n >= 1 && n <= 3 && v >= 5 && v <= 110
}

// jaTown reports a town's name: two to ten kanji and kana ending in 市,
// 区, 県, 都 or 府 (in brackets or after ＝ also 町, 村 or 道), none of
// the ends alone.
func jaTown(t string, bracketed bool) bool {
	n := utf8.RuneCountInString(t)
	if n < 2 || n > 10 || !jaWord(t) {
		return false
	}
	r, _ := decodeLast(t)
	return strings.ContainsRune(jaTownEnds, r) || bracketed && (r == '町' || r == '村' || r == '道')
}

// jaReaderJob reports an occupation (jaReaderJobs), 元 before it allowed.
func jaReaderJob(t string) bool {
	return atMost(t, 10) && jaWord(t) && hasAnySuffix(t, jaReaderJobs)
}

// jaReaderName reports a reader's full name: two to six kanji and kana
// opening with a kanji, no honorific after it (さん, 氏, 様: a name a
// story or an obituary gives).
func jaReaderName(t string) bool {
	n := utf8.RuneCountInString(t)
	r, _ := firstRune(t)
	return n >= 2 && n <= 6 && (isHan(r) || r == '々') && jaWord(t) && !strings.HasSuffix(t, "さん") && !strings.HasSuffix(t, "氏") && !strings.HasSuffix(t, "様")
}

// jaNamePart reports one half of a padded name: one to three kanji or
// kana.
func jaNamePart(t string) bool {
	n := utf8.RuneCountInString(t)
	return n >= 1 && n <= 3 && jaWord(t)
}

// jaWord reports a word of kanji and kana alone (々 and the long vowel
// mark among them).
func jaWord(t string) bool {
	for _, r := range t {
		if !isHan(r) && !isKana(r) && r != '々' && r != 'ー' {
			return false
		}
	}
	return t != ""
}

// markJapaneseReaderSignatures makes a byline, before the grammar labels
// the page, of a reader's line (jaReaderSignature) standing alone under
// a title line (the letter's title) or under a finished paragraph (the
// letter's foot), on its line or wrapped over two (小林聡子（４４）＝長野県
// 松本市 / 、会社員 at a fifteen-character measure).
func (b *builder) markJapaneseReaderSignatures(sc *scorer) {
	if b.lang != "ja" {
		return
	}
	us := sc.us
	for i := 1; i < len(us); i++ {
		u := &us[i]
		if u.kind != uText || u.verbatim || u.para || u.lastLine > u.line+1 || len(u.text) > 32*4 {
			continue
		}
		p := sc.prevContent(i)
		if p < 0 || !(us[p].kind == uHeadline || us[p].kind == uSubhead || us[p].kind == uText && (sc.fs[p].title || sc.fs[p].ended)) {
			continue
		}
		c, ok := jaReaderSignature(u.text)
		if !ok {
			continue
		}
		u.kind, u.cr = uByline, creditRef(c)
		bodyOnly(&sc.fs[i], false)
		b.warnParts(u.line, "reader's line taken as the letter's byline: ", u.text)
	}
}

// jaReaderLineCut reports whether line i of block ls (its unit opened at
// start; ended: the line above finished its sentence) opens a unit on a
// Japanese page: a reader's line (jaReaderSignature) under a finished
// sentence (the letter's foot) or under a title line (the letter's
// title), or the line under a reader's line that opened its unit (the
// next letter's title, the letter's text, the corner's call for
// letters). A letters corner sets the writer's line and the titles in
// their own style, and a line of them as wide as the column is no wrap
// (blind page ja-chiho-ronsetsu-koe: 望月正雄（７８）＝松本市、無職, fifteen
// characters at a fifteen-character measure, ran into the title under
// it). A reader's line the column did wrap (小林聡子（４４）＝甲府市 /
// 、会社員) is not cut here: the two lines joined read as a reader's line.
func (b *builder) jaReaderLineCut(ls []srcLine, start, i int, ended bool) bool {
	s := ls[i].text
	if !ls[i].indent && (ended || b.block.titleLine(i-1)) && jaReaderLine(s) {
		return true
	}
	if i-1 != start || !jaReaderLine(ls[i-1].text) {
		return false
	}
	return !jaReaderLine(ls[i-1].text + s)
}

// jaReaderLine reports a reader's line (jaReaderSignature).
func jaReaderLine(s string) bool {
	_, ok := jaReaderSignature(s)
	return ok
}
