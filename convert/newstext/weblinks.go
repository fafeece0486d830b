package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A story copied from a news site often ends in the site's list of links
// to other stories under a header (相关阅读：, 延伸閱讀): each link a title
// line. They are the site's, not the story's, and must not be read as the
// next story's kicker and headline.

// noiseLink names a link to another story in such a list.
const noiseLink = "related link"

// markLinkLists makes noise of the title lines under a link list's header,
// up to the first unit that is no title line. The last of them stays text
// when what follows it dates or opens a story (a stamp, a source line, a
// dateline): that one is the next story's headline.
func (b *builder) markLinkLists() {
	us := b.units
	for i := 0; i < len(us); i++ {
		if us[i].kind != uNoise || !isLinkHeader(us[i].text) {
			continue
		}
		j := i + 1
		// A link read as one by its own form (【図解】…, jaMediaLink)
		// goes on with the list.
		// (A title line the normalized writer escaped is a paragraph:
		// no link, and the list ends above it.)
		for j < len(us) && (us[j].kind == uText && !us[j].verbatim && linkLine(us[j].text) || rankNumber(&us[j]) || us[j].kind == uNoise && us[j].noise == noiseLink) {
			j++
		}
		if j == i+2 && sidebarBox(us, i) {
			// 延伸阅读 / 什么是独立储能电站 / its text, on a printed
			// page: a sidebar box, its label over its title and text.
			us[i].kind, us[i].noise, us[i].summed = uText, "", false
			i = j - 1
			continue
		}
		if j > i+1 && j < len(us) && opensStory(&us[j], b.lang) && (us[j].kind != uNoise || storyUnder(us, j)) {
			j-- // the next story's headline
		} else if j > i+2 && j < len(us) && titleApart(us, j) {
			j-- // the next story's headline, set apart from the list
		}
		for k := i + 1; k < j; k++ {
			if us[k].kind == uText {
				us[k].kind, us[k].noise, us[k].summed = uNoise, noiseLink, false
			}
		}
		i = j - 1
	}
}

// sidebarBox reports the link list header at unit i heading a printed
// page's sidebar box (延伸阅读 over 什么是独立储能电站 and a paragraph
// explaining it): one title line under the header, then body text, with
// the page's folio or dated running head among its units, as a page of
// print has and a site's copy does not. A site's list under the same
// header holds links only.
func sidebarBox(us []unit, i int) bool {
	if i+2 >= len(us) || us[i+2].kind != uText || linkLine(us[i+2].text) {
		return false
	}
	return hasNoise(us, noiseFolio, noiseDate)
}

// hasNoise reports a unit of noise of one of kinds among us.
func hasNoise(us []unit, kinds ...string) bool {
	for k := range us {
		if us[k].kind == uNoise && slices.Contains(kinds, us[k].noise) {
			return true
		}
	}
	return false
}

// rankNumber reports a list's rank alone on its line, a page number to
// the reader (noise already): 1 over the first link of a site's 많이 본
// 기사 list, which goes on under it.
func rankNumber(u *unit) bool {
	return u.kind == uNoise && u.noise == noisePageNumber && len(u.text) <= 2 && allDigits(u.text)
}

// isLinkHeader reports a link list's header: 相关阅读：.
func isLinkHeader(s string) bool {
	if r, _ := firstRune(s); jaLinkHeaderFirst(r) && isJaLinkHeader(s) {
		return true // 関連記事 (jalinks.go)
	}
	return headerIn(s, linkHeaders) || headerIn(s, govLinkHeaders) || koLeadLinkHeader(s) || moreLinkHeader(s) || // 이 기사와 함께 많이 본 뉴스 (kolinkheader.go)
		isJaReaderLinkHeader(s) // この記事を読んだ人におすすめ, アクセスランキング (jareaderlinks.go)
}

// A Chinese-language site heads its list of links under the story with
// more of its news too, the site's name in it or not: 更多三立新聞網報導,
// 更多TVBS新聞, 更多相關新聞, 更多相关报道：. The titles under it are links,
// as under 延伸閱讀, not paragraphs. (A link to more of a site's pieces of
// another kind, 更多今周刊文章, is a lone promotion: sitePromo.)

// moreNews end a header of more news.
var moreNews = []string{"報導", "报道", "報道", "新聞", "新闻"}

// moreLinkHeader reports a header of more news (see above): 更多, then
// 相關 or 相关 and any word for a site's pieces (promoPieces), or the
// site's name (promoName) or nothing and a word for news (moreNews),
// with or without a colon after it.
func moreLinkHeader(s string) bool {
	rest, ok := strings.CutPrefix(trimColons(s), "更多")
	if !ok || !atMost(rest, 14) {
		return false
	}
	if r, ok := strings.CutPrefix(rest, "相關"); ok || strings.HasPrefix(rest, "相关") {
		if !ok {
			r = strings.TrimPrefix(rest, "相关")
		}
		return slices.Contains(promoPieces, r)
	}
	for _, n := range moreNews {
		if name, ok := strings.CutSuffix(rest, n); ok {
			return name == "" || promoName(name) && moreSiteName(name)
		}
	}
	return false
}

