package newstext

// A small table of figures set as text (its rows: features' row) closes
// with a note on its figures under its last row, opened by the note's
// mark (tableNote): （注）連結。東和食品は単体 on a Japanese page, 注：2026年
// 为预测值 on a Chinese one, ※ before it. Under the rows it is the table's
// note, as 数据来源：… and 자료: … are; elsewhere such a line is left to
// the other rules (a footnote list's 注： is footnotes.go's).
//
// A poll's table closes with the survey's method under its rows, opened
// by its label and a space or a mark, 調査方法　５、６両日、…で実施した。,
// 【調査方法】…, 〈調査方法〉…, 調査の方法＝… (pollMethodNote): a newspaper
// reader takes it for the note on the survey, as （注） is, not the
// story's text (blind page ja-seiji-doseiyoron; README silent). It runs
// longer than a note on figures. A sentence on a survey's method,
// 調査方法を見直す。, or the label alone on its line is none.

import (
	"slices"
	"strings"
)

// pollMethodLabels name a survey's method note.
var pollMethodLabels = []string{"調査方法", "調査の方法", "調査の概要", "調査概要"}

// pollMethodNote reports a line opening with a survey's method label
// (pollMethodLabels), bare before a space, a colon or ＝, or alone in
// brackets (【調査方法】, 〈調査方法〉, ＜調査方法＞, ［調査方法］, 〔調査方法〕) with a
// bullet ◆ or ■ before it or none, and text after it.
func pollMethodNote(s string) bool {
	for _, m := range []string{"◆", "■", "◇", "□"} {
		if t, ok := strings.CutPrefix(s, m); ok {
			s = t
			break
		}
	}
	for _, b := range pollMethodBrackets {
		o, c := b[:len(b)/2], b[len(b)/2:]
		if in, ok := strings.CutPrefix(s, o); ok {
			in, rest, ok := strings.Cut(in, c)
			return ok && slices.Contains(pollMethodLabels, in) && trimSpace(rest) != "" // 【調査方法】…
		}
	}
	for _, l := range pollMethodLabels {
		if rest, ok := strings.CutPrefix(s, l); ok {
			r, w := firstRune(rest)
			return strings.ContainsRune("　 ：:＝=", r) && trimSpace(rest[w:]) != ""
		}
	}
	return false
}

// pollMethodBrackets are the brackets a survey's method label is set in,
// each its opener and closer (of one width) together.
var pollMethodBrackets = []string{"【】", "〈〉", "＜＞", "［］", "〔〕"}

// markTableNotes makes a note of each line opening with a note mark
// (tableNote), short as a table's note is, whose nearest unit above is a
// table's row.
func (b *builder) markTableNotes(sc *scorer) {
	us := sc.us
	for i := 1; i < len(us); i++ {
		u := &us[i]
		if u.kind != uText || u.verbatim {
			continue
		}
		r, _ := firstRune(u.text)
		if r != '（' && r != '(' && r != '注' && r != '※' && r != '調' && r != '【' && r != '〈' && r != '＜' && r != '［' && r != '〔' && r != '◆' && r != '■' && r != '◇' && r != '□' {
			continue // (most lines: one rune decoded)
		}
		poll := r != '（' && r != '(' && r != '注' && r != '※'
		// Under the last row, or a poll's method under the table's note
		// below it.
		if p := sc.prevContent(i); p < 0 || !sc.fs[p].row && !(poll && sc.us[p].kind == uNote && tableNote(sc.us[p].text)) {
			continue
		}
		if poll && (!pollMethodNote(u.text) || !atMost(u.text, 300)) || !poll && (!tableNote(u.text) || !atMost(u.text, 100)) {
			continue
		}
		u.kind, u.summed = uNote, false
	}
}
