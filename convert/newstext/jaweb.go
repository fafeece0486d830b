package newstext

import (
	"slices"
	"strings"
)

// A story copied from a Japanese news site (日経電子版) brings the site's
// furniture along with it: the tag of a story for members,
// [有料会員限定]; the time stamp with the time it was updated,
// 2026年3月4日 11:05 (2026年3月4日 12:20更新), updatedstamp.go; and, where the copy
// stops, the paywall's call to sign up (この記事は会員限定です。…) and
// the count of what it hides, 残り712文字. All are the site's, noise,
// not a dateline at the place 有料会員限定 or a paragraph of the story.

// jaMemberTags are the insides of a Japanese site's tag of a story kept
// for members.
var jaMemberTags = []string{"有料会員限定", "会員限定", "有料記事", "会員限定記事", "有料会員記事", "有料会員向け", "プレミアム"}

// jaMemberTag reports a Japanese site's tag of a story kept for members,
// in square or lenticular brackets: [有料会員限定], 【会員限定】.
func jaMemberTag(s string) bool {
	if !atMost(s, 12) {
		return false
	}
	if r, _ := firstRune(s); r != '[' && r != '［' && r != '【' {
		return false
	}
	inner, end, ok := leadingBracket(s)
	return ok && end == len(s) && (slices.Contains(jaMemberTags, inner) || jaComposedMemberLabel(inner))
}

// jaMemberLabel reports a Japanese site's label of a story kept for
// members alone on its line with no brackets, as 朝日新聞デジタル sets it
// under the headline: 有料記事, 会員限定記事, or as 東京新聞 TOKYO Web
// does, 有料会員限定記事 (jaComposedMemberLabel). (Only the labels that
// open with 有, 会 or プ, and プレミアム only with another word: alone it
// may be a head's word.)
func jaMemberLabel(s string) bool {
	if r, _ := firstRune(s); r != '有' && r != '会' && r != 'プ' || !atMost(s, 12) {
		return false
	}
	return s != "プレミアム" && slices.Contains(jaMemberTags, s) || jaComposedMemberLabel(s)
}

// jaMemberLabelWords are the words a Japanese site composes its label of
// a story kept for members from.
var jaMemberLabelWords = []string{"プレミアム", "有料", "会員", "限定", "記事", "向け"}

// jaComposedMemberLabel reports a member label composed of
// jaMemberLabelWords, each at most once, as each site words its own:
// 有料会員限定記事, 会員限定記事, 有料会員記事, 有料会員限定, プレミアム会員限定,
// プレミアム記事, 会員限定有料記事, 有料会員向け. It takes two words at
// least, one of them 有料, 会員 or プレミアム (who may read it), and ends
// with 記事, 限定 or 向け (会員 or 有料 alone, 記事限定, 会員の記事 are
// words of the text); 向け only right after 会員, and nothing after 記事.
func jaComposedMemberLabel(s string) bool {
	if !atMost(s, 14) {
		return false
	}
	var seen [6]bool
	n, who, prev := 0, false, -1
	for s != "" {
		k := slices.IndexFunc(jaMemberLabelWords, func(w string) bool { return strings.HasPrefix(s, w) })
		if k < 0 || seen[k] || prev == 4 || k == 5 && prev != 2 {
			return false
		}
		seen[k], prev = true, k
		who = who || k <= 2
		s = s[len(jaMemberLabelWords[k]):]
		n++
	}
	return n >= 2 && who && prev >= 3 // (限定, 記事 or 向け)
}

// jaPaywallCues are what a Japanese site's call to sign up for the rest
// of a story says.
var jaPaywallCues = []string{"会員限定です", "有料記事です", "続きをお読みいただけます", "続きを読むには", "有料会員になると", "会員登録すると"}

// jaPaywallFirst reports the runes a Japanese site's paywall line opens
// with (この記事は…, 続きを…, 有料会員…, 会員登録…, 残り…): no other line
// is compared with its cues.
func jaPaywallFirst(r rune) bool {
	return r == 'こ' || r == '続' || r == '有' || r == '会' || r == '登' || r == '残'
}

