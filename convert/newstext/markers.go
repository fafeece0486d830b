package newstext

import (
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
)

// This file and its neighbours recognise the conventions of newspaper
// text. Every recogniser is a hand-written scanner (no regexp): they run
// once per block on the hot path.

// headingLevel reports a Markdown-style "# " marker: the number of '#'
// (ASCII or fullwidth) and the text after it. level is 0 when s is not one.
func headingLevel(s string) (level int, text string) {
	i := 0
	for i < len(s) {
		if s[i] == '#' {
			i++
			level++
		} else if strings.HasPrefix(s[i:], "＃") {
			i += len("＃")
			level++
		} else {
			break
		}
	}
	if level == 0 || i == len(s) {
		return 0, ""
	}
	r, _ := firstRune(s[i:])
	if !isSpace(r) {
		return 0, "" // "#话题#" is text, not a marker
	}
	text = trimSpace(s[i:])
	if text == "" {
		return 0, ""
	}
	return level, text
}

// dashPrefix reports a subheadline's leading dash run (——, —, ──, --) and
// the text after it.
func dashPrefix(s string) (text string, ok bool) {
	i, n := 0, 0
	for i < len(s) {
		r, w := firstRune(s[i:])
		if r != '—' && r != '─' && r != '―' && r != '－' && r != '-' && r != '━' {
			break
		}
		i += w
		n++
	}
	if n == 0 || (n == 1 && s[0] == '-' && !hyphenSubhead(s)) {
		return "", false
	}
	text = trimSpace(s[i:])
	return text, text != ""
}

// hyphenSubhead reports a Korean subheadline under a single hyphen and a
// space (- 인천 송도~남양주 마석 82.8㎞): Korean papers' sites mark their
// subheadlines so, where a lone hyphen elsewhere is a list item or a
// minus sign.
func hyphenSubhead(s string) bool {
	if len(s) < 2 || s[0] != '-' || s[1] != ' ' {
		return false
	}
	t := trimSpace(s[1:])
	r, _ := firstRune(t)
	// (A subheadline may open with a figure: - 3월 1~20일 수출 412억달러.)
	return r >= 0xAC00 && r <= 0xD7A3 || r >= '0' && r <= '9' && hasHangul(t)
}

// notePrefixes open a note that is not an editor's note on the story
// (isEditorsNote).
var notePrefixes = []string{
	// A repost's note of the headline it first ran under.
	"原标题：", "原标题:", "原標題：", "原標題:",
	// The source of a table's or chart's figures, under it.
	"数据来源：", "数据来源:", "數據來源：", "數據來源:"}

// quotedTitle returns the end of the foreign story's own title that a
// translation gives right after its dateline (参考消息: 【美联社华盛顿12月1日
// 电】题：制造业岗位增长陷入停滞), or 0: 题： and a title of at most 40
// runes that ends no sentence, alone or before a space. It is the
// translator's note of the original, not the text.
func quotedTitle(s string) int {
	var t string
	for _, p := range []string{"题：", "題：", "题:", "題:", "原题：", "原題："} {
		if strings.HasPrefix(s, p) {
			t = s[len(p):]
			break
		}
	}
	if t == "" {
		return 0
	}
	end := len(t)
	for i, r := range t {
		if isSpace(r) {
			end = i
			break
		}
		if (r == '（' || r == '(') && i > 0 {
			// The original's author closes its title: （作者 金秀妍）.
			if inner, _, ok := leadingBracket(t[i:]); ok {
				if _, ok := parseBracketCredit(inner); ok {
					end = i
					break
				}
			}
		}
	}
	if title := t[:end]; title == "" || !atMost(title, 40) || hasSentencePunct(strings.ReplaceAll(title, "：", "")) {
		return 0
	}
	return len(s) - len(t) + end
}

// isOriginalTitle reports a repost's note of its first headline, which
// stands right under the headline it now runs under.
func isOriginalTitle(s string) bool {
	return strings.HasPrefix(s, "原标题") || strings.HasPrefix(s, "原標題")
}

