package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A Hong Kong paper's letters page (讀者來函, 讀者來信, 投書) signs each
// letter at its foot with the writer's district and name, 沙田　陳志強,
// or the name with the district in brackets after it, 何嘉欣（將軍澳）,
// the reader's word before it at times, 讀者　陳志強（沙田）. Alone, the
// first reads as a short title line and the second as a name, and they
// did (blind page hk-sheping-duzhe-65: the first signature was the
// kicker of the next letter's title, the second a paragraph, and the
// letters ran into each other and into the box under them). It is the
// letter's byline, the district its org as with the mainland's
// 江州市南湖区　读者　何建国 (where the reader writes from), and it closes
// the letter. Only at a letter's foot on a letters page is it one: right
// after a finished paragraph, with nothing under it but furniture or a
// title line, on a page that names its letters (lettersPageCues).

// hkDistricts are Hong Kong's districts and the towns and areas its
// readers sign with (the 18 districts, the new towns, the old areas).
var hkDistricts = []string{
	"香港", "九龍", "新界", "港島", "離島", "澳門",
	"中西區", "灣仔", "東區", "南區", "油尖旺", "深水埗", "九龍城", "黃大仙", "觀塘", "葵青", "荃灣", "屯門", "元朗", "北區", "大埔", "沙田", "西貢",
	"將軍澳", "天水圍", "粉嶺", "上水", "馬鞍山", "東涌", "大圍", "火炭", "坑口", "調景嶺", "青衣", "葵涌", "馬灣", "長洲", "愉景灣", "打鼓嶺", "沙頭角",
	"中環", "上環", "西環", "堅尼地城", "北角", "鰂魚涌", "太古", "柴灣", "筲箕灣", "銅鑼灣", "跑馬地", "香港仔", "鴨脷洲", "赤柱",
	"旺角", "油麻地", "尖沙咀", "紅磡", "土瓜灣", "何文田", "九龍塘", "長沙灣", "美孚", "藍田", "油塘", "牛頭角", "九龍灣", "秀茂坪", "鑽石山", "慈雲山", "樂富", "新蒲崗",
}

// zhPlaceEnds end the name of a city, district or county a reader signs
// with (台北市, 南湖区, 新竹縣), of three characters at least (市區,
// 社區 are no place).
const zhPlaceEnds = "市區区縣县鎮镇"

// lettersPageCues are the words a letters page names its letters with,
// in its rubric or its call for letters (歡迎讀者來函，…).
var lettersPageCues = []string{"來函", "来函", "來信", "来信", "投書", "投书", "讀者之聲", "读者之声"}

// zhReaderPlace reports where a reader signs from: one of hkDistricts,
// or a word of three to eight Han characters ending in zhPlaceEnds.
func zhReaderPlace(t string) bool {
	if slices.Contains(hkDistricts, t) {
		return true
	}
	n := utf8.RuneCountInString(t)
	r, _ := decodeLast(t)
	return n >= 3 && n <= 8 && isHanWord(t) && strings.ContainsRune(zhPlaceEnds, r)
}

// zhPlaceNameEnds end the name of a village, bay or area (林村, 白沙灣,
// 藍地, 馬場, 黃埔), which opens with a surname's character at times: a
// district kicker's second word (大埔　林村), no reader's name.
const zhPlaceNameEnds = "村邨灣湾地場场埔圍围"

// zhPlaceWords are words a district kicker pairs with a district (香港
// 高鐵, 觀塘　文化) that open with a surname's character.
var zhPlaceWords = []string{"高鐵", "高铁", "文化", "文娛", "文娱"}

// zhPlaceWord reports a word that is a place or a kicker's topic, not a
// name: a district (hkDistricts), a word in zhPlaceWords, or a word
// ending in zhPlaceNameEnds.
func zhPlaceWord(t string) bool {
	r, _ := decodeLast(t)
	return strings.ContainsRune(zhPlaceNameEnds, r) || slices.Contains(hkDistricts, t) || slices.Contains(zhPlaceWords, t)
}

// zhReaderName reports a reader's name: two or three Han characters
// opening with a surname, or four with a compound surname (歐陽志強).
// (A married woman's two surnames, 陳李美玲, are left out: 黃金海岸
// opens with two surnames too.)
func zhReaderName(t string) bool {
	if !isName(t) || !isHanWord(t) || !opensWithSurname(t) || inNotNames(t) || zhPlaceWord(t) {
		return false
	}
	switch utf8.RuneCountInString(t) {
	case 2, 3:
		return true
	case 4:
		return compoundSurnameOf(t) != ""
	}
	return false
}

