package newstext

import "strings"

// A Hong Kong 馬經 or sports page closes a story that ends in a table
// (a race's results and its dividends, 頭馬　6　火鳳凰　梁嘉俊 …
// 連贏　1,082.00元) and then sets a standing column of news in brief under
// its name: 騎練動態 (体坛动态, 馬圈動態, 新聞速遞, 簡訊) over its items, each
// a sentence after the same bullet, ◆潘明哲本周四將赴日本…。. The rows
// closed the story above; the name is the column's, an article of its own,
// not a head of that story. Under a paragraph, a head over bulleted
// sentences may as well be the story's own (its last section), and a name
// of no such column (賽後花絮) or over plain paragraphs stays a head.

// roundupWords close a standing column of news in brief's name: a
// roundup's (動態, 动态) or a box of briefs' (briefBoxWords).
var roundupWords = []string{"動態", "动态"}

// markRoundupColumns makes a headline of a roundup column's name
// (roundupColumnName) right under a table's last row, over two or more
// items after the same bullet, each a sentence: the column is an article
// of its own (see above).
func (b *builder) markRoundupColumns(sc *scorer) {
	if !strings.HasPrefix(b.lang, "zh") {
		return
	}
	for i := 1; i < len(sc.us); i++ {
		u := &sc.us[i]
		if u.kind != uText || u.verbatim || u.para || !sc.fs[i].title || sc.fs[i].row || sc.fs[i].headMark != "" || !roundupColumnName(u.text) {
			continue
		}
		p := sc.prevContent(i)
		if p < 0 || sc.us[p].kind != uText || !sc.fs[p].row {
			continue // (not under a table's row)
		}
		if sc.tableLedIn(p) {
			continue // (the story's own table: its section goes on)
		}
		if !sc.bulletedSentences(i) {
			continue
		}
		u.kind, u.summed = uHeadline, false
		bodyOnly(&sc.fs[i], false)
		b.warnParts(u.line, "roundup column's name under a table's rows taken as its headline: ", u.text)
	}
}

// roundupColumnName reports s a short name of a column of news in brief:
// at most eight runes ending in a roundup's word (roundupWords) after two
// or more Han, or a box of briefs' label (briefBoxLabel).
func roundupColumnName(s string) bool {
	if !atMost(s, 8) {
		return false
	}
	if briefBoxLabel(s) {
		return true
	}
	for _, w := range roundupWords {
		if head, ok := strings.CutSuffix(s, w); ok && !atMost(head, 1) {
			for _, r := range head {
				if !isHan(r) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// tableLedIn reports the rows ending at unit p (and their header, if
// any) led into by the text above them, a line ending in a colon
// (各区10月成交均价如下：): the table
// is the story's own, its text goes on under it, so a …动态 line under it
// is the story's section (市场动态), not a column of its own.
func (sc *scorer) tableLedIn(p int) bool {
	k := p
	for k >= 0 && sc.us[k].kind == uText && sc.fs[k].row {
		k = sc.prevContent(k)
	}
	colon := func(k int) bool {
		if k < 0 || sc.us[k].kind != uText {
			return false
		}
		r, _ := decodeLast(sc.us[k].text)
		return r == '：' || r == ':'
	}
	if k >= 0 && !colon(k) && sc.us[k].kind == uText && sc.fs[k].title && !endsSentence(sc.us[k].text) {
		k = sc.prevContent(k) // (the table's header, 城区　均价　环比, over its rows)
	}
	return colon(k)
}

// bulletedSentences reports the units after i opening with two or more
// items after the same bullet (◆ ● ■ ◇ ▲ ★), each a sentence closed by
// its stop.
func (sc *scorer) bulletedSentences(i int) bool {
	mark, items := rune(0), 0
	for k := sc.nextContent(i); k < len(sc.us) && sc.us[k].kind == uText && !sc.us[k].verbatim; k = sc.nextContent(k) {
		t := sc.us[k].text
		r, w := firstRune(t)
		if !strings.ContainsRune("◆●■◇▲★", r) || mark != 0 && r != mark || !endsSentence(t) || atMost(t[w:], 4) {
			break
		}
		mark, items = r, items+1
	}
	return items >= 2
}
