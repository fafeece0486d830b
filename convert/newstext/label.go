package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/paiban/paiban/convert/doc"
)

// label runs the article grammar over the units and applies its choice:
// body text labelled headline, subheadline or heading becomes one, with a
// warning naming the guess. Kickers need no change here: takeKickers moves
// the short lines above each headline, as the grammar assumed.
func (b *builder) label() {
	b.keepZhMemberCrossheads()   // 付费内容 between paragraphs (zhmembertag.go)
	b.keepKoreanClosingCredits() // … 있다. [대전=이데일리 X 기자] closing the story (kocaption.go)
	b.markShareAppRows()         // 微信　微博　抖音 by its neighbours (shareapps.go)
	// (Links first: a link is not split at its column's label, 【社説】…)
	b.markBareRankHeaders() // ランキング over links at a web page's foot (jabareranking.go)
	b.markSpacedPrevNext()  // 上一篇 冬季文旅惠民活动启动 over 下一篇：… (prevnextlink.go)
	b.markPrevNextTitles()  // 이전기사 / 충주시, 노인 일자리 2천개 창출 나선다 (prevnextlink.go)
	b.markLinkLists()
	b.markLoneTags() // #金沢市 / #近江町市場 under the byline (lonetags.go)
	b.markArrowLinks()
	b.markInlineArrowLinks()
	b.markJaShareButtons() // Facebookでシェア / LINEで送る under the stamp (jasharebutton.go)
	b.markLoneButtons()
	b.markFollowButtons() // 关注 under the stamp (followbutton.go)
	b.markFooterRunners() // 主办单位：… over 网站标识码：…　赣ICP备…号 (sitefooter.go)
	b.markFooterLinks()   // 關於我們　聯絡我們　私隱政策 beside © 2026 … (footerlinks.go)
	b.markKoSizeButtons() // 가  가 beside the stamp or the byline (kotextsize.go)
	b.markPortalTail()
	b.markKoreanTipChannels() // 이메일 : … under ※…여러분의 제보로… (kotipbox.go)
	b.markSiteBrand()
	b.markHomeLinks()       // 首页 alone at the page's top (homelink.go)
	b.markBareEndMarks()    // 完 alone closing a release (pressrelease.go)
	b.markSignOffCrew()     // 文字：罗　敏 over 编辑：X (signoffcrew.go)
	b.markReleaseServices() // 政府新聞公報 over a release's title (pressrelease.go)
	b.markJaStampNames()
	b.markJaStampStations() // テレビ新広島 beside the stamp (jastampstation.go)
	b.markIPStampAccounts()
	b.markZhMasthead() // 江州日报 / 中共江州市委机关报 / CN36-0012 (zhmasthead.go)
	b.markSiteHead()
	b.markJaAgencyCredits()
	b.markBoxNotes()
	b.keepCopyRows()          // 投稿邮箱：… among a box's rows (copyrow.go)
	b.markCopyBoxes()         // 投稿须知 / the call / 来稿请附…本报有权删改。 (copybox.go)
	b.keepCartoonText()       // 漫画：…。 among a story's paragraphs (cartoon.go)
	b.keepKoreanUnitHeaders() // 회사 투자액 전년비(%) under its table's unit title (kocolumnunit.go)
	b.markBlogBylines()       // Posted by NAME on DATE under the page's headline (embedfallback.go)
	b.keepBoxAuthorRows()     // ●作者：余華 among a book box's rows (markedauthornote.go)
	b.markFootnotes()         // 注释： over ①… lines under a theory essay (footnotes.go)
	b.markSquareCaptions()
	b.markBoxEntries()
	b.markBulletListCaptions() // ▲1968년 … over ▲2011년 귀농, 2016년 … (kobulletlist.go)
	b.markPlaceCaptions()
	b.splitRunIns()
	b.splitTeaserPointers() // 江州港…首破300万标箱　▶4版 (teaseritem.go)
	b.markRunningHeads()
	b.markPageCodeHeads()
	us := b.units
	if len(us) == 0 {
		return
	}
	sc := b.newScorer()
	// (A bare note on the author first: it signs the piece for the
	// columnist's name over the text, markColumnAuthors.)
	b.markAuthorNotes(&sc)
	b.markWireTrailers(&sc)     // （路透社） alone closing a story (wiretrailer.go)
	b.markJapaneseProfiles(&sc) // （おおもり・はるみ　…） closing a 寄稿 (japrofile.go)
	b.markColumnAuthors(&sc)
	b.markVerse(&sc)         // a poem's stanzas, short lines in blocks (verse.go)
	b.markDialogueLines(&sc) // 「親父の字、残ってるな」 inside a novel's block (jadialogue.go)
	b.markMarkedAuthors(&sc) // ◎林清禾 under a 副刊 piece's title, over its prose or stanzas (markedauthor.go)
	b.markPhotoTitles(&sc)
	b.markKoreanGraphicSources(&sc) // 자료: 한국석유화학협회 under no table (kographicsource.go)
	b.markTableNotes(&sc)           // （注）連結。… under a table's last row (tablenote.go)
	b.markTableSources(&sc)         // 資料來源：… under a table's last row (tablesource.go)
	b.markTableLegends(&sc)         // （丸数字は当選回数、敬称略） over or under a table (jalegend.go)
	b.markKoreanAuthorLines(&sc)
	b.markColumnWriters(&sc)            // [목요 시론] … / 박정아 충북대병원 응급의학과 교수 (kocolumnwriter.go)
	b.markKoreanReaderSignatures(&sc)   // 김영순 부산 해운대구·주부 (koreader.go)
	b.markKoreanQuoteAttributions(&sc)  // “…” / - 김도현 한빛대 부동산학과 교수 (koquoteattr.go)
	b.markJapaneseReaderSignatures(&sc) // 会社員　小林聡子　４４　（甲府市） (jareader.go)
	b.markJapaneseContributors(&sc)     // 寄稿 / title / 北東大学教授　大森晴美 (jacontribwriter.go)
	b.markChineseReaderSignatures(&sc)  // 沙田　陳志強, 何嘉欣（將軍澳） (zhreader.go)
	b.markWireHeadlines(&sc)
	b.markDatelinedTitles(&sc)   // ▲后里花毯節延長展期 over 〔記者X／后里報導〕… (briefmarkedtitle.go)
	b.markDigestRubrics(&sc)     // ■事件・事故 over ◇ items (jadigestrubric.go)
	b.markBriefBoxItems(&sc)     // ニュース短信 over ◆ items (briefboxmarked.go)
	b.markBriefBoxTriangles(&sc) // 產業短波 over ▲ briefs (briefboxtriangle.go)
	b.markSidebarBoxes(&sc)      // 【健康提醒】 over ① items after （作者…） (sidebarbox.go)
	b.markSportRubrics(&sc)      // 【高校ラグビー】 over its results (jasportlabel.go)
	b.markResultHeads(&sc)       // 【巨人３－２阪神】 over its box (jaresulthead.go)
	// 第八場　一級賽　1400米草地 over its card's rows (racecard.go), and
	// 騎練動態 under a table's rows over ◆ items (roundupcolumn.go).
	b.markRaceCardTitles(&sc)
	b.markRoundupColumns(&sc)
	b.markMarkedBoxHeads(&sc) // ■ 프로농구 순위 under a closing e-mail, ◆ 오늘의 경기, over rows (markedboxhead.go)
	b.unmarked = !sc.marks.headline && !sc.marks.heading
	labels := sc.viterbi()
	if b.explain != nil {
		b.explainUnits(&sc, labels)
	}
	// A dash line right under a headline or subheadline is a subheadline,
	// whatever it holds, as it is under a marked one (see flush).
	for i := 1; i < len(us); i++ {
		if us[i].kind == uText && !us[i].verbatim && (labels[i-1] == lHeadline || labels[i-1] == lSubhead) {
			if _, ok := subheadDash(us[i].text); ok {
				labels[i] = lSubhead
			}
		}
	}
	// (An author's padded name under the titles is a byline before the
	// briefs are marked: it is no body text that a dateline under it
	// would follow as a new brief's.)
	b.markAuthorLines(&sc, labels)
	// A dash line under a credit that stands under the headline (# 标题
	// / 者 怂 / ——评…) is the headline's subheadline too: the credit is
	// in the title group (markAuthorLines), so the page reads the same
	// written out and read back, where the subheadline is written with
	// its dash. So is each dash line stacked under that subheadline: the
	// writer writes them alike. (Before the briefs are marked: as body
	// text, the subheadline made the dateline under it a new brief's,
	// 標 / 計 位 / 彍 / 公報訊政府應盡快 written out.)
	dashed := false
	for i, stacked := 2, false; i < len(us); i++ {
		under := stacked || us[i-1].kind == uByline &&
			(us[i-2].kind == uHeadline || us[i-2].kind == uSubhead || labels[i-2] == lHeadline || labels[i-2] == lSubhead)
		stacked = false
		if us[i].kind == uText && !us[i].verbatim && labels[i] == lBody && under {
			if _, ok := subheadDash(us[i].text); ok {
				labels[i], stacked, dashed = lSubhead, true, true
			}
		}
	}
	if dashed {
		// A name under such a subheadline is the author's too, as
		// under one read so from the start (# 标题 / 论坛 / ——副题 /
		// 美惠 reads as 标题 / 论坛 / 副题 / 美惠 did).
		b.markAuthorLines(&sc, labels)
	}
	// (The account's name over a self-media post's stamp, once the
	// titles above it are told: ipplace.go.)
	b.keepIPStampAccounts(labels)
	b.markBriefs(&sc, labels)
	b.markCartoonArticles(&sc, labels) // 漫画：…　黄启文／作 under a signed piece (cartoon.go)
	b.markSignOffs(&sc, labels)
	for i := range us {
		u := &us[i]
		if u.kind != uText {
			continue
		}
		switch labels[i] {
		case lHeadline:
			u.kind = uHeadline
			b.warnParts(u.line, "unmarked line taken as a headline: ", u.text)
			if t, ok := spacedPairTitle(u.text); ok && b.lang == "ja" {
				u.text, u.summed = t, false // 余 滴 (jaclosing.go)
			}
		case lSubhead:
			u.kind = uSubhead
			if t, ok := dashPrefix(u.text); ok {
				u.text, u.summed, u.lead = t, false, leadUnknown
			} else {
				b.warnParts(u.line, "unmarked line taken as a subheadline: ", u.text)
			}
		case lKicker:
			switch {
			case sc.marks.headline || sc.fs[i].cue != "":
			case sc.fs[i].label || labelLikeKicker(u.text):
				b.warn(u.line, "series or column label taken as a kicker: %s", u.text)
			case titleLinesUnder(labels, i) >= 2:
				// Three title lines read as kicker, headline and
				// subheadline; the other reading is a headline over two
				// subheadlines, not a choice between two lines.
				b.warn(u.line, "of three title lines, nothing tells whether the first is a kicker or the headline; taken as kicker: %s", u.text)
			case b.lang == "zh-Hant" && sc.hantShortFirst(i):
				// The README's widths decide a Traditional Chinese pair:
				// a short first line is the 引題 over its 主標.
				b.warn(u.line, "of two title lines, the first taken as kicker by their widths (a Taiwan or Hong Kong main title runs 8 characters or more over a narrower subtitle): %s", u.text)
			default:
				b.warn(u.line, "of two title lines, nothing tells which is the kicker; the first taken as kicker: %s", u.text)
			}
		case lHeading:
			u.kind = uHeading
			u.level = markRank(sc.fs[i].headMark)
			if sc.fs[i].headMark == "" {
				b.warnParts(u.line, "unmarked line taken as a section heading: ", u.text)
			}
		}
	}
}