// jaPaywall reports a Japanese site's paywall line: a short call to sign
// up that says one of jaPaywallCues, or the count of the hidden text,
// 残り712文字, alone or closing the site's sentence on the line
// (この記事は有料記事です。残り１１２０文字), maybe with the whole
// story's length in brackets after it, as 毎日新聞 sets it: 残り612文字
// （全文912文字） (jaTotalCount).
func jaPaywall(s string) bool {
	if !atMost(s, 60) {
		return false
	}
	if rest, ok := jaTotalCount(s); ok {
		s = rest
	}
	if rest, ok := strings.CutSuffix(s, "文字"); ok {
		if k := strings.LastIndex(rest, "残り"); k >= 0 {
			if n := rest[k+len("残り"):]; n != "" && isNumber(n) && (k == 0 || strings.HasSuffix(rest[:k], "。")) {
				return true
			}
		}
	}
	if strings.HasPrefix(s, "残り") {
		return false
	}
	for _, c := range jaPaywallCues {
		if strings.Contains(s, c) {
			return true
		}
	}
	return false
}

// jaTotalCount cuts the whole story's length in round brackets off the
// end of a paywall's count (残り612文字（全文912文字）, 残り612文字(全912文字)):
// the count before it and whether there was one. The bracket holds 全文
// or 全 and a number of characters (isNumber: digits of either width),
// nothing else; what is before it is left to jaPaywall.
func jaTotalCount(s string) (string, bool) {
	if r, _ := decodeLast(s); r != '）' && r != ')' {
		return s, false
	}
	k, in, ok := trailingBracket(s)
	if !ok || k == 0 {
		return s, false
	}
	in, ok = strings.CutSuffix(in, "文字")
	if !ok {
		return s, false
	}
	if n, ok := strings.CutPrefix(in, "全文"); ok {
		in = n
	} else if in, ok = strings.CutPrefix(in, "全"); !ok {
		return s, false
	}
	if in == "" || !isNumber(in) {
		return s, false
	}
	return trimSpace(s[:k]), true
}

// placeAgencyDateline parses a Japanese dateline's inside naming the
// place and the agency that filed from it parted by an equals sign, as
// web copy writes it half-width: 北京=共同 (and 北京＝共同, which the
// print form writes for a reporter's name): the agency is the org.
func placeAgencyDateline(in string) (dateline, bool) {
	k := indexAnyRune(in, "=＝")
	if k <= 0 || !isPlaceWord(in[:k]) {
		return dateline{}, false
	}
	_, w := firstRune(in[k:])
	a := trimSpace(in[k+w:])
	if !slices.Contains(japaneseAgencies, a) {
		return dateline{}, false
	}
	return dateline{place: in[:k], org: a}, true
}

// serviceEnds end the name of a news service that signs its stories.
var serviceEnds = []string{"ニュース", "通信", "通信社", "新聞", "新聞社", "放送"}

// abbreviatedService parses the inside of a news service's end credit
// that gives its name and, in round brackets, the abbreviation it goes
// by: 日経QUICKニュース(NQN). The abbreviation is the org.
func abbreviatedService(in string) (string, bool) {
	in = trimSpace(in)
	var name, abbr string
	for _, p := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if h, ok := strings.CutSuffix(in, p[1]); ok {
			if k := strings.LastIndex(h, p[0]); k > 0 {
				name, abbr = trimSpace(h[:k]), h[k+len(p[0]):]
			}
			break
		}
	}
	if name == "" || len(abbr) < 2 || len(abbr) > 6 || !hasAnySuffix(name, serviceEnds) || !atMost(name, 16) {
		return "", false
	}
	for i := 0; i < len(abbr); i++ {
		if abbr[i] < 'A' || abbr[i] > 'Z' {
			return "", false
		}
	}
	return abbr, true
}

// A Japanese site's story opens with the site's name alone (日本経済新聞)
// and the section it ran in (マーケット　株式) above the headline and its
// time stamp: the site's masthead, noise, not a kicker over a headline.

