package newstext

import (
	"slices"
	"strings"
)

// Copy taken from a news site brings the page's own furniture along: share
// and print buttons (分享到：微信 微博 QQ空间, 打印本页, 字号：大 中 小),
// the correction link (【纠错】) and the site's calls to install its app
// (點我下載APP). It is the site's, not the story's: noise, kept in the
// tree, which neither ends the article nor stands between a headline and
// its text.

// noiseChrome names a web page's furniture (see webChrome).
const noiseChrome = "web furniture"

// chromeKeys are runes one of which every call to action and every line
// of chrome words holds (享 印 纠 載 P 크 …): lines without any are not
// looked at. Of Latin letters only P (APP) and F (Facebook, which
// every row of share buttons holds) are; ピ is コピー's, the copy button
// that may close a row with no Facebook in it; 共 is 共有's, a Japanese
// share row's label (記事を共有　X　LINE); 转 and 轉 are a lone repost
// button's (loneShareButtons); 驻 报 舉 诉 (and their traditional forms) are
// a platform's lone buttons', 扫 掃 a share widget's scan (sharewidget.go).
// 链 鏈 连 連 a government site's 相关链接 (its link list's header),
// 字 its 字体：大 中 小, 闭 閉 its lone 关闭窗口 (【关闭窗口】), 往 a 公众号's
// 往期回顾 (its links to earlier posts). 微 and Q key a
// mainland share row named by its apps alone (微信　微博　QQ空间, 微信
// 微博　抖音): webChrome takes such a row only when it names WeChat, Weibo
// or QQ, and markShareAppRows decides every row of apps by its neighbours
// (shareapps.go). Not 报 or
// 体, which most lines of Chinese news hold (本报, 体育): 举 and 字 key
// 举报 and 字体 as well, and a key every line holds makes the pre-check
// worthless (webChrome ran on most short lines of the seed, 6 % of the
// reader's time).
const chromeKeys = "往链鏈连連字章欢歡추享印纠糾载載击擊号級顶頂藏赞讚读讀荐薦闻聞PFQ微>＞›»댓쇄톡뉴プブアン存원관많바읽공크ピ共转轉驻駐举舉诉訴扫掃闭閉"

// chromeWords are the buttons and links of a news site's page.
var chromeWords = []string{
	"分享", "分享到", "分享至", "微信", "微博", "朋友圈", "QQ", "QQ空间", "QQ空間", "打印", "打印本页", "打印本頁", "列印",
	"关闭", "关闭窗口", "關閉", "收藏", "纠错", "糾錯", "我要纠错", "【纠错】", "【我要纠错】", "【糾錯】", "字号", "字號", "字级", "字級", "字体", "字體",
	"大", "中", "小", "默认", "返回顶部", "回到頂部", "Facebook", "LINE", "Line", "Twitter", "X", "推特", "复制链接", "複製連結",
	"点赞", "點讚", "转发", "轉發", "举报", "檢舉", "评论", "評論", "上一篇", "下一篇", "返回首页",
	"スクラップ", "シェア", "保存", "共有", "ブックマーク", "読売新聞オンライン", "朝日新聞デジタル", "毎日新聞デジタル",
	"공유", "댓글", "인쇄", "글자크기", "글자크기조정", "스크랩", "좋아요", "페이스북", "트위터", "카카오톡", "URL복사", "기사저장", "기사원문",
	"본문", "바로가기", // 본문 바로가기: the skip link a Korean site's page opens with
	// A Korean site's text size and clipping buttons in two words (글자크기
	// 조절, 글자 크기, 기사 스크랩), and a Japanese site's buttons under its
	// headline (朝日新聞デジタル: list, 印刷, ギフト), each alone left to
	// markLoneButtons.
	"글자", "크기", "조절", "기사", "list", "List", "印刷", "ギフト",
	// Share buttons named by their platforms in Latin letters, as a Hong
	// Kong or Taiwanese site sets them after 分享至： (分享至：Facebook
	// WhatsApp Telegram), and the labels of the row in other wordings
	// (シェアする, 공유하기).
	"WhatsApp", "Whatsapp", "Telegram", "Threads", "Instagram", "LinkedIn", "Messenger", "Email", "E-mail", "email",
	"Weibo", "WeChat", "Plurk", "Reddit", "Pinterest", "KakaoTalk", "Pocket", "Bluesky", "Mastodon", "mixi",
	"分享此文", "分享本文", "分享文章", "電郵", "电邮", "噗浪", "複製網址", "复制网址", "複製鏈接", "複製链接",
	// A mainland site's share targets under 分享到： (微信　微博　QQ空间,
	// 微信　微博　抖音), named by their apps (shareApps): a row of them
	// alone is the widget's beside its furniture, a table's header over
	// figures (markShareAppRows).
	"抖音", "快手", "豆瓣", "小红书", "小紅書", "今日头条", "今日頭條", "新浪微博", "腾讯微博", "騰訊微博", "微信好友", "QQ好友",
	// The comment button beside the share button at a story's foot
	// (聯合新聞網: 分享 / 留言), a button only beside its row.
	"留言", "寫留言", "写留言",
	"シェアする", "ツイート", "はてなブックマーク", "はてブ", "LINEで送る",
	// The button that copies the story's link (毎日新聞's row ends in it).
	"コピー", "リンクをコピー", "URLをコピー", "リンクコピー",
	// A Japanese site's buttons one word a line (markButtonColumns):
	// ITmedia's 印刷 / 通知 / Share, and their other wordings.
	"Share", "share", "SHARE", "Tweet", "Post", "Print", "Mail", "Save", "Bookmark",
	"通知", "印刷する", "保存する", "メール", "ポスト", "ポストする", "いいね", "コメント", "ブックマークする", "送る", "シェア数",
	"공유하기", "카카오스토리", "밴드", "링크복사", "링크", "복사", "URL",
	// A Korean broadcaster's subscribe button among the story's buttons
	// (JTBC: 구독 / 좋아요 25 / 댓글 8 under the stamps), a button only
	// beside its row or its stamp (markLoneButtons).
	"구독",
}

