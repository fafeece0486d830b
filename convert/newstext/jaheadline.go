package newstext

import "strings"

// jaHeadlineCommas reports a Japanese title line whose only inner
// punctuation is the enumeration comma 、, which a Japanese headline
// sets after its subject (米、対中関税を停止; 将棋・藤川四段、初優勝):
// that comma keeps the line a headline's shape, where a comma, colon or
// semicolon of another kind (，：；) would not.
func jaHeadlineCommas(s string) bool {
	return strings.Contains(s, "、") && !hasAnyRune(s, "，：；,;:")
}

// jaPhraseSpaced reports a Japanese title line parted into phrases by a
// space, as a headline is: by U+3000 (北海道で大雪　あすにかけ…), or by
// an ASCII space between two words of kana or kanji, as NHK sets its
// heads (北海道 各地で今季一番の冷え込み). A space next to Latin letters or
// digits parts no phrase: it sets the Latin word off as Japanese
// typesetting does (JR 特急など40本が運休, 新型 iPhone 発表), in a head or
// a plain line alike.
func jaPhraseSpaced(s string) bool {
	if strings.Contains(s, "\u3000") {
		return true
	}
	prev := rune(0)
	for i, r := range s {
		if r == ' ' {
			next, _ := firstRune(s[i+1:])
			if prev != 0 && next != 0 && !latinOrDigit(prev) && !latinOrDigit(next) && !isSpace(next) {
				return true
			}
		}
		prev = r
	}
	return false
}

// latinOrDigit reports a Latin letter or a digit, half- or full-width.
func latinOrDigit(r rune) bool {
	switch {
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
		return true
	case r >= 'ａ' && r <= 'ｚ', r >= 'Ａ' && r <= 'Ｚ', r >= '０' && r <= '９':
		return true
	}
	return false
}

// briefAbove reports a title line i, not indented, right after a brief:
// one finished paragraph of body text under a title line. A Japanese
// digest of wire briefs (ニュース短信: 共同, 時事) runs its items one
// after another, a headline over a 　-indented paragraph each, with no
// blank line and often no credit (〔時事〕) closing the item: a line of a
// headline's length set flush after such an item is the next item's
// headline, as a Japanese story's heads come after several paragraphs,
// and marked (◆, ■), not after its lead. (An indented line opens a
// paragraph, whatever it ends in. Korean, which marks no paragraph by
// an indent, is not read so: a line cut by a column break after a
// story's lead would pass for a brief's headline.)
func (sc *scorer) briefAbove(i int) bool {
	if sc.indented(i) {
		return false
	}
	p := sc.prevContent(i)
	if p < 0 || sc.us[p].kind != uText || sc.fs[p].title || !sc.fs[p].ended {
		return false
	}
	q := sc.prevContent(p)
	return q >= 0 && (sc.us[q].kind == uHeadline || sc.us[q].kind == uText && sc.fs[q].title && !sc.fs[q].row && sc.fs[q].headMark == "")
}

// indented reports unit i's first line indented on the page.
func (sc *scorer) indented(i int) bool {
	n := sc.us[i].line
	return n >= 1 && n <= len(sc.lines) && sc.lines[n-1].indent
}
