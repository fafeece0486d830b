package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// The recognisers of classifySum (notes, jumps, furniture, bylines,
// captions) each look for forms that the text's ends, length and key
// runes already rule out for most text: a paragraph's line opens with a
// character and ends with one no form needs, and holds none of their cue
// runes. gate tells, from the text's summary and its first and last
// runes, which recognisers may accept it, so that classifySum asks only
// those: body text is told apart in a few comparisons, and a line that
// may be a byline is not searched for a caption's forms.
//
// gate must admit every text a recogniser can accept: a rule added to a
// recogniser needs its cue here (the cue's first or last rune, or a key
// rune of textSum). TestGateOnCorpus and FuzzGate hold each recogniser to
// its bit.

// gateMask holds one bit per recogniser of classifySum.
type gateMask uint8

// The recognisers gate admits a text to.
const (
	gNote    gateMask = 1 << iota // isNote
	gJump                         // leadingJump of all the text
	gNoise                        // noiseKindSum
	gByline                       // parseBylineLineSum
	gCaption                      // isCaption
)

// gateLong is the length in bytes from which a text surely has more
// runes than any form bounded by its length allows (200, a foreign
// caption's bound): beyond it only the forms of the ends count.
const gateLong = 200 * 4

// gate returns the recognisers of classifySum that may accept s; 0 means
// surely body text. sm is s's summary (summaryFor), nil for a long text.
func gate(s string, sm *textSum) gateMask {
	if s == "" || sm == nil && len(s) <= gateLong {
		return gNote | gJump | gNoise | gByline | gCaption
	}
	first, w := runeAt(s, 0)
	last, _ := decodeLast(s)
	var m gateMask
	open, closed := closeFor(first) != 0, isCloseBracket(last)
	if first == '编' || first == '編' || first == '原' || first == '数' || first == '數' || first == '덧' || first == '자' || first == '作' || open || reprintNoteFirst(first) { // (原标题：, 数据来源：, 本文摘自…, 덧붙이는 글 | …, 자료: …)
		m |= gNote
	}
	if (first == '편' || open || first == '<' || first == '〈' || first == '＜' || last == '>' || last == '〉' || last == '＞' || closed) && koEditorsNoteEnds(s, first, w, last) {
		m |= gNote // [편집자주] …, <편집자 주> …, … 짚어본다. <편집자 주> (koEditorsNote)
	}
	if (first == '이' || first == '본') && koreanRanNoteLead(s, w) {
		m |= gNote // 이 기사는 … 게재됐습니다. (koreanRanNote)
	}
	if (last == '.' || last == '다') && koreanBareDisclaimerEnd(s) {
		m |= gNote // 외부 필진의 글은 본지의 편집 방향과 다를 수 있습니다. (koreanBareDisclaimer)
	}
	if last == '名' || last == '理' || last == '。' || first == '※' || first == '＊' || first == '*' {
		m |= gNote // 文中人物均为化名 unbracketed, ※登場人物は仮名です (pseudonymNote)
	}
	if open && closed || (last == '면' || last == '속') && isKoreanJumpMark(first) || koAngleOpen(first) && koAngleClose(last) {
		m |= gJump // a bracketed jump, ▶관련기사 A14면, ▶3면에 계속, or <관련기사 3면> (kojumpline.go)
	}
	if bareJumpFirst(first) && (last == '版' || isDigitOrNumeral(last) || (first == '＝' || jaJumpBullet(first)) && len(s) <= 16*utf8.UTFMax) {
		m |= gJump // 相關新聞見A3, 转第8版, ＝２面に関連記事, ◎関連記事５面に alone (isBareJump)
	}
	if isPointerArrow(first) && (last == '版' || isDigitOrNumeral(last)) {
		m |= gJump // >>>详见A04版, ▶详见A04 alone (isArrowJump)
	}
	// Forms with no bound on their length.
	switch first {
	case '■', '□', '●', '◎': // a byline's marker (isBylineMarker)
		m |= gByline
	case '图', '圖', '▲', '△', '↑', '↓', '攝', '摄', '表', '漫', '插': // (攝影／林怡君: endsInSlashCredit; 表1：, tableTitle; 漫画：…, cartoonCaption; 插图：X, drawnCreditAlone)
		m |= gCaption
	case '上', '下', '左', '右': // 上图, 左圖 …
		if w < len(s) {
			if r, _ := runeAt(s, w); r == '图' || r == '圖' {
				m |= gCaption
			}
		}
	case '［', '[', '【', '〔': // ［表］主な企業の…, a figure's label (tableTitle)
		if in, _, ok := leadingBracket(s); ok && slices.Contains(jaFigureLabels, in) {
			m |= gCaption
		}
	}
	switch last {
	case '）', ')', '】', '〕', ']', '］', '〗': // trailingBracket's captions
		m |= gCaption
	case '摄', '攝', '图', '圖', '供', '片': // endsInPhotoCredit, endsInSupplied
		m |= gCaption
	case '绘', '繪', '画', '畫': // 周小川　绘 (drawnCreditAlone)
		m |= gCaption
	case '影': // …記者林怡君／攝影 (endsInSlashCredit)
		m |= gCaption
	case '日': // …。中央社記者X攝　113年12月8日 (endsInDatedCredit)
		if sm == nil || sm.has(keyRole) && sm.has(keySpace) {
			m |= gCaption
		}
	case '>', '〉', '＞', '›', '⟩': // … 있다. <충북소방본부 제공> (isKoreanAngleCaption)
		m |= gCaption
	}
	if last == 'で' && jaDiagramFirst(first) {
		m |= gCaption // 第１図は△４四銀まで (jaDiagramCaption)
	}
	if sm == nil {
		return m
	}
	n := sm.runes
	// A bracket holding all the text, or all but a date code (a jump, a
	// bracketed credit, a source line). (Asked only of a text short
	// enough for the forms that need it: a paragraph opening with a
	// bracketed dateline is not matched to its bracket's end.)
	whole := false
	if open && n <= 60 {
		_, end, ok := leadingBracket(s)
		whole = ok && (end == len(s) || isDateCode(s[end:]))
	}
	if n <= 8 && (closed || last == '>' || last == '-') {
		m |= gNoise // an end mark (isEndMark)
	}
	if n <= 200 && siteReminderFirst(first) || n <= 300 && (first == '原' || first == '本' || first == '文') && (last >= 'a' && last <= 'z' || last >= '0' && last <= '9' || last == '/' || last == '=') {
		m |= gNoise // ★《ETtoday新聞雲》提醒您：…, 原文網址：title | site | https://… (portalfoot.go)
	}
	if n <= 40 && jaWebPointerFirst(first) {
		m |= gNoise // ▶減便対象の系統一覧は電子版に (jaWebPointer)
	}
	if n <= 80 && disclosureHeaderFirst(first) {
		m |= gNoise // 证券代码：603517　证券简称：…　公告编号：… (disclosureHeader)
	}
	if n <= englishDisclaimerMax && disclaimerFirst(first) && w < len(s) {
		m |= gNoise // 免责声明：…, 【特别声明】…, Notice: The content above… (isDisclaimer)
	}
	if n <= platformNoticeMax && platformNoticeFirst(first) && (strings.Contains(s, "代表") || strings.Contains(s, "信息") || strings.Contains(s, "資訊") || strings.Contains(s, "侵") || strings.Contains(s, "原作者") || strings.Contains(s, "删除") || strings.Contains(s, "刪除") || strings.Contains(s, "转载") || strings.Contains(s, "轉載")) {
		m |= gNoise // 本文来自【江州日报】，仅代表作者观点。…, 本文转自…，如有侵权请联系删除。, 本文为X原创，转载请注明出处。 (platformNotice)
	}
	if n <= 160 && (sm.has(keyCopyright) || first == '©' || first == 'C' || first == '(' || first == 'ⓒ') {
		m |= gNoise // a copyright line (isCopyrightSum)
	}
	if len(s) <= 180 && !sm.has(keyClauseEnd) && (sm.has(keyFurniture) || gateFirstShort(first) || webStampFirst(first) && sm.has(keySentence) || n <= 48 && (sm.has(keySentence) || whole)) {
		m |= gNoise // a folio, date or desk credit, a page number or label, a source line, a web time stamp (its time's colon)
	}
	if n <= 80 && last >= '0' && last <= '9' && sm.has(keySentence) && !sm.has(keyClauseEnd) {
		m |= gNoise // a reporter's name with the stamp run on, its dates spaced (이지민 기자 입력 2026. 12. 7. 06:31수정 …: stampTail)
	}
	if len(s) <= numericFolioMax && sm.has(keySpace) && !sm.has(keyClauseEnd) && holdsFigureYear(s) {
		m |= gNoise // a folio dated in figures, 海西新闻　2026.12.07　A3, however padded (numericDatedFolio: the same bound in bytes)
	}
	if n <= 60 && (first == '【' || first == '［' || first == '[') && !sm.has(keyClauseEnd) {
		m |= gNoise // 【関連記事】 with its link run in (jaRunInLink)
	}
	if n <= 8 && (first == '기' || first == '뉴' || first == '아') {
		m |= gNoise // a Korean summary box's label, 기사내용 요약 (koreanSummaryLabel); 뉴스광장, 아침뉴스타임 (koreanProgram)
	}
	if n <= 48 && first >= 0xAC00 && first <= 0xD7A3 && (last >= '0' && last <= '9' || last == '면' || (isHangul(last) || last >= 'A' && last <= 'Z') && (paperNameFirst(s) || holdsKoreanPage(s))) && !sm.has(keyClauseEnd) {
		m |= gNoise // a Korean folio opening with its section or name, 사회　2026년 12월 3일 목요일　11, 경남신보 … 9면 경제, … B5　경제·IT (koreanFolio, kofoliolatin.go)
	}
	if n <= 48 && first == '【' && !sm.has(keyClauseEnd) {
		m |= gNoise // 【図解】 and the graphic's title, a link (jaMediaLink)
	}
	if n <= 24 && (last == '.' || last == '다') && (first >= 'A' && first <= 'Z' || first == '채' || first == '연') {
		m |= gByline // SBS 박세원입니다. (broadcastSignOff)
	}
	if n <= 40 && sm.has(keySentence) && last >= 0xAC00 && last <= 0xD7A3 {
		m |= gByline // a crew credit one a line, 영상편집 : 정은비 (crewCredit)
	}
	if n <= 30 && koreanSiteTailLast(last) && !sm.has(keyClauseEnd) {
		m |= gNoise // ndsoft's 최유진 기자의 다른기사 보기, 0개의 댓글 (koreanSiteTail)
	}
	if n <= 16 && first == '/' && koreanAgencyLast(last) {
		m |= gByline // a reprinted wire story's trailer, /연합뉴스 (koreanWireTrailer)
	}
	if n <= 30 && mayBeKoreanMemberCredit(first, last) {
		m |= gByline // a Korean site member's name and user id, 이수정(sjlee) (koreanMemberCredit)
	}
	if n <= 48 && koreanCounterFirst(first) && !sm.has(keyClauseEnd) {
		m |= gNoise // a Korean site's counters, 추천 12, 댓글 (3) (koreanCounters)
	}
	if n <= 48 && koPortalEnds(first, last) {
		m |= gNoise // a Korean portal's buttons and reactions, 인쇄하기, 훈훈해요 0, 이 기사에 대해 어떻게 생각하시나요? (koPortalFurniture)
	}
	if n <= 120 && koPortalNoteEnds(first, last) {
		m |= gNoise // Naver's note on its sections, 기사 섹션 분류 안내 (koPortalNote)
	}
	if n <= 40 && (first == '[' || first == '［') {
		m |= gNoise // a tip box's channel, [전화] 02-398-8585 (koreanTipContact)
	}
	if n <= 60 && (whole || first == 'B' || first == '作' || first == '聞' || first == '構' || first == '評' || first == '回' || staffTitleFirst(first) || jaGameCreditFirst(first) || jaSerialCreditGate(s) || jaSelectorGate(s) || sm.has(keyMail) || sm.has(keyRole) && (!sm.has(keyNotCredit) || hasBar(s)) || mayBeKoreanBarCredit(s) || isHan(first) && reportLineLast(last) && !sm.has(keyClauseEnd)) {
		m |= gByline // bracketed, By, 作者：, 聞き手・ (interviewerLine), 評・, 回答者・ (reviewerSignature), 解説・X九段 (jaGameCredit), 文・X　絵・Y (jaSerialCredit), X　選 (jaSelectorCredit), a Korean credit's = or @, a role, a role's bar (barredCredit), a column's 이름 | 직함, 陈婉婷 报道 (parseBylineLineSum)
	}
	if n <= 80 && sm.has(keyParen) {
		m |= gCaption // a position mark （左二） (hasPositionMark)
	}
	if n <= 200 && (first == '写' || first == '사' || last == '자' || koreanAgencyLast(last) || sm.has(keyForeign) || sm.has(keyMail) && mailLast(last) || bracketedAgencyLast(s) || koreanPoolLast(s) || last == ']' && koreanArchiveBracketLast(s)) {
		m |= gCaption // 写真は, 사진=, …기자, ＝ of a Japanese wire caption, 사진, a Korean caption's closing e-mail (isForeignCaption), … 있다. [연합뉴스] (isKoreanBracketWireCaption), … 있다. [공동취재] (isKoreanPoolCaption), … [중앙포토] (isKoreanLabelledCredit)
	}
	if n <= 130 && koreanPaperLast(last) && strings.Contains(s[max(0, len(s)-10*utf8.UTFMax):], ". ") {
		m |= gCaption // … 있다. 세계일보, a paper's name bare after the caption's sentence (isKoreanPaperCaption)
	}
	if n <= 120 && (first == '<' || first == '〈' || first == '[') && w < len(s) && mediaLabelSecond(s[w:]) {
		m |= gCaption // a graphic's or photo's label opening its title, [그래픽] … (isKoreanMediaTitle)
	}
	if n <= 64 && editionLineLast(last) || n <= 8 && pictureSlotFirst(first) || n <= 10 && jaLinkHeaderFirst(first) {
		m |= gNoise // 毎日新聞 2024/12/3 東京朝刊 有料記事 1412文字, 写真・図版, 関連記事
	}
	if n <= 60 && jaPaywallFirst(first) || n <= 12 && open && closed || n <= 160 && (koreanCallFirst(first) || first == '◎') {
		m |= gNoise // この記事は会員限定です。…, 残り712文字, [有料会員限定] (jaweb.go), ※…여러분의 제보로… (koreanTipSlogan)
	}
	if n <= 8 && zhMemberTagLast(last) {
		m |= gNoise // a Chinese site's tag of a story for subscribers, 订户专享, 付费内容 (zhMemberTag)
	}
	if n <= 24 && jaReaderHeaderLast(last) {
		m |= gNoise // この記事を読んだ人におすすめ, アクセスランキング (jaReaderLinkHeader)
	}
	if n <= 60 && followCallLast(last) && sm.has(keyFollow) {
		m |= gNoise // 快來加入《TVBS新聞網》LINE官方帳號吧！ (followCall)
	}
	if n <= 60 && sm.has(keyChrome) && !sm.has(keyClauseEnd) {
		m |= gNoise // 分享到：微信 微博, 點我下載APP (webChrome)
	}
	if n <= 40 && appCallFirst(first) {
		m |= gNoise // 打开界面新闻APP，查看原文 (appCall)
	}
	if n <= 60 && jaPagingFirst(first) {
		m |= gNoise // 次ページ…とは, 1 2 次ページ, 著者フォロー (jaPaging)
	}
	if n <= 24 && jaButtonFirst(first) {
		m |= gNoise // この記事をスキ!する, いいね！ (jaButton)
	}
	if n <= 48 && jaShareLast(last) {
		m |= gNoise // Facebookでシェア, LINEで送る (jaShareButton)
	}
	if n <= 30 && jaGalleryFirst(first) {
		m |= gNoise // この記事の写真をすべて見る（３枚）, 写真一覧 (jaGalleryLink)
	}
	if n <= 40 && sm.has(keyColon) && (isHan(first) || first >= 'ァ' && first <= 'ヺ') {
		m |= gByline // 山本 彩香 : 流通ジャーナリスト (jaAuthorLine: its colon, which a short line of Chinese with 。 lacks)
	}
	if n <= 30 && promoFirst(first) {
		m |= gNoise // 更多今周刊文章, 訂閱今周刊，…, 返回搜狐，查看更多 (sitePromo)
	}
	if n <= 40 && readCountFirst(first) {
		m |= gNoise // 阅读 (3521), 3521 阅读 (readCount)
	}
	if n <= 40 && (first == '香' || first == '澳') && !sm.has(keyClauseEnd) {
		m |= gNoise // a release's local time, 香港時間18時30分 (releaseStamp)
	}
	if n <= 64 && clientStampFirst(first) && !sm.has(keyClauseEnd) {
		m |= gNoise // 刚刚 来自 iPhone客户端, a microblog's stamp (clientStamp)
	}
	if n <= 80 && mayBePrevNext(s) {
		m |= gNoise // 上一篇：冬季文旅惠民活动启动, a CMS's link to the story before (prevNextLink)
	}
	if n <= embedFallbackMax && embedFallbackEnds(first, last) {
		m |= gNoise // View this post on Instagram, A post shared by 林語晴 (@yuching.lin) (embedFallback)
	}
	if n <= 80 && first == '#' {
		m |= gNoise // #颱風 #天文台 (hashtagLine)
	}
	if n <= 100 && tagLabelFirst(first) {
		m |= gNoise // 關鍵字：台中捷運,藍線 (tagLine)
	}
	if n <= 160 && sm.has(keySlash) {
		m |= gCaption // …站台。图/南都记者 陈伟, a slash credit ending in a name (endsInSlashCredit)
	}
	if n <= 200 && sm.has(keyMail) && mailLast(last) {
		m |= gNoise // 欢迎投稿 jwpl@jcwb.com.cn, a call for contributions closed by its address (copyCall; 200: jaLettersCall)
	}
	if n <= 40 && sm.has(keyScan) {
		m |= gCaption // 扫码看视频 (isCaption's media prompts)
	}
	if n <= 160 && sm.has(keySource) {
		m |= gCaption // …样品。图片来源：东京大学官网 (endsInSourceCredit)
	}
	return m
}