// editorsNoteHeads open an editor's note on a story, bare or after an
// opening bracket of any shape (编者按：, 【编者按】, 〔編者按〕, 【編者的話】).
var editorsNoteHeads = []string{"编者按", "編者按", "编者的话", "編者的話"}

// isEditorsNote reports an editor's note on a story (编者按：…, 【编者的话】…),
// which a paper sets above the story's title group or between its
// headline and its text.
func isEditorsNote(s string) bool {
	if r, w := firstRune(s); closeFor(r) != 0 {
		s = s[w:]
	}
	for _, p := range editorsNoteHeads {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// noteLabelAlone reports an editor's note's or afterword's label with no
// text after it: 【编者按】, 〔編者按〕, 编者按：, 【编后】, 编后语：. A paper
// sets it alone on the first line of the note's box, the text under it.
func noteLabelAlone(s string) bool {
	if !atMost(s, 8) || !(isEditorsNote(s) || isAfterword(s)) {
		return false
	}
	open, w := firstRune(s)
	cl := closeFor(open)
	if cl != 0 {
		s = s[w:]
	}
	last, lw := decodeLast(s)
	switch {
	case cl != 0 && last == cl:
	case cl == 0 && (last == '：' || last == ':'):
	default:
		return false
	}
	s = s[:len(s)-lw]
	for _, l := range []string{"编者按", "編者按", "编者的话", "編者的話", "编后语", "編後語", "编后记", "編後記", "编后话", "編後話", "编后", "編後"} {
		if s == l {
			return true
		}
	}
	return false
}

// isAfterword reports an editor's afterword closing a story (编后：…,
// 编后语：…, 【编后】…, 編後語：…): the paper's comment on the story,
// set after it as 编者按 is set before, and a note like it, not a
// paragraph of the reporter's text.
func isAfterword(s string) bool {
	bracket := false
	if r, w := firstRune(s); closeFor(r) != 0 {
		s, bracket = s[w:], true
	}
	var rest string
	switch {
	case strings.HasPrefix(s, "编后"):
		rest = s[len("编后"):]
	case strings.HasPrefix(s, "編後"):
		rest = s[len("編後"):]
	default:
		return false
	}
	for _, w := range []string{"语", "记", "话", "語", "記", "話"} {
		if strings.HasPrefix(rest, w) {
			rest = rest[len(w):]
			break
		}
	}
	r, _ := firstRune(rest)
	return r == '：' || r == ':' || bracket && isCloseBracket(r)
}

func isNote(s string) bool {
	r, _ := firstRune(s)
	if r == '덧' {
		return koreanAddOnNote(s) // 덧붙이는 글 | … (koaddon.go)
	}
	if r == '자' {
		return koreanSourceNote(s) // 자료: 한국은행, a table's source (kotable.go)
	}
	if (r == '이' || r == '본') && koreanRanNote(s) {
		return true // 이 기사는 … '마켓인사이트'에 게재됐습니다. (koreprintnote.go)
	}
	if pseudonymNote(s) {
		return true // （文中人物均为化名） (pseudonym.go)
	}
	if r == '※' && koreanDisclaimer(s) || koreanBareDisclaimerEnd(s) && koreanBareDisclaimer(s) {
		return true // ※ 외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다., bare too (kodisclaimer.go)
	}
	if koEditorsNote(s) {
		return true // [편집자주] 충북 도내 …, … 짚어본다. <편집자 주> (koeditorsnote.go)
	}
	if (r == '作' || r == '【') && authorBioNote(s) {
		return true // 作者简介：… (essaynote.go)
	}
	if r != '编' && r != '編' && r != '原' && r != '数' && r != '數' && !reprintNoteFirst(r) {
		return false
	}
	if isEditorsNote(s) || isAfterword(s) {
		return true
	}
	for _, p := range notePrefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return fundingNote(s) || reprintNote(s) || writingDateNote(s) // (reprintnote.go; （二〇二六年十一月于江城）: essaynote.go)
}

// fundingNote reports the note a theory page sets in brackets under an
// article on the grant that paid for it: 【本文系国家社会科学基金…阶段性
// 成果】, （本文为…研究成果）. It is about the article, not its text.
func fundingNote(s string) bool {
	open, w := firstRune(s)
	last, lw := decodeLast(s)
	if cl := closeFor(open); cl == 0 || last != cl || len(s) < w+lw || !atMost(s, 120) {
		return false
	}
	inner := s[w : len(s)-lw] // (longer than leadingBracket looks)
	for _, p := range []string{"本文系", "本文为", "本文是", "本文係", "本文為"} {
		if strings.HasPrefix(inner, p) {
			return true
		}
	}
	return false
}

// bracket pairs used around credits, jumps and datelines.
func closeFor(open rune) rune {
	switch open {
	case '（':
		return '）'
	case '(':
		return ')'
	case '【':
		return '】'
	case '〔':
		return '〕'
	case '[':
		return ']'
	case '［':
		return '］'
	case '〖':
		return '〗'
	}
	return 0
}

// quoteCloseFor returns the mark closing a quoted name opened by open (“
// " 「 『 《: a title, a theme, an account's name), or 0.
func quoteCloseFor(open rune) rune {
	switch open {
	case '“':
		return '”'
	case '"':
		return '"'
	case '「':
		return '」'
	case '『':
		return '』'
	case '《':
		return '》'
	}
	return 0
}

// angleCloseFor returns the closing angle bracket of open (< ＜ 〈 《), or 0.
func angleCloseFor(open rune) rune {
	switch open {
	case '<':
		return '>'
	case '＜':
		return '＞'
	case '〈':
		return '〉'
	case '《':
		return '》'
	}
	return 0
}

func isCloseBracket(r rune) bool {
	switch r {
	case '）', ')', '】', '〕', ']', '］', '〗':
		return true
	}
	return false
}

// trailingBracket finds a bracketed group ending s: it returns the byte
// offset of its opening bracket and its inner text.
func trailingBracket(s string) (start int, inner string, ok bool) {
	last, lw := decodeLast(s)
	if !isCloseBracket(last) {
		return 0, "", false
	}
	end := len(s) - lw
	// Walk back to the matching opener; credits and jumps are short.
	depth, runes := 0, 0
	for i := end; i > 0 && runes < 40; {
		r, w := decodeLast(s[:i])
		i -= w
		runes++
		switch {
		case r == last:
			depth++
		case closeFor(r) == last:
			if depth == 0 {
				return i, s[i+w : end], true
			}
			depth--
		}
	}
	return 0, "", false
}

// leadingBracket finds a bracketed group opening s and returns its inner
// text and the byte offset just after it.
func leadingBracket(s string) (inner string, end int, ok bool) {
	// (The first byte first: closeFor's brackets open with ( or [, or
	// with E3 (【〔〖) or EF (（［); most text opens with none of them.)
	if s == "" || s[0] != '(' && s[0] != '[' && s[0] != 0xE3 && s[0] != 0xEF {
		return "", 0, false
	}
	open, ow := firstRune(s)
	cl := closeFor(open)
	if cl == 0 {
		return "", 0, false
	}
	runes := 0
	for i := ow; i < len(s) && runes < 40; {
		r, w := runeAt(s, i)
		if r == cl {
			return s[ow:i], i + w, true
		}
		if r == open {
			return "", 0, false
		}
		i += w
		runes++
	}
	return "", 0, false
}

// endsSentence reports whether s ends a sentence: 。！？… (or their ASCII
// forms), possibly followed by closing quotes or brackets. A colon or
// semicolon also closes a block: list items end with them. So does a
// bracketed 据 that names no source after a finished sentence, …以上。
// （据了解） (reprint.go): the reporter's remark closes the paragraph.
func endsSentence(s string) bool {
	return endsInside(s, sentenceStop) || closesNoSourceRemark(s)
}

// sentenceStop reports a rune that ends a sentence (or a list item).
func sentenceStop(r rune) bool {
	switch r {
	case '。', '！', '？', '…', '!', '?', '.', '；', ';', '：', ':', '．', '｡':
		return true
	}
	return false
}

// endsInside reports whether s ends in a rune stop accepts, once the
// closing quotes and brackets after it are set aside (…。” and …。）).
func endsInside(s string, stop func(rune) bool) bool {
	for len(s) > 0 {
		r, w := decodeLast(s)
		switch r {
		case '”', '’', '」', '』', '"', '\'', '）', ')', '》', '〉', '】', '〕', ']', '］':
			s = s[:len(s)-w]
			continue
		}
		return stop(r)
	}
	return false
}

// atMost reports whether s has at most n runes, without counting a long
// string to its end.
func atMost(s string, n int) bool {
	// The reader's text is valid UTF-8, where every byte that is not a
	// continuation byte starts a rune: counting those needs no decoding.
	// (One expression, so that the tests of the length alone, which
	// answer most calls, are inlined where atMost is called.)
	return len(s) <= n || len(s) <= n*utf8.UTFMax && len(s)-continuationBytes(s) <= n
}

// continuationBytes counts the bytes of s of the form 10xxxxxx, eight at
// a time.
func continuationBytes(s string) int {
	const high = 0x8080808080808080
	n := 0
	for ; len(s) >= 8; s = s[8:] {
		x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		// Bit 7 set and bit 6 (shifted up to bit 7) clear.
		n += bits.OnesCount64(x &^ (x << 1) & high)
	}
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n++
		}
	}
	return n
}

