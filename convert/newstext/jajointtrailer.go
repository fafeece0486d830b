package newstext

import (
	"strings"
	"unicode/utf8"
)

// A Japanese story written by two or more reporters closes with all
// their names in one bracket, （木村花子、宮本健） (東京新聞, 毎日), parted
// by 、 or ・, as one reporter's story closes with （木村花子）;
// and a desk's column (東京新聞's デスクメモ, a 筆洗-type column) is
// signed with one kanji of its writer's name, （歩）. Both are bylines
// closing their story: the names are no headline, paragraph or dateline
// place (【】 and （） hold a Japanese dateline's place).

// jaJointNames reports a bracket's text that is two to four reporters'
// full names (jaFullName) parted by 、 or ・: 木村花子、宮本健,
// 木村花子・宮本健 (padding inside a name, 木村　花子、宮本　健, is
// dropped). 東京・大阪 and 日本、中国 name places, no people. Names parted
// by a space alone are not read: a Chinese column's name and its
// writer's are set so, （湘江时评 赵一鸣）.
func jaJointNames(in string) ([]string, bool) {
	in = trimSpace(in)
	if in == "" || !atMost(in, 30) {
		return nil, false
	}
	if !hasAnyRune(in, "、・") {
		return nil, false
	}
	parts := strings.FieldsFunc(in, func(r rune) bool { return r == '、' || r == '・' })
	for i, p := range parts {
		parts[i] = strings.Join(strings.FieldsFunc(p, isSpace), "")
	}
	if len(parts) < 2 || len(parts) > 4 {
		return nil, false
	}
	for _, p := range parts {
		if !jaFullName(p) {
			return nil, false
		}
	}
	return parts, true
}

// jaPlaceEnds end the names of places and desks that a bracket may list
// as it lists names: 東京都, 大阪府, 港区, 社会部, 米国.
var jaPlaceEnds = []string{"都", "道", "府", "県", "市", "区", "町", "村", "郡", "国", "州", "島", "部", "局", "課", "室", "班", "社", "省", "庁", "院", "会", "党"}

// jaFullName reports a reporter's full name as a joint trailer lists it:
// a kanji surname and a given name, three to six characters, kanji or
// kana (宮本健, 木村花子, 佐々木まり), never a place's or desk's name
// (jaPlaceEnds) or a dateline's.
func jaFullName(p string) bool {
	n := utf8.RuneCountInString(p)
	if n < 3 || n > 6 || !isJapaneseName(p) {
		return false
	}
	if r, _ := firstRune(p); !isHan(r) {
		return false
	}
	if hasAnySuffix(p, jaPlaceEnds) || inNotNames(p) || findRoleIndex(p) >= 0 || isPhotoSource(p) {
		return false
	}
	_, _, ok := parseDateline(p)
	return !ok
}

// jaJointTrailer parses a bracket holding reporters' names only
// (jaJointNames) as their byline: （木村花子、宮本健）.
func jaJointTrailer(inner string) (credit, bool) {
	names, ok := jaJointNames(inner)
	if !ok {
		return credit{}, false
	}
	return credit{names: names}, true
}

// notSignatures are the single characters a bracket holds alone that are
// no writer's signature: a series' part (上, 中, 下, 続), an end mark (完,
// 終), a note's or a figure's label (注, 図, 表), a weekday, a company's
// form (株, 有), a result (勝, 敗), an abbreviation's or laughter's mark,
// a note that the text is appended, reprinted or excerpted (附, 転, 摘).
const notSignatures = "上中下前後続续終终完了略笑注註図图表写絵文株有財社特祝休月火水木金土日勝敗分引同他仮例訳談〃零〇一二三四五六七八九十百千万附転转轉按摘録录"

// deskSignature parses a bracket holding one kanji alone (（歩）, （北）):
// the signature a desk's column (デスクメモ, 筆洗) closes with, one
// character of its writer's name, as a byline naming that character.
func deskSignature(inner string) (credit, bool) {
	in := trimSpace(inner)
	r, w := firstRune(in)
	if w == 0 || w != len(in) || !isHan(r) || strings.ContainsRune(notSignatures, r) {
		return credit{}, false
	}
	return credit{names: []string{in}}, true
}

// jaJointNamed reports a bracket's text that jaJointNames reads: its
// names are no dateline's place, （木村花子・宮本健）.
func jaJointNamed(in string) bool {
	_, ok := jaJointNames(in)
	return ok
}
