package newstext

import (
	"strings"
	"unicode/utf8"
)

// endsInPhotoCredit reports a caption ending in an unbracketed credit:
// "…挥舞国旗。新华社记者　李刚　摄".
func endsInPhotoCredit(s string) bool {
	var rest string
	switch {
	case strings.HasSuffix(s, "摄"):
		rest = s[:len(s)-len("摄")]
	case strings.HasSuffix(s, "攝"):
		rest = s[:len(s)-len("攝")]
	default:
		return false
	}
	spaced := rest != "" && trimSpace(rest) != rest
	rest = trimSpace(rest)
	if spaced && creditAfterStop(rest) {
		return true // …作业。王　新 摄 (photocreditstop.go)
	}
	if len(rest) > 64 {
		rest = rest[len(rest)-64:] // the credit is short; may cut a rune, which is then no name rune
	}
	// The name before 摄 follows a space or a role word.
	k := strings.LastIndexFunc(rest, func(r rune) bool { return isSpace(r) || r == '者' || r == '：' })
	if k < 0 {
		return false
	}
	_, w := firstRune(rest[k:])
	if isName(rest[k+w:]) {
		return true
	}
	// A two-character name padded to three cells after the role word:
	// 本报记者　何　苗摄.
	if k = strings.LastIndexAny(rest, "者："); k >= 0 {
		_, w = firstRune(rest[k:])
		name := unspaced(rest[k+w:])
		return utf8.RuneCountInString(name) == 2 && isName(name)
	}
	return false
}

// photoCreditAlone reports a line that is only a photo's credit: a role
// or an organisation, the photographer and 摄 (記者　陳嘉欣攝, 新华社记者
// 王鹏摄), no caption text before it.
func photoCreditAlone(s string) bool {
	return atMost(s, 20) && endsInPhotoCredit(s) && !hasClauseEnd(s)
}

// captionPrefixes open a photo caption.
var captionPrefixes = []string{"图为", "圖為", "图①", "图②", "图③", "图④", "图⑤", "图⑥", "图1：", "图2：", "图3：", "图4：", "上图", "下图", "左图", "右图", "上圖", "下圖", "左圖", "右圖", "图：", "图:", "圖：", "▲", "△", "↑", "↓"}

// isCaption reports captions: 图为…, ▲/△ markers, text ending in a photo
// credit （记者 X 摄）, and media prompts such as 扫码看视频.
func isCaption(s string) bool { return isCaptionSum(s, nil) }