// loneShareButtons are a Chinese site's share and repost buttons as they
// stand alone on a line of their own, under the story's stamp or at its
// foot: 分享 (香港電台), 分享到, 分享此文, 轉發. Unlike 保存 or 收藏,
// which a column may use as its head, none of them heads a story's part:
// the button is noise wherever it stands, not only next to its row or
// its stamp (markLoneButtons), so a stamp the reader does not know above
// it no longer makes it a section head over the whole story. A word with
// more after it (分享會, 經驗分享, 分享：…) is text.
var loneShareButtons = []string{"分享", "分享到", "分享至", "分享此文", "分享本文", "分享文章", "轉發", "转发", "轉發到", "转发到"}

// linkHeaders head a list of links to other stories (see markLinkLists);
// they are chrome words too.
var linkHeaders = []string{
	"많이 본 뉴스", "많이 본 기사", "관련 기사", "관련기사", "관련 뉴스", "관련뉴스", "추천 기사",
	"相关阅读", "相關閱讀", "延伸阅读", "延伸閱讀", "推荐阅读", "推薦閱讀", "相关新闻", "相關新聞", "热点推荐", "熱門推薦", "猜你喜欢", "相关文章", "相關文章",
	// A portal's recommendations under its story (网易: 相关推荐 over its
	// links, one a line), in its other wordings.
	"相关推荐", "相關推薦", "为你推荐", "為你推薦", "为您推荐", "為您推薦", "热门推荐", "精彩推荐", "精彩推薦", "猜你喜歡",
	// A 公众号's links to its earlier posts at the foot of a WeChat
	// article, over its follow prompt and buttons (往期推荐).
	"往期推荐", "往期推薦", "往期回顾", "往期回顧", "往期精彩", "往期精选", "往期精選", "往期阅读", "往期閱讀",
}

// govLinkHeaders head a government or institution site's links under its
// release (相关链接 over the titles, one a line). Bare, they are link
// headers like the others; in brackets a wire's copy sets them over its
// background item (readingListHeader).
var govLinkHeaders = []string{"相关链接", "相關鏈接", "相關連結", "相关连接"}

// chromeWordMax is the length in bytes of the longest chrome word
// (chromeWords, linkHeaders).
var chromeWordMax = func() int {
	n := 0
	for _, ws := range [][]string{chromeWords, linkHeaders} {
		for _, w := range ws {
			n = max(n, len(w))
		}
	}
	return n
}()

