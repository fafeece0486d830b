package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A Japanese trade paper (日刊工業新聞, 日経産業新聞) signs a bureau's
// story at its foot with the bureau's place and the reporter's name
// parted by ・, （名古屋・山田一郎）, （大阪・木村花子、宮本健）, where a
// general paper writes （米子＝山本花子）. The place stays in the text, as
// it does after ＝ (only a dateline carries one); the names are the
// byline's. Places listed alike, （東京・大阪）, a region and its district,
// （東京・霞が関）, and two reporters' names, （木村花子・宮本健）, are no
// bureau's signature.

// bureauDistrictEnds end a district's name that a bracket may put after
// its city as a reporter's name is put after the bureau (東京・日本橋,
// 東京・六本木, 大阪・心斎橋): a full name never ends so.
var bureauDistrictEnds = []string{"橋", "坂", "丘", "台", "関", "谷", "木", "原", "浜", "通", "前", "沢", "池"}

// jaWorkWords say what a credit's writer did, before the name in a
// bracket as a bureau's place is (（写真・田中太郎）, （イラスト・木村花子）):
// no place.
var jaWorkWords = []string{"写真", "撮影", "取材", "構成", "監修", "協力", "編集", "翻訳", "作図", "図版", "題字", "イラスト", "カメラ", "デザイン", "グラフィック", "データ"}

// jaBureauSign parses a bracket's text that is a bureau's place and one
// to three reporters' full names (jaFullName, parted by 、) after one ・:
// 名古屋・山田一郎. The place is a region or city papers name
// (captionRegions, knownPlaces), one with a place's suffix (浜松市),
// a foreign city in katakana (ニューヨーク), or two kanji no role uses
// (北陸, 浜松; 写真・田中太郎 names a work, jaWorkWords, or a role).
func jaBureauSign(in string) ([]string, bool) {
	in = trimSpace(in)
	if in == "" || !atMost(in, 30) || !strings.Contains(in, "・") {
		return nil, false
	}
	place, rest, _ := strings.Cut(in, "・")
	place = trimSpace(place)
	if strings.Contains(rest, "・") || !jaBureauPlace(place) {
		return nil, false
	}
	names := strings.Split(rest, "、")
	if len(names) > 3 || len(names) == 1 && jaCompanySite(place, trimSpace(rest)) {
		return nil, false
	}
	for i, n := range names {
		n = strings.Join(strings.FieldsFunc(n, isSpace), "")
		if !jaFullName(n) || jaBureauPlace(n) || jaDistrictName(n) {
			return nil, false
		}
		names[i] = n
	}
	return names, true
}

// jaBureauPlace reports a bureau's place as jaBureauSign takes it.
func jaBureauPlace(p string) bool {
	if slices.Contains(captionRegions, p) || slices.Contains(knownPlaces, p) {
		return true
	}
	if !isPlaceWord(p) || strings.Contains(p, "・") || slices.Contains(jaWorkWords, p) || findRoleIndex(p) >= 0 || isPhotoSource(p) || isDesk(p) {
		return false
	}
	n := utf8.RuneCountInString(p)
	if isKatakanaWord(p) {
		return n >= 2
	}
	if n >= 2 && n <= 6 && hasAnySuffix(p, placeSuffixes) {
		return true
	}
	return n == 2 && !inNotNames(p)
}

// jaWards are wards and business districts a paper names after the city
// to say where a company is or a photo was taken (日経's （東京・千代田）,
// （東京・西新宿）, （大阪・梅田）): no reporter's name, though some open
// with a surname's kanji (高田馬場, 吉祥寺, 中野).
var jaWards = []string{
	"千代田", "中央", "港", "新宿", "文京", "台東", "墨田", "江東", "品川", "目黒", "大田", "世田谷", "渋谷", "中野", "杉並", "豊島",
	"北", "荒川", "板橋", "練馬", "足立", "葛飾", "江戸川",
	"西新宿", "高田馬場", "吉祥寺", "南青山", "北青山", "新木場", "大手町", "有楽町", "銀座", "六本木", "赤坂", "虎ノ門", "汐留",
	"秋葉原", "浜松町", "神田", "青山", "表参道", "池袋", "上野", "浅草", "恵比寿", "五反田", "大崎", "天王洲", "お台場", "豊洲",
	"梅田", "本町", "淀屋橋", "難波", "天王寺", "堂島", "中之島", "北浜", "西区", "北区", "中央区", "港区",
}

// jaCompanySite reports the word after a city in a bracket (the only
// one, no 、) a company's or a photo's site, no reporter: a ward or
// district (jaWards), or after 東京 or 大阪, the cities papers name so,
// three or more kanji with no kana (東京・西新宿, 東京・新木場), where a
// bureau signs a name with kana or of a surname and given name its
// list takes.
func jaCompanySite(place, w string) bool {
	w = strings.Join(strings.FieldsFunc(w, isSpace), "")
	if slices.Contains(jaWards, w) {
		return true
	}
	if place != "東京" {
		return false
	}
	n := 0
	for _, r := range w {
		if !isHan(r) {
			return false
		}
		n++
	}
	return n >= 3
}

// jaDistrictName reports a district's name where a bureau's signature
// has its reporter's: ending as districts do (bureauDistrictEnds), or
// with a particle between its kanji (霞が関, 丸の内, 市ケ谷).
func jaDistrictName(n string) bool {
	if hasAnySuffix(n, bureauDistrictEnds) {
		return true
	}
	prevHan := false
	for i, r := range n {
		if prevHan && strings.ContainsRune("がのケヶツ", r) {
			if next, _ := firstRune(n[i+utf8.RuneLen(r):]); isHan(next) {
				return true
			}
		}
		prevHan = isHan(r)
	}
	return false
}

// jaBureauTrailer parses a bureau's signature (jaBureauSign) as the
// byline of its reporters: （名古屋・山田一郎）.
func jaBureauTrailer(inner string) (credit, bool) {
	names, ok := jaBureauSign(inner)
	if !ok {
		return credit{}, false
	}
	return credit{names: names}, true
}

// jaBureauSigned reports a bracket's text that jaBureauSign reads: no
// dateline's place, （大阪・田中太郎）.
func jaBureauSigned(in string) bool {
	_, ok := jaBureauSign(in)
	return ok
}