// isCaptionSum is isCaption with s's summary, when the caller has one:
// the forms that need a cue rune (a position mark's （, a foreign
// caption's ＝ or 사진, a media prompt's 扫) are looked for only in a text
// holding one.
func isCaptionSum(s string, sm *textSum) bool {
	switch r, _ := firstRune(s); r {
	case '图', '圖', '上', '下', '左', '右', '▲', '△', '↑', '↓':
		if isKoreanMarkedHead(s) {
			break // ▲아빠 몫 90일: a Korean article's head, not a photo
		}
		if (r == '▲' || r == '△') && markerList(s) {
			break // ▲ 서울 -1도 ▲ 인천 0도: a list's items, not a photo's caption
		}
		if (r == '▲' || r == '△') && koFieldRow(s) {
			break // ▲일시: 12월 18일 오후 7시: a notice's row, not a photo's caption (kofieldrow.go)
		}
		if (r == '▲' || r == '△') && jaShogiPlayerLine(s) {
			break // ▲八段　森岡　隆司: a 将棋 player's line under the 観戦記's title (jagamecredit.go)
		}
		for _, p := range captionPrefixes {
			if strings.HasPrefix(s, p) {
				return true
			}
		}
	}
	if r, _ := firstRune(s); jaDiagramFirst(r) && jaDiagramCaption(s) {
		return true // 第１図は△４四銀まで, a 将棋 diagram's caption (jagamecredit.go)
	}
	if r, _ := firstRune(s); r == '漫' && cartoonCaption(s) {
		return true // 漫画：…。　黄启文／作, a cartoon's caption (cartoon.go)
	}
	if drawnCreditAlone(s) {
		return true // 漫画/周小川, 本报记者　周小川　绘: a drawing's credit alone (drawncredit.go)
	}
	if r, _ := firstRune(s); (r == '表' || r == '［' || r == '[' || r == '【' || r == '〔') && tableTitle(s) {
		return true // 表1：…（单位：亿元）, a table's title (padrows.go)
	}
	if unitTitle(s) {
		return true // …均价（单位：元/公斤）, a table's title (padrows.go)
	}
	if r, _ := decodeLast(s); koAngleClose(r) && isKoreanAngleCaption(s) {
		return true // … 하고 있다. <충북소방본부 제공> (koanglecredit.go)
	}
	if start, inner, ok := trailingBracket(s); ok {
		in := trimSpace(inner)
		if datedPhotoCredit(in) {
			return true // （中央社記者陳小華攝　113年9月3日）
		}
		if strings.HasSuffix(in, "提供") && atMost(in, 16) && !hasAnyRune(in, "，。") {
			return true // （台灣港務公司提供）
		}
		for _, p := range []string{"图：", "圖：", "图:", "圖:", "图/", "圖／", "图／", "圖∕"} {
			if strings.HasPrefix(in, p) && atMost(in, 24) && !hasAnyRune(in, "，。") {
				return true // （图：陆路交通管理局）: who the photo is from
			}
		}
		if videoCredit(in) && oneShortSentence(s[:start]) {
			return true // ▶巡线工人在铁塔上更换绝缘子。（视频：总台央视记者 刘佳） (videocredit.go)
		}
		if strings.Contains(in, "자료사진") || strings.HasPrefix(in, "사진=") || strings.HasPrefix(in, "사진 =") {
			return true // [연합뉴스 자료사진], (사진=뉴시스DB)
		}
		if start == 0 && koScreenCredit(in) {
			return true // [화면제공 안양 ○○아파트 주민모임] alone on its line (koscreencredit.go)
		}
		if start == 0 && koreanMediaCredit(in) {
			return true // (그래픽=이데일리) alone on its line, where the graphic stood
		}
		// [사진 국토교통부], [국토교통부 제공] after one short sentence: the
		// source of a Korean paper's photo (중앙일보 and others).
		if (strings.HasPrefix(in, "사진 ") || strings.HasSuffix(in, " 제공")) && atMost(in, 24) && oneShortSentence(s[:start]) {
			return true
		}
		if isKoreanReprintCaption(s) {
			return true // 신도림역 [서울교통공사 제공. 재판매 및 DB 금지] (kophoto.go)
		}
		if isPhotoSource(in) && oneShortSentence(s[:start]) {
			return true // 東京一家外匯交易商的看板。（路透社）
		}
		if takenFromCredit(in) && (start == 0 || oneShortSentence(s[:start])) {
			return true // 日本氣象廳公布的降雪預測圖。（圖取自日本氣象廳網頁jma.go.jp）
		}
		if positionedCredit(s[:start], in) {
			return true // …林美华（左二）…一起做运动。（海峡时报）
		}
		if last, _ := decodeLast(s); last != ']' && datedPlaceCaption(s[:start], in) {
			return true // …答えるホンダの役員（7日、オハイオ州） (jacaption.go)
		}
		if releasedPhotoCredit(s[:start], in) {
			return true // …王　新 摄（新华社发）: the agency that sent the photo (captionrelease.go)
		}
		if orgFilePhoto(in) && atMost(s[:start], 100) {
			return true // …。圖為立法院議場。（中央社檔案照片）: an agency's file photo
		}
		if start == 0 && filePhotoAlone(in) {
			return true // （每日经济新闻　资料图）, （资料图片） alone (filePhotoAlone)
		}
		if strings.HasSuffix(in, "摄") || strings.HasSuffix(in, "攝") || strings.HasSuffix(in, "摄影") || strings.HasSuffix(in, "攝影") ||
			strings.HasSuffix(in, "供图") || strings.HasSuffix(in, "供圖") ||
			in == "资料图" || in == "资料图片" || in == "資料圖片" || in == "图片来源网络" {
			return true
		}
	}
	if (sm == nil || sm.has(keySource)) && (endsInSourceCredit(s) || sourceCreditAlone(s)) {
		return true
	}
	if r, _ := decodeLast(s); r == '日' && endsInDatedCredit(s) {
		return true // …補助新制。中央社記者江品叡攝　113年12月8日 (datedcredit.go)
	}
	if endsInPhotoCredit(s) || endsInPictureCredit(s) || endsInSupplied(s) || (sm == nil || sm.has(keyParen)) && hasPositionMark(s) && !battingRow(s) || endsInSlashCreditSum(s, sm) {
		return true
	}
	if (sm == nil || mayBeForeignCaption(s, sm)) && isForeignCaption(s) {
		return true
	}
	// Every media prompt starts with 扫 or 掃: look for those first.
	if sm != nil && !sm.has(keyScan) {
		return false
	}
	if atMost(s, 40) && (strings.Contains(s, "扫") || strings.Contains(s, "掃")) {
		for _, p := range []string{"扫码看", "扫码观看", "扫码收看", "扫码收听", "扫描二维码", "扫一扫", "掃碼"} {
			if strings.Contains(s, p) {
				return true
			}
		}
	}
	return false
}