// jaSiteEnds end the name of a Japanese paper or its site, or of a news
// agency's (時事通信), or of a magazine's site (東洋経済オンライン,
// 文春オンライン).
var jaSiteEnds = []string{"新聞", "新聞デジタル", "新聞オンライン", "オンライン", "電子版", "新聞電子版", "新報", "日報", "タイムス", "通信", "通信社"}

// A Japanese paper names its web edition by its own name and a word for
// the web glued after it: 信濃毎日新聞デジタル, 琉球新報デジタル,
// 河北新報オンライン, 日経電子版's 電子版, or a Latin word, 中日新聞Web,
// 神戸新聞NEXT, 西日本新聞me. Any paper's name takes any such word, so
// the name's end (a paper's, jaPaperEnds) and the web word are judged
// apart: 信州日報デジタル is a site's name as 信州日報 is. デジタル or a
// Latin word glued to anything else (AIデジタル, Web会議's reverse) is
// none.

// jaPaperEnds end a Japanese paper's name (新聞, 新報, 日報, タイムス,
// 民報) or a news agency's (通信).
var jaPaperEnds = []string{"新聞", "新報", "日報", "タイムス", "民報", "通信"}

// jaWebWords name a paper's web edition after its name.
var jaWebWords = []string{"デジタル", "オンライン", "電子版", "ウェブ", "プラス"}

// jaPaperWebName reports a paper's name with its web edition's word
// glued after it (see above): the word one of jaWebWords or a Latin
// word of two to eight letters.
func jaPaperWebName(s string) bool {
	name := ""
	for _, w := range jaWebWords {
		if t, ok := strings.CutSuffix(s, w); ok {
			name = t
			break
		}
	}
	if name == "" {
		i := len(s)
		for i > 0 && (s[i-1]|0x20 >= 'a' && s[i-1]|0x20 <= 'z') {
			i--
		}
		if n := len(s) - i; n < 2 || n > 8 {
			return false
		}
		name = s[:i]
	}
	for _, e := range jaPaperEnds {
		if t, ok := strings.CutSuffix(name, e); ok {
			return t != "" && holdsCJK(t)
		}
	}
	return false
}

// jaSections name the sections of a Japanese news site.
var jaSections = []string{"政治", "経済", "国際", "社会", "マーケット", "株式", "為替", "債券", "商品", "金融", "ビジネス", "企業", "産業",
	"テクノロジー", "テック", "スポーツ", "文化", "地域", "オピニオン", "ライフ", "暮らし", "エンタメ", "科学", "速報", "ニュース", "トップ", "社説"}

// jaSiteName reports a Japanese paper's or site's name alone.
func jaSiteName(s string) bool {
	return atMost(s, 14) && !hasAnyRune(s, " 　") && (atMost(s, 12) && hasAnySuffix(s, jaSiteEnds) || jaPaperWebName(s))
}

// jaSectionTrail reports one to three of jaSections parted by spaces
// (マーケット　株式).
func jaSectionTrail(s string) bool {
	if !atMost(s, 24) {
		return false
	}
	var buf [4]string
	toks := appendFields(buf[:0], s, 4, isSpace)
	if len(toks) == 0 || len(toks) > 3 {
		return false
	}
	for _, t := range toks {
		if !jaSection(t) {
			return false
		}
	}
	return true
}

// jaSection reports a section's name (jaSections), or one with ニュース
// after it, as a site names its news of that field: 国際ニュース.
func jaSection(t string) bool {
	return slices.Contains(jaSections, t) || slices.Contains(jaSections, strings.TrimSuffix(t, "ニュース"))
}

// jaSectionLabel reports the name of a site's section made of two or
// three fields parted by a middle dot, 自動車・機械, 金融・保険, IT・通信
// (日経電子版): each field a short word of ideographs, katakana or
// capitals, with no kana particle (a kicker's phrase has them).
func jaSectionLabel(s string) bool {
	if !atMost(s, 12) || !strings.Contains(s, "・") {
		return false
	}
	n := 0
	for f := range strings.SplitSeq(s, "・") {
		if f == "" || !atMost(f, 6) {
			return false
		}
		for _, r := range f {
			if !isHan(r) && !(r >= 0x30A1 && r <= 0x30FA) && r != 'ー' && !(r >= 'A' && r <= 'Z') {
				return false
			}
		}
		n++
	}
	return n >= 2 && n <= 3
}

