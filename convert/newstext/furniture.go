package newstext

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/paiban/paiban/convert/doc"
)

// editorWords open page-furniture credits: 责任编辑 X, 美术编辑 X …
// The page's layout roles in traditional characters too, as a Hong Kong
// paper signs its page's foot, 責任編輯：周　敏　版面設計：黃嘉欣 (文匯報).
var editorWords = []string{"责任编辑", "責任編輯", "责编", "責編", "本版编辑", "本版編輯", "本版责编", "本版責編", "编辑", "編輯", "本版主编", "本版主編", "主编", "主編", "美术编辑", "美術編輯", "美编", "美編", "版式设计", "版式設計", "版式", "校对", "校對", "组版", "組版", "图片编辑", "終審", "终审", "审校", "審校", "制作", "製作", "版面设计", "版面設計", "版面编辑", "版面編輯", "视觉设计", "視覺設計"}

// Noise kinds: what a noise node is, as named in its warning.
const (
	noisePageNumber  = "page number"
	noiseRunningHead = "running head"
	noiseFolio       = "page folio"
	noiseDate        = "edition date"
	noiseDesk        = "desk credit"
	noiseEndMark     = "end mark"
	noiseCopyright   = "copyright line"
	noiseSource      = "source line"
)

// pageFurniture reports the noise kinds that are the source page's own
// furniture, which the tree marks (doc.Node.Furniture) for writers that
// set it apart, as the PDF's folio: page numbers, folios and running heads
// with the edition's date. End marks, copyright and source lines and desk
// credits belong to an article's text.
func pageFurniture(kind string) bool {
	switch kind {
	case noisePageNumber, noiseRunningHead, noiseFolio, noiseDate, noiseMasthead:
		return true
	}
	return false
}

// noiseKind names page furniture (folios, edition dates, desk credits,
// end marks, copyright and source lines) or returns "" for content.
func noiseKind(s string) string { return noiseKindSum(s, nil) }