// moreSiteEnds end a site's name in a header of more news: a site's,
// a paper's, a station's, an agency's, a magazine's (三立新聞網, 自由時報,
// 公視新聞台, 中央社, 今周刊, ETtoday新聞雲).
var moreSiteEnds = []string{"網", "网", "報", "报", "台", "社", "刊", "雲", "云"}

// moreSiteName reports a site's name as a header of more news names it
// (promoName already asked): ending as a site's does (moreSiteEnds),
// Latin letters and digits (TVBS), or four runes at most (中時, 東森).
// A longer phrase, 人選擇搭高鐵回家過年, is a sentence's.
func moreSiteName(name string) bool {
	if atMost(name, 4) || hasAnySuffix(name, moreSiteEnds) {
		return true
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// headerIn reports s one of headers, with or without a colon after it.
func headerIn(s string, headers []string) bool {
	return slices.Contains(headers, trimColons(s))
}

// On a page with no blank lines, a Chinese site's links stand one under
// another under their header as the lines of a wrapped paragraph do; a
// link that does not end a sentence (工业机器人订单回暖，多家上市公司排产至
// 明年二季度) was glued to the next, and the first to the line above the
// header. Under the header each link is a unit of its own (splitBlock),
// as under a Japanese or Korean site's, while the lines are no wrapped
// text (listedLinkAt): a printed 延伸阅读 box's text wrapped at the
// measure under its title is one paragraph (sidebarBox).

// zhLinkHeader reports a Chinese site's link list header alone on its
// line (相关文章, 延伸閱讀, 相关阅读：), the Korean ones left to
// koLinkHeaderFirst's test.
func zhLinkHeader(s string) bool {
	if len(s) > 16*utf8.UTFMax {
		return false // (longer than any header, 更多三立新聞網報導：: most lines)
	}
	r, _ := firstRune(s)
	return isHan(r) && isLinkHeader(s)
}

// listedLinkAt reports line i of the block being cut, l, under a link
// list's header a link of its own: not indented, as a paragraph's first
// line is, and the line above it stops short of the measure, as a link
// does and a wrapped line does not; or the page has no measure to wrap
// at, or one taken from a few lines, which may be the links themselves
// (a short story's one-line paragraphs set apart, its links not).
func (b *builder) listedLinkAt(i int, l srcLine) bool {
	return i > 0 && !l.indent && (b.measure == 0 || b.weak || b.endsShortAt(i-1))
}

// linkLine reports a line that may be a link: a short title line, no
// sentence in it. A title may ask or exclaim (…要返工嗎？勞工處指引一文睇清)
// and a mainland title parts its clauses with a comma as a rule
// (工业机器人订单回暖，多家上市公司排产至明年二季度), where a Taiwanese or
// Japanese one sets a space: only a full stop makes the line prose.
func linkLine(s string) bool {
	return atMost(s, 48) && !strings.Contains(s, "。")
}

// opensStory reports a unit that dates or opens a story: a time stamp or
// a source line, or text opening with a dateline.
func opensStory(u *unit, lang string) bool {
	if u.kind == uNoise {
		return u.noise == noiseStamp || u.noise == noiseSource || u.noise == noiseEdition
	}
	if u.kind == uByline {
		return true // 이영호 기자 under the next story's headline
	}
	ok, _ := leadsWithDateline(u.text, lang)
	return u.kind == uText && ok
}

// storyUnder reports body text under the stamp or source line at unit j,
// past the noise and bylines under it and at most one short title line
// (a subheadline): a stamp that dates the next story stands over its
// text. A stamp with none under it, 最終更新:12/5(金) 19:02 over the
// provider's name and the site's button (記事に関する報告) at the page's
// end, closes the story the link list ends: the list's last link is a
// link like the others, not a headline (blind page ja-yahoo-web).
func storyUnder(us []unit, j int) bool {
	short := 0
	for k := j + 1; k < len(us); k++ {
		switch {
		case us[k].kind == uNoise || us[k].kind == uByline:
			continue
		case us[k].kind != uText:
			return true // (a marked head or a caption: not the page's tail)
		case linkLine(us[k].text) && !endsSentence(us[k].text):
			if short++; short > 1 {
				return false
			}
			continue
		}
		return true
	}
	return false
}

// titleApart reports the link-like line above unit j set apart from the
// lines above it by a blank line, with body text (no link) at j: the
// headline of the next story, not the list's last link. A list's links
// stand one under another; the text under a headline needs a headline.
// The line is apart only from a list set close (the line above it right
// under the one before, or under the header): a list whose links a blank
// line parts, as the normalized writer sets every unit, holds its last
// link too.
func titleApart(us []unit, j int) bool {
	if us[j].kind != uText || linkLine(us[j].text) || us[j-1].line <= us[j-2].lastLine+1 {
		return false
	}
	return j < 3 || us[j-2].line == us[j-3].lastLine+1
}
