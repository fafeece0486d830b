package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestBlind32PaperDian: 人民日报海外版's 本报电, with no place and no date,
// is a dateline as 本报讯 is when a space parts it from the text (blind
// page cn-rmhwb-benbaodian); a headline over it starts a new article.
// 本报电话 and 本报电视台 run on are words of a sentence.
func TestBlind32PaperDian(t *testing.T) {
	wantKinds(t, "海外侨胞可在线办理国内驾照换领\n　　本报电　公安部交通管理局近日推出便民新举措。\n",
		"headline 海外侨胞可在线办理国内驾照换领", "dateline 本报电", "paragraph 公安部交通管理局近日推出便民新举措。")
	wantKinds(t, "# 新举措\n\n本报电话已经开通，读者可来电咨询。\n",
		"headline 新举措", "paragraph 本报电话已经开通，读者可来电咨询。")
	wantKinds(t, "# 新举措\n\n本报电视台记者近日走访了多个小区。\n",
		"headline 新举措", "paragraph 本报电视台记者近日走访了多个小区。")
}

// TestBlind32MarkedWriter: a marker before a writer's name run on to a
// bracketed description of them, □王鹏飞（媒体人）, closing a commentary,
// is its byline, names only (blind page cn-xjb-pinglun-meitiren). A
// marker before a title or a bracket that describes no person stays a
// head.
func TestBlind32MarkedWriter(t *testing.T) {
	body := "　　新能源汽车走进千家万户，充电便利是绕不开的一环。\n\n"
	for _, tt := range []struct{ line, names string }{
		{"□王鹏飞（媒体人）", "王鹏飞"},
		{"■李明（高校教师）", "李明"},
		{"□欧阳文华（法律学者）", "欧阳文华"},
		{"□张华(律师)", "张华"},
		{"□相关链接（上）", ""},
		{"□王者归来（评论家）", ""},
		{"□王鹏飞（北京）", ""},
	} {
		d := mustRead(t, "# 别让一纸同意卡住充电桩\n\n"+body+tt.line+"\n")
		var got *doc.Node
		for _, b := range d.Articles[0].Children {
			if b.Text == tt.line {
				got = b
			}
		}
		isByline := got != nil && got.Kind == "byline"
		if isByline != (tt.names != "") || isByline && strings.Join(got.Names, ",") != tt.names {
			t.Errorf("%s: got %s, want byline %v names %s", tt.line, strings.Join(kindsOf(d), " | "), tt.names != "", tt.names)
		}
	}
}

// TestBlind32SlashedEditors: a web article's editing trailer with its
// roles parted from the names by slashes, 编辑/王冬妮　校对/张彦君, is its
// byline as the colon form 编辑：王冬妮　校对：张彦君 is (blind page
// cn-xjb-pinglun-meitiren).
func TestBlind32SlashedEditors(t *testing.T) {
	for _, tt := range []struct{ line, roles, names string }{
		{"编辑/王冬妮　校对/张彦君", "编辑,校对", "王冬妮,张彦君"},
		{"编辑：王冬妮　校对：张彦君", "编辑,校对", "王冬妮,张彦君"},
		{"责任编辑／刘亮", "责任编辑", "刘亮"},
		{"编辑/王冬妮", "编辑", "王冬妮"},
	} {
		c, ok := parseBylineLine(tt.line)
		if !ok || strings.Join(c.roles, ",") != tt.roles || strings.Join(c.names, ",") != tt.names {
			t.Errorf("%s: got %+v %v, want roles %s names %s", tt.line, c, ok, tt.roles, tt.names)
		}
	}
	wantKinds(t, "# 别让一纸同意卡住充电桩\n\n　　充电便利是绕不开的一环。\n\n编辑/王冬妮　校对/张彦君\n",
		"headline 别让一纸同意卡住充电桩", "paragraph 充电便利是绕不开的一环。", "byline 编辑/王冬妮　校对/张彦君")
}