// chromeCalls are a site's calls to install or open its app, or to play
// its reading of the story (기사를 읽어드립니다, a Korean site's player).
var chromeCalls = []string{"제보는 카카오톡", "기사를 읽어드립니다", "下载APP", "下載APP", "下载客户端", "下載客戶端", "打开APP", "打開APP", "点击下载", "點擊下載", "點我下載", "点我下载", "按我看", "點我看", "点我看", "分享让更多人看到", "分享讓更多人看到"}

// chromeCallKeys holds a rune of every one of chromeCalls (TestChromeCallKeys).
const chromeCallKeys = "카A客下载載看읽"

// mayHoldChromeCall reports whether s holds a rune of chromeCallKeys: a
// line without one is spared the search for each of chromeCalls.
func mayHoldChromeCall(s string) bool {
	for _, r := range s {
		switch r {
		case '카', 'A', '客', '下', '载', '載', '看', '읽':
			return true
		}
	}
	return false
}

// webChrome reports a line that is a news site's furniture: chrome words
// alone (each word one of chromeWords, parted by spaces, bars, dots or a
// colon after a word), or a short line calling readers to its app.
func webChrome(s string) bool {
	if !atMost(s, 60) || hasClauseEnd(s) {
		return false
	}
	if mayHoldChromeCall(s) {
		for _, c := range chromeCalls {
			if strings.Contains(s, c) {
				return true
			}
		}
	}
	if slices.Contains(loneShareButtons, s) {
		return true // 分享 alone (see loneShareButtons)
	}
	if slices.Contains(loneSiteButtons, s) || shareWidget(s) {
		return true // 申请入驻, 举报; 用微信扫码二维码 (sharewidget.go)
	}
	if breadcrumb(s) || isLinkHeader(s) {
		return true // (a header may hold spaces: 많이 본 뉴스)
	}
	n, apps := 0, 0
	for rest := unbracketButtons(s); rest != ""; { // 【字体：大 中 小】　【打印本页】 (chromebrackets.go)
		// The next word, up to a space, a bar, a dot or a slash (no
		// slice of words: the gate lets many short lines through).
		t, next := cutChromeWord(rest)
		rest = next
		t = trimColons(t)
		if t == "" {
			continue
		}
		if notedChromeWord(t) {
			n++ // X（旧Twitter）: a button with its platform's note (sharenote.go)
			continue
		}
		w, after, ok := strings.Cut(t, "：") // 字号：大
		if !ok {
			w, after, _ = strings.Cut(t, ":") // 分享:Facebook
		}
		// (A share row's label, この記事をシェア　X　LINE, is a chrome
		// word of its own: sharelabel.go.)
		if !isChromeWord(w) && !shareLabel(w) || after != "" && !isChromeWord(after) {
			return false
		}
		if after == "" && slices.Contains(shareApps, w) {
			apps++
		}
		n++
	}
	if apps == n && !hasAnyRune(s, shareAppKeys) {
		return false // 抖音　快手　小红书: its neighbours tell (shareapps.go)
	}
	// (A copy button alone, URLをコピー, is left to its neighbours:
	// markJaShareButtons.)
	return n >= 2 || n == 1 && len(s) > len("打印") && !slices.Contains(jaCopyButtons, s)
}

// markLoneButtons makes noise of a chrome word alone on its line that
// webChrome leaves to the text for its shortness (保存, 收藏: a word of
// two characters alone may be a head), when a line of the site's buttons
// stands right above or under it (a site's buttons come in a row), or the
// story's time stamp right above it; and a row of them one a line
// (markButtonColumns).
func (b *builder) markLoneButtons() {
	b.markButtonColumns()
	us := b.units
	for i := range us {
		u := &us[i]
		if u.kind != uText || len(u.text) > chromeWordMax || u.line != u.lastLine || !isChromeWord(u.text) && !koBareCounter(u.text) && !likeCount(u.text) {
			continue
		}
		// (Right under the story's time stamp too: a site sets its
		// buttons under it, Share alone, where no head stands; not a
		// word of one character, 大 or X, which may be vertical text.)
		if i > 0 && us[i-1].kind == uNoise && (us[i-1].noise == noiseChrome || us[i-1].noise == noiseStamp && !atMost(u.text, 1)) || i+1 < len(us) && us[i+1].kind == uNoise && us[i+1].noise == noiseChrome {
			u.kind, u.noise, u.summed = uNoise, noiseChrome, false
		}
		// A like count over a button not marked yet (+1 / 收藏): the row's.
		if u.kind == uText && likeCount(u.text) && i+1 < len(us) && us[i+1].kind == uText && us[i+1].line == us[i+1].lastLine && isChromeWord(us[i+1].text) && !atMost(us[i+1].text, 1) {
			u.kind, u.noise, u.summed = uNoise, noiseChrome, false
		}
	}
}

