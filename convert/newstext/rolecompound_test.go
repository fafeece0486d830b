package newstext

import (
	"strings"
	"testing"
)

// TestRoleCompound: a reporter's role word inside an ordinary noun, the
// press conference (記者會, 记者会, 記者会見, 记者招待会), the press corps
// (記者団), club (記者クラブ), association (記者協會), bureau (记者站) or the
// correspondents' team (通讯员队伍), is no role: the first line of an
// indented paragraph cut by the wrap there (勞工及福利局局長在記者會上表 /
// 示，…) is the paragraph's, not a byline naming 會上表 (blind round 74,
// page hk-wenwei-yaowen-box). A role glued to a name (记者王辰), spaced
// from one that opens with those characters (記者　會明) or set before
// 席, a surname (记者席娟), stays a credit.
func TestRoleCompound(t *testing.T) {
	for _, s := range []string{
		"勞工及福利局局長在記者會上表",
		"勞工及福利局局長在記者會上",
		"市政府发言人在记者会上表",
		"记者会上表",
		"首相記者会見",
		"香港記者協會",
		"县融媒体中心通讯员队伍",
		"记者站站长",
		"本报记者团",
		"县里记者节",
		"读者群里",
	} {
		if c, ok := parseBylineLine(s); ok {
			t.Errorf("parseBylineLine(%q) = %+v, want no credit", s, c)
		}
	}
	for _, c := range []struct{ line, want string }{
		{"本报记者　王磊", "本报|记者|王磊"},
		{"本报记者王磊", "本报|记者|王磊"},
		{"記者　會明", "|記者|會明"},
		{"记者席娟", "|记者|席娟"},
		{"通讯员　李敏", "|通讯员|李敏"},
		{"记者王辰　通讯员李敏", "|记者,通讯员|王辰,李敏"},
		{"香港文匯報記者　鄭嘉朗", "香港文匯報|記者|鄭嘉朗"},
		{"读者　周桂兰", "|读者|周桂兰"},
	} {
		cr, ok := parseBylineLine(c.line)
		got := cr.org + "|" + strings.Join(cr.roles, ",") + "|" + strings.Join(cr.names, ",")
		if !ok || got != c.want {
			t.Errorf("parseBylineLine(%q) = %v %s, want %s", c.line, ok, got, c.want)
		}
	}
	// Each page is set 16 characters a line, the paragraphs indented 2em,
	// as the blind page is: the role word's line is full to the measure.
	for _, c := range []struct {
		title string
		paras []string
	}{
		{"銀齡就業計劃明年推出", []string{"【香港文匯報訊】（記者 鄭嘉朗）勞工及福利局昨日公布計劃細節，僱主聘用60歲或以上的全職僱員，可獲每月4000元津貼。",
			"勞工及福利局局長在記者會上表示，本港勞動人口持續老化，不少長者退休後仍有能力和意願工作。"}},
		{"冬季供暖保障有力", []string{"本报讯　市供热公司昨日启动冬季供暖，全市供热面积达到一亿二千万平方米，较去年增加百分之五。",
			"市政府新闻发言人在记者会上表示，今冬供热将保持平稳运行，市民如遇问题可拨打热线反映。"}},
		{"基层宣传工作会议召开", []string{"本报讯　全县基层宣传工作会议昨日召开，会议总结了今年以来的宣传工作成效，部署了明年重点任务。",
			"我市县级融媒体中心通讯员队伍建设不断加强，全年共刊发稿件一千二百余篇，较上年有所增长。"}},
	} {
		page := c.title + "\n\n"
		for _, p := range c.paras {
			page += strings.Join(wrapRunes("　　"+p, 16), "\n") + "\n\n"
		}
		para := c.paras[1]
		d := mustRead(t, page)
		if k := kindOfText(d, para); k != "paragraph" {
			t.Errorf("%s: %s, want paragraph\n%s\n%s", para, k, page, outline(d, false))
		}
		roundTrip(t, d)
	}
}