// noiseKindSum is noiseKind with s's summary, when the caller has one.
func noiseKindSum(s string, sm *textSum) string {
	if s == "" || len(s) > 600 {
		return ""
	}
	if isEndMark(s) {
		return noiseEndMark
	}
	if isCopyrightSum(s, sm) {
		return noiseCopyright
	}
	// The first and last runes, which many recognisers' cheap pre-checks
	// ask, decoded once.
	first, _ := firstRune(s)
	last, _ := decodeLast(s)
	if isDisclaimer(s) {
		return noiseDisclaimer // 免责声明：本文内容仅供参考… (disclaimer.go)
	}
	if siteReminderFirst(first) && siteReminder(s) {
		return noiseDisclaimer // ★《ETtoday新聞雲》提醒您：飲酒過量，有害健康 (portalfoot.go)
	}
	if (first == '原' || first == '本' || first == '文') && pageAddressLine(s) {
		return noiseChrome // 原文網址：title | site | https://… (portalfoot.go)
	}
	if jaWebPointerFirst(first) && jaWebPointer(s) {
		return noiseJaWebPointer // ▶減便対象の系統一覧は電子版に (japointer.go)
	}
	if disclosureHeaderFirst(first) && disclosureHeader(s) {
		return noiseDisclosureHeader // 证券代码：603517　证券简称：南岭药业　公告编号：2026-058 (disclosure.go)
	}
	if last < 0x80 && jaLettersCall(s) {
		return noiseCopyCall // ※「声」への投稿は…「声」係へ。メール　koe@… (jacopycall.go)
	}
	if len(s) > 180 {
		return ""
	}
	if jaPaywallFirst(first) && jaPaywall(s) || koreanCallLine(s) {
		return noiseChrome // この記事は会員限定です。…, 残り712文字 (jaweb.go); ▶ …구독하세요! (kobroadcast.go)
	}
	if followCallLast(last) && (followCall(s) || followButton(s)) {
		return noiseChrome // …加入《TVBS新聞網》LINE官方帳號吧！ (followcall.go); +关注, 已关注 (followbutton.go)
	}
	if mayBePrevNext(s) && prevNextLink(s) {
		return noiseChrome // 上一篇：冬季文旅惠民活动启动 (prevnextlink.go)
	}
	if playerClock(s) {
		return noiseChrome // 0:00 under 기사를 읽어드립니다 (koplayer.go)
	}
	if hashtagLine(s) {
		return noiseChrome // #颱風 #天文台 (webchrome.go)
	}
	if embedFallbackEnds(first, last) && embedFallback(s) {
		return noiseChrome // View this post on Instagram, A post shared by 林語晴 (@yuching.lin) (embedfallback.go)
	}
	if tagLine(s) {
		return noiseChrome // 關鍵字：台中捷運,藍線 (tagline.go)
	}
	if siteFooterSum(s, sm) {
		return noiseChrome // 主办单位：…　承办单位：…, 网站标识码：…　赣ICP备…号 (sitefooter.go)
	}
	if readCountFirst(first) && readCount(s) {
		return noiseChrome // 阅读 (3521), 阅读量：1.2万 (readcount.go)
	}
	if appCallFirst(first) && appCall(s) {
		return noiseChrome // 打开界面新闻APP，查看原文 (appcall.go)
	}
	if promoFirst(first) && sitePromo(s) {
		return noiseChrome // 更多今周刊文章, 訂閱今周刊，掌握產業最新動態 (sitepromo.go)
	}
	if jaPagingFirst(first) && jaPaging(s) {
		return noiseChrome // 次ページ…とは, 1 2 次ページ, 著者フォロー (japaging.go)
	}
	if jaButtonFirst(first) && jaButton(s) {
		return noiseChrome // この記事をスキ!する, いいね！, お気に入り登録 (jabuttons.go)
	}
	if jaShareEnd(s) && jaShareButtons(s) >= 2 {
		return noiseChrome // Xでシェア　Facebookでシェア　LINEで送る; one alone by its neighbours (jasharebutton.go)
	}
	if jaGalleryFirst(first) && jaGalleryLink(s) {
		return noiseChrome // この記事の写真をすべて見る（３枚）, 写真一覧 (jagallery.go)
	}
	if koPortalEnds(first, last) && koPortalFurniture(s) {
		return noiseChrome // 인쇄하기, 훈훈해요 0, 이 기사에 대해 어떻게 생각하시나요? (koportal.go)
	}
	if koPortalNoteEnds(first, last) && koPortalNote(s) {
		return noiseChrome // 기사 섹션 분류 안내 and its explanation (koportal.go)
	}
	if copyCall(s) {
		return noiseCopyCall // 欢迎投稿　评论版邮箱：jwpl@jcwb.com.cn, 欢迎读者来函，电邮：… (tipline.go)
	}
	if (first == '※' || first == '*') && koreanQuestionCall(s) {
		return noiseCopyCall // ※ 생활 속 법률 궁금증을 이메일(…)로 보내주시면 … 답해드립니다. (koquestioncall.go)
	}
	if (first == '本' || first == '（' || first == '(') && pagePictureCredit(s) {
		return noiseDesk // 本版图片均来自网络。, its full stop and all (pagepicturecredit.go)
	}
	if sm != nil && sm.has(keyClauseEnd) || sm == nil && hasClauseEnd(s) {
		return ""
	}
	if jaMemberTag(s) || jaMemberLabel(s) || zhMemberTag(s) {
		return noiseChrome // [有料会員限定], 有料記事 (jaweb.go); 订户专享 (zhmembertag.go)
	}
	if isPageNumber(s) || isPageLabel(s) {
		return noisePageNumber
	}
	if isSourceLine(s) {
		return noiseSource
	}
	if tipLine(s) {
		return noiseTipLine // 澎湃新闻报料：021-962866 (tipline.go)
	}
	timed := mayTimedStamp(sm)
	if isWebStamp(s) || timed && sourcedStamp(s) || bracketedStamp(s) || updatedStamp(s) || bracketedUpdateStamp(s) || hanClockStamp(s) || bracketedWebStamp(s) || ipPlaceLine(s) || mayClientStamp(sm) && clientStamp(s) || mayCountedStamp(sm) && countedStamp(s) || timed && accountStamp(s) || fullwidthStamp(s) {
		return noiseStamp // (…　浏览次数：1268: stampcounter.go; 2026-12-06 10:21·江州日报社官方账号: accountstamp.go; ２０２６年１２月６日　２２：４０: fullwidthstamp.go)
	}
	if releaseStamp(s) {
		return noiseStamp // 香港時間18時30分, 2026年12月5日（星期六）香港時間18時30分 (pressrelease.go)
	}
	if koreanFolio(s) || numericDatedFolio(s) {
		return noiseFolio // (2026.12.07　A3, 2026/12/07　第5版: numericfolio.go)
	}
	if jaWordedStamp(s) {
		return noiseStamp // 2026年12月05日18時42分配信 (jajiji.go)
	}
	if jaMediaLink(s) {
		return noiseLink // 【図解】米国の対中輸出規制の経緯 (jacontentlabel.go)
	}
	if koreanProgram(s) {
		return noiseChrome // 뉴스 9 under a broadcast report's stamps (kobroadcast.go)
	}
	if koreanSummaryLabel(s) {
		return noiseSummary
	}
	if koreanCounterFirst(first) && koreanCounters(s) {
		return noiseChrome // 추천 12, 조회 1,234 | 댓글 3 (kocounters.go)
	}
	if koreanSiteTailLast(last) && koreanSiteTail(s) {
		return noiseChrome // 최유진 기자의 다른기사 보기, 0개의 댓글 (kositetail.go)
	}
	if (last == '）' || last == ')') && zhCommentHead(s) {
		return noiseChrome // 網民留言（38）, 网友评论（12） (zhcommenthead.go)
	}
	// (Without a summary, the same pre-check the summary's keyChrome
	// makes: a line of chrome words with no key, LINEで送る alone, is no
	// chrome by itself on either path; markJaShareButtons and
	// markLoneButtons judge it by its neighbours.)
	if (sm == nil && chromeKeyed(s) || sm != nil && sm.has(keyChrome)) && (webChrome(s) || koTextSizeRow(s)) {
		return noiseChrome // (글자크기  가  가: kotextsize.go)
	}
	if editionLineLast(last) && isJapaneseEditionLine(s) {
		return noiseEdition // 毎日新聞 2024/12/3 東京朝刊 有料記事 1412文字 (jaedition.go)
	}
	if pictureSlotFirst(first) && isPictureSlot(s) || jaLinkHeaderFirst(first) && isJaLinkHeader(s) {
		return noiseChrome // 写真・図版 (jacaption.go), 関連記事 (jalinks.go)
	}
	if isJaReaderLinkHeader(s) {
		return noiseChrome // この記事を読んだ人におすすめ, アクセスランキング (jareaderlinks.go)
	}
	if first == '【' || first == '［' || first == '[' {
		if jaRunInLink(s) {
			return noiseLink // 【関連記事】巨人ニュース一覧はこちら (jalinks.go)
		}
	}
	// Every kind of furniture has a folio (版), a date (年) or a desk
	// credit (编, 校, 审); most text has none of them and stops here.
	if sm != nil && !sm.has(keyFurniture) || sm == nil && !furnitureCues.in(s) {
		return ""
	}
	if pageDeskBracket(s) {
		return noiseDesk
	}
	folio, date, editor, paged, bare := false, false, false, false, false
	named := false     // the page number is one no figure of a table is (（２９）, ２４面)
	var buf [16]string // (most lines have few tokens: no allocation)
	toks := appendFields(buf[:0], s, len(s), isFurnitureSep)
	if len(toks) == 0 {
		return ""
	}
	unbulletEditors(toks)
	toks = joinPaddedEditor(toks)
	other := 0
	temp, weekday, lunar := false, false, false // (forecastrow.go)
	afterEditor := false
	spaced := false // the token before was one letter of a letter-spaced word
	for _, t := range toks {
		letter := false
		switch {
		case isFolio(t):
			folio = true
			afterEditor = false
		case isPageLabel(t):
			// A6, B2: the page, as Taiwan, Hong Kong and Malaysian papers
			// name it; a folio beside the edition's date (counted below).
			paged = true
			afterEditor = false
		case isEditionDate(t):
			date = true
			afterEditor = false
		case isWeekday(t) || strings.HasPrefix(t, "农历") || strings.HasPrefix(t, "農曆") || isPostalNote(t):
			if isWeekday(t) {
				weekday = true
			} else if !isPostalNote(t) {
				lunar = true
			}
			afterEditor = false
		case len(t) <= 3 && allDigits(t) || fullwidthPageNumber(t):
			// A bare page number (联合早报　2024年12月3日　星期二　新加坡　4):
			// a folio only beside the edition's date (counted below).
			bare = true
			afterEditor = false
		case bracketedPageNumber(t) || menPageNumber(t):
			// A page number in brackets or before 面 (（２９）, ２４面:
			// jafolio.go), a folio only beside the edition's date too.
			bare, named = true, true
			afterEditor = false
		case editorToken(t):
			editor = true
			afterEditor = true
		case afterEditor && isName(strings.TrimLeft(t, "：:")):
		case paperDotSection(t):
			// 江城日报·城市民生: the paper's and the page's names, one word
			// (paperdotfolio.go).
			other++
			afterEditor = false
		default:
			if utf8.RuneCountInString(t) > 8 || hasSentencePunct(t) {
				return ""
			}
			if temperatureField(t) {
				temp = true // (8℃～15℃: a forecast's row, forecastrow.go)
			}
			// A letter-spaced name (産　經　新　聞, a Japanese paper's
			// name in its folio) is one word, counted once.
			letter = singleHan(t)
			if !letter || !spaced {
				other++
			}
		}
		spaced = letter
	}
	if temp && !editionWeather(weekday, lunar, other) {
		return "" // a forecast's row (forecastrow.go)
	}
	if paged && !date {
		other++ // (a letter and a number alone may be anything)
	}
	if bare && date {
		paged = true
	} else if bare {
		other++
	}
	if other > 2 && !(named && date && other <= 4) {
		// A date and a page number named as a folio names it hold a
		// folio whatever words stand beside them, the paper's name, the
		// page's, its edition's (静岡日報　２０２６年（令和８年）１２月６日
		// （土曜日）　２４面　社会　西部版): a folio of many parts is long,
		// never a headline for that.
		return ""
	}
	switch {
	case folio, paged && date:
		return noiseFolio
	case date:
		return noiseDate
	case editor && other == 0 && !editorTrailer(toks) && !runOnRoleAlone(toks):
		return noiseDesk
	}
	return ""
}