// labelLikeKicker reports a kicker that reads as a column's or series'
// label by its form, for the warning's words only (the labelling chose it
// on other grounds): a box of briefs (体坛快讯, 简讯, briefBoxLabel), a
// column's name (isColumnLabel, pageLabels), a series' name and its part
// parted by a middle dot (温暖过冬·系列报道之一, 走基层·看变化), or a
// series' instalment (稳就业一线观察①, …之一).
func labelLikeKicker(s string) bool {
	if briefBoxLabel(s) || isColumnLabel(s) || slices.Contains(pageLabels, s) {
		return true
	}
	if !atMost(s, 16) || hasSentencePunct(s) {
		return false
	}
	if head, tail, ok := strings.Cut(s, "·"); ok && head != "" && tail != "" && atMost(head, 8) && atMost(tail, 8) {
		return true
	}
	r, _ := decodeLast(s)
	if r >= '①' && r <= '⑳' {
		return true
	}
	if k := strings.LastIndex(s, "之"); k > 0 {
		n, _ := firstRune(s[k+len("之"):])
		return len(s)-k == len("之")+utf8.RuneLen(n) && strings.ContainsRune("一二三四五六七八九十", n)
	}
	return false
}

// pageLabels are labels a page sets over a picture or a digest, never a
// story's kicker of its own words.
var pageLabels = []string{"图片新闻", "圖片新聞", "今日导读", "今日導讀", "背景链接", "背景鏈接"}

