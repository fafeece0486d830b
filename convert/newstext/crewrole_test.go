package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestBroadcastCrewCredit: a broadcaster's web copy credits its crew
// after the reporter, 记者：王辰　摄像：李卓, with a colon, a slash or a
// space, alone (摄像：李卓) or with the editing, the director, the voice
// and the reporter on camera (剪辑, 编导, 配音, 出镜): a byline under the
// stamp, its roles and names each, never the headline of a new article
// nor 摄像 a name (blind page cn-dianshitai-web). The camera itself and
// the trade, 摄像头, 摄像机, 剪辑师, 配音员, glued to a name, are no role,
// nor is a role glued to a subhead's topic, 配音阵容, 出镜花絮: a crew
// credit parts the role from the name.
func TestBroadcastCrewCredit(t *testing.T) {
	head := "江城广播电视台\n首页 > 新闻 > 本地\n江城出台措施稳定冬季蔬菜供应\n发布时间：2026-12-06 19:32　来源：江城台\n"
	body := "入冬以来，江城市蔬菜价格出现季节性上涨，市商务局日前出台七条措施保障供应。\n目前，我市冬储蔬菜储备量已达1.2万吨，可满足全市居民约15天的消费需求。\n"
	for _, c := range []struct {
		line, roles, names string
	}{
		{"记者：王辰　摄像：李卓", "记者,摄像", "王辰,李卓"},
		{"記者：王辰　攝像：李卓", "記者,攝像", "王辰,李卓"},
		{"摄像：李卓", "摄像", "李卓"},
		{"文/王辰　摄像/李卓", "文,摄像", "王辰,李卓"},
		{"文／王辰　攝像／李卓", "文,攝像", "王辰,李卓"},
		{"记者　王辰　摄像　李卓", "记者,摄像", "王辰,李卓"},
		{"记者 王辰 摄像 李卓", "记者,摄像", "王辰,李卓"},
		{"记者：王辰　摄像：李卓　剪辑：张敏", "记者,摄像,剪辑", "王辰,李卓,张敏"},
		{"出镜记者：王辰　摄像：李卓", "出镜记者,摄像", "王辰,李卓"},
		{"编导：王辰　配音：李卓", "编导,配音", "王辰,李卓"},
		{"编导：王辰", "编导", "王辰"},
		{"记者　王辰　剪輯　李卓", "记者,剪輯", "王辰,李卓"},
		// the roles glued to the names, the crew's as the reporter's
		{"记者王辰　摄像李卓", "记者,摄像", "王辰,李卓"},
		{"记者王辰　摄像李卓　剪辑张敏", "记者,摄像,剪辑", "王辰,李卓,张敏"},
		{"記者王辰　攝像李卓", "記者,攝像", "王辰,李卓"},
		{"本台记者王辰　摄像欧阳明", "记者,摄像", "王辰,欧阳明"},
	} {
		page := head + c.line + "\n" + body
		d := mustRead(t, page)
		n := nodeWithText(d, c.line)
		if n == nil || n.Kind != doc.KindByline || strings.Join(n.Roles, ",") != c.roles || strings.Join(n.Names, ",") != c.names {
			t.Errorf("%s: got %+v, want byline roles=%s names=%s:\n%s", c.line, n, c.roles, c.names, strings.Join(flatKinds(d), "\n"))
		}
		if len(d.Articles) != 1 {
			t.Errorf("%s: %d articles, want 1", c.line, len(d.Articles))
		}
		roundTrip(t, d)
	}
	// Subheads on the crew's work, the role glued to their topic: no
	// credit (配音阵容 is no 配音 named 阵容).
	// After a glued reporter's credit, the trade's words stay no role.
	for _, s := range []string{"记者王辰　摄像机位", "记者王辰　剪辑师傅", "记者王辰　配音员工"} {
		if c, ok := parseBylineLine(s); ok && len(c.roles) > 1 {
			t.Errorf("parseBylineLine(%q) = %+v, want no crew role", s, c)
		}
	}
	for _, s := range []string{"摄像头　李卓", "摄像机　李卓", "剪辑师王辰", "配音员王辰", "摄像头拍下全过程", "配音阵容", "出镜花絮", "编导手记", "剪辑心得", "攝像花絮"} {
		if c, ok := parseBylineLine(s); ok {
			t.Errorf("parseBylineLine(%q) = %+v, want no credit", s, c)
		}
	}
}
