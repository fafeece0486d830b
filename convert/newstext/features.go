package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// This file computes what the labeller (labels.go, grammar.go) knows about
// each unit: its shape on its own (length, punctuation, numbering, cue
// words) and the page-wide conventions (does the page mark its headlines
// with "# "?). Context (the neighbours) is read by the scorer.

// feats describes one unit for the labeller. (The strings first and the
// flags together: 56 bytes, not 72, for each unit of the page.)
type feats struct {
	runes        int    // rune count, capped at capRunes
	headMark     string // the numbering or bullet that opens a section head ("一、", "（一）", "1.", "◆"), or ""
	cue          string // a kicker cue word ending the line (强调, 指出 …), or ""
	title        bool   // short, no sentence punctuation, not bracketed: can be a title line
	ended        bool   // ends a sentence (or a clause that closes a block)
	dateline     bool   // opens with a dateline, or a run-in credit where one would stand (runInCredit)
	endMark      bool   // an end mark, copyright or source line: the article is over
	dash         bool   // opens with a dash (——): a subheadline under a headline
	noKicker     bool   // title-like, but with a colon or semicolon a kicker cannot have
	innerPunct   bool   // has a comma, enumeration comma, colon or semicolon inside
	closed       bool   // body text ending in a credit or an end mark: its article is over
	spaced       bool   // a space inside separates phrases (not Korean)
	ideoSpaced   bool   // an ideographic space (U+3000) inside: a phrase break the paper set, not OCR's
	datelineMore bool   // text follows the dateline in the unit
	label        bool   // a series or column label in brackets: 〈저출생 해법을 찾아서〉③
	row          bool   // a title-like line that is a table's row (tableRow): body text only
	cmpRow       bool   // a row only by a comparison's bracket, row not yet set: one beside a row (markComparisonRows)
	item         bool   // a link's title under a bracketed related-reading heading (readinglist.go): body text only
}

// capRunes bounds the rune count kept in feats; only short units matter.
const capRunes = 64

// pageMarks records which Markdown markers a page uses. A page that marks
// its headlines is taken to mark all of them, and likewise for section
// heads: unmarked lines are then never promoted, which also makes the
// writer's output (always marked) read back to the same tree.
type pageMarks struct {
	headline, heading bool
}

// unitFeats computes the features of u. The text of a short unit is
// summarised in one pass (textSum) that answers its rune count and every
// search for punctuation and spaces below, which would each scan it.
func unitFeats(u *unit, lang string) feats {
	f, _ := unitFeatsLead(u, lang)
	return f
}

