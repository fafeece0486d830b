package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A story a paper or site reprints from another closes, or opens, with a
// note on where it first ran: （本文摘自《今周刊》第1512期，原文標題：〈…〉）,
// 本文經授權轉載自《今周刊》, （本文轉載自今周刊）, 本文转载自微信公众号“X”,
// （原文刊于《求是》2026年第3期）. It is about the text, not of it, as a
// repost's 原标题：… is: a note, which stays with its story (never a
// paragraph, nor a byline whose org is the verb phrase 本文轉載自今周刊).

// reprintVerbs say where the text was taken from, with the preposition
// that names the source after them (自, 于, 於), so that a sentence about
// the article (本文刊登後…) is none.
var reprintVerbs = []string{
	"转载自", "轉載自", "转自", "轉自", "摘自", "摘编自", "摘編自", "节选自", "節選自", "节录自", "節錄自", "选自", "選自",
	"原载于", "原載於", "原载", "原載", "刊于", "刊於", "刊载于", "刊載於", "刊登于", "刊登於", "发表于", "發表於", "首发于", "首發於", "来自", "來自",
}

// reprintEnds close a note that names its source before the verb:
// 本文經《天下雜誌》授權轉載.
var reprintEnds = []string{"授权转载", "授權轉載", "转载", "轉載"}

// reprintSubjects open a reprint note's text: this article, the original.
var reprintSubjects = []string{"本文", "原文", "此文", "本篇"}

// bareReprintVerbs may open a note with no subject: 摘自《今周刊》.
var bareReprintVerbs = []string{"转载自", "轉載自", "摘自", "节选自", "節選自", "选自", "選自", "原载于", "原載於"}

// reprintNoteFirst reports the runes a reprint note opens with (a
// subject's, a bare verb's, or an opening bracket): gate admits no other
// text to isNote for it.
func reprintNoteFirst(r rune) bool {
	switch r {
	case '本', '原', '此', '转', '轉', '摘', '节', '節', '选', '選':
		return true
	}
	return closeFor(r) != 0
}

// reprintNote reports a note on where a reprinted text first ran, alone
// or in brackets (see above): one sentence of at most 120 runes, opening
// with its subject (本文, 原文) and the verb within the next 24 runes
// (本文經授權轉載自, 本文由X授权转载: the source, or who granted it, may
// come between), or the subject and a verb closing the note, or a bare
// verb opening a phrase with no comma (摘自《今周刊》第1512期).
func reprintNote(s string) bool {
	if !atMost(s, 120) || platformNotice(s) {
		return false // (a note that disclaims, 本文转自X，如有侵权请联系删除, is the site's notice: disclaimer.go)
	}
	t, ok := noteSentence(s)
	if !ok {
		return false
	}
	if t == "" || hasAnyRune(t, "。！？!?") {
		return false // more than one sentence: text
	}
	for _, v := range bareReprintVerbs {
		if rest, ok := strings.CutPrefix(t, v); ok {
			return rest != "" && (!hasClauseEnd(rest) || bookParticulars(rest))
		}
	}
	var rest string
	for _, p := range reprintSubjects {
		if r, ok := strings.CutPrefix(t, p); ok {
			rest = r
			break
		}
	}
	if rest == "" {
		return false
	}
	for _, e := range reprintEnds {
		if strings.HasSuffix(rest, e) && !hasClauseEnd(rest) {
			return true // 本文經《天下雜誌》授權轉載
		}
	}
	k := -1
	for _, v := range reprintVerbs {
		if i := strings.Index(rest, v); i >= 0 && (k < 0 || i < k) {
			k = i
		}
	}
	if k < 0 || !atMost(rest[:k], 24) || hasClauseEnd(rest[:k]) {
		return false
	}
	return true
}

// noteSentence returns a note's sentence without the brackets that may
// enclose it whole and without its closing 。 (reprintNote, pseudonymNote),
// reporting false for an opening bracket the line does not close.
func noteSentence(s string) (string, bool) {
	t := s
	if open, w := firstRune(t); closeFor(open) != 0 {
		last, lw := decodeLast(t)
		if last != closeFor(open) || len(t) < w+lw {
			return "", false
		}
		t = t[w : len(t)-lw]
	}
	return strings.TrimSuffix(trimSpace(t), "。"), true
}

// bookParticulars reports what follows a bare reprint verb on a 书摘's
// source line, （摘自《青石镇百年》，江东人民出版社2026年10月版）: the book
// in 《》, then after commas only its particulars (bookParticular): the
// publisher, the edition, the author, 有删节, 原题…. A sentence that cites
// a book and goes on (摘自《论语》，意思是…) has other words after a comma.
func bookParticulars(s string) bool {
	if !strings.HasPrefix(s, "《") || strings.ContainsAny(s, "。！？；") {
		return false
	}
	parts := strings.Split(s, "，")
	if !strings.Contains(parts[0], "》") || len(parts) > 5 {
		return false
	}
	for _, p := range parts[1:] {
		if !bookParticular(trimSpace(p)) {
			return false
		}
	}
	return true
}

