package newstext

import "slices"

// A Japanese trade paper (業界紙) runs its company briefs in with the
// company's name in lenticular brackets, 【三和化成】大阪府茨木市に…,
// 【北辰電機】産業用インバーターの…, where a general paper sets its
// dateline's place, 【名古屋】. A name ending as a company's does (化成,
// 電機, 工業, 製作所, 商事, 自動車 …) names no place: it is the item's
// run-in lead-in (a brief's title under a box's label, briefboxmarked.go),
// never a dateline.

// jaCompanyEnds end a Japanese company's name: its trade, as the names of
// makers, trading houses, builders, banks and carriers close with it.
// No place's name ends so.
var jaCompanyEnds = []string{
	"工業", "興業", "産業", "重工", "工機", "精機", "精工", "電機", "電工", "電子", "電装", "化成", "化学", "化工",
	"製薬", "薬品", "製作所", "製鋼", "製鉄", "鉄鋼", "商事", "商会", "物産", "通商", "建設", "工務店", "不動産",
	"証券", "銀行", "信金", "電力", "電鉄", "航空", "海運", "汽船", "運輸", "食品", "製菓", "乳業", "酒造", "製粉",
	"製紙", "紡績", "技研", "工営", "機械", "機工", "自動車", "ホールディングス", "グループ",
}

// jaCompanyName reports a company's name as a bracket holds it: kanji or
// katakana (isPlaceWord's letters), at most twelve, at least one letter
// before the trade that closes it (jaCompanyEnds; 【工業】 alone is a
// label's word, not a name).
func jaCompanyName(in string) bool {
	if !atMost(in, 12) || !hasAnySuffix(in, jaCompanyEnds) || slices.Contains(jaCompanyEnds, in) {
		return false
	}
	for _, r := range in {
		if !isHan(r) && !(r >= 0x30A1 && r <= 0x30FA) && r != 'ー' {
			return false
		}
	}
	return true
}