// runeAt is firstRune(s[i:]) with the common cases (ASCII,
// a valid three-byte CJK rune) decoded inline: a range loop calls the
// runtime's decoder for every CJK character, a tenth of reading a page.
func runeAt(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if i+2 < len(s) && inlineLead3(c, s[i+1]) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// firstRune is firstRune(s), with a valid three-byte rune
// (most CJK characters, which the utf8 package decodes out of line)
// decoded inline as runeAt does; s may be empty.
func firstRune(s string) (rune, int) {
	if len(s) >= 3 {
		if c := s[0]; inlineLead3(c, s[1]) && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 {
			return rune(c&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
		}
	}
	return utf8.DecodeRuneInString(s)
}

// plainLead3 reports a lead byte of a three-byte form whose every pair of
// continuation bytes is a valid rune (no overlong form, no surrogate):
// runeAt and decodeLast decode those inline.
func plainLead3(c byte) bool {
	return c >= 0xE1 && c <= 0xEC || c == 0xEE || c == 0xEF
}

// inlineLead3 reports a lead byte c, followed by c1, of a three-byte form
// decoded inline: plainLead3's, or 0xED below the surrogates (c1 < 0xA0:
// U+D000–U+D7FF, the last Hangul syllables, 파 to 힣, which include 하, 한,
// 해, the commonest of Korean text; the utf8 package decodes them out of line).
func inlineLead3(c, c1 byte) bool {
	return plainLead3(c) || c == 0xED && c1 < 0xA0
}

// decodeLast is decodeLast(s) with the common cases (ASCII,
// a valid three-byte CJK rune) decoded inline, as runeAt does.
func decodeLast(s string) (rune, int) {
	n := len(s)
	if n > 0 && s[n-1] < utf8.RuneSelf {
		return rune(s[n-1]), 1
	}
	if n >= 3 {
		if c := s[n-3]; inlineLead3(c, s[n-2]) && s[n-2]&0xC0 == 0x80 && s[n-1]&0xC0 == 0x80 {
			return rune(c&0x0F)<<12 | rune(s[n-2]&0x3F)<<6 | rune(s[n-1]&0x3F), 3
		}
	}
	return utf8.DecodeLastRuneInString(s)
}

// indexColon is indexAnyRune(s, "：:"): the index of the first colon,
// fullwidth or ASCII, or -1. (IndexAny with a non-ASCII set decodes every
// rune of s and searches the set for it; these are two byte searches.)
func indexColon(s string) int {
	k := strings.IndexByte(s, ':')
	if k < 0 {
		return strings.Index(s, "：")
	}
	if w := strings.Index(s[:k], "："); w >= 0 {
		return w
	}
	return k
}

// trimColons is strings.TrimRight(s, ":："), the colons after a header
// or label cut off by comparing bytes (TrimRight with a set beyond ASCII
// decodes the last rune and searches the set for it, per rune).
func trimColons(s string) string {
	for {
		switch {
		case strings.HasSuffix(s, ":"):
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "："):
			s = s[:len(s)-len("：")]
		default:
			return s
		}
	}
}

// hasSentencePunct reports sentence punctuation anywhere in s: one of
// 。！？；：!?;: (strings.ContainsAny, matched as bytes: a lead byte
// always starts a rune, so byte and rune matches agree).
func hasSentencePunct(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '!', '?', ';', ':':
			return true
		case 0xE3: // 。 E3 80 82
			if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x82 {
				return true
			}
		case 0xEF: // ！ EF BC 81, ？ EF BC 9F, ； EF BC 9B, ： EF BC 9A
			if i+2 < len(s) && s[i+1] == 0xBC {
				switch s[i+2] {
				case 0x81, 0x9F, 0x9B, 0x9A:
					return true
				}
			}
		}
	}
	return false
}

