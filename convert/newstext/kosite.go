package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A story copied from a Korean news site opens with the site's masthead:
// its name alone on the first line (연합뉴스, 매일경제), then the section
// the story ran in (사회, or a trail, 경제 > 기업), then the headline. The
// name and the section are the site's furniture, noise, not a headline
// over a subheadline. Only the page's first lines count: further down a
// paper's name alone is a tag or a credit.

// koreanSections name the sections of a Korean news site.
var koreanSections = []string{"정치", "경제", "사회", "국제", "세계", "문화", "스포츠", "연예", "전국", "지역", "산업", "기업",
	"증권", "부동산", "금융", "과학", "IT", "IT/과학", "오피니언", "사설", "칼럼", "북한", "생활", "라이프", "건강", "교육", "날씨", "사람들", "인물"}

// markSiteHead makes noise of a Korean news site's masthead opening the
// page: the site's name (a paper's name alone, koreanPaperTag, with no
// brackets) as the page's first unit, and a section's name alone right
// under it, when a title line, a breadcrumb or a time stamp follows;
// and on a page in any language, a site's name over its breadcrumb
// (siteNameOverTrail); a Chinese-language site's name and section on a
// page in Chinese (zhsite.go).
func (b *builder) markSiteHead() {
	us := b.units
	if b.markLatinBrandHead() {
		return // ITmedia NEWS over a title and its stamp (latinbrand.go)
	}
	if b.lang == "ja" && b.markJaSiteHead() {
		return // 日本経済新聞 / マーケット　株式 (jaweb.go)
	}
	if strings.HasPrefix(b.lang, "zh") && b.markZhSiteHead() {
		return // 香港電台網站 / 港聞 over a title and its stamp (zhsite.go)
	}
	if b.siteNameOverTrail() {
		us[0].kind, us[0].noise, us[0].summed = uNoise, noiseChrome, false
		return
	}
	if b.lang == "ko" && b.markKoMenuTrail() {
		return // 한강일보 / 전체기사 / 사회 / 사건·사고 over the headline (komenutrail.go)
	}
	if b.lang != "ko" || len(us) < 2 || us[0].kind != uText || us[0].line != us[0].lastLine || !koreanPaperTag(us[0].text) && !koreanBroadcasterBrand(us[0].text) {
		return
	}
	k := koSiteMenuEnd(us) // 전체메뉴 / 검색 / 로그인, 뉴스룸 under the name (komenuwords.go)
	if k >= len(us) {
		return
	}
	if us[k].kind == uText && us[k].line == us[k].lastLine && (slices.Contains(koreanSections, us[k].text) || k+1 < len(us) && sectionRepeatedByTag(us[k].text, us[k+1].text)) {
		k++
	}
	if k >= len(us) {
		return
	}
	switch n := &us[k]; n.kind {
	case uNoise:
		if n.noise != noiseChrome && n.noise != noiseStamp {
			return
		}
	case uText, uHeading: // (a head as the writer marks it: read back the same)
		if !isKickerText(n.text) {
			return
		}
	case uHeadline: // (as the writer marks it: read back the same, so asked the same)
		if !isKickerText(n.text) {
			return
		}
	default:
		return
	}
	for i := 0; i < k; i++ {
		us[i].kind, us[i].noise, us[i].summed = uNoise, noiseChrome, false
	}
}

// siteNameOverTrail reports a page opening with a site's name (中時新聞網;
// 三立新聞網 setn.com with its domain beside it, brandweb.go) alone on its
// first line right above the site's breadcrumb (首頁 > 生活), in any
// language: the name is the site's masthead, furniture, not a
// headline of an article of its own above the story. A line set with the
// 2em paragraph indent is the text's, never the masthead, and so is an
// escaped one (\\二 over 一>二: the paragraph \二).
func (b *builder) siteNameOverTrail() bool {
	us := b.units
	if len(us) < 3 || us[0].kind != uText || us[0].para || us[0].verbatim || us[0].line != us[0].lastLine {
		return false
	}
	// (The brand alone, its domain or web name beside it cut: brandweb.go.)
	if name := mastBrand(us[0].text); !(atMost(name, 12) && isKickerText(name) || latinBrand(us[0].text)) {
		return false
	}
	if _, rest, ok := parseDatelineLang(us[0].text, b.lang); ok && rest == "" {
		return false // 【公報訊】: a dateline alone on its line, as the writer sets one
	}
	n := &us[1]
	return n.kind == uNoise && n.noise == noiseChrome && breadcrumb(n.text)
}

// sectionRepeatedByTag reports a section's name alone, word, over a
// title that opens with the same word as its bracketed tag: 인터뷰 over
// [인터뷰] 박정훈 청원군수 "…" (연합뉴스's interview desk), 포토 over
// [포토] …. A site sets the section a story ran in under its masthead
// and the headline repeats it as the kind of story it is: the word is
// the site's furniture, named by the page itself, whatever the site
// calls its sections (koreanSections lists only the common ones). The
// tag must be the whole bracket and a title follow it: a word the title
// does not repeat (인터뷰 over [단독] …) stays a kicker.
func sectionRepeatedByTag(word, title string) bool {
	if !isHangulWord(word) {
		return false
	}
	inner, end, ok := leadingBracket(title)
	return ok && inner == word && utf8.RuneCountInString(trimSpace(title[end:])) >= 4
}
