package newstext

import (
	"slices"
	"strings"
)

// A Japanese paper (読売, 中日 and the regional papers) sets its own
// commentary after a story run in at an indented paragraph under a label
// in angle brackets, 〈解説〉, ＜解説＞, as others set 【解説】: 　〈解説〉投資を
// うたう詐欺は、…, signed by a desk reporter under it. A newspaper reader
// takes the label as the head of the commentary, a section of the story
// (blind page ja-yukan-shakai-b73), as a run-in 【戦評】 gives. Angle
// brackets also quote titles, 〈坊っちゃん〉を読み返した, and frame a series'
// kicker, ＜連載・老いの風景＞（２）: only a label of the commentary's or
// glossary's kind (jaAngleRunInLabels) run into a paragraph's text is one.

// jaAngleRunInLabels are the labels of japaneseLabels a paper runs in at
// a paragraph in angle brackets. Not a note's (注, 注記: a note cue) nor a
// bulletin's (速報, 号外: a title's tag).
var jaAngleRunInLabels = []string{"解説", "視点", "評論", "論評", "主張", "論説", "焦点", "談話", "要旨", "一問一答", "用語", "用語解説", "メモ", "ことば", "ズーム", "深層", "分析", "背景", "識者", "寸評", "時評", "短評"}

// jaAngleRunIn returns the end of a commentary's label in angle brackets
// (〈解説〉, ＜解説＞, <解説>, jaAngleLabel) opening s, a Japanese
// paragraph's text, or 0. The text after it must be a paragraph's,
// holding a sentence's 。 (a label over a title line, 〈視点〉揺らぐ地方財政,
// is the grammar's), and not go on from the bracket as a sentence does
// from a quoted word (〈解説〉の欄は…). A label alone on its line is the
// grammar's too.
func jaAngleRunIn(s string) int {
	end := jaAngleLabel(s)
	if end == 0 {
		return 0
	}
	rest := trimSpace(s[end:])
	if rest == "" || !strings.Contains(rest, "。") || !splittable(rest) {
		return 0
	}
	if r, _ := firstRune(rest); strings.ContainsRune("はがをのにとでへや」』）", r) {
		return 0 // 〈解説〉の欄は…: the bracket quotes the word in a sentence
	}
	return end
}

// jaAngleLabel returns the end of one of jaAngleRunInLabels in angle
// brackets (〈 〉, ＜ ＞, < >) opening s, or 0. Its ＞ closes its ＜: a
// line opening so, ＜解説＞投資をうたう詐欺は、, is no site's section trail
// (breadcrumb).
func jaAngleLabel(s string) int {
	// (The first byte first: 〈 opens with E3, ＜ with EF; most text
	// opens with neither.)
	if s == "" || s[0] != '<' && s[0] != 0xE3 && s[0] != 0xEF {
		return 0
	}
	open, ow := firstRune(s)
	cl := angleCloseFor(open)
	if cl == 0 || open == '《' {
		return 0
	}
	// The longest label, 用語解説 or 一問一答, is four runes of three
	// bytes: look no further for the close than a few runes more.
	i := strings.IndexRune(s[ow:min(len(s), ow+8*3)], cl)
	if i < 0 || !slices.Contains(jaAngleRunInLabels, trimSpace(s[ow:ow+i])) {
		return 0
	}
	return ow + i + len(string(cl))
}