// isKickerText reports a line that may stand above a headline as its
// kicker: short and without sentence punctuation.
func isKickerText(s string) bool { return isKickerTextSum(s, nil) }

// taggedTitle reports a title opening with a bracketed tag of the kind
// of story: the Korean [단독] (exclusive), [속보] (breaking), [사설], or
// 【独家】, 【快訊】, the Japanese 【独自】 — then the title.
func taggedTitle(s string) bool {
	inner, end, ok := leadingBracket(s)
	return ok && slices.Contains(titleTags, inner) && utf8.RuneCountInString(trimSpace(s[end:])) >= 4
}

// titleTags are the kinds of story a headline may open with in brackets.
var titleTags = []string{"단독", "속보", "사설", "기획", "인터뷰", "르포", "칼럼", "포토", "종합", "해설", "팩트체크",
	"独家", "獨家", "快讯", "快訊", "速报", "速報", "社论", "社論", "视频", "視頻", "图解", "圖解", "独占", "特報",
	// Japanese sites': 【独自】 an exclusive, 【詳報】, 【続報】, 【中継】, 【動画】.
	"独自", "詳報", "続報", "中継", "動画", "スクープ"}

// attributedTitle reports a title line that speaks for someone: a source
// of at most eight characters, a colon, then the title (當局：車站周邊交
// 通配套同步檢討, 专家：警惕“隐形”风险). Headlines and subheadlines take
// this form in every Chinese region; the colon that makes isKickerText
// refuse it ends no sentence here. Nothing else in it may: no 。！？；
// and no second colon, and it must not end in a clause's comma. A
// form's row, its label a field's (formLabel: 开奖日期) or its value a
// date or a figure alone (formValue), speaks for no one.
func attributedTitle(s string) bool {
	if !atMost(s, 40) || endsClause(s) {
		return false
	}
	colon := -1
	for i, r := range s {
		switch r {
		case '：', ':':
			if colon >= 0 {
				return false
			}
			colon = i
		case '。', '！', '？', '；', '!', '?', ';':
			return false
		}
	}
	if colon <= 0 || colon+len("：") >= len(s) || !atMost(s[:colon], 8) {
		return false
	}
	if r, _ := firstRune(s); closeFor(r) != 0 {
		return false
	}
	head := trimSpace(s[:colon])
	_, w := firstRune(s[colon:])
	return !formLabel(head) && !formValue(trimSpace(s[colon+w:])) && !slices.Contains(roleWords, head) && !slices.Contains(singleRoles, head) && head != "作者"
}

