package newstext

import (
	"strings"
	"testing"
)

// TestBlind28SubheadIdeographicSpace: of two unmarked Chinese title
// lines, a longer second line parted by an ideographic space is the
// subheadline, as one parted by punctuation is (blind page my-nanyang);
// a second line parted only by OCR's ASCII space, no longer by half,
// keeps the Chinese default, kicker over headline.
func TestBlind28SubheadIdeographicSpace(t *testing.T) {
	body := "\n\n（吉隆坡4日讯）吉隆坡市政局宣布，明年1月1日起全面推行手机停车付费系统。\n"
	wantKinds(t, "隆市政局推停车新系统\n明年起手机付费　取消固本"+body,
		"headline 隆市政局推停车新系统", "subheadline 明年起手机付费　取消固本", "dateline （吉隆坡4日讯）")
	wantKinds(t, "隆市政局推停车新系统\n明年起手机付费取消固本"+body,
		"kicker 隆市政局推停车新系统", "headline 明年起手机付费取消固本", "dateline （吉隆坡4日讯）")
}

// TestBlind28SlashedRoles: a credit of two or three roles parted by
// slashes before the name (报道／摄影：黄慧琳, as Malaysian papers credit
// reporter and photographer at once) is a byline with every role; a
// pair of one-character roles (文／图) keeps its reading, and words that
// are no roles (北京／上海：) make no credit.
func TestBlind28SlashedRoles(t *testing.T) {
	tests := []struct {
		in          string
		ok          bool
		roles, name string
	}{
		{"报道／摄影：黄慧琳", true, "报道,摄影", "黄慧琳"},
		{"报道/摄影:黄慧琳", true, "报道,摄影", "黄慧琳"},
		{"文／图：黄慧琳", true, "文,图", "黄慧琳"},
		{"撰文／攝影：陳怡君", true, "撰文,攝影", "陳怡君"},
		{"北京／上海：王芳", false, "", ""},
		{"报道／摄影：", false, "", ""},
	}
	for _, tt := range tests {
		c, ok := parseCredit(tt.in, true)
		if ok != tt.ok || ok && (strings.Join(c.roles, ",") != tt.roles || strings.Join(c.names, ",") != tt.name) {
			t.Errorf("parseCredit(%s) = %+v, %v; want roles %q names %q (%v)", tt.in, c, ok, tt.roles, tt.name, tt.ok)
		}
	}
	wantKinds(t, "# 怡保夜市复业\n\n（怡保4日讯）怡保新街场夜市完成提升工程，将于下周三重新开放。\n\n报道／摄影：黄慧琳\n",
		"headline 怡保夜市复业", "dateline （怡保4日讯）", "paragraph 怡保新街场夜市完成提升工程，将于下周三重新开放。", "byline 报道／摄影：黄慧琳")
}

// TestBlind28UndatedIssuer: a correction signed by the paper's desk with
// no date under it (本报编辑部) ends with its issuer, a byline (blind
// page cn-obit-gengzheng); a short line that names no issuing body, or
// one with text after it, is no signature.
func TestBlind28UndatedIssuer(t *testing.T) {
	head := "# 更正\n\n本报12月4日A05版《城南片区老旧小区改造全面启动》一文中，“涉及居民1.2万户”应为“涉及居民2.1万户”。特此更正。\n\n"
	wantKinds(t, head+"本报编辑部\n",
		"headline 更正", "paragraph 本报12月4日A05版《城南片区老旧小区改造全面启动》一文中，“涉及居民1.2万户”应为“涉及居民2.1万户”。特此更正。", "byline 本报编辑部")
	d := mustRead(t, head+"本报编辑部\n\n改造工程预计明年底完工，涉及楼栋一百余幢。\n")
	for _, k := range kindsOf(d) {
		if strings.HasPrefix(k, "byline") {
			t.Errorf("issuer with text under it read as %s", k)
		}
	}
	for _, line := range []string{"城南老旧小区", "高地新格局", "构建全社会", "改革稳步前行", "城南片区内部"} {
		d = mustRead(t, head+line+"\n")
		for _, k := range kindsOf(d) {
			if strings.HasPrefix(k, "byline") {
				t.Errorf("line naming no issuing body (%s) read as %s", line, k)
			}
		}
	}
	for _, issuer := range []string{"城南区住房和城乡建设局", "江城市青年志愿者协会", "江城足球俱乐部", "深圳市科技创新局", "临沂长途汽车站", "香港迪士尼樂園", "江城人民公园"} {
		wantKinds(t, head+issuer+"\n",
			"headline 更正", "paragraph 本报12月4日A05版《城南片区老旧小区改造全面启动》一文中，“涉及居民1.2万户”应为“涉及居民2.1万户”。特此更正。", "byline "+issuer)
	}
	// (FuzzNormalized: a phrase ending in 局 read as a signature over
	// the next article's kicker was written as a line the reader then
	// took for a kicker.)
	checkRead(t, []byte("。\n高地新格局\n——高地\n# 高地"))
}

// TestWireBracketNames: right after a wire dateline, a bracket of names
// with no role word is the reporters' byline: one name that opens with a
// surname (王芳), a padded one (姚　静, 欧阳　文华), or two two-character
// names parted by a space (王芳　李强), which a compound surname (欧阳)
// would make one name. Places, news words and four-character phrases stay
// in the paragraph. Alone on its line, the bracket of two names reads the
// same (nameOnlyCredit), so the normalized text, which writes it there,
// reads back alike (wantKinds).
func TestWireBracketNames(t *testing.T) {
	text := "国家统计局5日发布数据显示，全国粮食总产量再创新高。"
	tests := []struct {
		bracket string
		names   string // "" when the bracket stays text
	}{
		{"（王芳）", "王芳"},
		{"（张三丰）", "张三丰"},
		{"（王芳　李强）", "王芳,李强"},
		{"(王芳 李强)", "王芳,李强"},
		{"（王芳 李强 赵敏）", "王芳,李强,赵敏"},
		{"（姚　静）", "姚静"},
		{"（欧阳　文华）", "欧阳文华"},
		{"（杭州 丽水）", ""},
		{"（综合）", ""},
		{"（视频）", ""},
		{"（综合报道）", ""},
		{"（王小明华）", ""},
	}
	for _, tt := range tests {
		t.Run(tt.bracket, func(t *testing.T) {
			d := mustRead(t, "# 全国粮食总产量再创新高\n\n新华社北京12月5日电"+tt.bracket+text+"\n")
			kids := d.Articles[0].Children
			if tt.names == "" {
				if len(kids) != 3 || kids[2].Kind != "paragraph" {
					t.Fatalf("got %s, want the bracket in the paragraph", strings.Join(kindsOf(d), " | "))
				}
				return
			}
			if len(kids) != 4 || kids[2].Kind != "byline" || strings.Join(kids[2].Names, ",") != tt.names || kids[3].Text != text {
				t.Fatalf("got %s, want byline names %s", strings.Join(kindsOf(d), " | "), tt.names)
			}
			roundTrip(t, d)
		})
	}
}