// hantShortFirst reports title line i over the next title line, a
// Traditional Chinese pair that hantMainTitle does not take as 主標 over
// 副標: by the README's widths the short first line is the kicker.
func (sc *scorer) hantShortFirst(i int) bool {
	n := sc.nextContent(i)
	return n < len(sc.us) && sc.us[n].kind == uText && !hantMainTitle(&sc.fs[i], &sc.fs[n], sc.us[i].text, sc.us[n].text)
}

// titleLinesUnder returns how many units labelled headline or
// subheadline follow unit i in a row: the rest of i's title group.
func titleLinesUnder(labels []label, i int) int {
	n := 0
	for j := i + 1; j < len(labels) && (labels[j] == lHeadline || labels[j] == lSubhead); j++ {
		n++
	}
	return n
}

// newScorer returns the scorer of b's units, with their features.
func (b *builder) newScorer() scorer {
	us := b.units
	sc := scorer{us: us, fs: make([]feats, len(us)), lang: b.lang, textBefore: make([]bool, len(us)+1), lines: b.lines}
	for i := range us {
		k := us[i].kind
		sc.textBefore[i+1] = sc.textBefore[i] || k == uText || k == uHeadline || k == uHeading || k == uSubhead
		switch us[i].kind {
		case uHeadline:
			sc.marks.headline = true
		case uHeading:
			if !us[i].runIn {
				sc.marks.heading = true
			}
		}
		var ld leadDate
		sc.fs[i], ld = unitFeatsLead(&us[i], b.lang)
		if us[i].lead == leadDateline {
			us[i].leadAt = b.leads.add(ld)
		}
		if us[i].para || us[i].verbatim {
			bodyOnly(&sc.fs[i], us[i].verbatim)
		}
		if k == uNoise && i > 0 && us[i].noise == noiseEdition {
			sc.titleOverEdition(i - 1) // 余録：冬の夜空に… (jaedition.go)
		}
	}
	sc.unmarkRoundupCredits() // 【부산=김철수기자】 after body text (kolenticularroundup.go)
	for i := range us {
		if us[i].kind == uHeading && us[i].runIn && readingListHeader(us[i].text) {
			sc.markReadingItems(i)
		}
	}
	// A header row of words over a table's row (城市 3月第3周 环比 同比 /
	// 北京 23.60 +2.1% -4.8%) is a row of the table, body text, though
	// alone it reads as a spaced title line. So is a Korean header of
	// words right under its table's unit title, over rows with a change
	// (koreanHeaderUnder).
	for i := 0; i+1 < len(us); i++ {
		if sc.fs[i].title && us[i].kind == uText && us[i+1].kind == uText && (headerOver(us[i].text, us[i+1].text) || i > 0 && koreanHeaderUnder(us[i-1].text, us[i].text, us[i+1].text)) {
			bodyOnly(&sc.fs[i], false)
			sc.fs[i].row = true
		}
	}
	// Title-like lines of one row shape one under another are a box's
	// rows, body text, though the reader knows no figure in them
	// (kickerrows.go), but for two alone at an article's head over its
	// text: a headline and its subheadline (headpair.go).
	for i := 0; i+1 < len(us); i++ {
		if us[i].kind == uText && us[i+1].kind == uText && sc.fs[i].title && sc.fs[i+1].title && alikeRows(us[i].text, us[i+1].text) && !sc.headPair(i) {
			sc.fs[i].row, sc.fs[i+1].row = true, true
		}
	}
	sc.markBoxEntryBody()   // 게시판 / ▲… / ▲… (koboxentries.go)
	sc.markBoxRows()        // (formrows.go)
	sc.markCountRows()      // (countrows.go)
	sc.markClockRows()      // (clockrows.go)
	sc.markComparisonRows() // (rowcomparison.go)
	return sc
}

