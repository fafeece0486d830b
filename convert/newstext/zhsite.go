package newstext

import (
	"slices"
	"strings"
)

// A story copied from a Chinese-language news site opens with the site's
// masthead: its name alone on the first line (香港電台網站, 明報新聞網,
// 東網, 人民网), the section the story ran in alone under it (港聞, 國際,
// 社会), then the headline and the story's time stamp. The name and the
// section are the site's furniture, noise, not a headline over two
// subheadlines or a kicker over the headline: as a Japanese, Korean or
// Latin masthead is (jaweb.go, kosite.go, latinbrand.go). Only the page's
// first lines count, and only over a title the page dates as a site does
// (its stamp under it, or a dateline opening the text under it when the
// name is a site's): in print a word over the headline is its kicker.

// zhSiteSections name the sections of a Chinese-language news site.
var zhSiteSections = []string{
	"港聞", "港闻", "國際", "国际", "社會", "社会", "兩岸", "两岸", "中國", "中国", "大陸", "大陆", "內地", "内地",
	"國內", "国内", "本地", "地方", "財經", "财经", "經濟", "经济", "體育", "体育", "娛樂", "娱乐", "政治", "時政", "时政",
	"要聞", "要闻", "即時", "即时", "生活", "科技", "健康", "教育", "文化", "軍事", "军事", "法治", "評論", "评论",
	"觀點", "观点", "港澳", "台灣", "臺灣", "台湾", "澳門", "澳门", "香港", "兩岸國際", "社會新聞", "国内新闻",
}

// zhSection reports a site's section alone on its line: one of
// zhSiteSections, or one with 新聞 or 新闻 after it as a site names its
// news of that field (國際新聞, 即時新聞).
func zhSection(s string) bool {
	if slices.Contains(zhSiteSections, s) {
		return true
	}
	for _, end := range []string{"新聞", "新闻"} {
		if w, ok := strings.CutSuffix(s, end); ok && slices.Contains(zhSiteSections, w) {
			return true
		}
	}
	return false
}

// zhSiteName reports a Chinese-language site's name as it is set alone:
// two to eight runes of Han characters, Latin letters and digits (no
// space, no punctuation), ending in 網, 网, 網站 or 网站 (明報新聞網,
// 香港電台網站, 東網, TVBS新聞網). A name ending otherwise (新浪新聞,
// 星島日報) is one only with its section under it (zhMastName).
func zhSiteName(s string) bool {
	if govSiteName(s) {
		return true // 江州市人民政府, 江州市政府门户网站 (govsite.go)
	}
	if !zhMastName(s) || !atMost(s, 8) {
		return false // (打擊跨境詐騙的天羅地網: a kicker's phrase, longer than a name)
	}
	return hasAnySuffix(s, zhSiteEnds) && !slices.Contains(zhSiteEnds, s)
}

// zhSiteEnds end a Chinese-language site's name (新聞網 and 新闻网 end in
// 網 and 网).
var zhSiteEnds = []string{"網站", "网站", "網", "网"}

// zhMastName reports a line that may be a site's name over its section:
// two to twelve runes of Han characters, Latin letters and digits, at
// least one Han, and no space or punctuation.
func zhMastName(s string) bool {
	n, han := 0, false
	for _, r := range s {
		switch {
		case isHan(r):
			han = true
		case r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
		default:
			return false
		}
		n++
	}
	return han && n >= 2 && n <= 12
}

// markZhSiteHead makes noise of a Chinese-language site's masthead
// opening a page in Chinese: the site's name (zhSiteName) as the page's
// first unit, or the section alone (zhSection), or any short name
// (zhMastName) with the section alone under it, when what follows is
// the story's title dated by its stamp (zhDatedTitleFrom; up to three
// title lines, so that a real kicker over the headline stays a kicker).
// It reports whether it found one.
func (b *builder) markZhSiteHead() bool {
	us := b.units
	one := func(u *unit) bool {
		return u.kind == uText && !u.para && !u.verbatim && u.line == u.lastLine
	}
	if len(us) < 3 || !one(&us[0]) {
		return false
	}
	k, site := 0, false
	switch {
	case one(&us[1]) && zhSection(us[1].text) && (zhMastName(us[0].text) && !zhSection(us[0].text) || zhSiteName(us[0].text)):
		k, site = 2, true // 香港電台網站 / 港聞, 新浪新聞 / 國際
	case zhSiteName(mastBrand(us[0].text)):
		k, site = 1, true // (聯合新聞網 udn.com: its domain beside it, brandweb.go)
	case zhSection(us[0].text):
		k = 1
	default:
		return false
	}
	if _, rest, ok := parseDatelineLang(us[0].text, b.lang); ok && rest == "" {
		return false // 【本報訊】: a dateline alone on its line
	}
	if !b.zhDatedTitleFrom(k, site) {
		return false
	}
	for i := 0; i < k; i++ {
		us[i].kind, us[i].noise, us[i].summed = uNoise, noiseChrome, false
	}
	return true
}

// zhDatedTitleFrom reports units from k a web page's title dated by its
// time stamp: one to three title lines, the last dated as datedTitleAt
// asks, or (when dateline, a site's name above) over text opening with
// a dateline (人民网北京12月6日电…).
func (b *builder) zhDatedTitleFrom(k int, dateline bool) bool {
	us := b.units
	for i := k; i < k+3 && i+1 < len(us); i++ {
		if b.datedTitleAt(i) {
			return true
		}
		u := &us[i]
		if !(u.kind == uText && !u.para && u.line == u.lastLine && isKickerText(u.text) || u.kind == uHeadline) {
			return false
		}
		if n := &us[i+1]; dateline && n.kind == uText {
			if _, _, ok := parseDatelineLang(n.text, b.lang); ok {
				return true // (alone on its line as the writer sets it, or run in)
			}
		}
	}
	return false
}