// markButtonColumns makes noise of a site's row of buttons copied one
// word a line (ITmedia: 印刷 / 通知 / 見る / Share): a run of two or
// more lone short words, more of them chrome words than not, each of
// which alone could be a head. A button the list does not know (見る)
// goes with the row it stands in; a run of short heads holds no two
// buttons. A chrome word of one character (大, 中, 小 of 字号：大 中 小,
// X) counts as no button here: a column of single characters is
// vertical text read one a line as often as it is buttons.
func (b *builder) markButtonColumns() {
	us := b.units
	lone := func(u *unit) bool {
		return u.kind == uText && !u.para && !u.verbatim && u.line == u.lastLine && atMost(u.text, 6) && !hasSentencePunct(u.text) && !hasClauseEnd(u.text) && !hasAnyRune(u.text, " 　")
	}
	for i := 0; i < len(us); {
		if !lone(&us[i]) {
			i++
			continue
		}
		j, buttons := i, 0
		for ; j < len(us) && lone(&us[j]); j++ {
			if (isChromeWord(us[j].text) || koBareCounter(us[j].text)) && !atMost(us[j].text, 1) { // (추천 / 댓글 with no count: kocounters.go)
				buttons++
			}
		}
		if buttons >= 2 && buttons > j-i-buttons {
			for k := i; k < j; k++ {
				us[k].kind, us[k].noise, us[k].summed = uNoise, noiseChrome, false
			}
		}
		i = j
	}
}

func isChromeWord(t string) bool {
	return len(t) <= chromeWordMax && (slices.Contains(chromeWords, t) || slices.Contains(linkHeaders, t))
}

// breadcrumb reports a site's trail of sections: 新华网 > 时政 > 正文,
// 首頁 › 國際: two or more short sections parted by > ＞ › or ».
func breadcrumb(s string) bool {
	if !mayHoldCrumbMark(s) {
		return false // (one part at most: most lines)
	}
	s = crumbLabelCut(s) // 当前位置：首页 > 政务公开 (crumblabel.go)
	if jaGameLine(s) {
		return false // <巨人3-2阪神>◇5日◇東京ドーム: its > closes its < (jagameline.go)
	}
	if jaAngleLabel(s) > 0 {
		return false // ＜解説＞投資をうたう詐欺は、: its ＞ closes its ＜ (jaanglerunin.go)
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '>' || r == '＞' || r == '›' || r == '»' })
	if len(parts) < 2 {
		return false
	}
	for i, p := range parts {
		if p = trimSpace(p); p == "" || !(atMost(p, 10) || i == 0 && siteNameCrumb(p)) || hasSentencePunct(p) || hasClauseEnd(p) {
			return false
		}
	}
	return true
}

// siteNameCrumb reports a breadcrumb's first crumb longer than a
// section's name that is the site's name set beside its domain or its
// Latin brand, as the trail's home link carries it: 香港經濟日報 hket.com,
// ETtoday 新聞雲, 聯合新聞網 udn.com. Two to four words parted by spaces,
// each as short as a crumb, one of them Latin (a title line parted by
// spaces has none), 24 runes at most.
func siteNameCrumb(p string) bool {
	if !atMost(p, 24) {
		return false
	}
	n, latin := 0, false
	for rest := p; rest != ""; {
		w, next := cutAtSpace(rest)
		rest = next
		if n++; n > 4 || !atMost(w, 10) {
			return false
		}
		latin = latin || latinWord(w)
	}
	return n >= 2 && latin
}

// latinWord reports a word of ASCII letters, digits, dots and hyphens
// holding a letter: a domain (hket.com) or a Latin brand (ETtoday).
func latinWord(w string) bool {
	letter := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letter = true
		case c >= '0' && c <= '9' || c == '.' || c == '-':
		default:
			return false
		}
	}
	return letter
}

