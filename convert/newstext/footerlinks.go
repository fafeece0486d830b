package newstext

import "slices"

// A news site closes its page with a row of links to its own pages, under
// or over its copyright line: 關於我們　聯絡我們　私隱政策　廣告查詢 (Hong
// Kong), 关于我们 | 联系我们 | 广告服务 | 网站地图 (mainland), 關於我們　隱私權政策
// 服務條款 (Taiwan). It is the site's, not the story's: noise. A row of
// those words alone says little by itself (a story may list a site's pages,
// a table head them), so it is the footer's only right beside other
// furniture: the copyright line, the footer's filings, share buttons,
// related links, a disclaimer, or another such row.

// footerLinkWords are the links of a site's footer row.
var footerLinkWords = []string{
	"关于我们", "關於我們", "关於我们", "联系我们", "聯絡我們", "聯繫我們", "联络我们", "加入我们", "加入我們",
	"隐私政策", "隱私政策", "私隱政策", "隱私權政策", "隐私声明", "隱私聲明", "私隱聲明", "私隱條款",
	"使用条款", "使用條款", "服务条款", "服務條款", "用户协议", "用戶協議", "版权声明", "版權聲明", "著作權聲明",
	"免责声明", "免責聲明", "法律声明", "法律聲明", "网站声明", "網站聲明",
	"广告服务", "廣告服務", "广告查询", "廣告查詢", "广告合作", "廣告合作", "刊登广告", "刊登廣告", "廣告刊登",
	"网站地图", "網站地圖", "意见反馈", "意見反饋", "意見回饋", "常见问题", "常見問題", "帮助中心", "幫助中心",
	"诚聘英才", "誠聘英才", "人才招聘", "工作機會", "友情链接", "友情鏈接", "訂閱電子報",
}

// maxFooterLinkRow bounds the bytes of a footer's row of links: eight
// words of five characters with their separators.
const maxFooterLinkRow = 8 * (len("隱私權政策") + len(" | "))

// footerLinkRow reports a line of two or more of footerLinkWords and
// nothing else, parted by spaces, bars or middle dots.
func footerLinkRow(s string) bool {
	if len(s) > maxFooterLinkRow {
		return false
	}
	n := 0
	for rest := s; rest != ""; {
		t, next := cutChromeWord(rest)
		rest = next
		if t == "" {
			continue
		}
		if !slices.Contains(footerLinkWords, t) {
			return false
		}
		n++
	}
	return n >= 2
}

// footerNoise reports the noise a site's footer row stands beside (see
// above): its copyright line, web furniture (share buttons, a footer's
// filings, another row), related links, a disclaimer.
func footerNoise(u *unit) bool {
	if u.kind != uNoise {
		return false
	}
	switch u.noise {
	case noiseCopyright, noiseChrome, noiseLink, noiseDisclaimer:
		return true
	}
	return false
}

// markFooterLinks makes noise of a site's footer row of links (see above)
// right under or over other furniture: once down and once up the page,
// so a run of rows next to the copyright line is taken whole.
func (b *builder) markFooterLinks() {
	us := b.units
	take := func(i, j int) {
		u := &us[i]
		if j < 0 || j >= len(us) || !footerNoise(&us[j]) || u.kind != uText || u.line != u.lastLine || u.verbatim || !footerLinkRow(u.text) {
			return
		}
		u.kind, u.noise, u.summed = uNoise, noiseChrome, false
	}
	for i := range us {
		take(i, i-1)
	}
	for i := len(us) - 1; i >= 0; i-- {
		take(i, i+1)
	}
}
