package newstext

import "strings"

// wireStoryTrailer finds a Chinese wire story's closing credit run on
// after its last sentence, …完成受損樓宇的安全評估。（路透社）,
// …暫無人員傷亡報告。（法新社）, and returns its offset and the credit (org
// the agency), on a Chinese page: a byline after the paragraph, as an agency's credit ending
// an article is (〔時事〕, （據中央社電）). The agencies are those a photo
// credits too (路透社, 美聯社, 法新社, 歐新社: isPhotoSource), which
// trailingCredit leaves in the text so that a caption keeps its credit,
// 卑爾根港內的漁船周日泊岸。（法新社）: a story's text, two sentences or more
// before the bracket in round brackets, is no caption. One sentence, a
// photo library's or file photo's credit (（達志影像）, （資料照）), or a
// bracket after an unfinished clause stay in the text.
func wireStoryTrailer(s, lang string) (int, credit, bool) {
	if !strings.HasPrefix(lang, "zh") {
		return 0, credit{}, false
	}
	start, inner, ok := trailingBracket(s)
	if !ok || start == 0 || !wireAgencyBracket(s[start:], inner) {
		return 0, credit{}, false
	}
	if !storyText(trimSpace(s[:start])) {
		return 0, credit{}, false
	}
	return start, credit{org: trimSpace(inner)}, true
}

// wireAgencyBracket reports a bracket, b whole and inner inside it,
// holding one of the wire agencies a photo credits too, in round
// brackets: （路透社）, (法新社).
func wireAgencyBracket(b, inner string) bool {
	if !strings.HasPrefix(b, "（") && b[0] != '(' {
		return false
	}
	switch trimSpace(inner) {
	case "路透社", "美聯社", "美联社", "法新社", "歐新社", "欧新社":
		return true
	}
	return false
}

// storyText reports a text of two sentences or more, the last finished:
// a story's, not a caption's.
func storyText(s string) bool {
	return endsSentence(s) && sentenceCount(s, 2) >= 2
}

// markWireTrailers makes a byline, before the grammar labels the page, of
// such a credit alone on its line after a blank line, （路透社）, under a
// story's finished paragraph of two sentences or more and over no more
// of its text (nothing, a byline, the page's foot, a title line that
// opens the next story, or a kicker over the next story's marked
// headline, 國際簡訊 / # 智利南部山火…), on a Chinese page: the normalized text writes
// the credit split off a paragraph so, and it must read back the same.
// Under a caption, or over more text, it stays as it was.
func (b *builder) markWireTrailers(sc *scorer) {
	if !strings.HasPrefix(b.lang, "zh") {
		return
	}
	us := sc.us
	for i := 1; i < len(us); i++ {
		u := &us[i]
		if u.kind != uText || u.verbatim || u.para || u.line != u.lastLine {
			continue
		}
		start, inner, ok := trailingBracket(u.text)
		if !ok || start != 0 || !wireAgencyBracket(u.text, inner) {
			continue
		}
		p := sc.prevContent(i)
		if p < 0 || us[p].kind != uText || sc.fs[p].title || !storyText(us[p].text) {
			continue
		}
		if n := sc.nextContent(i); n < len(us) && us[n].kind == uText && !sc.opensStoryAt(n) && !sc.kickerOverHeadline(n) && !sc.footLines(n) {
			continue
		}
		u.kind, u.cr = uByline, creditRef(credit{org: trimSpace(inner)})
		bodyOnly(&sc.fs[i], false)
	}
}

// sentenceCount counts the sentences of a Chinese text by their full
// stops, question and exclamation marks (。？！), up to max.
func sentenceCount(s string, max int) int {
	n := 0
	for _, r := range s {
		if r == '。' || r == '？' || r == '！' {
			if n++; n >= max {
				break
			}
		}
	}
	return n
}

// kickerOverHeadline reports a title line at n right over a marked
// headline (国際簡訊 over # 智利南部山火　逾千人疏散): the next story's
// kicker.
func (sc *scorer) kickerOverHeadline(n int) bool {
	m := sc.nextContent(n)
	return sc.fs[n].title && m < len(sc.us) && sc.us[m].kind == uHeadline
}