// unbulletEditors drops the bullet a Hong Kong paper's foot sets before
// each desk role, ■責任編輯：周嘉敏　■美術編輯：梁志恒 (大公報): the
// roles and names are the desk line's as without it. A bullet before
// any other word stays.
func unbulletEditors(toks []string) {
	for k, t := range toks {
		r, w := firstRune(t)
		if r != '■' && r != '□' && r != '●' && r != '◆' {
			continue
		}
		for _, e := range editorWords {
			if strings.HasPrefix(t[w:], e) {
				toks[k] = t[w:]
				break
			}
		}
	}
}

// runOnRoleAlone reports a line that is one token, a desk role run on to
// two to four more Han characters with no colon or space between: a
// phrase about the page, 版面设计简洁明快, 版面設計精美大方, not its
// desk's credit (a desk line parts its role from the name, 美编　刘畅,
// 版面設計：黃嘉欣, and names more than one).
func runOnRoleAlone(toks []string) bool {
	if len(toks) != 1 || strings.ContainsAny(toks[0], "：:") {
		return false
	}
	for _, e := range editorWords {
		if rest, ok := strings.CutPrefix(toks[0], e); ok {
			return rest != ""
		}
	}
	return false
}

// endMarks close a wire story or article: （完） and its forms.
var endMarks = doc.EndMarks()