// formFields name the fields of a notice or a listing (地点：市民中心,
// 联系人：王先生): a line opening with one is a form's row, not a title
// that speaks for someone. A lottery's draw notice heads its rows with
// its draw's date, number and claim period (开奖日期：…, 期号：…,
// 兑奖期限：…). A service box names its phone line 专线/專線 as often as
// 热线 (諮詢專線：1922, 服務專線：…).
var formFields = []string{"时间", "時間", "日期", "地点", "地點", "地址", "电话", "電話", "联系人", "聯絡人", "聯繫人", "联系电话", "聯絡電話",
	"主办", "主辦", "承办", "承辦", "协办", "協辦", "票价", "票價", "网址", "網址", "邮箱", "郵箱", "传真", "傳真", "邮编", "郵編",
	"来源", "來源", "出处", "出處", "备注", "備註", "附件", "注", "註", "场地", "場地", "費用", "费用", "对象", "對象", "截止", "報名", "报名",
	"期号", "期號", "期限", "热线", "熱線", "专线", "專線", "号码", "號碼"}

// formLabel reports a form's field label (formFields): one of the words,
// or a word of two characters or more ending in one, what the field is
// of before it, 开奖日期, 活动时间, 咨询电话, 兑奖期限 (a field of one
// character, 注, only alone: 关注 is no field).
func formLabel(head string) bool {
	if slices.Contains(formFields, head) {
		return true
	}
	for _, f := range formFields {
		if pre, ok := strings.CutSuffix(head, f); ok && !atMost(f, 1) && isHanWord(pre) && atMost(pre, 4) {
			return true
		}
	}
	return false
}