// markBriefs marks the dateline-led units that follow body text (not
// straight under a head) as starting an article of their own: wire briefs
// run one after another with no headline.
func (b *builder) markBriefs(sc *scorer, labels []label) {
	body := false
	// texts holds the body text units that set body since it was last
	// cleared, a dateline's with the text it leads among them: a text
	// that the builder splits into credits alone, By John Smith（編輯：
	// 王小明）, or a dateline and a credit, is written as those, which
	// set nothing.
	var texts []int
	for i := range sc.us {
		u := &sc.us[i]
		if u.brk {
			body = false // an article break: a new article starts here anyway
		}
		switch {
		case u.kind == uHeadline || labels[i] == lHeadline:
			body = false
		case u.kind == uHeading || labels[i] == lHeading:
			body = false
		case u.kind == uText && labels[i] == lBody && sc.fs[i].dateline:
			if body && !b.anyParagraph(sc, texts) {
				body = false
			}
			if body && b.closingDateline(sc, labels, i) {
				if name, ok := closingJaName(u.text); ok && b.lang == "ja" {
					// （石川真由美）: the reporter, not a place (jaclosing.go).
					u.kind, u.cr, body = uByline, creditRef(credit{names: []string{name}}), false
					b.warnParts(u.line, "closing name in brackets taken as the reporter's byline: ", u.text)
					continue
				}
				head, cut := cutRunes(u.text, 16)
				b.warnParts(u.line, "dateline after the body text kept as the article's closing dateline: ", head, cut)
				u.closing, body = true, false
				continue
			}
			if body {
				u.newArticle = true
				head, cut := cutRunes(u.text, 16)
				b.warnParts(u.line, "dateline after body text starts an article with no headline: ", head, cut)
			}
			body = sc.fs[i].datelineMore // the text it leads is body text
			texts = append(texts[:0], i)
			continue
		case u.kind == uText && labels[i] == lBody:
			if !body {
				texts = texts[:0]
			}
			body = true
			texts = append(texts, i)
		}
	}
}