// trailingEndMark returns the offset of an end mark closing s (…列车。（完）),
// or -1. Only a mark after a finished sentence counts.
func trailingEndMark(s string) int {
	// Every end mark closes with a bracket, '>' or '-': most text is
	// spared the comparisons.
	if r, _ := decodeLast(s); !isCloseBracket(r) && r != '>' && r != '-' {
		return -1
	}
	for _, m := range endMarks {
		if strings.HasSuffix(s, m) {
			k := len(s) - len(m)
			if k > 0 && endsSentence(trimSpace(s[:k])) {
				return k
			}
		}
	}
	return -1
}

// isEndMark reports an end mark alone on its line: one of endMarks, or
// the dashed END a WeChat 公众号 sets under its article's last paragraph
// (dashedEnd).
func isEndMark(s string) bool {
	if !atMost(s, 12) {
		return false
	}
	return slices.Contains(endMarks, s) || dashedEnd(s)
}

// dashedEnd reports WeChat's end mark, END between dashes: - END -,
// -END-, —END—, — END —, －END－. The dashes on both sides make it a
// mark: a bare END, or END in a phrase (- END OF SEASON -), is text.
func dashedEnd(s string) bool {
	f, _ := firstRune(s)
	l, _ := decodeLast(s)
	if !endDash(f) || !endDash(l) {
		return false
	}
	inner := strings.TrimFunc(s, func(r rune) bool { return endDash(r) || r == ' ' || r == '　' })
	return inner == "END" || inner == "End"
}

// endDash reports a dash that may flank WeChat's END.
func endDash(r rune) bool {
	switch r {
	case '-', '—', '－', '–', '─':
		return true
	}
	return false
}

// copyrightCues mark a copyright or reprint notice. Each holds one of
// the runes copyrightKey accepts (a test checks it).
var copyrightCues = []string{"재판매 및 DB 금지", "재판매 및 DB금지", "제보를 기다립니다", "무단복제", "版权所有", "版權所有", "All rights reserved", "All Rights Reserved", "未经授权", "未經授權", "未经许可", "未經許可", "不得转载", "不得轉載", "任意转载", "任意轉載", "严禁转载", "無断転載", "無断複製", "무단 전재", "무단전재", "재배포 금지", "저작권자"}

func isCopyright(s string) bool { return isCopyrightSum(s, nil) }

// isCopyrightSum is isCopyright with s's summary, when the caller has one.
func isCopyrightSum(s string, sm *textSum) bool {
	if sm != nil && !sm.atMost(160) || sm == nil && !atMost(s, 160) {
		return false
	}
	if strings.HasPrefix(s, "©") || strings.HasPrefix(s, "Copyright") || strings.HasPrefix(s, "(C) ") || strings.HasPrefix(s, "ⓒ") {
		return true
	}
	if sm != nil && !sm.has(keyCopyright) || sm == nil && !hasCopyrightKey(s) {
		return false // most lines: one pass instead of a search per cue
	}
	// (A supplied photo's reprint notice closes its caption: kophoto.go.)
	return hasCopyrightCue(s) && !isKoreanReprintCaption(s)
}

// copyrightAnchor is a copyright cue with its anchor: the first of its
// runes copyrightKey accepts, at byte k of the cue.
type copyrightAnchor struct {
	r   rune
	k   int
	cue string
}

// copyrightAnchors holds each of copyrightCues with its anchor, built on
// first use (by a sync.Once, which the package's initialisation does not
// allocate: TestInitCheap).
var (
	copyrightOnce       sync.Once
	copyrightAnchorList []copyrightAnchor
)

// copyrightAnchors returns copyrightCues with their anchors.
func copyrightAnchors() []copyrightAnchor {
	copyrightOnce.Do(func() {
		as := make([]copyrightAnchor, 0, len(copyrightCues))
		for _, c := range copyrightCues {
			for k, r := range c {
				if copyrightKey(r) {
					as = append(as, copyrightAnchor{r, k, c})
					break
				}
			}
		}
		copyrightAnchorList = as
	})
	return copyrightAnchorList
}

// hasCopyrightCue reports whether s holds one of copyrightCues. A cue
// occurs only where its anchor rune stands, k bytes into it: s is passed
// over once, and the cues are compared only where a key rune stands,
// instead of a search of s per cue (in Korean text, whose every rune
// shares the cues' lead byte, each search compares at every rune).
// TestHasCopyrightCue compares it with searching for each cue.
func hasCopyrightCue(s string) bool {
	as := copyrightAnchors()
	for i := 0; i < len(s); {
		r, w := runeAt(s, i)
		if r < 1<<16 && copyrightKeys.has(r) {
			for _, a := range as {
				if a.r == r && i >= a.k && strings.HasPrefix(s[i-a.k:], a.cue) {
					return true
				}
			}
		}
		i += w
	}
	return false
}

// copyrightKey reports the runes of which every copyright cue holds one,
// chosen among its rarer characters: a line without any holds no cue.
func copyrightKey(r rune) bool {
	switch r {
	case 'D', 'v', '립', '단', '포', '권', '版', '未', '载', '載', '断':
		return true
	}
	return false
}