// formRow reports a form's row: a field's label (formLabel), a colon and
// its value, a date or a figure (formValue), 开奖日期：2026年12月5日,
// 期号：2026140, the whole line; a value in words may be a wrapped
// notice's first line.
func formRow(s string) bool {
	k := indexColon(s)
	if k <= 0 || !atMost(s, 32) {
		return false
	}
	_, w := firstRune(s[k:])
	return formLabel(trimSpace(s[:k])) && formValue(trimSpace(s[k+w:]))
}

// formValue reports the text after a colon that is a form's value, not a
// title: a date (2026年12月5日, 2026-12-05, with its time), or a figure
// alone (a draw's number, 2026140; a phone's, 96116), or a document's or
// a case's number (docNumber). No title says only when or how many, or
// which file.
func formValue(v string) bool {
	if isSignDate(v) || isDateTime(v) || isNumericDate(v) || docNumber(v) {
		return true
	}
	return v != "" && strings.Trim(v, "0123456789０１２３４５６７８９") == "" // (digits only)
}

// exclaimedTitle reports a title line that asks or exclaims: at most 32
// characters, one or two of ！？!? and no other sentence punctuation, not
// opening with a quotation mark or bracket (quoted speech, a bracketed
// aside). 年轻人为何爱上“县城咖啡”？, 好消息！我市新增3条公交线路, 전기차
// 보조금 끝나나?. The labeller still decides by where it stands: a line
// that may be a title is not one.
func exclaimedTitle(s string) bool {
	if s == "" || !atMost(s, 32) || endsClause(s) || politeQuestion(s) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); closeFor(r) != 0 || r == '-' || r == '—' || r == '―' {
		return false
	} else if (r == '“' || r == '‘') && !quotedTermLeads(s) {
		return false
	}
	stops := 0
	for _, r := range s {
		switch r {
		case '！', '？', '!', '?':
			stops++
		case '。', '；', '：', ';', ':', '．', '…':
			return false
		}
	}
	return stops >= 1 && stops <= 2
}