// koreanAgencies end a Korean photo credit after its slash. The wires'
// Latin spellings are theirs too (뉴시스 signs its photos newsis or
// NEWSIS, 뉴스1 News1), and 게티이미지 is 게티이미지뱅크 in Korea.
var koreanAgencies = []string{"연합뉴스", "뉴시스", "뉴스1", "로이터", "AFP", "AP", "EPA", "UPI", "신화", "게티이미지", "게티이미지뱅크", "newsis", "NEWSIS", "News1", "NEWS1", "제공", "DB"}

// isKoreanAgencyCredit reports a Korean photo credit naming an agency,
// a supplier (…제공) or an archive (…DB): AFP 연합뉴스, 삼성전자 제공.
func isKoreanAgencyCredit(t string) bool {
	toks := strings.Fields(t)
	if len(toks) == 0 || len(toks) > 3 {
		return false
	}
	last := toks[len(toks)-1]
	for _, a := range koreanAgencies {
		if strings.HasSuffix(last, a) {
			return true
		}
	}
	return false
}

// isKoreanMarkedHead reports a ▲ or △ line of Korean that is a head:
// short, in Hangul, with no sentence end (a Korean caption is a sentence
// with a full stop and its credit).
func isKoreanMarkedHead(s string) bool {
	_, w := firstRune(s)
	t := trimSpace(s[w:])
	if t == "" || !atMost(t, 24) || hasAnyRune(t, ".。!?") {
		return false
	}
	hangul := 0
	for _, r := range t {
		if r >= 0xAC00 && r <= 0xD7A3 {
			hangul++
		}
	}
	return hangul*2 >= utf8.RuneCountInString(t)
}

// endsInSlashCredit reports a caption ending in the photo credit Taiwan's
// papers set after a slash, after its description or alone:
// …說明補助方案。記者林怡君／攝影, …的外觀。圖／北市都發局提供.
func endsInSlashCredit(s string) bool { return endsInSlashCreditSum(s, nil) }

// endsInSlashCreditSum is endsInSlashCredit with s's summary, when the
// caller has one: a text with no stop (Korean, which ends its sentences
// with ".") is not searched for a last 。.
func endsInSlashCreditSum(s string, sm *textSum) bool {
	if !atMost(s, 160) {
		return false
	}
	cr := s
	if sm == nil || sm.has(keyStop) {
		if k := strings.LastIndex(s, "。"); k >= 0 {
			cr = s[k+len("。"):]
		}
	}
	cr = trimSpace(cr)
	if cr == "" || !atMost(cr, 20) {
		return false
	}
	k := indexSlash(cr)
	if k <= 0 {
		return false
	}
	_, w := firstRune(cr[k:])
	before, after := cr[:k], cr[k+w:]
	switch {
	case after == "攝影" || after == "摄影" || after == "攝" || after == "摄":
		// 記者林怡君／攝影: the photographer before the slash.
		c, ok := parseCredit(before, false)
		return ok && len(c.names) > 0 || isName(before)
	case before == "圖" || before == "图" || before == "照片" || before == "攝影" || before == "摄影":
		// 圖／北市都發局提供, 圖／記者林怡君攝, 攝影／林怡君.
		return after != "" && !hasAnyRune(after, "，,、")
	}
	return false
}

// isCreditDate reports the date after a photo credit: 113年9月3日 (a
// Minguo year), 2024年9月3日, 9月3日, or nothing.
func isCreditDate(s string) bool {
	if s == "" {
		return true
	}
	return isEditionDate(s) || strings.HasSuffix(s, "日") && atMost(s, 12) && strings.Contains(s, "月")
}