// copyrightKeys holds the runes copyrightKey accepts.
var copyrightKeys = newRuneSet("Dv립단포권版未载載断")

// hasCopyrightKey reports whether s holds a copyrightKey rune
// (TestHasCopyrightKey compares it with decoding every rune).
func hasCopyrightKey(s string) bool {
	return copyrightKeys.in(s)
}

// isPageLabel reports a lone page label such as A3, B12 or GA07, or its
// full-width form (Ａ７: fullwidthlabel.go).
func isPageLabel(s string) bool {
	if r, _ := firstRune(s); fullwidthLetter(r) {
		s = foldFullwidth(s)
	}
	if len(s) >= 4 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' {
		s = s[1:] // GA07: 南方都市报's section letter before the page's
	}
	return len(s) >= 2 && len(s) <= 4 && s[0] >= 'A' && s[0] <= 'Z' && isPageNumber(s[1:])
}

// isSourceLine reports a line naming where the text was published:
// 《人民日报》（2024年12月02日 01 版）, 来源：新华网, （来源：人民日报）; and
// the paper a Japanese portal names as its story's provider beside the
// 配信 stamp (配信元：北陸日報), the portal's furniture as 来源： is.
func isSourceLine(s string) bool {
	if !atMost(s, 48) {
		return false
	}
	if isPortalStamp(s) {
		return true // 12/3(火) 10:25配信, 最終更新:12/3(火) 11:00
	}
	if inner, end, ok := leadingBracket(s); ok && end == len(s) {
		s = trimSpace(inner)
		if isDatedEdition(s) {
			return true // 【2024/12/03 聯合報】
		}
	}
	// Every source cue ends in a colon after a rune of sourceCueKeys:
	// text without both skips the search.
	if (strings.IndexByte(s, ':') >= 0 || strings.Contains(s, "：")) && mayHoldSourceCue(s) {
		for _, p := range sourceCues {
			if k := strings.Index(s, p); k == 0 || k > 0 && (hasAnyRune(s[:k], "|｜") || isDateTime(trimSpace(s[:k])) || wordedStampBefore(s[:k])) {
				return true // 来源：人民网, 2024年12月02日05:51 | 来源：人民网－人民日报, 2024-12-03 10:25　来源：澎湃新闻, 发布时间：2026-12-05 16:30　来源：市住建局
			}
		}
	}
	if strings.HasPrefix(s, "《") {
		k := strings.Index(s, "》")
		if k < 0 {
			return false
		}
		rest := trimSpace(s[k+len("》"):])
		if rest == "" {
			return false
		}
		inner, end, ok := leadingBracket(rest)
		return ok && end == len(rest) && strings.Contains(inner, "年") && (strings.Contains(inner, "版") || strings.Contains(inner, "日"))
	}
	return false
}

// sourceCues open a source line's attribution; each ends in a colon
// and holds a rune of sourceCueKeys (TestSourceCueKeys).
var sourceCues = []string{"来源：", "来源:", "來源：", "來源:", "本文来源：", "文章来源：", "稿件来源：", "本文來源：", "稿源：", "出处：", "出處：", "출처:", "출처 :", "出典：", "資料來源：", "配信元：", "配信元:"}

// sourceCueKeys holds a rune of every one of sourceCues, besides its
// colon: the word before the colon ends in one.
const sourceCueKeys = "源处處처典元"

// mayHoldSourceCue reports whether s holds a rune of sourceCueKeys: a
// line without one is spared the search for each of sourceCues.
func mayHoldSourceCue(s string) bool {
	for _, r := range s {
		switch r {
		case '源', '处', '處', '처', '典', '元':
			return true
		}
	}
	return false
}

// isDatedEdition reports the inside of a bracketed edition line, a date
// and the paper (and its page): 2024/12/03 聯合報, 2024-12-03／聯合報／A8版.
func isDatedEdition(s string) bool {
	if !hasDateSeparator(s) {
		return false // no numeric date (isNumericDate): spare splitting s
	}
	return datedEdition(s)
}

// hasDateSeparator reports whether s holds a separator of a numeric date
// (/ - .), without which isDatedEdition's first token is no date.
func hasDateSeparator(s string) bool {
	return strings.IndexByte(s, '/') >= 0 || strings.IndexByte(s, '-') >= 0 || strings.IndexByte(s, '.') >= 0
}

// datedEdition is isDatedEdition for a text holding a date separator.
func datedEdition(s string) bool {
	var buf [5]string
	toks := appendFields(buf[:0], s, 4, isEditionSep)
	if len(toks) < 2 || len(toks) > 4 || !isNumericDate(toks[0]) {
		return false
	}
	paper := false
	for _, t := range toks[1:] {
		switch {
		case isFolio(t) || isPageLabel(t):
		case isOrg(t) && isOrgEnd(lastRune(t)) && atMost(t, 10):
			paper = true
		case isHanWord(t) && atMost(t, 6): // the page's name: 北市, 地方
		default:
			return false
		}
	}
	return paper
}