// unitFeatsLead is unitFeats, also returning the dateline that leads u's
// text when u.lead is leadDateline (else the zero leadDate): expand
// splits it off without parsing it again.
func unitFeatsLead(u *unit, lang string) (feats, leadDate) {
	var f feats
	s := u.text
	var sm *textSum
	n := capRunes + 1
	if len(s) <= capRunes*utf8.UTFMax {
		if !u.summed {
			u.sum, u.summed = summarize(s), true
		}
		sm, n = &u.sum, u.sum.runes
	}
	f.runes = min(n, capRunes)
	f.ended = endsSentence(s)
	if !f.ended && u.kind == uText {
		f.ended = closedByCredit(s) // …熱潮。（編輯：黃名璽）1131203
		if !f.ended {
			_, _, f.ended = wireStoryTrailer(s, lang) // …安全評估。（路透社） (wiretrailer.go)
		}
		if !f.ended && lang == "ko" {
			_, _, f.ended = koreanClosingCredit(s) // … 당부했다. 김하늘 기자
			if !f.ended {
				_, _, f.ended = koreanClosingWire(s) // … 지배했다. /연합뉴스
			}
			if !f.ended {
				_, _, f.ended = koreanRunOnTrailer(s) // … 밝혔다. /이나래기자 nr@… (korunontrailer.go)
			}
		}
		f.closed = f.ended
	}
	if n > capRunes {
		if u.kind != uText {
			return f, leadDate{}
		}
		d, rest, parsed := parseDatelineLang(s, lang)
		f.dateline, f.datelineMore = datelineLeads(d, rest, parsed)
		u.lead = leadOf(f.dateline)
		if f.dateline {
			return f, leadDate{d, rest}
		}
		if _, _, ok := runInCredit(s); ok {
			f.dateline, f.datelineMore = true, true // (expand splits a byline off, no dateline)
		}
		return f, leadDate{}
	}
	if u.kind == uNoise && u.noise != "" {
		f.endMark = isEndNoise(u.noise)
	}
	if u.kind != uText {
		return f, leadDate{}
	}
	d, rest, parsed := parseDatelineLang(s, lang)
	ok, more := datelineLeads(d, rest, parsed)
	u.lead = leadOf(ok)
	if ok {
		f.dateline, f.datelineMore = true, more
		// A bracketed dateline alone, （本报郑州12月3日电）, is complete:
		// a title line under it is not the rest of an unfinished text.
		f.ended = f.ended || !more && bracketedWhole(s)
		return f, leadDate{d, rest}
	}
	if _, _, ok := runInCredit(s); ok {
		f.dateline, f.datelineMore = true, true // (expand splits a byline off, no dateline)
		return f, leadDate{}
	}
	// isKickerSum, with the dateline parsed above: only Japanese text
	// reads a bracket as a dateline by its language (bracketDateline),
	// where isKicker, reading any text, does not.
	f.title = isKickerTextSum(s, sm)
	if f.title && lang == "ja" {
		_, rest, parsed = parseDateline(s)
	}
	f.title = f.title && !(parsed && rest == "")
	if !f.title && !f.ended && sm.atMost(48) && !sm.has(keyStop) && !tableNote(s) && !koreanInnerStop(s) {
		// (Nor a Korean line holding a finished sentence: kotitlestop.go.)
		// A subheadline may hold a colon or semicolon (kickers may not:
		// takeKickers would not take them).
		f.title = true
		f.noKicker = true
	}
	if !f.title && (exclaimedTitle(s) || phrasedTitle(s)) {
		// 年轻人为何爱上“县城咖啡”？, 好消息！我市新增3条公交线路: a
		// headline or head may ask or exclaim, also beside a source's
		// words (…漲價？　自治會：原物料連3漲撐不住).
		f.title = true
		f.noKicker = true
	}
	if f.title && textNotTitle(s, lang) {
		f.title, f.noKicker = false, false
		// A Chinese book's particulars line is complete: the text under
		// it is no wrap of it; so is a Japanese remark to the reader in
		// round brackets, （解答は来週）.
		f.ended = f.ended || strings.HasPrefix(lang, "zh") || lang == "ja" && strings.HasPrefix(s, "（")
	}
	// A table's row (北京 88:91 浙江) is body text, whatever its length:
	// the grammar must not make a title or head of it. So is a list's
	// items run on one line (▲ 서울 -1도 ▲ 인천 0도), complete as a row is.
	// So is an information box's row, 地点：明德大戏院（解放路118号）
	// (formrows.go): a form's row is no title; so is a Korean listing's
	// row with no colon, ▶문의 043-201-4000 (kobarerow.go).
	f.row = f.title && (rowLine(s) || markerList(s) || jaGameLine(s) || infoRow(s) || lang == "ko" && koBareFieldRow(s) || lang == "ja" && (jaShogiPlayerLine(s) || jaPoemEntry(s))) // (<巨人3-2阪神>◇5日◇東京ドーム: jagameline.go; ▲森岡隆司八段, a 将棋 player's line: jagamecredit.go)
	if f.row && lang == "ja" && jaSerialTitle(s) {
		f.row = false // 潮待ちの町　（４２）: a serial's title and instalment (jaserialtitle.go)
	}
	if f.row && comparisonOnlyRow(s) {
		f.row, f.cmpRow = false, true // (rowcomparison.go: a row only beside another)
	}
	// A row or an item is complete: what stands under it may be a title.
	f.ended = f.ended || f.row || tableNote(s) // (a table's note is complete too)
	if _, ok := dashPrefix(s); ok {
		f.dash = true
	}
	f.innerPunct = sm.has(keyInner)
	// A space inside a title separates its phrases as punctuation does
	// (not in Korean, which puts one between every word).
	f.spaced = lang != "ko" && sm.has(keySpace)
	f.ideoSpaced = f.spaced && f.title && strings.Contains(s, "\u3000")
	f.headMark = headMarkerSum(s, sm)
	if f.title {
		f.cue = kickerCue(s)
		f.label = isSeriesLabel(s) || lenticularLabel(s) || isColumnLabel(s) || rubricLabel(s) || readersRubric(s) || lang == "ko" && (koreanColumnLabel(s) || koreanStoryTagAlone(s)) ||
			lang == "ja" && slices.Contains(jaSerialLabels, s) || // 連載小説 over a serial's title (jaserialtitle.go)
			isLinkHeader(s) // 延伸阅读 over a sidebar box's title (text only there: sidebarBox)
	}
	return f, leadDate{}
}

