package newstext

import (
	"slices"
	"unicode/utf8"
)

// An event's or a notice's information box sets its fields a row each,
// one under another with no blank line between: 时间：12月12日—14日
// 19:30 / 地点：明德大戏院（解放路118号） / 票价：80元—380元, 主办：… /
// 咨询电话：…. A row's value may be words, so formRow (a date or a figure
// alone) does not tell it; but no hard wrap of a paragraph leaves a
// field's label and colon opening each of two lines in turn, so two
// such lines one under another are two rows, each a paragraph of its
// own. A line that opens with a label and runs on into a wrapped
// sentence still joins the line under it when that line opens with no
// label (地址：北京市朝阳区建国路 / 88号).

// infoFields name an information box's fields besides formFields: the
// inquiry's (咨询 alone; 咨询电话 is formFields'), the ticket's, the way
// to apply, book or buy, a talk's speaker and guests, an exhibition's
// run. They are whole labels: a word ending in 方式 or 开放 may be a
// title's topic (生活方式：…, 对外开放：…).
var infoFields = []string{"咨询", "諮詢", "门票", "門票", "售票", "主讲", "主講", "嘉宾", "嘉賓", "展期",
	"联系方式", "聯絡方式", "聯繫方式", "报名方式", "報名方式", "预约方式", "預約方式", "购票方式", "購票方式"}

// maxInfoRowRunes bounds an information row: a label, its colon and a
// value of an address or a time span.
const maxInfoRowRunes = 32

// infoRowLabel reports a field's label of an information row, at most
// six Han: formLabel's (时间, 地点, 票价, 活动时间, 咨询电话) or one of
// infoFields.
func infoRowLabel(head string) bool {
	return atMost(head, 6) && isHanWord(head) && (formLabel(head) || slices.Contains(infoFields, head))
}

// infoRow reports a line that is an information box's row: at most
// maxInfoRowRunes, opening with a field's label (infoRowLabel), a colon
// and a value, and not ending a clause (a line ending in a comma runs on
// into the line under it).
func infoRow(s string) bool {
	if !atMost(s, maxInfoRowRunes) || endsClause(s) {
		return false
	}
	k := indexAnyRune(s, "：:")
	if k <= 0 {
		return false
	}
	_, w := utf8.DecodeRuneInString(s[k:])
	return trimSpace(s[k+w:]) != "" && infoRowLabel(trimSpace(s[:k]))
}