// isFurnitureSep, isEditionSep and isDateSep report the runes
// noiseKindSum, datedEdition and isNumericDate split a text at.
func isFurnitureSep(r rune) bool {
	return isSpace(r) || r == '|' || r == '｜' || r == '/' || r == '／'
}
func isEditionSep(r rune) bool { return isSpace(r) || r == '／' || r == '｜' || r == '|' }
func isDateSep(r rune) bool    { return r == '/' || r == '-' || r == '.' }

// isNumericDate reports a date in digits: 2024/12/03, 2024-12-3,
// 2024.12.03.
func isNumericDate(t string) bool {
	var buf [4]string
	parts := appendFields(buf[:0], t, 3, isDateSep)
	if len(parts) != 3 || len(parts[0]) != 4 || len(t) != len(parts[0])+len(parts[1])+len(parts[2])+2 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 4 || !allDigits(p) {
			return false
		}
	}
	return len(parts[1]) <= 2 && len(parts[2]) <= 2
}

// isPortalStamp reports a Japanese news portal's time stamp: when the
// story was delivered or last updated, 12/3(火) 10:25配信,
// 最終更新:12/3(火) 11:00.
func isPortalStamp(s string) bool {
	if !atMost(s, 32) {
		return false
	}
	// Each prefix below opens with 最 or 更, each suffix ends in 信, 新
	// or 載: a line with none of them is no stamp (most lines asked).
	if r, _ := firstRune(s); r != '最' && r != '更' {
		if l, _ := decodeLast(s); l != '信' && l != '新' && l != '載' {
			return false
		}
	}
	upd := false
	for _, p := range []string{"最終更新:", "最終更新：", "更新:", "更新："} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			s, upd = trimSpace(rest), true
			break
		}
	}
	end := false
	for _, suf := range []string{"配信", "更新", "掲載"} {
		if rest, ok := strings.CutSuffix(s, suf); ok {
			s, end = trimSpace(rest), true
			break
		}
	}
	if !upd && !end {
		return false
	}
	// m/d, a weekday in brackets, a time.
	d, rest, _ := strings.Cut(s, "(")
	day, _, ok := strings.Cut(d, "/")
	if !ok || day == "" || len(d) > 10 || strings.Trim(d, "0123456789/") != "" {
		return false
	}
	wd, tm, ok := strings.Cut(rest, ")")
	if !ok || !atMost(wd, 1) || !hasAnyRune(wd, "月火水木金土日") {
		return false
	}
	tm = trimSpace(tm)
	return tm == "" || len(tm) <= 5 && strings.Contains(tm, ":") && strings.Trim(tm, "0123456789:") == ""
}

// isDateTime reports a web page's time stamp: a numeric date, and a time
// after a space (2024-12-03 10:25, 2024/12/03 10:25:08).
func isDateTime(s string) bool {
	d, t, _ := strings.Cut(s, " ")
	if !isNumericDate(d) && !isDigitsHanDate(d) { // 2026-03-05, 2026年03月05日 (中新网)
		return false
	}
	t = trimSpace(t)
	return t == "" || len(t) <= 8 && strings.Trim(t, "0123456789:") == "" && strings.Contains(t, ":")
}

// isHanWord reports a word of Han characters only.
func isHanWord(t string) bool {
	for _, r := range t {
		if !isHan(r) {
			return false
		}
	}
	return t != ""
}

func editorToken(t string) bool {
	if !hanLead(t) {
		return false
	}
	for _, e := range editorWords {
		if strings.HasPrefix(t, e) {
			rest := strings.TrimLeft(t[len(e):], "：:")
			return rest == "" || isName(rest)
		}
	}
	return false
}

// hanLead reports a token opening with a Han character, as every one of
// editorWords does: the tokens of a Korean or Latin line (spaced words, a
// furniture cue among them) are turned down without trying each word.
func hanLead(t string) bool {
	r, _ := firstRune(t)
	return isHan(r)
}

// joinPaddedEditor joins a desk credit's two-character name that the
// split at spaces cut in two, 本版编辑：许　静 padded to three cells, back
// into one token, 本版编辑：许静.
func joinPaddedEditor(toks []string) []string {
	for k := 0; k+1 < len(toks); k++ {
		t := toks[k]
		if !hanLead(t) {
			continue
		}
		for _, e := range editorWords {
			if !strings.HasPrefix(t, e) {
				continue
			}
			if singleHan(strings.TrimLeft(t[len(e):], "：:")) && singleHan(toks[k+1]) {
				toks[k] = t + toks[k+1]
				toks = append(toks[:k+1], toks[k+2:]...)
			}
			break
		}
	}
	// 本版责编：周　洁　刘　涛: the names after the first, padded to three
	// cells, are split in two as well.
	named := false // the tokens since the last editor's role are its names
	for k := 0; k < len(toks); k++ {
		switch t := toks[k]; {
		case editorToken(t):
			named = true
		case named && k+1 < len(toks) && singleHan(t) && singleHan(toks[k+1]) && isName(t+toks[k+1]):
			toks[k] = t + toks[k+1]
			toks = append(toks[:k+1], toks[k+2:]...)
		case !isName(t):
			named = false
		}
	}
	return toks
}

// singleHan reports a token of one Han character: half of a padded name,
// or a letter of a letter-spaced word.
func singleHan(t string) bool {
	r, w := firstRune(t)
	return w == len(t) && isHan(r)
}

