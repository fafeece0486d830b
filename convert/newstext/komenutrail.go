package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A Korean paper's own site (ndsoft's CMS, which most regional papers
// run) sets the story's place in its menu over the headline, and copied
// as text the trail comes one piece a line: 전체기사 / 사회 / 사건·사고,
// then the headline, its subheadline and the byline or the 입력 stamp.
// The pieces are the site's furniture, not a kicker over a headline: read
// as titles, 사회 became a kicker and 사건·사고 (a standing box's name) a
// headline over the real one, which fell to a subheadline (blind page
// ko-jiyeok-web-cms). A trail of one known section under the site's name
// is markSiteHead's; a trail on one line, 전체기사 > 사회, is breadcrumb's.

// koMenuRoots are the menu's first pieces on a Korean site: all stories,
// the latest, the news, home.
var koMenuRoots = []string{"전체기사", "전체 기사", "전체뉴스", "전체 뉴스", "최신기사", "최신 기사", "최신뉴스", "뉴스", "홈", "HOME", "Home"}

// koMenuCrumb reports a later piece of the trail: a known section or a
// sub-section's name, a word of one to six Hangul syllables, its parts
// joined by · or / as the CMS names them (사건·사고, 경찰/법원, 사회일반),
// no space, no sentence.
func koMenuCrumb(t string) bool {
	if slices.Contains(koreanSections, t) || slices.Contains(koMenuRoots, t) {
		return true
	}
	if !atMost(t, 6) {
		return false
	}
	n, prevJoin := 0, true
	for _, r := range t {
		switch {
		case r >= 0xAC00 && r <= 0xD7A3:
			n++
			prevJoin = false
		case (r == '·' || r == 'ㆍ' || r == '/' || r == '・') && !prevJoin:
			prevJoin = true
		default:
			return false
		}
	}
	return n >= 1 && !prevJoin
}

// markKoMenuTrail makes noise of a Korean site's menu trail one piece a
// line at the page's top (see above): after the site's name, if the page
// opens with it, two or more pieces, the first a menu root or a known
// section (koreanSections), the rest sections or sub-sections
// (koMenuCrumb), then the headline, a title line longer than any piece,
// with at most two more title lines (the subheadline) between it and the
// byline or the time stamp under it. The trail of a page whose titles no
// stamp or byline follows is left to the title rules (a print page's
// section over a kicker), and so is a lone piece. It reports whether it
// marked one (and the site's name over it).
func (b *builder) markKoMenuTrail() bool {
	us := b.units
	lone := func(u *unit) bool {
		return u.kind == uText && !u.para && !u.verbatim && u.line == u.lastLine
	}
	start := 0
	if len(us) > 0 && lone(&us[0]) && (koreanPaperTag(us[0].text) || koreanBroadcaster(us[0].text) || len(us) > 1 && lone(&us[1]) && siteNameOverRoot(us[0].text, us[1].text)) {
		start = 1
	}
	k, longest := start, 0
	for k < len(us) && lone(&us[k]) && (k == start && (slices.Contains(koMenuRoots, us[k].text) || slices.Contains(koreanSections, us[k].text)) || k > start && koMenuCrumb(us[k].text)) {
		longest = max(longest, utf8.RuneCountInString(us[k].text))
		k++
	}
	if k-start < 2 || k >= len(us) {
		return false
	}
	title := &us[k]
	// (The headline as the writer marks it, # …, is asked the same: the
	// page reads back as written.)
	if n := utf8.RuneCountInString(title.text); !(lone(title) || title.kind == uHeadline) || !isKickerText(title.text) || n < 8 || n <= 2*longest {
		return false
	}
	for j := k + 1; j < len(us) && j <= k+3; j++ {
		if u := &us[j]; u.kind == uByline || u.kind == uNoise && u.noise == noiseStamp {
			for i := 0; i < k; i++ {
				us[i].kind, us[i].noise, us[i].summed = uNoise, noiseChrome, false
			}
			return true
		}
		if !(lone(&us[j]) || us[j].kind == uSubhead) || !isKickerText(us[j].text) {
			return false // (only the subheadline's title lines between; ——… as the writer marks one)
		}
	}
	return false
}

// siteNameOverRoot reports a short line opening the page right over a
// menu root (홈, 전체기사: koMenuRoots) as the site's name, whatever the
// name: the trail's root is the top of the site's menu, and the one line
// a site sets over it is its masthead (스포츠한빛 / 홈 / 야구 / 프로야구,
// blind page ko-sports-web-photo; a sports daily's name ends as no
// paper's does). The name is a title-like line of at most twelve
// characters and two words, no root or known section itself; over a
// section (사회 / 사건·사고) an unknown line is left to the title rules,
// as a kicker may stand there.
func siteNameOverRoot(name, root string) bool {
	return slices.Contains(koMenuRoots, root) && atMost(name, 12) && strings.Count(name, " ") <= 1 &&
		!slices.Contains(koMenuRoots, name) && !slices.Contains(koreanSections, name) && isKickerText(name)
}
