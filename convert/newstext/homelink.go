package newstext

import "slices"

// A story copied from a Chinese-language web page (今日头条, a portal, a
// paper's site) may keep the page's home link over it, alone on the
// first line, `首页`, and the breadcrumb's crumbs one a line under it when
// the trail was copied without its marks: 首页 / 国内 / 正文. They are
// the site's navigation, noise, not a kicker over the headline (the
// grammar's rubric rule took 首页 for one) or a headline of their own.
// Only the page's top counts (nothing but noise above): in an article
// on an app, 首页 may name its front screen as a head.

// homeLinks are a site's link to its front page alone on a line.
var homeLinks = []string{"首页", "首頁", "主页", "主頁", "网站首页", "網站首頁", "回到首页", "回到首頁", "回首页", "回首頁"}

// pageCrumbs are the breadcrumb's last crumb, the story's own page.
var pageCrumbs = []string{"正文", "正文内容", "正文內容"}

// markHomeLinks makes noise of a home link alone on its line at the
// page's top, and of the crumbs one a line right under it, each a site's
// section (zhSection) or the story's page (正文) (see above).
func (b *builder) markHomeLinks() {
	us := b.units
	i := 0
	for i < len(us) && us[i].kind == uNoise {
		i++
	}
	one := func(u *unit) bool {
		return u.kind == uText && !u.para && !u.verbatim && u.line == u.lastLine
	}
	if i >= len(us) || !one(&us[i]) || !slices.Contains(homeLinks, us[i].text) {
		return
	}
	for ; i < len(us) && one(&us[i]); i++ {
		if t := us[i].text; !slices.Contains(homeLinks, t) && !slices.Contains(pageCrumbs, t) && !zhSection(t) {
			break
		}
		us[i].kind, us[i].noise, us[i].summed = uNoise, noiseChrome, false
	}
}