// politeQuestion reports a Korean question in the polite or formal
// speech level, …대비해야 할까요?, …있습니까?: an anchor's or a speaker's
// sentence, as no headline is worded (headlines ask in the plain form,
// 집값 내릴까?, or with a noun, 금리 인하 언제?).
func politeQuestion(s string) bool {
	t := strings.TrimRight(s, "?？ ")
	return len(t) < len(s) && (strings.HasSuffix(t, "요") || strings.HasSuffix(t, "니까"))
}

// quotedTermLeads reports whether s, opening with “ or ‘, opens with a
// quoted term rather than quoted speech: the quotation closes before the
// line's end, with no sentence punctuation inside it (“一键退订”为何这么难？
// asks about the term; “你还好吗？” and “好。”他说 quote what was said).
func quotedTermLeads(s string) bool {
	open, size := utf8.DecodeRuneInString(s)
	closing := '”'
	if open == '‘' {
		closing = '’'
	}
	k := strings.IndexRune(s[size:], closing)
	if k <= 0 {
		return false
	}
	inner, rest := s[size:size+k], s[size+k+utf8.RuneLen(closing):]
	return rest != "" && !hasAnyRune(inner, "。！？!?；;：:…，,")
}

// isKickerTextSum is isKickerText with s's summary, when the caller has
// one.
func isKickerTextSum(s string, sm *textSum) bool {
	if s == "" || sm != nil && (!sm.atMost(48) || sm.has(keySentence)) || sm == nil && (!atMost(s, 48) || hasSentencePunct(s)) {
		return false
	}
	if r, _ := firstRune(s); closeFor(r) != 0 && !isSeriesLabel(s) && !taggedTitle(s) && !lenticularLabel(s) && !koreanColumnLabel(s) && !koreanStoryTagAlone(s) && !koreanOpinionRubric(s) && !koreanDeskTitle(s) {
		// （完） and other bracketed asides are not kickers. A Korean
		// opinion rubric run into its title ([정동칼럼]…, [여적]…) is a
		// title line as a story's tag is ([사설]…): on a page with no
		// blank lines, cut by indent or one paragraph a line, it opens
		// the next piece after a finished paragraph (korubric.go), not
		// wrapped text of that paragraph. So is a desk's or a service's
		// tag run into its title ([마켓인사이트] …: kodesktag.go). A
		// story's tag alone over its title ([인터뷰]) is its kicker
		// (kolabel.go).
		return false
	}
	// A Korean sentence ends in a full stop, which the summary leaves to
	// numbers (1.5): after a syllable it ends a sentence, not a title.
	if n := len(s); n > 3 && s[n-1] == '.' {
		if r, _ := decodeLast(s[:n-1]); r >= 0xAC00 && r <= 0xD7A3 {
			return false
		}
	}
	// A Korean line holding a finished sentence with more text after it
	// (…내려왔다. 지금은 청년 농부) is wrapped prose: a headline parts
	// its clauses by a comma or …, never by a full stop (kotitlestop.go).
	if koreanInnerStop(s) {
		return false
	}
	// So does a quoted one, its full stop inside the closing quote
	// (“밤 12시에 … 분들이에요.”): a box's story may open with the words
	// it quotes, a paragraph of one sentence. (A quoted headline drops
	// its full stop: “문 못 닫죠”.)
	if k := quotedEnd(s); k > 3 && s[k-1] == '.' {
		if r, _ := decodeLast(s[:k-1]); r >= 0xAC00 && r <= 0xD7A3 {
			return false
		}
	}
	return true
}

// quotedEnd returns where the closing quote ending s starts (” ’ or a
// straight double quote), or -1 when s ends in none.
func quotedEnd(s string) int {
	n := len(s)
	switch {
	case n >= 3 && s[n-3] == 0xE2 && s[n-2] == 0x80 && (s[n-1] == 0x9D || s[n-1] == 0x99): // ” ’
		return n - 3
	case n >= 1 && s[n-1] == '"':
		return n - 1
	}
	return -1
}