// koreanAgencyLast reports the last runes of koreanAgencies (a Korean
// caption's credit after its slash: /AFP 연합뉴스, /삼성전자 제공).
func koreanAgencyLast(r rune) bool {
	switch r {
	case '스', '1', '터', 'P', 'A', 'I', '화', '지', '크', '공', 'B', 's', 'S':
		return true
	}
	return false
}

// gateFirstShort reports the runes a page number, a page label or a
// source line may open with (digits, dashes, middle dots, 第, A–Z and
// Ａ–Ｚ, 《), which noiseKindSum looks for only in a short text without a
// clause end.
// (Switches, not rune sets: the package's initialisation stays cheap,
// TestInitCheap.)
func gateFirstShort(r rune) bool {
	switch {
	case r >= '0' && r <= '9', r >= '０' && r <= '９', r >= 'A' && r <= 'Z', fullwidthLetter(r): // (Ａ７: fullwidthlabel.go)
		return true
	}
	switch r {
	case '-', '—', '–', '－', '·', '・', '•', ' ', '　', '第', '《': // (pageFrame)
		return true
	}
	return false
}

// mailLast reports the runes an e-mail address may end with (a Korean
// caption closed by the photographer's address: komail.go).
func mailLast(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}

// mediaLabelSecond reports text opening with the first rune of a label's
// word in koreanMediaLabels (그래픽, 사진, 표, 도표, 인포그래픽, 일러스트),
// the text after the label's opening bracket.
func mediaLabelSecond(s string) bool {
	r, _ := runeAt(s, 0)
	switch r {
	case '그', '사', '표', '도', '인', '일':
		return true
	}
	return false
}