// Between a Japanese site's name and a headline dated by its stamp, a
// word alone on its line is the section the story ran in (おくやみ,
// 長野県内, くらし, 地域ニュース), as jaSections' common ones are: the
// site's chrome, noise. おくやみ there is no standing box's headline (in
// print it heads the box of notices; on the site it is the section an
// obituary is filed under) and pushes no headline under it down to a
// subheadline. The word must be a section's: one of jaSections or
// jaWebSections, perhaps with ニュース after it, or a place's news, a
// prefecture's or city's name of at most five kanji or kana with 県内,
// 市内 … (長野県内, さいたま市内). Any other word
// there is a short headline over its subheadline (初冠雪 over 蔵王連峰、
// 平年より５日遅く), and a line with more words, a space, a figure or a
// mark (a kicker's phrase, 独自　…, 【速報】) is left to the title rules
// too.

// jaWebSections are the sections a Japanese paper's site files its local
// stories under beyond jaSections' common ones.
var jaWebSections = []string{
	"おくやみ", "お悔やみ", "訃報", "くらし", "生活", "県内", "道内", "府内", "都内", "市内", "県内外", "地方", "全国",
	"事件", "事故", "事件事故", "教育", "医療", "健康", "環境", "防災", "災害", "選挙", "行政", "話題", "催し", "まち", "ひと",
	"芸能", "グルメ", "観光", "特集", "連載", "コラム", "論説",
}

// jaWebSectionScopes end a place's news section: 長野県内, 松本市内.
var jaWebSectionScopes = []string{"県内", "道内", "府内", "都内", "市内", "地域"}

// jaWebSectionWord reports a section's word alone (see above).
func jaWebSectionWord(s string) bool {
	if s == "" || !atMost(s, 8) {
		return false
	}
	if jaSection(s) || slices.Contains(jaWebSections, strings.TrimSuffix(s, "ニュース")) {
		return true
	}
	for _, end := range jaWebSectionScopes {
		if place, ok := strings.CutSuffix(s, end); ok && place != "" && atMost(place, 5) && allHanKana(place) && !jaVerbForm(place, end == "地域") {
			return true // 長野県内, さいたま市内 (a place's name before its scope)
		}
	}
	return false
}

// jaVerbForms end a verb's or an adjective's plain form in hiragana:
// 支え合う, 変わる, 広がる, 育む, 新しい.
const jaVerbForms = "うくぐすつぬぶむるい"

// jaVerbForm reports a word before a section's scope as a verb's or an
// adjective's form, no place's name: a feature series' title, 支え合う地域,
// 変わる地域, つながる地域. It is one when it ends in hiragana of
// jaVerbForms after a kanji (okurigana: 支え合う, 住みよい; a city's
// kana after a kanji, 南さつま, 南あわじ, ends otherwise), or, before
// 地域 (bare, whether kana only), as つながる: a city in kana goes with
// its 市内 (むつ市内, つがる市内), never with 地域.
func jaVerbForm(w string, bare bool) bool {
	r, n := decodeLast(w)
	if !(r >= 0x3041 && r <= 0x3096) || !strings.ContainsRune(jaVerbForms, r) {
		return false
	}
	if bare {
		return true
	}
	for _, p := range w[:len(w)-n] {
		if isHan(p) {
			return true
		}
	}
	return false
}

// allHanKana reports whether every rune of s is an ideograph or kana, as
// a Japanese place's name is (長野, さいたま, つくば, いわき).
func allHanKana(s string) bool {
	for _, r := range s {
		if !isHan(r) && !isKana(r) {
			return false
		}
	}
	return true
}