// isFolio reports 第3版, 第三版, A3版, 3版, and 第A2版：要闻 with its page name
// (full-width too: 第７版, Ａ７版).
func isFolio(t string) bool {
	if k := indexColon(t); k > 0 && atMost(t[k:], 9) {
		t = t[:k]
	}
	t = strings.TrimPrefix(t, "第")
	if !strings.HasSuffix(t, "版") {
		return false
	}
	t = strings.TrimSuffix(t, "版")
	if r, _ := firstRune(t); fullwidthLetter(r) {
		t = foldFullwidth(t)
	}
	if t != "" && (t[0] >= 'A' && t[0] <= 'Z') {
		t = t[1:]
	}
	return isNumber(t)
}

// isEditionDate reports 2022年8月30日 (with an optional weekday attached,
// or a Japanese era year in brackets: ２０２４年（令和６年）１２月３日).
func isEditionDate(t string) bool {
	if k := strings.Index(t, "（令和"); k > 0 {
		if e := strings.Index(t[k:], "）"); e > 0 {
			t = t[:k] + t[k+e+len("）"):]
		}
	}
	y := strings.Index(t, "年")
	m := strings.Index(t, "月")
	d := strings.Index(t, "日")
	if y <= 0 || m <= y || d <= m {
		return false
	}
	if !isNumber(t[:y]) || !isNumber(t[y+len("年"):m]) || !isNumber(t[m+len("月"):d]) {
		return false
	}
	rest := t[d+len("日"):]
	if rest == "" || isWeekday(rest) {
		return true
	}
	in := unbracket(rest)
	return isWeekday(in) || in != "" && atMost(in, 1) && strings.Contains("月火水木金土日", in) // （星期二）, (土)
}

// unbracket returns the inside of s when one pair of round brackets
// encloses it whole (（星期二）, (火)), else "".
func unbracket(s string) string {
	if r, _ := firstRune(s); r != '（' && r != '(' {
		return ""
	}
	if inner, end, ok := leadingBracket(s); ok && end == len(s) {
		return inner
	}
	return ""
}

// isPostalNote reports the postal registration a Japanese folio carries:
// （第３種郵便物認可）.
func isPostalNote(t string) bool {
	return strings.Contains(t, "郵便物認可")
}

func isWeekday(t string) bool {
	if strings.HasSuffix(t, "曜日") && atMost(t, 3) {
		return true // 火曜日
	}
	for _, p := range []string{"星期", "周", "礼拜", "禮拜", "週"} {
		if strings.HasPrefix(t, p) {
			rest := t[len(p):]
			return utf8.RuneCountInString(rest) == 1 && hasAnyRune(rest, "一二三四五六日天")
		}
	}
	return false
}

// isPageNumber reports a lone page number (1 to 3 digits, ASCII or full
// width) on its own line, bare or framed (— 3 —, -3-, ·14·), or 第3页;
// framed or with 第…页, also in Chinese numerals (— 三 —, 第十二页), which bare could
// be a part's numbering. (With a letter, A3, see isPageLabel; 第2版 is a
// folio, isFolio.)
func isPageNumber(s string) bool {
	return mayOpenPageNumber(s) && pageNumber(s)
}

// pageNumber is isPageNumber without mayOpenPageNumber's shortcut.
func pageNumber(s string) bool {
	framed := false
	if t := strings.Trim(s, pageFrame); t != s && t != "" {
		s, framed = t, true
	}
	if strings.HasPrefix(s, "第") && (strings.HasSuffix(s, "页") || strings.HasSuffix(s, "頁")) {
		s, framed = trimSpace(s[len("第"):len(s)-len("页")]), true
	}
	n := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9' || r >= '０' && r <= '９':
		case framed && strings.ContainsRune("〇零一二三四五六七八九十", r):
		default:
			return false
		}
		n++
	}
	return n >= 1 && n <= 3
}

// mayOpenPageNumber reports whether s opens with a rune a page number can
// open with: a digit, a numeral, a rune of its dashed frame or 第. What
// isPageNumber trims off the end leaves the first rune, so any other
// rune there fails it, and most text is spared the trimming, which
// decodes the frame's runes from both ends.
func mayOpenPageNumber(s string) bool {
	r, _ := firstRune(s)
	switch {
	case r >= '0' && r <= '9', r >= '０' && r <= '９':
		return true
	}
	return strings.ContainsRune(pageFrame, r) || strings.ContainsRune("第〇零一二三四五六七八九十", r)
}

// pageFrame holds the runes set around a page number: dashes (— 3 —,
// -3-, a paper's or a book's) and the middle dots of a Chinese
// magazine's or journal's folio (·14·, ・14・), with the spaces between.
const pageFrame = "-—–－·・• 　"

// hasClauseEnd is hasAnyRune(s, "。！？，") without decoding every
// rune: each mark is searched for as bytes.
func hasClauseEnd(s string) bool {
	return strings.Contains(s, "。") || strings.Contains(s, "，") || strings.Contains(s, "！") || strings.Contains(s, "？")
}

