package newstext

import "strings"

// A Chinese theory page's essay (理论版, 学习时报, a city 党报's 理论周刊)
// marks its sources in the text, ①, ②, and prints them under its last
// paragraph, each on its own line under a label of its own line, 注释：
// (注：, 注　释, 【注释】, 参考文献：, with [1] or 〔1〕 marks): the notes
// on the text, not paragraphs of its last section. The label and each
// entry are notes, which stay with the story above them as its grant
// note 【本文系…】 does. A list of ①… points under no such label (a
// paragraph's items set one a line), or under another word (注意：) is
// the text's, and so is a run whose marks do not count up from one.

// footnoteLabels are the labels of a footnote block, unbracketed, with
// no colon and no space.
var footnoteLabels = []string{"注释", "註釋", "注", "註", "注解", "註解", "参考文献", "參考文獻"}

// markFootnotes makes notes of a footnote label alone on its line and of
// the entries right under it, numbered from one in order (footnoteMark).
func (b *builder) markFootnotes() {
	if b.lang == "ja" || b.lang == "ko" {
		return
	}
	us := b.units
	for i := 0; i+1 < len(us); i++ {
		u := &us[i]
		if u.kind != uText || u.verbatim || !footnoteLabel(u.text) {
			continue
		}
		n := 0
		for j := i + 1; j < len(us); j++ {
			e := &us[j]
			if k, ok := footnoteMark(e.text); !ok || k != n+1 || e.kind != uText || e.verbatim {
				break
			}
			n++
		}
		if n == 0 {
			continue
		}
		for j := i; j <= i+n; j++ {
			us[j].kind, us[j].summed = uNote, false
		}
		i += n
	}
}

// footnoteCut reports line i of a block, whose unit opened at start, the
// first entry of a footnote block right under its label alone on the
// unit's line, or an entry under the finished entry (ended) numbered one
// less, opening that unit: entries are a line each, wrapped or not,
// never the wrap of the line above.
func (b *builder) footnoteCut(ls []srcLine, start, i int, ended bool) bool {
	if b.lang == "ja" || b.lang == "ko" {
		return false
	}
	k, ok := footnoteMark(ls[i].text)
	switch {
	case !ok:
		return false
	case k == 1:
		return i-1 == start && footnoteLabel(ls[start].text)
	}
	prev, ok := footnoteMark(ls[start].text)
	return ended && ok && prev == k-1
}

// footnoteLabel reports one of footnoteLabels, in any bracket, with or
// without a colon after it, padded or not (注　释).
func footnoteLabel(s string) bool {
	if len(s) > len("【参考文献】：") {
		return false
	}
	r, w := firstRune(s)
	if c := closeFor(r); c != 0 && r != '（' && r != '(' {
		in, ok := strings.CutSuffix(trimColons(s[w:]), string(c))
		if !ok {
			return false
		}
		s = in
	} else if r != '注' && r != '註' && r != '参' && r != '參' {
		return false
	}
	return headerIn(unspaced(s), footnoteLabels)
}

// footnoteMark returns the number of a footnote entry's mark opening s,
// a circled number (①, ⑴) or one in square or tortoise-shell brackets
// ([1], ［1］, 〔1〕, 【1】), with the entry's text after it.
func footnoteMark(s string) (int, bool) {
	r, w := firstRune(s)
	switch {
	case r >= '①' && r <= '⑳':
		return int(r-'①') + 1, len(s) > w
	case r >= '⑴' && r <= '⒇':
		return int(r-'⑴') + 1, len(s) > w
	}
	c := closeFor(r)
	if c == 0 || r == '（' || r == '(' {
		return 0, false // (（1） opens a numbered head)
	}
	n, digits := 0, 0
	for k, d := range s[w:] {
		switch {
		case d >= '0' && d <= '9':
			n = 10*n + int(d-'0')
		case d >= '０' && d <= '９':
			n = 10*n + int(d-'０')
		case d == c && digits > 0:
			return n, w+k+len(string(c)) < len(s)
		default:
			return 0, false
		}
		if digits++; digits > 2 {
			return 0, false
		}
	}
	return 0, false
}