// zhReaderSignature parses a letter's signature (see above): a place
// (zhReaderPlace) and a name (zhReaderName, padded or not) parted by
// spaces, or a name with the place in round brackets after it, either
// with the reader's word (讀者, 读者) before the name. The credit names
// the name, its org the place.
func zhReaderSignature(s string) (credit, bool) {
	if !atMost(s, 20) || hasAnyRune(s, "。，、！？：:") {
		return credit{}, false
	}
	var c credit
	if k := indexAnyRune(s, "（("); k > 0 {
		in, ok := strings.CutSuffix(s[k:], "）")
		if !ok {
			in, ok = strings.CutSuffix(s[k:], ")")
		}
		_, w := firstRune(s[k:])
		if !ok || !zhReaderPlace(trimSpace(in[w:])) {
			return credit{}, false
		}
		c.org, s = trimSpace(in[w:]), trimSpace(s[:k])
	}
	var buf [5]string
	fs := splitCreditTokens(buf[:0], s, 4)
	if len(fs) == 0 || len(fs) > 4 {
		return credit{}, false
	}
	if c.org == "" {
		if !zhReaderPlace(fs[0]) {
			return credit{}, false
		}
		c.org, fs = fs[0], fs[1:]
	}
	if len(fs) > 0 && (fs[0] == "讀者" || fs[0] == "读者") {
		c.roles, fs = []string{fs[0]}, fs[1:]
	} else if len(fs) == 1 {
		if role, ok := strings.CutPrefix(fs[0], "讀者"); ok && zhReaderName(role) {
			c.roles, fs[0] = []string{"讀者"}, role
		} else if role, ok := strings.CutPrefix(fs[0], "读者"); ok && zhReaderName(role) {
			c.roles, fs[0] = []string{"读者"}, role
		}
	}
	name := ""
	switch {
	case len(fs) == 1:
		name = fs[0]
	case len(fs) == 2 && utf8.RuneCountInString(fs[0]) == 1 && utf8.RuneCountInString(fs[1]) == 1:
		name = fs[0] + fs[1] // 陳　強: a padded name
	}
	if !zhReaderName(name) {
		return credit{}, false
	}
	c.names = []string{name}
	return c, true
}

// lettersPage reports a page that names its letters (lettersPageCues)
// in its rubric or folio, a short line with no sentence's punctuation
// (讀者來函, 論壇．投書), or in its call for letters (歡迎讀者來函，請附…):
// a sentence of a story that names them (接獲市民來信投訴) is no letters
// page.
func (b *builder) lettersPage() bool {
	for i := range b.units {
		t := b.units[i].text
		if !hasAnyRune(t, "函信書书聲声") || !containsAnyOf(t, lettersPageCues) {
			continue
		}
		if atMost(t, 16) && !hasAnyRune(t, "，。、；！？,") || containsAnyOf(t, lettersCallCues) {
			return true
		}
	}
	return false
}

// lettersCallCues open or fill a call for letters: 歡迎讀者來函, 來函請寄,
// 請附真實姓名, 電郵：….
var lettersCallCues = []string{"歡迎", "欢迎", "請寄", "请寄", "請附", "请附", "電郵", "电邮", "來函請", "来函请", "來信請", "来信请", "投稿"}

// markChineseReaderSignatures makes a byline, before the grammar labels
// the page, of a reader's signature (zhReaderSignature) right after a
// finished paragraph, with nothing under it but furniture or a title
// line, on a letters page: the letter's foot.
func (b *builder) markChineseReaderSignatures(sc *scorer) {
	if b.lang != "zh-Hant" && b.lang != "zh-Hans" {
		return
	}
	us := sc.us
	page := 0 // 1: a letters page, -1: none, 0: not asked yet
	for i := 1; i < len(us); i++ {
		u := &us[i]
		if !sc.letterFoot(i, 20*3) {
			continue
		}
		c, ok := zhReaderSignature(u.text)
		if !ok {
			continue
		}
		if page == 0 {
			page = -1
			if b.lettersPage() {
				page = 1
			}
		}
		if page < 0 {
			return
		}
		u.kind, u.cr = uByline, creditRef(c)
		bodyOnly(&sc.fs[i], false)
		b.warnParts(u.line, "reader's signature closing the letter taken as its byline: ", u.text)
	}
}