// jaMasthead reports a Japanese site's masthead on one line: its name
// alone (jaSiteName), with its domain or web name beside it (東京新聞
// TOKYO Web: mastBrand), or its name and the section the story ran in
// after a space (時事通信　国際ニュース).
func jaMasthead(s string) bool {
	if jaSiteName(mastBrand(s)) {
		return true // (東京新聞 TOKYO Web: its web name beside it, brandweb.go)
	}
	k := indexAnyRune(s, " 　")
	return k > 0 && jaSiteName(s[:k]) && jaSectionTrail(trimSpace(s[k:]))
}

// markJaSiteHead makes noise of a Japanese site's masthead opening the
// page: its name as the page's first unit (with the section after it on
// its line, jaMasthead), and a trail of its sections under it, when a
// title line dated by a time stamp follows. It reports
// whether it found one.
func (b *builder) markJaSiteHead() bool {
	us := b.units
	one := func(u *unit) bool { return u.kind == uText && u.line == u.lastLine }
	if len(us) < 3 || !one(&us[0]) {
		return false
	}
	k := 1
	switch {
	case jaMasthead(us[0].text):
		if one(&us[1]) && (jaSectionTrail(us[1].text) || jaSectionLabel(us[1].text) || jaWebSectionWord(us[1].text) && b.datedTitleAt(2)) {
			k = 2
		}
	case isColumnLabel(us[0].text):
		// A column's label alone (社説) over its title is its kicker, as
		// on the printed page, though a site lists it among its sections.
		return false
	case jaSectionTrail(us[0].text) || jaSectionLabel(us[0].text):
		// The section alone, the site's name left out of the copy.
	case jaWebSectionWord(us[0].text) && b.datedTitleAt(1):
		// So is a site's own section word (くらし, おくやみ, 長野県内)
		// over a title dated by its stamp: as under the site's name, the
		// section, not a kicker (a one-word headline over its dated
		// subheadline, 初冠雪, is no section's word).
	default:
		return false
	}
	if !b.datedTitleAt(k) {
		return false
	}
	for i := 0; i < k; i++ {
		us[i].kind, us[i].noise, us[i].summed = uNoise, noiseChrome, false
	}
	return true
}

// datedTitleAt reports unit k a web page's title line dated by its time
// stamp: the stamp under it, or under its subheadline and the author's
// line (東洋経済オンライン: 山本 彩香 : 流通ジャーナリスト), or under
// the byline. What stands above k is then the site's masthead.
func (b *builder) datedTitleAt(k int) bool {
	us := b.units
	// (A marked headline, as the writer marks it, reads back the same.)
	if k+1 >= len(us) || !(us[k].kind == uText && us[k].line == us[k].lastLine && isKickerText(us[k].text) || us[k].kind == uHeadline) {
		return false
	}
	j := k + 1
	if j+1 < len(us) && us[j].line == us[j].lastLine && (us[j].kind == uText && !endsSentence(us[j].text) || us[j].kind == uSubhead) && us[j+1].kind == uByline {
		j++
	}
	if j+1 < len(us) && us[j].kind == uByline {
		j++
	}
	// (Past the station's name a network's site sets over its stamp,
	// テレビ新広島: jastampstation.go.)
	if j+1 < len(us) && us[j].kind == uNoise && us[j].noise == noiseChrome && jaBroadcasterName(us[j].text) {
		j++
	}
	// (Past the story's paywall label, 有料記事, which 毎日新聞 sets over
	// its stamp as well as under it.)
	if j+1 < len(us) && us[j].kind == uNoise && (jaMemberLabel(us[j].text) || jaMemberTag(us[j].text)) {
		j++
	}
	// (A portal's stamp, 12/5(金) 18:30配信, is read as its source line:
	// it dates the title all the same; so does a paper's web edition
	// line, 毎日新聞 2026/12/5 18:20（最終更新 12/5 19:02） 912文字.)
	return us[j].kind == uNoise && (us[j].noise == noiseStamp || us[j].noise == noiseEdition || us[j].noise == noiseSource && isPortalStamp(us[j].text))
}