// mayBeForeignCaption reports whether isForeignCaption may accept s, by
// its summary: a text of at most 200 runes opening with 写 (写真は) or 사
// (사진=), ending in 자 (기자) or 기자], opening with a Korean graphic's
// label (<그래픽>), or holding ＝ or 사 (checkGate compares
// isCaptionSum with isCaption).
func mayBeForeignCaption(s string, sm *textSum) bool {
	if s == "" || !sm.atMost(200) {
		return false
	}
	if sm.has(keyForeign) {
		return true
	}
	first, _ := runeAt(s, 0)
	last, _ := decodeLast(s)
	return first == '写' || last == '자' || koreanAgencyLast(last) || // (… /AFP 연합뉴스)
		(last == '）' || last == ')') && jaBracketCredit(s) || // …岡本（撮影・山田太郎）
		(first == '（' || first == '(') && photoPointerCaption(s) || // （写真）…語る星野あかり (japhotopointer.go)
		(first == '<' || first == '〈' || first == '[') && isKoreanMediaTitle(s) || // <그래픽> …, [사진] …
		last == ']' && strings.HasSuffix(s, "기자]") || // … 쌓여 있다. [김현우 기자]
		bracketedAgencyLast(s) && isKoreanBracketWireCaption(s) || // … 있다. [연합뉴스] (kocreditclose.go)
		koreanPoolLast(s) && isKoreanPoolCaption(s) || // … 있다. [공동취재] (kopoolcredit.go)
		koreanArchiveBracketLast(s) && isKoreanLabelledCredit(s) || // … 모습. [중앙포토] (kophotolabel.go)
		sm.has(keyMail) && mailLast(last) || // … 김정효 기자 hyopd@hani.co.kr
		koreanPaperLast(last) && isKoreanPaperCaption(s) // … 있다. 세계일보
}

// isForeignCaption recognises Japanese and Korean captions: 写真は…,
// …＝佐藤花子撮影, …＝名古屋市提供, 사진=…, …(사진=뉴시스DB) …, …/김민수 기자, …[연합뉴스 자료사진].
func isForeignCaption(s string) bool {
	if !atMost(s, 200) {
		return false // captions are short; never scan a long text
	}
	if strings.HasPrefix(s, "写真は") || strings.HasPrefix(s, "写真＝") || strings.HasPrefix(s, "사진=") || strings.HasPrefix(s, "사진 =") {
		return true
	}
	if strings.HasSuffix(s, "撮影") {
		if k := strings.LastIndex(s, "＝"); k >= 0 && (atMost(s[k:], 14) || placedPhotographer(s[k+len("＝"):])) {
			return true
		}
	}
	if bracketedPhotographer(s) {
		return true // …高官（３日、ワシントンで＝中川理恵撮影） (jacaption.go)
	}
	if suppliedAfterEquals(s) {
		return true // …完成予想図＝名古屋市提供 (jacaption.go)
	}
	if venueCaption(s) {
		return true // …「四季花鳥図屏風」＝松本市美術館で (jacaptionend.go)
	}
	if barePlaceCaption(s) {
		return true // …「四季花鳥図屏風」＝松本市美術館, …＝東京・霞が関 (jabareplace.go)
	}
	if jaBracketCredit(s) {
		return true // …２ランを放つ岡本（撮影・山田太郎） (jacaption.go)
	}
	if photoPointerCaption(s) {
		return true // （写真）初座長公演への意気込みを語る星野あかり (japhotopointer.go)
	}
	if isJapaneseWireCaption(s) || isKoreanPhotoCredit(s) || isKoreanSuppliedCaption(s) || isKoreanAgencyCaption(s) || isKoreanPaperCaption(s) || isKoreanStampCaption(s) || isKoreanMailedCaption(s) || isKoreanGraphicCredit(s) || isKoreanGraphicCaption(s) || isKoreanReporterCaption(s) || isKoreanMediaTitle(s) || isKoreanArchiveCaption(s) || isKoreanBracketWireCaption(s) || isKoreanPoolCaption(s) || isKoreanLabelledCredit(s) || isKoreanCopyrightCaption(s) {
		return true // (… 있다. 사진=연합뉴스, … [중앙포토]: kophotolabel.go)
	}
	if strings.Contains(s, "사진") && (strings.Contains(s, "(사진=") || strings.Contains(s, "（사진=") || strings.Contains(s, "자료사진]") || strings.Contains(s, "자료사진)")) {
		return true
	}
	// 조선일보-style agency credit: "… 청사 모습. /AFP 연합뉴스", "/삼성전자 제공".
	if k := lastIndexNear(s, " /", 20); k > 0 && atMost(s[k:], 20) && endsSentence(s[:k]) && isKoreanAgencyCredit(s[k+2:]) {
		if _, _, ok := koreanClosingWire(s); ok {
			return false // … 지배했다. /연합뉴스: a reprinted story's paragraph and its wire (kowiretrailer.go)
		}
		return true
	}
	// 조선일보-style credit: "… 듣고 있다. /김민수 기자"
	if !strings.HasSuffix(s, "기자") {
		return false
	}
	if k := lastIndexNear(s, " /", 16); k > 0 && atMost(s[k:], 16) {
		if _, ok := koreanCredit(strings.TrimSuffix(s[k+2:], " 기자")); ok {
			return true
		}
	}
	// 한겨레-style credit: "… 보내고 있다. 스톡홀름/김지은 기자", the
	// photographer (and where) after a one- or two-sentence description.
	if k := lastIndexNear(s, ". ", 24); k > 0 && atMost(s[k:], 24) {
		kr, ok := koreanCredit(strings.TrimSuffix(s[k+2:], " 기자"))
		return ok && kr.name != "" && strings.Count(s[:k+1], ". ") <= 1 && atMost(s[:k], 120) && koreanDescribes(s[:k+1])
	}
	return false
}