// columnLabels are the names of the columns and pages a paper sets over
// a headline as its rubric: 社説 over the editorial's title, 社论, 사설.
var columnLabels = []string{"社説", "社论", "社論", "사설", "論説", "论说", "時評", "时评", "短评", "短評", "評論", "评论", "本報社評", "社評", "社评",
	"人民时评", "人民论坛", "人民觀點", "人民观点", "今日谈", "今日談", "评论员观察", "望海楼", "钟声", "快评", "快評", "锐评", "銳評", "观察", "觀察", "时论", "時論", "论苑", "思想纵横", "新论", "新論"}

// columnLabelMax is the length in bytes of the longest of columnLabels
// (TestColumnLabelMax).
const columnLabelMax = 15

// isColumnLabel reports one of columnLabels; a longer text is told by
// its length.
func isColumnLabel(s string) bool {
	return len(s) <= columnLabelMax && slices.Contains(columnLabels, s)
}

// isSeriesLabel reports a title line that is only a series or column
// label in angle or square brackets, with the instalment's number after
// it or none: 〈저출생 해법을 찾아서〉③, [기획]3, ＜連載・老いの風景＞（２）.
// Such a line stands over the headline as its kicker in every language.
// (【…】 is left to the run-in lead-ins of digests.)
func isSeriesLabel(s string) bool {
	r, w := firstRune(s)
	c := angleCloseFor(r)
	if r == '[' || r == '［' {
		c = closeFor(r)
	}
	if c == 0 {
		return false
	}
	cl := string(c)
	k := strings.Index(s[w:], cl)
	if k <= 0 || !atMost(s[w:w+k], 24) {
		return false
	}
	end := w + k + len(cl)
	rest := trimSpace(s[end:])
	if rest == "" {
		// Alone, angle brackets: 《…》 is the title of a work or a
		// source. Square brackets alone hold a column's name of
		// ideographs or kana (［現場から］), or else a photo credit
		// ([연합뉴스 자료사진]) or a dateline (squarelabel.go).
		return r == '〈' || r == '＜' || r == '<' || (r == '[' || r == '［') && squareLabelInner(s[w:w+k])
	}
	if n, w := firstRune(rest); n >= '①' && n <= '⑳' && w == len(rest) {
		return true
	}
	if in, e, ok := leadingBracket(rest); ok && e == len(rest) && isNumber(in) {
		return true // 〈3〉, (3), （３）
	}
	return isNumber(rest) && atMost(rest, 3)
}

// headMarker returns the numbering or bullet opening a section head:
// 一、 二、 （一） (1) 1. 1、 第一 ◆ ◇ ● ■ ★ ☆ ▶ ◎, or "" when s has
// none. Only a short head without a full stop counts: a numbered list
// item with sentences is a paragraph.
func headMarker(s string) string { return headMarkerSum(s, nil) }

// headMarkerSum is headMarker with s's summary, when the caller has one.
func headMarkerSum(s string, sm *textSum) string {
	if sm != nil && (!sm.atMost(40) || sm.has(keyStop)) || sm == nil && (!atMost(s, 40) || stops.in(s)) || strings.HasSuffix(s, "。") {
		return ""
	}
	r, w := firstRune(s)
	switch r {
	case '◆', '◇', '●', '○', '■', '□', '★', '☆', '▶', '►', '◎', '◉', '▌', '▍', '▲', '△':
		if trimSpace(s[w:]) == "" || markerList(s) || electionRow(s) {
			return "" // (▲ 1시간권 800원 ▲ 2시간권 1500원: a list's items on one line, no head; ◎　１２，４０８　高木誠一　無新: votecount.go)
		}
		if koreanFullStop(s) {
			return "" // ▲청주시립도서관은 20일 … 독서교실을 연다.: a sentence, a box's entry (kofullstop.go)
		}
		return s[:w]
	}
	// （一） (一) （1） (1)
	if cl := closeFor(r); cl == '）' || cl == ')' {
		if inner, end, ok := leadingBracket(s); ok && atMost(inner, 3) && isNumber(inner) && trimSpace(s[end:]) != "" {
			return s[:end]
		}
		return ""
	}
	// 一、 十二、 1. 1、 12． 第一， 第一部分
	i, n := 0, 0
	for i < len(s) {
		r, w := firstRune(s[i:])
		if !isDigitOrNumeral(r) {
			break
		}
		i += w
		n++
	}
	if n == 0 || n > 3 || i == len(s) {
		return ""
	}
	r, w = firstRune(s[i:])
	switch r {
	case '、', '．', '.', '，':
		if r == '.' && i+w < len(s) && s[i+w] >= '0' && s[i+w] <= '9' {
			return "" // 1.5万
		}
		if r == '，' && thousandsCommaAt(s, i) {
			return "" // ９，８７６　大野和夫　無現: a figure's thousands comma (votecount.go)
		}
		if trimSpace(s[i+w:]) == "" {
			return ""
		}
		return s[:i+w]
	}
	return ""
}

