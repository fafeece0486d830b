package newstext

import "strings"

// A comment page sets its call for contributions (copyCall) in a small
// box at its foot, under a label and with the rules for what is sent:
// 投稿须知 / 言论版欢迎投稿，电邮：… / 来稿请附真实姓名及联系电话，字数以1200字为限，
// 本报有权删改。 (联合早报's 言论 page). The label and the rules are the
// box's, furniture with the call: noise. Only next to the call: alone, a
// 征稿启事 heads a notice of its own (its rules the text), and a sentence
// on contributions in a story stays the story's: the box stands apart
// from an article's text, under its label, the page's top, or a credit,
// caption or note that closes the piece above (copyBoxApart).

// copyBoxLabelEnds close the label over a call for contributions:
// 投稿须知 (notes), 征稿启事 (notice), 投稿方式 (how to send).
var copyBoxLabelEnds = []string{"须知", "須知", "启事", "啟事", "指南", "方式", "办法", "辦法"}

// copyRuleWords are the terms a box's rules set for contributions: the
// writer's real name, a length, the paper's right to cut, no double
// submission, no return of manuscripts, the fee.
var copyRuleWords = []string{"真实姓名", "真實姓名", "字数", "字數", "有权删改", "有權刪改", "删改", "刪改", "文责自负", "文責自負",
	"一稿多投", "一稿兩投", "一稿两投", "恕不退稿", "稿酬", "稿費", "稿费"}

// copyStarts open a box's rules sentence: the contribution is its subject.
var copyStarts = []string{"来稿", "來稿", "投稿", "赐稿", "賜稿", "来函", "來函", "投书", "投書"}

// markCopyBoxes makes noise of a call for contributions' label right above
// it (copyBoxLabel) and of its rules right above or under it (copyRules),
// across the blank lines that part the box's lines (see above).
func (b *builder) markCopyBoxes() {
	us := b.units
	for i := range us {
		if us[i].kind != uNoise || us[i].noise != noiseCopyCall {
			continue
		}
		// The run of rules over and under the call, us[top+1:end].
		end := i + 1
		for end < len(us) && copyBoxText(&us[end]) && copyRules(us[end].text) {
			end++
		}
		top := i - 1
		for top >= 0 && copyBoxText(&us[top]) && copyRules(us[top].text) {
			top--
		}
		label := top >= 0 && copyBoxText(&us[top]) && copyBoxLabel(us[top].text)
		if !label && !copyBoxApart(us, top) && !callOverRules(us, top, i, end) {
			continue // a story's or a notice's own rules over or under its address: its text
		}
		for j := top + 1; j < end; j++ {
			if j != i {
				us[j].kind, us[j].noise, us[j].summed = uNoise, noiseCopyBox, false
			}
		}
		if label {
			us[top].kind, us[top].noise, us[top].summed = uNoise, noiseCopyBox, false
		}
	}
}

// copyBoxApart reports the unit p over a box's rules and call as none of
// an article's body text, so the box stands apart from the text: the
// page's top (p < 0), furniture, a credit or a caption, or a bare note on
// the author (作者是…) that closes the piece above. Under a story's or a
// notice's paragraph (本次征文即日起…截稿。 / 投稿作品须为原创，…字数… /
// 投稿邮箱：…) the rules are that text's own.
func copyBoxApart(us []unit, p int) bool {
	if p < 0 {
		return true
	}
	switch u := &us[p]; u.kind {
	case uNoise, uByline, uCaption:
		return true
	case uText:
		return !u.para && bareAuthorNote(u.text) || closingNote(u)
	}
	return false
}

// callOverRules reports a call us[i] that stands between the text above
// it, us[top], and the box's rules under it (none over the call): the
// rules follow the call, the box's own line, not the text, so the box
// stands apart from it (a 副刊 essay's last paragraph / 投稿邮箱：… /
// 来稿请附真实姓名…). Only where that text speaks of the contributions
// itself (copyAbout: a story on a call for entries, 本次征文…截稿。, a
// notice's 面向广大读者征集稿件。) are the address and rules under it its
// own. Rules right under the text (本次征文… / 投稿作品须… / 投稿邮箱：…)
// are the text's whatever it says (copyBoxApart).
func callOverRules(us []unit, top, i, end int) bool {
	return top == i-1 && end > i+1 && top >= 0 && us[top].kind == uText && !copyAbout(us[top].text)
}

// copyAboutWords name contributions or a call for entries in a sentence:
// the contribution words (copyWords' Chinese ones) and the call's own.
var copyAboutWords = []string{"征文", "徵文", "征集", "徵集", "稿件"}

// copyAbout reports a text that speaks of contributions or a call for
// them (征文, 征集稿件, 投稿, 来稿…).
func copyAbout(s string) bool {
	for _, c := range copyWords[:8] { // (the Chinese contribution words, 投稿 … 賜稿)
		if strings.Contains(s, c) {
			return true
		}
	}
	for _, c := range copyAboutWords {
		if strings.Contains(s, c) {
			return true
		}
	}
	return false
}

// noiseCopyBox names the label and rules of a call for contributions' box.
const noiseCopyBox = "contributions box"

// copyBoxText reports a unit of plain text that may be a box's line: not
// indented (a 征稿启事's indented text is a notice's paragraph).
func copyBoxText(u *unit) bool {
	return u.kind == uText && !u.verbatim && !u.para && atMost(u.text, 80)
}

// copyBoxLabel reports a call's label: at most 8 runes, unpunctuated,
// naming contributions (a copy word) and ending as a notice's name does
// (投稿须知, 征稿启事, 來稿須知).
func copyBoxLabel(s string) bool {
	if !atMost(s, 8) || hasClauseEnd(s) || !hasAnySuffix(s, copyBoxLabelEnds) {
		return false
	}
	for _, c := range copyWords[:8] { // (the Chinese contribution words, 投稿 … 賜稿)
		if strings.Contains(s, c) {
			return true
		}
	}
	return false
}

// copyRules reports a box's rules sentence: it opens with the
// contribution (来稿, 投稿) and sets one of its terms
// (copyRuleWords): 来稿请附真实姓名及联系电话，字数以1200字为限，本报有权删改。
func copyRules(s string) bool {
	if !startsWithAny(s, copyStarts) {
		return false
	}
	for _, w := range copyRuleWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