// koreanDescribes reports a caption's description as a Korean caption
// words it: the photo as it is, …하고 있다, or named by a noun (…의
// 모습.). A brief's paragraph closed by its reporter (… 달라고 당부했다.
// 김하늘 기자) ends its last sentence in another verb's 다 (밝혔다,
// 당부했다), as the mailed caption's rule reads it (komail.go).
func koreanDescribes(text string) bool {
	return strings.HasSuffix(text, "있다.") || !strings.HasSuffix(text, "다.")
}

// lastIndexNear is strings.LastIndex(s, sep) for a caller that wants the
// separator only within the last n runes of s (atMost(s[k:], n)): only
// the bytes those can take are searched, not all of a paragraph. A
// separator further back gives -1, where LastIndex gives one atMost
// rules out (TestLastIndexNear).
func lastIndexNear(s, sep string, n int) int {
	from := max(len(s)-n*utf8.UTFMax, 0)
	if k := strings.LastIndex(s[from:], sep); k >= 0 {
		return from + k
	}
	return -1
}

// endsInCredit reports a caption ending in its photo credit (…撮影, …摄,
// （记者 X 摄）, Taiwan's slash credit …外觀。圖／取自網路), which nothing
// continues.
func endsInCredit(s string) bool {
	t := strings.TrimRight(s, "）)】")
	if hasAnySuffix(t, creditEnds) || endsInPictureCredit(s) || endsInSlashCredit(s) || endsInDatedCredit(s) || isKoreanStampCaption(s) || isKoreanPhotoCredit(s) || isKoreanMailedCaption(s) || isKoreanReporterCaption(s) || isKoreanAngleCaption(s) || isKoreanCopyrightCaption(s) {
		return true
	}
	start, in, ok := trailingBracket(s)
	if !ok {
		return false
	}
	in = trimSpace(in)
	return isPhotoSource(in) || datedPhotoCredit(in) || releasedPhotoCredit(s[:start], in)
}

// datedPhotoCredit reports the inside of a bracketed photo credit that
// dates the photo after the photographer, as 中央社 does: 中央社記者陳小華攝
// 113年9月3日 (or with no date, 記者X攝). Its date ends it where other
// credits end in 攝, so endsInCredit asks for it: a caption closed by it
// is as complete as one closed by （記者X攝）, and the paragraph line
// under it is never its wrap.
func datedPhotoCredit(in string) bool {
	// (max of two LastIndex: LastIndexAny decodes every rune of the
	// bracket from its end.)
	k := max(strings.LastIndex(in, "攝"), strings.LastIndex(in, "摄"))
	return k > 0 && isCreditDate(trimSpace(in[k+len("攝"):]))
}

// creditEnds end a photo's credit: who took it (摄, 撮影), who supplied it
// (提供, 供图) or that it is a file photo (资料图片).
var creditEnds = []string{"撮影", "摄", "攝", "提供", "제공", "供图", "供圖", "资料图片", "資料圖片", "资料图", "資料圖"}

