package newstext

import "strings"

// A box of briefs under its label (ニュース短信, 简讯, 경제 단신:
// briefBoxLabel) often marks its items' titles with a bullet, ◆上田で交通安全講習,
// ■公交12路下周起调整走向, as a story marks its section heads. Under a
// listed label the bullet is the box's typography, not a head's: each
// marked title over its one paragraph is an item's headline, as an
// unmarked one is (briefbox.go), and the label is the first item's
// kicker. Read as heads, the items became sections of the story above
// the box and the label a paragraph of it (blind page ja-kenban-13).
// The marker stays in the headline's text, as a head's does.
//
// Japanese papers mark the same titles with ▽ (▽東御でワイン祭り) or wrap
// them in lenticular brackets (【東御でワイン祭り】, alone on the line or
// run in before the item's text): under the label these too are the
// items' titles. Elsewhere ▽ opens a standing box's entry
// (▽小林昭一さん（８０）＝洋画) or a box score's record, and 【…】 a
// run-in lead-in, and they are left so. A Chinese digest under its label
// (財經快訊, 简讯) runs its items' subjects in in the same brackets,
// 【海通力拓】建築承建商海通力拓（01729）公布，…: those are run-in
// lead-ins, as the README's digest items are, each a section of the
// label's one article (blind page hk-xingdao-caijing-zhuanlan, where the
// first alone became a headline under the label as its kicker).

// markBriefBoxItems makes a headline of each bulleted item title of a box
// of briefs under its label (see above), before the grammar, which takes
// a line with a head's marker for a section head only.
func (b *builder) markBriefBoxItems(sc *scorer) {
	for i := range sc.us {
		if !sc.briefBoxMarkedLabel(i) {
			continue
		}
		for _, k := range sc.markedBriefItems(i) {
			u := &sc.us[k]
			// A title in lenticular brackets is not bulleted: the
			// warning names the mark the reader went by.
			what := "bulleted item"
			if sc.markedBriefTitle(k) == "【" {
				what = "bracketed item title"
			}
			u.kind, u.runIn, u.summed = uHeadline, false, false
			bodyOnly(&sc.fs[k], false)
			b.warnParts(u.line, what+" of a box of briefs taken as its headline: ", u.text)
		}
	}
}

// briefBoxMarkedLabel reports unit i a listed brief box's label
// (briefBoxLabel), an unmarked and unindented title line, straight over
// a bulleted item title (markedBriefTitle).
func (sc *scorer) briefBoxMarkedLabel(i int) bool {
	u, f := &sc.us[i], &sc.fs[i]
	if u.kind != uText || u.verbatim || u.para || !f.title || f.row || f.headMark != "" || !briefBoxLabel(u.text) {
		return false
	}
	n := sc.nextContent(i)
	return n < len(sc.us) && sc.markedBriefTitle(n) != ""
}

// markedBriefItems returns the bulleted item titles under the brief box's
// label at i: each under the first item's bullet, over one finished
// paragraph (briefBody), followed by the next item's title, another title
// line, the page's end, or the box's closing credit (boxClosingCredit),
// which ends the box. An item with a second paragraph, or a title
// under another bullet, ends the box there (the unmarked items' rule,
// briefBoxItem, asks the same of each item).
func (sc *scorer) markedBriefItems(i int) []int {
	var items []int
	mark := ""
	for k := sc.nextContent(i); k < len(sc.us) && len(items) < maxBriefItems; {
		m0 := sc.markedBriefTitle(k)
		if m0 == "" || mark != "" && m0 != mark {
			break
		}
		n := sc.nextContent(k)
		if n >= len(sc.us) || !sc.briefBody(n) {
			break
		}
		m := sc.nextContent(n)
		if sc.boxClosingCredit(m) {
			items = append(items, k) // the box's credit closes it (briefboxcredit.go)
			break
		}
		if m < len(sc.us) && sc.markedBriefTitle(m) == "" && !sc.briefTitle(m) {
			break
		}
		mark = m0
		items = append(items, k)
		k = m
	}
	return items
}

// markedBriefTitle returns the mark of unit k's item title, or "": a title
// line under a bullet (◆ ■ ◇ ●), unindented; a short title after ▽
// (markedBriefTriangle); or, on a Japanese page, a run-in head in
// lenticular brackets, 【東御でワイン祭り】, which gives "【".
func (sc *scorer) markedBriefTitle(k int) string {
	u, f := &sc.us[k], &sc.fs[k]
	switch {
	case u.kind == uText && !u.verbatim && !u.para && f.title && !f.row && bulletMark(f.headMark):
		return f.headMark
	case u.kind == uText && !u.verbatim && !u.para && markedBriefTriangle(u.text):
		return "▽"
	case u.kind == uHeading && u.runIn && sc.lang == "ja" && strings.HasPrefix(u.text, "【") && strings.HasSuffix(u.text, "】"):
		return "【"
	}
	return ""
}

// markedBriefTriangle reports a brief's title after ▽ (▽東御でワイン祭り):
// a short line of words with no sentence's or clause's punctuation, and
// neither the ＝ of a standing box's entry (▽小林昭一さん（８０）＝洋画)
// nor a box score's record or game label (▽本塁打　佐藤（松）).
func markedBriefTriangle(s string) bool {
	rest, ok := strings.CutPrefix(s, "▽")
	if !ok || !atMost(s, 40) {
		return false
	}
	rest = trimSpace(rest)
	return rest != "" && !hasAnyRune(rest, "。．！？!?＝=：:；;") && !recordLine(s) && !gameLabel(s)
}
