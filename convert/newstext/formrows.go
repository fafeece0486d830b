package newstext

import (
	"slices"
	"strings"
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
// inquiry's (咨询, 查詢, Taiwan's 洽詢 alone; 咨询电话, 諮詢專線 are
// formFields'), the ticket's, the way
// to apply, book or buy, a talk's speaker and guests, an exhibition's
// run. They are whole labels: a word ending in 方式 or 开放 may be a
// title's topic (生活方式：…, 对外开放：…).
var infoFields = []string{"咨询", "諮詢", "查询", "查詢", "洽询", "洽詢", "门票", "門票", "售票", "主讲", "主講", "嘉宾", "嘉賓", "展期",
	"联系方式", "聯絡方式", "聯繫方式", "报名方式", "報名方式", "预约方式", "預約方式", "购票方式", "購票方式",
	// A weather box's rows under its forecast (天氣: 氣溫：最低15度　最高22度,
	// 相對濕度：百分之五十至七十五, 風：東北風三級).
	"气温", "氣溫", "温度", "溫度", "湿度", "濕度", "相对湿度", "相對濕度", "风", "風", "风力", "風力", "降雨概率", "紫外线指数", "紫外線指數"}

// maxInfoRowRunes bounds an information row: a label, its colon and a
// value of an address or a time span.
const maxInfoRowRunes = 32

// infoRowLabel reports a field's label of an information row, at most
// six Han: formLabel's (时间, 地点, 票价, 活动时间, 咨询电话) or one of
// infoFields.
func infoRowLabel(head string) bool {
	return atMost(head, 6) && isHanWord(head) && (formLabel(head) || slices.Contains(infoFields, head))
}

// labelledFigure reports a row of any short label over a date or a
// figure alone (formValue), 諮詢專線：1922, 期号：2026140: no title says
// only when or how many, whatever its label, so the line is a row.
func labelledFigure(head, value string) bool {
	return atMost(head, 6) && isHanWord(head) && formValue(value)
}

// figureRow reports a line of any short label over a date or a figure
// alone (labelledFigure), 緊急求助：999, 中奖人数：12, 咨询：12345: complete
// with its value as a form's row (formRow) is, so standing short on its
// line it never runs on into the text under it. A label over words
// (地址：北京市朝阳区建国路 / 88号) may still wrap into that text.
func figureRow(s string) bool {
	if !atMost(s, maxInfoRowRunes) {
		return false
	}
	k := indexAnyRune(s, "：:")
	if k <= 0 {
		return false
	}
	_, w := utf8.DecodeRuneInString(s[k:])
	return labelledFigure(trimSpace(s[:k]), trimSpace(s[k+w:]))
}

// infoRow reports a line that is an information box's row: at most
// maxInfoRowRunes, opening with a field's label (infoRowLabel), a colon
// and a value (or any short label over a date or a figure alone,
// labelledFigure), and not ending a clause (a line ending in a comma runs on
// into the line under it).
func infoRow(s string) bool {
	// (The colon first: two byte searches, which most lines fail.)
	k := indexColon(s)
	if k <= 0 || !atMost(s, maxInfoRowRunes) || endsClause(s) {
		return false
	}
	_, w := utf8.DecodeRuneInString(s[k:])
	head, v := trimSpace(s[:k]), trimSpace(s[k+w:])
	return v != "" && (infoRowLabel(head) || labelledFigure(head, v))
}

// infoRowPair reports two lines one under another that are an
// information box's rows: both of a listed label (infoRow), or one so
// and the other of a row's shape whatever its label (labelValueRow:
// 地點：各縣市長照中心 over 承辦窗口：各縣市衛生局). No wrap of a
// paragraph leaves a label and its colon opening both lines; nor two
// Japanese rows, 日時　… over 場所　… (jaFieldRowPair, jafieldrow.go).
func infoRowPair(p, c string) bool {
	return infoRow(p) && (infoRow(c) || labelValueRow(c)) || labelValueRow(p) && infoRow(c) || jaFieldRowPair(p, c)
}

// labelValueRow reports a line of an information row's shape whatever
// its label: a label of two to four Han, one colon, and a value, the
// whole at most maxInfoRowRunes with no sentence or clause ended in it
// (報名網站：各區公所, 承辦窗口：各縣市衛生局). Alone such a line may
// be a title that speaks for its source (天文台：周三起轉涼), so only
// boxRows, beside a row, takes it for one.
func labelValueRow(s string) bool {
	// (The colon first, as in infoRow.)
	k := indexColon(s)
	if k <= 0 || !atMost(s, maxInfoRowRunes) || endsClause(s) || hasAnyRune(s, "。！？；!?;") {
		return false
	}
	head := trimSpace(s[:k])
	_, w := utf8.DecodeRuneInString(s[k:])
	v := trimSpace(s[k+w:])
	return v != "" && indexColon(v) < 0 && isHanWord(head) && atMost(head, 4) && !atMost(head, 1)
}

// boxFieldEnds end a label that names a box's field though the reader
// does not list it whole: what the field is of comes before, 承辦窗口,
// 報名網站, 申請資格, 補助金額. A source that speaks in a title (专家,
// 天文台, 衛福部) ends in none of them.
var boxFieldEnds = []string{"窗口", "單位", "单位", "網站", "网站", "機構", "机构", "機關", "机关", "資格", "资格", "名額", "名额",
	"方式", "項目", "项目", "內容", "内容", "條件", "条件", "人數", "人数", "金額", "金额", "地區", "地区", "範圍", "范围", "據點", "据点"}

// boxFieldLabel reports a line of a row's shape whose label names a
// field: a listed label (infoRowLabel) or one ending in a boxFieldEnds
// word.
func boxFieldLabel(s string) bool {
	k := indexColon(s)
	if k <= 0 {
		return false
	}
	head := trimSpace(s[:k])
	if infoRowLabel(head) {
		return true
	}
	for _, e := range boxFieldEnds {
		if strings.HasSuffix(head, e) {
			return true
		}
	}
	return false
}

// markBoxRows makes a row of a line of a row's shape (labelValueRow)
// set right under or right over an information box's row, with no blank
// line between, when its label names a field (boxFieldLabel: a box names
// its fields as its subject asks, 查詢：, 洽詢：, 承辦窗口：) or a row or
// a line of a row's shape stands on its other side too (then both are
// rows: 起火時間：… / 火警級別：三級 / 出動人員：…): a label the reader does not list must
// not make its row the next story's headline, nor a headline of the
// box's middle row with the rows under it as its text. A
// source-speaking title, 专家：警惕冬季流感, is no field's row: it
// stands apart from the box, after a blank line, under a finished
// paragraph, or right under the box's last row with the next story's
// credit under it.
func (sc *scorer) markBoxRows() {
	boxRow := func(i int) bool {
		return sc.fs[i].row && sc.us[i].kind == uText && (infoRow(sc.us[i].text) || labelValueRow(sc.us[i].text))
	}
	// shaped reports a line j of a row's shape (labelValueRow), set
	// right beside the line i with no blank line between, that is
	// plain text not yet taken for a row.
	shaped := func(i, j int) bool {
		if j < 0 || j >= len(sc.us) {
			return false
		}
		u, v := &sc.us[i], &sc.us[j]
		lo, hi := u, v
		if j < i {
			lo, hi = v, u
		}
		return v.kind == uText && !v.para && !v.verbatim && !sc.fs[j].row && hi.line == lo.lastLine+1 && labelValueRow(v.text)
	}
	// rowBeyond reports the line k right beside j on the side away from
	// the row i when it is a box's row or a line of a row's shape: j
	// stands between two lines of one shape, in the middle of the box's
	// rows (起火時間：… / 火警級別：三級 / 出動人員：…), where no
	// source-speaking title stands; -1 when there is none.
	rowBeyond := func(i, j int) int {
		k := 2*j - i
		if k < 0 || k >= len(sc.us) {
			return -1
		}
		if boxRow(k) {
			lo, hi := &sc.us[j], &sc.us[k]
			if k < j {
				lo, hi = hi, lo
			}
			if hi.line == lo.lastLine+1 {
				return k
			}
			return -1
		}
		if shaped(j, k) {
			return k
		}
		return -1
	}
	mark := func(j int) {
		bodyOnly(&sc.fs[j], false)
		sc.fs[j].row, sc.fs[j].ended = true, true
	}
	take := func(i, j int) { // i the row, j the line beside it
		if !shaped(i, j) {
			return
		}
		v := &sc.us[j]
		if infoRow(v.text) || boxFieldLabel(v.text) {
			mark(j)
			return
		}
		// Between the row and a line of a row's shape, both are rows.
		if k := rowBeyond(i, j); k >= 0 {
			mark(j)
			if !sc.fs[k].row {
				mark(k)
			}
		}
	}
	for i := range sc.us {
		if boxRow(i) && infoRow(sc.us[i].text) {
			// A box's row is body text, not a title line that the one
			// under it would be the second of (寒流周三報到 over
			// 北台灣低溫下探13度 after the box is a kicker and its
			// headline, as after a paragraph).
			bodyOnly(&sc.fs[i], false)
		}
	}
	for i := 1; i < len(sc.us); i++ {
		if boxRow(i - 1) {
			take(i-1, i)
		}
	}
	for i := len(sc.us) - 2; i >= 0; i-- {
		if boxRow(i + 1) {
			take(i+1, i)
		}
	}
	sc.markFactBoxRuns()
	sc.markMarkedBoxRows()
}

// minFactBoxRun is the fewest lines of a row's shape, one under another,
// that make a fact box by themselves.
const minFactBoxRun = 3

// markFactBoxRuns makes rows of a run of at least minFactBoxRun lines of
// a row's shape (labelValueRow) set one under another with no blank line
// between, whatever their labels: a fact box's (小檔案, 小辭典) rows,
// 成立：1992年 / 總部：瑞典斯德哥爾摩 / 會員國：9國 / 秘書長：…, name
// their fields as the subject asks, so the reader lists few of the
// labels; but a title that speaks for its source, 专家：警惕冬季流感,
// stands alone or over a subtitle, never three such lines stacked, and a
// dialogue's lines end their sentences.
func (sc *scorer) markFactBoxRuns() {
	shapedAt := func(j int) bool {
		u := &sc.us[j]
		return u.kind == uText && !u.para && !u.verbatim && labelValueRow(u.text)
	}
	for i := 0; i < len(sc.us); {
		if !shapedAt(i) {
			i++
			continue
		}
		j := i + 1
		for j < len(sc.us) && sc.us[j].line == sc.us[j-1].lastLine+1 && shapedAt(j) {
			j++
		}
		end := j
		if end < len(sc.us) && sc.fs[end].dateline && !infoRow(sc.us[end-1].text) {
			// The last line right over a story's dateline is that
			// story's title speaking for its source (地点：市民中心 /
			// 咨询电话：12345 / 专家：警惕冬季流感 / 本报讯（记者 王明）…),
			// no row of the box above it.
			end--
		}
		if end-i >= minFactBoxRun {
			for k := i; k < end; k++ {
				if !sc.fs[k].row {
					bodyOnly(&sc.fs[k], false)
					sc.fs[k].row, sc.fs[k].ended = true, true
				}
			}
		}
		i = j
	}
}