// photoSources are the credits of wire and file photos that end a caption
// in brackets: （路透社）, （美聯社）, （資料照）.
var photoSources = []string{
	"路透社", "路透", "美聯社", "美联社", "法新社", "歐新社", "欧新社", "彭博", "達志影像", "达志影像",
	"視覺中國", "视觉中国", "資料照", "资料照", "資料照片", "资料照片", "资料图", "资料图片", "資料圖", "資料圖片",
	"示意圖", "示意图", "檔案照", "档案照", "檔案照片", "档案照片", "翻攝", "翻摄",
}

// takenFromWords open the credit Taiwan's wire (中央社) and papers put
// after a picture taken from a website or a social page: （圖取自日本氣象廳
// 網頁jma.go.jp）, （圖取自facebook.com/…）, （照片取自維基共享資源）. A
// source of figures, （資料取自主計總處）, is no photo's.
var takenFromWords = []string{"圖取自", "图取自", "圖片取自", "图片取自", "照片取自", "相片取自", "影像取自"}

// takenFromCredit reports the inside of a bracket crediting a picture
// taken from a website (takenFromWords), short, one clause.
func takenFromCredit(in string) bool {
	for _, w := range takenFromWords {
		if rest, ok := strings.CutPrefix(in, w); ok {
			return rest != "" && atMost(in, 48) && !hasAnyRune(in, "，。；")
		}
	}
	return false
}

// positionedCredit reports a caption's closing credit in brackets after
// a description that points at people in the photo (hasPositionMark:
// …林美华（左二）…一起做运动。): the organisation the photo is from, a
// sister paper (（海峡时报）, （新明日报）), an agency or a file
// (（档案照片）). The description is a caption whatever its credit, so the
// credit is the photo's, kept in the caption, not the story's byline, as
// a bracketed paper's name after a paragraph is; so is the photographer
// credited by role, （摄影：李文杰） (photorolecredit.go).
func positionedCredit(desc, in string) bool {
	in = trimSpace(in)
	if !(isPhotoSource(in) || isAgency(in) || looksOrg(in) && isOrg(in) && atMost(in, 12) && !atMost(in, 1) || photoRoleCredit(in)) {
		return false
	}
	return hasPositionMark(desc)
}

// isPhotoSource reports a photo's source credited in brackets, alone or
// after the organisation whose file it is (orgFilePhoto).
func isPhotoSource(in string) bool {
	for _, p := range photoSources {
		if in == p {
			return true
		}
	}
	return orgFilePhoto(in)
}

// orgFilePhoto reports a file photo credited to the organisation whose
// file it is: （中央社檔案照片）, （本報資料照片）. The organisation's name
// makes it a credit however long the description before it.
func orgFilePhoto(in string) bool {
	for _, p := range []string{"檔案照片", "档案照片", "資料照片", "资料照片", "檔案照", "档案照", "資料照", "资料照"} {
		if org, ok := strings.CutSuffix(in, p); ok && org != "" && atMost(org, 8) && looksOrg(org) {
			return true
		}
	}
	return false
}

// fileWords name a file photo, the last words of its credit.
var fileWords = []string{"資料圖片", "资料图片", "資料照片", "资料照片", "檔案照片", "档案照片", "資料圖", "资料图", "資料照", "资料照", "檔案照", "档案照"}

// filePhotoAlone reports the inside of a bracketed file photo's credit
// alone on its line, under or over the picture it credits: （资料图片）,
// （每日经济新闻　资料图）, （新华社资料图）, （本報資料照片）. Before the
// file word stands nothing or the organisation whose file it is (its
// name ending as one's does, a space after it allowed). A bracketed
// agency alone, （路透社）, is left to the credits: it may close a story.
func filePhotoAlone(in string) bool {
	in = trimSpace(in)
	for _, w := range fileWords {
		org, ok := strings.CutSuffix(in, w)
		if !ok {
			continue
		}
		org = trimSpace(org)
		return org == "" || atMost(org, 12) && looksOrg(org) && isOrg(org)
	}
	return false
}

// oneShortSentence reports what a caption's description is: one short
// sentence (a paragraph has more, or runs longer).
func oneShortSentence(s string) bool {
	s = trimSpace(s)
	if s == "" || !atMost(s, 60) {
		return false
	}
	t := strings.TrimSuffix(strings.TrimSuffix(s, "。"), ".")
	return !fullStops.in(t) && !reportsSpeech(t)
}

