package newstext

import "strings"

// A Japanese tech-news site credits its story under the time stamp in
// square brackets, the writer's name, a comma and the site's Latin brand:
// [吉村 遥，ITmedia] (ITmedia's own form, the comma full-width or not, a
// 、 for it), the brand alone for a story with no one named, [ITmedia],
// or the brand before the name, [Impress Watch 山田太郎]. It is the
// story's byline, org the brand: alone on its line it is otherwise a
// title line, and one under the stamp opened a second article that took
// the whole body.

// siteBrandCredit parses the inside of a square-bracketed site credit
// (siteCredit's forms): names and a Latin brand parted by a comma, the
// brand then a name parted by a space, or a Latin brand alone.
func siteBrandCredit(inner string) (credit, bool) {
	inner = trimSpace(inner)
	if !atMost(inner, 32) {
		return credit{}, false
	}
	// Names, a comma and the brand: the last comma parts them (a name of
	// one person holds none).
	if k := lastCreditComma(inner); k >= 0 {
		_, w := firstRune(inner[k:])
		names, org := trimSpace(inner[:k]), trimSpace(inner[k+w:])
		if !latinBrand(org) && !isAgency(org) {
			return credit{}, false
		}
		c := credit{org: org}
		for n := range strings.SplitSeq(names, "、") {
			n = trimSpace(n)
			if !bracketWriterName(n) {
				return credit{}, false
			}
			c.names = append(c.names, n)
		}
		return c, true
	}
	// The brand, a space, the name: Impress Watch 山田太郎. The name is
	// what follows the brand's last Latin word.
	var buf [5]string
	toks := appendFields(buf[:0], inner, 5, isSpace)
	if len(toks) >= 2 && latinWord(toks[0]) {
		i := 1
		for i < len(toks) && latinWord(toks[i]) {
			i++
		}
		if i < len(toks) {
			org := strings.Join(toks[:i], " ")
			name := strings.Join(toks[i:], " ")
			if latinBrand(org) && bracketWriterName(name) {
				return credit{org: org, names: []string{name}}, true
			}
			return credit{}, false
		}
	}
	// The brand alone: a site's name as a brand is set, two capitals at
	// least (ITmedia, CNET Japan, PC Watch), never a label in brackets
	// (PR, PDF, UPDATE) nor a plain word ([Video], [Photo]).
	if latinBrand(inner) && upperCount(inner) >= 2 && !bracketLabel(inner) {
		return credit{org: inner}, true
	}
	return credit{}, false
}

// siteCredit reports a line that is a square-bracketed site credit alone
// ([吉村 遥，ITmedia], ［ITmedia］) and parses it.
func siteCredit(s string) (credit, bool) {
	if !strings.HasPrefix(s, "[") && !strings.HasPrefix(s, "［") {
		return credit{}, false
	}
	inner, end, ok := leadingBracket(s)
	if !ok || end != len(s) {
		return credit{}, false
	}
	return siteBrandCredit(inner)
}

// lastCreditComma is the offset of the last comma (，, ",", 、) in s, or
// -1: the one before the brand. (、 parts names among themselves too,
// [山田太郎、佐藤花子，ITmedia]: those before it are split again.)
func lastCreditComma(s string) int {
	k := -1
	for i, r := range s {
		if r == '，' || r == ',' || r == '、' {
			k = i
		}
	}
	return k
}

// bracketWriterName reports a writer's name in a site's credit: a
// Japanese name of two to six kanji or kana, its family and given names
// parted by one space or none (吉村 遥, 吉村遥, 吉村　遥, 山田 さくら). It
// opens with a kanji and no kanji follows a kana, as in a name: a phrase
// (新製品を発表) has its particle between kanji.
func bracketWriterName(n string) bool {
	parts := 0
	for range strings.FieldsFuncSeq(n, isSpace) {
		parts++
	}
	flat := strings.NewReplacer(" ", "", "　", "").Replace(n)
	if parts == 0 || parts > 2 || !isJapaneseName(flat) || isAgency(flat) || isDesk(flat) || findRoleIndex(flat) >= 0 {
		return false
	}
	kana := false
	for i, r := range flat {
		switch {
		case isKana(r):
			kana = true
		case i == 0 && r == '々', kana:
			return false
		}
	}
	r, _ := firstRune(flat)
	return isHan(r)
}

// upperCount is the number of ASCII capitals in s.
func upperCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			n++
		}
	}
	return n
}

// bracketLabels are the labels a page sets in square brackets that are
// no site's name: an advertisement's, a file's, an update's.
var bracketLabels = []string{"PR", "AD", "PDF", "NEW", "UPDATE", "UPDATED", "VIDEO", "PHOTO", "LIVE", "HOT", "TOP", "FAQ", "Q&A", "SNS"}

// bracketLabel reports one of bracketLabels, in any case.
func bracketLabel(s string) bool {
	for _, l := range bracketLabels {
		if strings.EqualFold(s, l) {
			return true
		}
	}
	return false
}