// keptWhole reports text u that the builder keeps as one paragraph,
// splitting nothing off it.
func (b *builder) keptWhole(u *unit) bool {
	if u.verbatim {
		return true
	}
	k := b.pieces(u.text)
	return len(k) == 1 && k[0].Kind == doc.KindParagraph
}

// anyParagraph reports whether any of the text units ks holds a
// paragraph once the builder splits it, the last first: most do, and
// the first asked answers.
func (b *builder) anyParagraph(sc *scorer, ks []int) bool {
	for j := len(ks) - 1; j >= 0; j-- {
		k := ks[j]
		if sc.us[k].verbatim {
			return true
		}
		for _, n := range b.pieces(sc.us[k].text) {
			if n.Kind == doc.KindParagraph {
				return true
			}
		}
	}
	return false
}

// closingDateline reports a dateline unit i that closes the article
// above it rather than opening a brief: the bracketed dateline alone on
// its line, （本报郑州12月3日电）, with no body text after it before the
// next headline, head or article break (mainland features that put the
// dateline last); the kickers over that headline are no body text.
func (b *builder) closingDateline(sc *scorer, labels []label, i int) bool {
	u := &sc.us[i]
	if sc.fs[i].datelineMore || !bracketedWhole(u.text) && !sc.reporterCloses(i) {
		return false
	}
	for j := i + 1; j < len(sc.us); j++ {
		v := &sc.us[j]
		switch {
		case v.brk || v.kind == uHeadline || labels[j] == lHeadline || v.kind == uHeading || labels[j] == lHeading:
			return true
		case labels[j] == lKicker:
			// A kicker the builder splits (——（上接第1版）) or does
			// not take (one over an article break) is body text.
			return v.kind != uText || b.kickerOver(sc, labels, j, maxKickerLines)
		case v.kind == uText && labels[j] == lBody:
			if b.kickerOver(sc, labels, j, maxKickerLines) {
				continue
			}
			return false
		}
	}
	return true
}