// speechCues are reporting verbs before a comma: a caption describes a
// photo, a paragraph reports what someone said (氣象署提醒，…).
var speechCues = []string{"提醒，", "表示，", "指出，", "說，", "说，", "認為，", "认为，", "強調，", "强调，"}

func reportsSpeech(s string) bool {
	for _, c := range speechCues {
		if strings.Contains(s, c) {
			return true
		}
	}
	return false
}

// endsInSupplied reports a caption ending in an unbracketed supplier
// credit after a space: "…了解游客需求。　受访者供图", "…構想圖。　政府新聞處圖片".
func endsInSupplied(s string) bool {
	// The credit ends s: most text, ending in none of its suffixes, is
	// spared looking for the space before it, rune by rune from the end.
	if r, _ := decodeLast(s); !suppliedLast.has(r) || !hasAnySuffix(s, suppliedSuffixes) || !atMost(s, 120) {
		return false
	}
	k := strings.LastIndexFunc(s, isSpace)
	if k <= 0 && !strings.Contains(s, "。") {
		return false
	}
	_, w := firstRune(s[max(k, 0):])
	before := s[:max(k, 0)]
	if j := strings.LastIndex(s, "。"); j > k {
		// …查看香菇长势。受访者供图: the credit run on after the full stop.
		k, w = j, len("。")
		before = s[:j+w]
	}
	cr := s[k+w:]
	if !atMost(cr, 12) || !endsSentence(trimSpace(before)) {
		return false
	}
	for _, suf := range suppliedSuffixes {
		if strings.HasSuffix(cr, suf) && isOrg(cr) {
			return true
		}
	}
	return false
}

// sourceLabels open the credit of where a photo is from, written out
// after the caption's sentence: …样品。图片来源：东京大学官网, 图源：网络.
// Each holds 源, the key rune the gate admits it by (keySource).
var sourceLabels = []string{"图片来源：", "图片来源:", "圖片來源：", "圖片來源:", "照片来源：", "照片來源：", "图源：", "图源:", "圖源："}

// endsInSourceCredit reports a caption closed by its photo's source
// credit, 图片来源：X, after the description's finished sentence (or a
// space): the credit names who supplied the photo, as 供图 and 提供 do
// (endsInSupplied), and a paragraph never ends that way. The source is
// short and holds no clause; the description is at most 100 runes, a
// caption's, not a paragraph's.
func endsInSourceCredit(s string) bool {
	if !atMost(s, 160) {
		return false
	}
	for _, l := range sourceLabels {
		k := lastIndexNear(s, l, 24+utf8.RuneCountInString(l))
		if k <= 0 {
			continue
		}
		src := trimSpace(s[k+len(l):])
		if src == "" || !atMost(src, 20) || hasClauseEnd(src) || hasAnyRune(src, "；;") {
			continue
		}
		before := s[:k]
		spaced := trimSpace(before) != before
		before = trimSpace(before)
		if before != "" && atMost(before, 100) && (spaced || endsSentence(before)) {
			return true
		}
	}
	return false
}

// coverPictures name the picture a web page sets over or beside its
// story, whose source a line of its own credits: 封面图片来源：视觉中国,
// 题图来源：X. Those ending in 图 or 圖 take 来源： straight after them.
var coverPictures = []string{"封面图", "封面圖", "封面", "题图", "題圖", "头图", "頭圖", "首图", "首圖", "配图", "配圖"}

// sourceCreditAlone reports a photo's source credit alone on its line,
// 图片来源：每日经济新闻　资料图, 封面图片来源：视觉中国, 题图来源：X: the
// credit of the picture beside it, as an unbracketed credit alone
// (本报记者　何　苗摄) is, with no description before it. The source is
// short and holds no clause, as after a description (endsInSourceCredit).
func sourceCreditAlone(s string) bool {
	if !atMost(s, 40) {
		return false
	}
	if sourceAfter(s, sourceLabels) {
		return true
	}
	for _, p := range coverPictures {
		rest, ok := strings.CutPrefix(s, p)
		if !ok {
			continue
		}
		labels := sourceLabels
		if r, _ := decodeLast(p); r == '图' || r == '圖' {
			labels = pictureSourceLabels
		}
		if sourceAfter(rest, labels) {
			return true
		}
	}
	return false
}

// pictureSourceLabels follow a picture's name ending in 图 (题图来源：).
var pictureSourceLabels = []string{"来源：", "来源:", "來源：", "來源:"}