// editorTrailer reports a desk credit that names only the article's
// editor(s): 责任编辑 王小丽, 编辑：X、Y.
func editorTrailer(toks []string) bool {
	if len(toks) == 1 && editorToken(toks[0]) {
		// 校对：张亮 alone: one credit, an article's (a page's desk line
		// names several). 本版编辑：林少芬 alone names the page's editor,
		// not the story's: the page's desk line, however few it names;
		// so does 版面編輯：何美玲, the page's (版面) layout editor.
		if strings.HasPrefix(toks[0], "本版") || strings.HasPrefix(toks[0], "版面") {
			return false
		}
		_, name, ok := strings.Cut(strings.Replace(toks[0], ":", "：", 1), "：")
		return ok && isName(name)
	}
	if len(toks) > 4 || !isEditorTrailer(toks[0]) {
		return false
	}
	// 责任编辑：王军　图片编辑：李倩　校对：张亮: the article's editor
	// first, then its photo editor and proofreader (a web article's
	// trailer; a page's desk line names its art editor, 美术编辑, and
	// stays furniture), or names alone (责任编辑：刘　佳).
	for _, t := range toks[1:] {
		if pageDeskRoleAlone(t) {
			return false // 责任编辑 孙　蕾　　版式设计 何　欢: the page's desk line (pagedeskrole.go)
		}
		if !isName(strings.TrimLeft(t, "：:")) && !isArticleDeskField(t) && !isArticleDeskRole(t) && !editorField(t) {
			return false
		}
	}
	return true
}

// isArticleDeskField reports 图片编辑：name or 校对：name, the fields a web
// article's trailer names after its editor, and the sign-off's steps,
// 审核：name, 终审：name (signOffRoles).
func isArticleDeskField(t string) bool {
	for _, p := range []string{"图片编辑", "圖片編輯", "校对", "校對"} {
		if rest, ok := strings.CutPrefix(t, p); ok {
			return deskFieldName(rest)
		}
	}
	for _, p := range signOffRoles {
		if rest, ok := strings.CutPrefix(t, p); ok {
			return deskFieldName(rest)
		}
	}
	return false
}

// deskFieldName reports the rest of a desk field after its role: a colon
// and a name.
func deskFieldName(rest string) bool {
	if r, w := firstRune(rest); r == '：' || r == ':' {
		return isName(rest[w:])
	}
	return false
}

// signOffRoles are the steps a 县融媒体中心 story passes before it goes
// out, each signed by its editor under the story, 编辑：X　审核：Y　终审：Z
// (初审, 复审, 终审: the 三审): the article's own editors, as 责任编辑 is.
var signOffRoles = []string{"审核", "審核", "初审", "初審", "复审", "複審", "终审", "終審"}

// editorField reports a second editor's field after the first, an
// article's too: 编辑：杨帆　责任编辑：刘亮, the story's editor and the
// one responsible for it, as 央视网 closes a story (isEditorTrailer's
// roles and a name; a page's 本版编辑 or 美编 is none of them, and its
// desk line stays furniture).
func editorField(t string) bool {
	for _, e := range []string{"责任编辑", "責任編輯", "责编", "責編", "编辑", "編輯"} {
		if rest, ok := strings.CutPrefix(t, e); ok {
			return isName(strings.TrimLeft(rest, "：:"))
		}
	}
	return false
}

// isArticleDeskRole reports 图片编辑, 校对 or a sign-off's step (审核) alone,
// spaced from the name after it (编辑 王军 校对 张亮): the same fields as
// isArticleDeskField.
func isArticleDeskRole(t string) bool {
	switch t {
	case "图片编辑", "圖片編輯", "校对", "校對":
		return true
	}
	return slices.Contains(signOffRoles, t)
}

// isEditorTrailer reports a credit token naming the article's editor
// (责任编辑 X, 编辑：X): a byline closing the article, not page furniture.
func isEditorTrailer(t string) bool {
	for _, e := range []string{"责任编辑", "責任編輯", "责编", "責編", "编辑", "編輯"} {
		if strings.HasPrefix(t, e) {
			return true
		}
	}
	return false
}

// pageDeskRoles are the roles a page's credit in brackets names after 本版
// (（本版图表：刘洋）, （本版制图：X）): who made the page's charts, the
// desk's credit, not a story's. (The page's editor in brackets,
// （本版编辑：王静）, closing a digest, stays its byline.)
var pageDeskRoles = []string{"图表", "圖表", "制图", "製圖"}

// pageDeskBracket reports a page's desk credit alone in round brackets:
// 本版, a role of pageDeskRoles, a colon and names.
func pageDeskBracket(s string) bool {
	in := unbracket(s)
	rest, ok := strings.CutPrefix(in, "本版")
	if !ok || !atMost(in, 24) {
		return false
	}
	for _, r := range pageDeskRoles {
		if who, ok := strings.CutPrefix(rest, r); ok {
			who = strings.TrimLeft(who, "：: ")
			var buf [9]string
			names := appendFields(buf[:0], who, 8, func(r rune) bool { return isSpace(r) || r == '、' })
			// （本版图表：李　敏）: a two-character name padded to three
			// cells is one name, as in any credit (namescredit.go).
			names = joinPaddedNames(names, who)
			if len(names) == 0 || len(names) > 4 {
				return false
			}
			for _, n := range names {
				if !isName(n) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// chromeKeyed reports whether s holds one of chromeKeys, as a summary's
// keyChrome does (summary.go).
func chromeKeyed(s string) bool { return hasAnyRune(s, chromeKeys) }