// bookPublishers end a publisher's name (出版社, 中华书局, 商务印书馆).
var bookPublishers = []string{"出版社", "书局", "書局", "书店", "書店", "印书馆", "印書館", "出版公司", "出版集团", "出版集團"}

// bookEditNotes are the editor's words on a source line after the book:
// it was cut, its title is the editor's.
var bookEditNotes = []string{"有删节", "有刪節", "略有删节", "略有刪節", "有删改", "有刪改", "有删减", "有刪減", "标题为编者所加", "標題為編者所加", "题目为编者所加", "題目為編者所加"}

// bookParticular reports one particular of a book on a 书摘's source
// line: the publisher and edition (江东人民出版社2026年10月版, 中华书局
// 2020年出版, 第2版), the author (林远舟著, 苏晓禾编著, 作者林远舟), the
// original title (原题《…》), a journal's issue (2026年第3期), or the
// editor's cut (有删节). Short, with no inner punctuation but a title's
// brackets. Also the forms most 书摘 source lines take: a translated
// author with the country in brackets, [英]约翰·史密斯著, 林远舟译; the
// credit parted by a space, 林远舟 著; a Taiwan imprint with no 社,
// 時報出版, 遠流出版 (bookImprint); the year alone, 2026年, 2026年10月
// (bookYear).
func bookParticular(p string) bool {
	if p == "" || !atMost(p, 30) {
		return false
	}
	if strings.HasPrefix(p, "原题") || strings.HasPrefix(p, "原題") || strings.HasPrefix(p, "原标题") || strings.HasPrefix(p, "原標題") {
		return strings.Contains(p, "《") || strings.Contains(p, "〈")
	}
	p = trimNationality(p)
	if hasAnyRune(p, "、：:（）()") {
		return false
	}
	if bookYear(p) {
		return true
	}
	if slices.Contains(bookEditNotes, p) {
		return true
	}
	if strings.HasSuffix(p, "期") && strings.Contains(p, "第") {
		return strings.ContainsFunc(p, isAnyDigit) // (a journal's issue: 2026年第3期)
	}
	if strings.HasSuffix(p, "版") || strings.HasSuffix(p, "出版") {
		if strings.ContainsFunc(p, isAnyDigit) || strings.HasPrefix(p, "第") {
			return true
		}
		if name, ok := strings.CutSuffix(p, "出版"); ok && bookImprint(name) {
			return true
		}
		p = strings.TrimSuffix(strings.TrimSuffix(p, "版"), "出")
	}
	for _, e := range bookPublishers {
		if strings.HasSuffix(p, e) {
			return true
		}
	}
	for _, e := range []string{"编著", "編著", "主编", "主編", "著", "编", "編", "译", "譯"} {
		if name, ok := strings.CutSuffix(p, e); ok {
			return isName(trimSpace(name))
		}
	}
	if name, ok := strings.CutPrefix(p, "作者"); ok {
		return isName(name)
	}
	return false
}

// trimNationality returns p without the translated author's country in
// brackets opening it, [英]约翰·史密斯著 → 约翰·史密斯著 (one to three Han
// characters in [], ［］, 〔〕, 【】 or （）).
func trimNationality(p string) string {
	for _, b := range [...][2]string{{"[", "]"}, {"［", "］"}, {"〔", "〕"}, {"【", "】"}, {"（", "）"}, {"(", ")"}} {
		rest, ok := strings.CutPrefix(p, b[0])
		if !ok {
			continue
		}
		k := strings.Index(rest, b[1])
		if k <= 0 {
			return p
		}
		n := 0
		for _, r := range rest[:k] {
			if !isHan(r) {
				return p
			}
			n++
		}
		if n > 3 {
			return p
		}
		return rest[k+len(b[1]):]
	}
	return p
}

// bookImprint reports the name before 出版 of a Taiwan imprint that
// names no 社, 時報出版, 商周出版, 遠流出版, 天下文化出版: two to four Han
// characters, none a word of a sentence's (由, 是, 今, 去, 将, 已, 的 …:
// 今年出版, 由他出版).
func bookImprint(name string) bool {
	n := 0
	for _, r := range name {
		if !isHan(r) || strings.ContainsRune("由是今去明将將已于於在的了他她其该該本年月", r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}

// bookYear reports the year of the book's edition alone, 2026年 or
// 2026年10月: four digits, 年, and a month or none.
func bookYear(p string) bool {
	n, w := leadDigits(p)
	if n != 4 {
		return false
	}
	rest, ok := strings.CutPrefix(p[w:], "年")
	if !ok {
		return false
	}
	if rest == "" {
		return true
	}
	m, w := leadDigits(rest)
	return m >= 1 && m <= 2 && rest[w:] == "月"
}

// leadDigits returns how many digits, half- or full-width, open s and
// the bytes they take.
func leadDigits(s string) (n, w int) {
	for _, r := range s {
		if !isAnyDigit(r) {
			break
		}
		n++
		w += utf8.RuneLen(r)
	}
	return n, w
}