// sourceAfter reports s opening with one of labels and a short source
// holding no clause.
func sourceAfter(s string, labels []string) bool {
	for _, l := range labels {
		if src, ok := strings.CutPrefix(s, l); ok {
			src = trimSpace(src)
			return src != "" && atMost(src, 20) && !hasClauseEnd(src) && !hasAnyRune(src, "；;")
		}
	}
	return false
}

// suppliedSuffixes end the supplier credits endsInSupplied recognises.
var suppliedSuffixes = []string{"供图", "供圖", "提供", "资料图片", "資料圖片", "资料图", "新聞處圖片", "图片", "圖片"}

// suppliedLast holds the last rune of each of suppliedSuffixes
// (TestSuppliedLast checks it against lastRunes): written out, so that the
// package's initialisation builds no string for it (TestInitCheap).
var suppliedLast = newRuneSet("图圖供片")

// lastRunes returns the set of the last runes of ss.
func lastRunes(ss []string) *runeSet {
	var b strings.Builder
	for _, s := range ss {
		r, _ := decodeLast(s)
		b.WriteRune(r)
	}
	return newRuneSet(b.String())
}

// cutAnyPrefix cuts the first of ps that s opens with.
func cutAnyPrefix(s string, ps []string) (string, bool) {
	for _, p := range ps {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	return s, false
}

// hasAnySuffix reports whether s ends with one of sufs.
func hasAnySuffix(s string, sufs []string) bool {
	for _, suf := range sufs {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// positionMarks point at people in a photo: 黄思汉（左二）与….
var positionMarks = []string{"（左）", "（右）", "（中）", "（左一）", "（左二）", "（左三）", "（左四）", "（右一）", "（右二）", "（右三）", "（右四）", "（中间）", "（中間）", "（前排左二）", "（前排右二）", "（后排左一）", "（後排左一）"}

// positionStarts holds the rune after the bracket of every position mark
// (TestPositionStarts).
const positionStarts = "左右中前后後"

// hasPositionMark reports a short text that points at people in a photo,
// which only a caption does.
func hasPositionMark(s string) bool {
	if !atMost(s, 80) {
		return false
	}
	// Every mark opens with （: only where one stands can a mark start.
	for i := strings.Index(s, "（"); i >= 0; {
		// (Each mark's second rune is one of positionStarts: a bracket
		// before any other is passed over without a comparison.)
		if r, _ := firstRune(s[i+len("（"):]); strings.ContainsRune(positionStarts, r) {
			for _, m := range positionMarks {
				if strings.HasPrefix(s[i:], m) {
					return oneShortSentence(s)
				}
			}
		}
		j := strings.Index(s[i+len("（"):], "（")
		if j < 0 {
			break
		}
		i += len("（") + j
	}
	return false
}

// isJapaneseWireCaption reports a Japanese photo caption with the date
// and place after ＝ and no full stop before it: "記者会見する米商務長官＝２日、
// ワシントン（ロイター＝共同）", "…を視察する首相＝３日午後、首相官邸",
// and 朝日's full date (isCaptionDay): "…＝２０２４年１２月２日、ワシントン、ロイター";
// or with the day alone and the wire's credit after a second ＝, its
// place in its words and kana in them: "…に集まった大学生ら＝６日＝AP"
// (dayWireTail).
func isJapaneseWireCaption(s string) bool {
	k := strings.Index(s, "＝")
	if k <= 0 || !atMost(s, 120) || strings.Contains(s[:k], "。") {
		return false
	}
	rest := s[k+len("＝"):]
	d := strings.Index(rest, "日")
	if d <= 0 || !isCaptionDay(rest[:d]) || !atMost(rest, 40) || strings.Contains(rest, "。") {
		return false
	}
	return strings.Contains(rest[d:], "、") || strings.HasSuffix(rest, "）") || dayWireTail(rest) && strings.ContainsFunc(s[:k], isKana)
}

// isKoreanPhotoCredit reports a Korean caption ending in its photo credit:
// "… 기다리고 있다. 2024.12.3/뉴스1 © News1 이영호 기자".
func isKoreanPhotoCredit(s string) bool {
	if !strings.HasSuffix(s, "기자") {
		return false // (before searching all of s for ©)
	}
	k := strings.LastIndex(s, "©")
	if k <= 0 || !atMost(s[k:], 40) {
		return false
	}
	return strings.Contains(s[:k], "/")
}