// kickerOver reports body text j that the builder will take for a kicker
// of the headline under it (takeKickers): a kicker-like line, no table's
// row, not set with the 2em paragraph indent, that the builder keeps whole, over the
// headline or over at most n-1 more such lines above it. The writer
// escapes a kicker that would read as something else (\——高地高地), and
// the reader labels it body text.
func (b *builder) kickerOver(sc *scorer, labels []label, j, n int) bool {
	h := j // the headline
	for ; h-j < n; h++ {
		v := &sc.us[h]
		if v.kind != uText || labels[h] != lBody && labels[h] != lKicker || v.para || !isKicker(v.text) || rowLine(v.text) || b.lang == "ko" && koBareFieldRow(v.text) {
			return false // (nor a listing's row, ▶문의 043-201-7000: kobarerow.go)
		}
		if h > 0 && sc.us[h-1].kind == uText && lastBoxRow(sc.us[h-1].text, v.text) {
			return false // (a box's last row, 主板成交　1,280億元: countrows.go)
		}
		if h > 0 && sc.us[h-1].kind == uText && alikeRows(sc.us[h-1].text, v.text) {
			return false // (a line shaped as the paragraph above it: kickerrows.go)
		}
		if b.lang == "ko" && h > 0 && sc.us[h-1].kind == uText && quoteAttributionUnder(sc.us[h-1].text, v.text) {
			return false // (a quotation's attribution under it: koquoteattr.go)
		}
		for l := v.line; l <= v.lastLine && l <= len(sc.lines); l++ {
			if l >= 1 && rowLine(sc.lines[l-1].text) {
				return false // (nor a block holding one)
			}
		}
		if !b.keptWhole(v) {
			return false // (——（上接第1版）: the jump stands under the kicker)
		}
		if h > j && briefBoxLabel(v.text) {
			return false // (nothing over a box of briefs' label is its kicker: briefbox.go)
		}
		if b.lang == "ko" && boxEntriesAbove(sc.us, h) {
			return false // (a box's entry: the next box's name opens its own article, koboxentries.go)
		}
		if h+1 >= len(sc.us) || sc.us[h+1].brk {
			return false // (takeKickers stops at any other node, noise too, and at an article break)
		}
		if sc.us[h+1].kind == uHeadline || labels[h+1] == lHeadline {
			break
		}
	}
	if h-j >= n {
		return false
	}
	// takeKickers counts the lines of the kickers from the headline up,
	// a block's lines one kicker each, and takes at most n.
	taken := 0
	for k := h; k >= j; k-- {
		lines := sc.us[k].lastLine - sc.us[k].line + 1
		if taken+lines > n {
			if lines == 1 || taken+1 > n {
				return false
			}
			lines = 1 // (the block read as one kicker)
		}
		taken += lines
	}
	return true
}