// kickerCues end a kicker line that introduces the headline under it:
// 张庆伟在全省…大会上强调 / 习近平在…时指出.
var kickerCues = []string{"强调", "強調", "指出", "表示", "要求", "寄语", "寄語", "提出", "宣布", "致辞", "致辭", "讲话", "講話"}

// kickerCue returns the cue word ending s, or "".
func kickerCue(s string) string {
	// Most titles end in no cue's last rune: they are spared the search.
	if r, _ := decodeLast(s); !kickerCueLast(r) {
		return ""
	}
	for _, c := range kickerCues {
		if strings.HasSuffix(s, c) {
			return c
		}
	}
	return ""
}

// kickerCueLast reports the last rune of one of kickerCues
// (TestKickerCueLast keeps them so).
func kickerCueLast(r rune) bool {
	switch r {
	case '调', '調', '出', '示', '求', '语', '語', '布', '辞', '辭', '话', '話':
		return true
	}
	return false
}

// isEndNoise reports the noise kinds that close an article: an end mark,
// a copyright or source line, a site's disclaimer.
func isEndNoise(kind string) bool {
	return kind == noiseEndMark || kind == noiseCopyright || kind == noiseSource || kind == noiseDisclaimer
}

// endsClause reports text ending in a comma or an enumeration comma,
// possibly inside closing quotes: the sentence goes on.
func endsClause(s string) bool {
	for len(s) > 0 {
		r, w := decodeLast(s)
		switch r {
		case '，', ',', '、':
			return true
		case '”', '’', '」', '』', '"', '\'':
			s = s[:len(s)-w]
			continue
		}
		return false
	}
	return false
}

// markRank is the rank of a head by its numbering, so that a page using
// two levels nests the lower in the higher: 一、 (1) > （一） (2) > 1. (3) >
// （1） (4). Bullets, bare heads and run-in lead-ins rank 1.
func markRank(mark string) uint8 {
	if mark == "" {
		return 1
	}
	r, _ := firstRune(mark)
	bracketed := closeFor(r) != 0
	if bracketed {
		r, _ = firstRune(mark[utf8.RuneLen(r):])
	}
	arabic := r >= '0' && r <= '9' || r >= '０' && r <= '９'
	switch {
	case !isDigitOrNumeral(r) && !arabic:
		return 1 // a bullet
	case !bracketed && !arabic:
		return 1
	case bracketed && !arabic:
		return 2
	case !bracketed:
		return 3
	}
	return 4
}

// leadOf is the datelineLead of leadsWithDateline's answer.
func leadOf(ok bool) datelineLead {
	if ok {
		return leadDateline
	}
	return leadNone
}

// leadsWithDateline reports whether expand would split a dateline off s,
// and whether text follows it.
func leadsWithDateline(s, lang string) (ok, more bool) {
	return datelineLeads(parseDatelineLang(s, lang))
}

// datelineLeads is leadsWithDateline for the text's dateline as parsed.
func datelineLeads(d dateline, rest string, ok bool) (leads, more bool) {
	if !ok || !splittable(rest) || !d.runIn && !readsAsText(d.text) {
		return false, false
	}
	return true, rest != ""
}

// textNotTitle reports a line that reads as a title line but is the text
// of its language's pieces: a quiz's or a Q&A's question, Ｑ　火星のまわり
// を回る衛星は、いくつあるかな？ (jachildsig.go, jaqaline.go); a Korean book
// box's entry opening with the book's data, 《겨울 정원의 기억》 최윤아
// 지음·한빛출판·312쪽·1만7000원 (kobookline.go); a Chinese review's line of
// the book's particulars, 《青石镇百年》　林远舟著　江东人民出版社　2026年10月
// 定价68元 (zhbookline.go); a Japanese remark to the reader in round
// brackets, （解答は来週） (jabracketaside.go).
func textNotTitle(s, lang string) bool {
	switch {
	case lang == "ja":
		return jaQuestionLine(s) || jaBracketAside(s)
	case lang == "ko":
		return koBookDataLine(s)
	case strings.HasPrefix(lang, "zh"):
		return strings.HasPrefix(s, "《") && zhBookDataLine(s)
	}
	return false
}