// mayHoldCrumbMark reports whether s holds one of the marks that part a
// breadcrumb's sections (> ＞ › »): strings.ContainsAny, looked for as
// bytes, where ContainsAny decodes every rune of the line and searches
// the set for it.
func mayHoldCrumbMark(s string) bool {
	return strings.IndexByte(s, '>') >= 0 || strings.Contains(s, "＞") || strings.Contains(s, "›") || strings.Contains(s, "»")
}

// chromeHead splits a line opening with chrome words before something
// else (【纠错】　　【责任编辑:刘　畅】, or with no space after the
// bracketed word: 【纠错】【责任编辑：李岩】): the chrome and the rest.
func chromeHead(s string) (head, rest string, ok bool) {
	end := 0
	for i := 0; i < len(s); {
		j := i
		// (A word longer than any chrome word is none: most lines are
		// read no further than that.)
		for j < len(s) && j-i <= chromeWordMax {
			r, w := firstRune(s[j:])
			if isSpace(r) {
				break
			}
			j += w
			if r == '】' {
				break // 【纠错】【责任编辑：李岩】: the bracket ends the word (中新网)
			}
		}
		if !isChromeWord(s[i:j]) {
			break
		}
		end = j
		for j < len(s) {
			r, w := firstRune(s[j:])
			if !isSpace(r) {
				break
			}
			j += w
		}
		i = j
	}
	if end == 0 || trimSpace(s[end:]) == "" {
		return "", "", false
	}
	return s[:end], trimSpace(s[end:]), true
}

// hashtagLine reports a line of a web story's topic tags and nothing
// else, #颱風 #天文台 #九巴: two or more words each opening with its #
// (a headline's marker "# " has a space after it), or a microblog's
// topics, each closed by a # of its own, #江州城东一小区电动车起火#, one
// alone too (weiboTopics).
func hashtagLine(s string) bool {
	if s == "" || s[0] != '#' || !atMost(s, 80) {
		return false
	}
	if weiboTopics(s) {
		return true
	}
	n := 0
	for rest := s; rest != ""; {
		t, next := rest, ""
		for i, r := range rest {
			if isSpace(r) {
				_, w := firstRune(rest[i:])
				t, next = rest[:i], rest[i+w:]
				break
			}
		}
		rest = next
		if t == "" {
			continue
		}
		for len(t) > 0 {
			if t[0] != '#' || len(t) == 1 || t[1] == '#' {
				return false
			}
			k := strings.IndexByte(t[1:], '#')
			if k < 0 {
				break
			}
			t = t[1+k:] // #颱風#天文台: tags run together
			n++
		}
		n++
	}
	return n >= 2
}

// weiboTopics reports a line of a microblog's topics and nothing else:
// each topic between two #, #江州城东一小区电动车起火#, #颱風彩雲#
// #停課#, run together or parted by spaces, a super-topic's mark kept,
// #樱花季[超话]#. A topic holds one to 40 characters, no # and no space
// at either end (a headline's marker "# " has one after it); one closed
// topic alone says so as two open tags do.
func weiboTopics(s string) bool {
	n := 0
	for rest := s; ; {
		rest = trimSpace(rest)
		if rest == "" {
			return n > 0
		}
		if rest[0] != '#' {
			return false
		}
		k := strings.IndexByte(rest[1:], '#')
		if k < 0 {
			return false
		}
		topic := rest[1 : 1+k]
		if topic == "" || !atMost(topic, 40) || trimSpace(topic) != topic {
			return false
		}
		rest = rest[2+k:]
		n++
	}
}

// likeCount reports a like button's count as a site copies it, a plus
// and one to four digits alone on its line (+1, +12): beside the site's
// other buttons (收藏, 我要举报) it is one of them (markLoneButtons).
// Elsewhere, a score or a list's +1 stays text.
func likeCount(s string) bool {
	if len(s) < 2 || len(s) > 5 || s[0] != '+' {
		return false
	}
	return allDigits(s[1:])
}

// cutChromeWord cuts s at its first space, bar, middle dot or slash, the marks
// that part the words of a row of web furniture (webChrome, footerLinkRow):
// the word before it and the rest after it, or all of s and "" when there
// is none.
func cutChromeWord(s string) (word, rest string) {
	for i, r := range s {
		if isSpace(r) || r == '|' || r == '｜' || r == '·' || r == '/' {
			_, w := firstRune(s[i:])
			return s[:i], s[i+w:]
		}
	}
	return s, ""
}