// bracketedWhole reports a text enclosed whole in one pair of round
// brackets: （…） or (…).
func bracketedWhole(s string) bool {
	r, w := firstRune(s)
	c := closeFor(r)
	if c == 0 || (r != '（' && r != '(') {
		return false
	}
	last, lw := decodeLast(s)
	if last != c || len(s) <= w+lw {
		return false
	}
	inner := s[w : len(s)-lw]
	return !strings.ContainsRune(inner, r) && !strings.ContainsRune(inner, c)
}

// bodyOnly narrows the features of a unit that opens with the 2em
// paragraph indent or the escape mark: a paragraph starts there, so it is
// no title line (kicker, headline, subheadline, unnumbered head), whatever
// its shape. Its form is still evidence (a dateline leading it, a head's
// numbering), as real pages indent those too; an escaped unit has none.
func bodyOnly(f *feats, verbatim bool) {
	f.title, f.noKicker, f.cue, f.dash = false, false, "", false
	if verbatim {
		f.headMark, f.dateline, f.datelineMore, f.closed = "", false, false, false
	}
}

// cutRunes returns the first n runes of s, and "…" if that cut s short
// (else "").
func cutRunes(s string, n int) (string, string) {
	for i := range s {
		if n == 0 {
			return s[:i], "…"
		}
		n--
	}
	return s, ""
}

// splitRunIns splits the run-in lead-in of a digest item off its text:
// 【今冬首场寒潮来袭】省气象台… gives a heading 【今冬首场寒潮来袭】 and the
// text after it. Brackets that hold a dateline, a note cue, a credit or a
// jump are not lead-ins.
func (b *builder) splitRunIns() {
	// Count the units the splits add, then move the units up in place,
	// from the last one down, splitting as they go: no second list of
	// units (a copy of every unit) unless the list must grow.
	// The lead-ins found by the count are kept for the move, which
	// would otherwise parse each one's bracket again.
	type leadIn struct{ i, end int }
	var found []leadIn
	n := 0
	for i := range b.units {
		if end := b.runIn(&b.units[i]); end > 0 {
			if end == len(b.units[i].text) && (labelOverTitle(b.units, i) || bracketedPostTitle(b.units, i, b.lang)) {
				continue // the grammar decides: a kicker over its headline, or the post's title
			}
			if end == len(b.units[i].text) && b.lang == "ja" && jaSportRubric(b.units[i].text) {
				continue // 【高校ラグビー】 over its results: the box's title, the grammar decides
			}
			if topicTagTitle(b.units, i, end, b.lang) {
				continue // 【颱風彩雲】天文台…停駛 over its credit: a headline, kept whole
			}
			found = append(found, leadIn{i, end})
			if trimSpace(b.units[i].text[end:]) != "" {
				n++
			}
		}
	}
	if len(found) == 0 {
		return
	}
	old := len(b.units)
	b.units = slices.Grow(b.units, n)[:old+n]
	j := old + n // units[j:] are done
	for i := old - 1; i >= 0; i-- {
		u := b.units[i]
		end := 0
		if k := len(found) - 1; k >= 0 && found[k].i == i {
			end, found = found[k].end, found[:k]
		}
		if end <= 0 {
			j--
			b.units[j] = u
			continue
		}
		if rest := trimSpace(u.text[end:]); rest != "" {
			r := u
			r.text, r.nLines, r.newArticle, r.brk, r.summed = rest, 0, false, false, false
			var cr credit
			r.kind, cr, r.noise = classifyText(rest)
			r.cr = creditRef(cr)
			if t, ok := unescape(rest); ok {
				r.kind, r.text, r.verbatim = uText, t, true
			}
			j--
			b.units[j] = r
		}
		h := u
		h.kind, h.text, h.runIn, h.level, h.nLines, h.lastLine, h.summed = uHeading, u.text[:end], true, 1, 0, u.line, false
		j--
		b.units[j] = h
	}
}

// topicTagTitle reports unit i a title line opening with a topic's tag
// in lenticular brackets (【颱風彩雲】天文台今晚改發八號風球, as Hong Kong
// sites tag a running story's headlines) standing where a headline
// does: the unit under it opens a story (a byline, a time stamp, a
// dateline). The tag is the headline's, kept whole, as a story-kind
// tag's is (runInEnd); a digest item's lead-in runs into a sentence.
func topicTagTitle(us []unit, i, end int, lang string) bool {
	if i+1 >= len(us) || end == len(us[i].text) {
		return false
	}
	return opensStory(&us[i+1], lang) && isKickerText(trimSpace(us[i].text[end:]))
}

// labelOverTitle reports unit i a column's label in lenticular brackets
// alone on its line (【对话】, 【深读】) right above a title-like line: the
// kicker over a headline, not a digest's run-in head with nothing to run
// into.
func labelOverTitle(us []unit, i int) bool {
	return lenticularLabel(us[i].text) && !readingListHeader(us[i].text) && i+1 < len(us) && us[i+1].kind == uText && isKickerText(us[i+1].text)
}

// bracketedPostTitle reports unit i a label in lenticular brackets alone
// on its line, 【警情通报】, 【权威发布】, opening a page that has no title
// (nothing but furniture above it: an account, a stamp, a topic) over
// its text, with no other lead-in 【…】 on the page: a post's title, as a
// police or government account titles its bulletin on a microblog, not a
// digest's run-in head with nothing to run into (a digest heads every
// item so). The grammar decides it (the scorer's headline), as a title
// of a few characters alone above the text.
func bracketedPostTitle(us []unit, i int, lang string) bool {
	if !lenticularLabel(us[i].text) || i+1 >= len(us) || us[i+1].kind != uText {
		return false
	}
	for j := range us {
		switch u := &us[j]; {
		case j < i && u.kind != uNoise:
			return false
		case j > i && u.kind == uText && !u.verbatim && strings.HasPrefix(u.text, "【") && runInEnd(u.text, lang) > 0:
			return false
		}
	}
	return true
}

// lenticularLabel reports s a label of at most six Han runes in
// lenticular brackets and nothing else: 【对话】, 【深读】; or a sport's or
// event's rubric (jaSportRubric), 【高校ラグビー】.
func lenticularLabel(s string) bool {
	if jaSportRubric(s) {
		return true // 【高校ラグビー】: a sport's rubric, katakana and all (jasportlabel.go)
	}
	inner, ok := strings.CutPrefix(s, "【")
	if inner, ok = strings.CutSuffix(inner, "】"); !ok || inner == "" || !atMost(inner, 6) {
		return false
	}
	for _, r := range inner {
		if !isHan(r) {
			return false
		}
	}
	return true
}

// runIn returns the end of u's run-in lead-in, or 0 when it has none.
func (b *builder) runIn(u *unit) int {
	if u.kind != uText || u.verbatim {
		return 0
	}
	return runInEnd(u.text, b.lang)
}

// runInEnd returns the end of a run-in lead-in 【…】 opening s, or 0;
// on a Japanese page also of a commentary's label in angle brackets,
// 〈解説〉 (jaAngleRunIn).
func runInEnd(s, lang string) int {
	if !strings.HasPrefix(s, "【") {
		if lang == "ja" {
			return jaAngleRunIn(s) // 〈解説〉投資をうたう詐欺は、… (jaanglerunin.go)
		}
		return 0
	}
	inner, end, ok := leadingBracket(s)
	if !ok || inner == "" || !atMost(inner, 24) || isNote(s) {
		return 0
	}
	if _, _, ok := parseDatelineLang(s, lang); ok {
		return 0
	}
	if _, ok := parseBracketCredit(inner); ok || isJumpInner(inner) || isAgency(inner) || recordMark(s[:end]) {
		return 0 // (【勝】佐々木: a box score's row, boxscore.go)
	}
	rest := trimSpace(s[end:])
	if !splittable(rest) {
		return 0
	}
	// A story-kind tag over a title line (【快讯】云南…发生4.6级地震) is
	// the title's, kept whole: a run-in lead-in opens a paragraph.
	if slices.Contains(titleTags, inner) && isKickerText(rest) {
		return 0
	}
	return end
}
