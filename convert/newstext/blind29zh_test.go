package newstext

import (
	"strings"
	"testing"
)

// TestBlind29CompiledByPaper: before a bracketed 综合讯 the word names who
// compiled the report when it is a paper's or agency's name, ending as
// one does (联合早报, 中新社, 人民网) or a paper's short name: the
// dateline's org, no place (blind page sg-zaobao-baodao). A place keeps
// its reading (新山, and 烟台, which ends in 台 as a station does).
func TestBlind29CompiledByPaper(t *testing.T) {
	tests := []struct {
		in, org, place string
	}{
		{"（联合早报综合讯）国家公园局昨天宣布维修海堤。", "联合早报", ""},
		{"（星洲日报综合讯）大马卫生部昨天宣布新措施。", "星洲日报", ""},
		{"（中新社综合讯）多地迎来降温。", "中新社", ""},
		{"（南都综合讯）多地迎来降温。", "南都", ""},
		{"（联合早报讯）国家公园局昨天宣布维修海堤。", "联合早报", ""},
		{"（新山综合讯）柔佛州政府昨天宣布新措施。", "", "新山"},
		{"（烟台综合讯）多地迎来降温。", "", "烟台"},
	}
	for _, tt := range tests {
		d, _, ok := parseDateline(tt.in)
		if !ok || d.org != tt.org || d.place != tt.place {
			t.Errorf("parseDateline(%s) = org %q place %q (%v); want org %q place %q", tt.in, d.org, d.place, ok, tt.org, tt.place)
		}
	}
}

// TestBlind29SourceCredit: a line closed by its photo's source credit,
// 图片来源：X, after the description's finished sentence (or a space) is
// a caption (blind page cn-kjrb-dianxun), so the short line under it,
// over a dateline, is the next article's headline. A paragraph's long
// text, or a "source" holding a clause is no caption. (The source line
// alone is a caption too, as a photo credit alone is: sourceCreditAlone,
// TestBlind33PictureSourceAlone.)
func TestBlind29SourceCredit(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"研究人员展示新型塑料样品。图片来源：东京大学官网", true},
		{"研究人员展示新型塑料样品　图片来源：东京大学官网", true},
		{"研究團隊展示新型塑膠樣品。圖片來源：東京大學官網", true},
		{"游客在景区内拍照留念。图源：视觉中国", true},
		{"图片来源：东京大学官网", true},
		{"研究人员展示新型塑料样品图片来源：东京大学官网", false},
		{"研究人员展示新型塑料样品。图片来源：东京大学官网，经授权使用", false},
		{"据介绍，该项目由多家单位联合实施，" + strings.Repeat("研究人员在实验室中反复测试材料的强度和耐久性，", 4) + "结果令人满意。图片来源：东京大学官网", false},
	}
	for _, tt := range tests {
		if got := isCaption(tt.in); got != tt.want {
			t.Errorf("isCaption(%s) = %v, want %v", tt.in, got, tt.want)
		}
	}
	para := "　　研究人员表示，这种材料以植物纤维素为主要原料，有望用于渔网、包装膜等一次性产品。\n\n"
	d := mustRead(t, "日研发出海水中可降解新型塑料\n\n"+para+"研究人员展示新型塑料样品。图片来源：东京大学官网\n\n德建成欧洲最大地热供暖示范项目\n\n科技日报柏林12月3日电\n\n　　（记者李山）德国慕尼黑市政公用事业公司3日宣布，其深层地热供暖站正式投运。\n")
	if len(d.Articles) != 2 {
		t.Fatalf("got %d articles, want 2:\n%s", len(d.Articles), strings.Join(kindsOf(d), "\n"))
	}
	if k := kindsOf(d); k[len(k)-1] != "caption 研究人员展示新型塑料样品。图片来源：东京大学官网" {
		t.Errorf("first article ends with %s, want the caption", k[len(k)-1])
	}
	if c := d.Articles[1].Children[0]; c.Kind != "headline" || c.Text != "德建成欧洲最大地热供暖示范项目" {
		t.Errorf("second article opens with %s %s, want the headline", c.Kind, c.Text)
	}
	roundTrip(t, d)
}

// TestBlind29NoteLabelAlone: an editor's note's label alone on the first
// line of its block (【编者按】, 编者按：) heads the note's text wrapped
// under it: one note, as the lines of a block are hard wraps, and the
// note belongs to the article under it, not one of its own before a new
// article at the kicker (blind page cn-grrb-bianzhe). A label with text
// after it, or a line only opening with the words, is no bare label.
func TestBlind29NoteLabelAlone(t *testing.T) {
	for in, want := range map[string]bool{
		"【编者按】": true, "〔編者按〕": true, "编者按：": true, "编者按:": true, "【编者的话】": true,
		"【编后】": true, "编后语：": true,
		"【编者按】冬季是施工旺季。": false, "编者按": false, "【编者按：": false, "编后": false, "【本报讯】": false,
	} {
		if got := noteLabelAlone(in); got != want {
			t.Errorf("noteLabelAlone(%s) = %v, want %v", in, got, want)
		}
	}
	note := "冬季是建筑、物流等行业的施工和运输旺季，也是劳动者安\n全健康风险较高的时段。今日起，本版推出系列报道，敬请\n关注。\n\n"
	story := "冬日一线·之一\n\n快递小哥的“暖心驿站”\n\n本报记者　赵　越\n\n　　凌晨五点，天还没亮，石家庄市裕华区一处快递分拣中心外，十几名快递员已经排队取件。\n"
	for _, label := range []string{"【编者按】", "编者按："} {
		d := mustRead(t, "工人日报　2026年12月5日　星期六　第4版　经济新闻\n\n"+label+"\n"+note+story)
		if len(d.Articles) != 1 {
			t.Errorf("%s: got %d articles, want 1:\n%s", label, len(d.Articles), strings.Join(kindsOf(d), "\n"))
			continue
		}
		want := []string{
			"noise 工人日报　2026年12月5日　星期六　第4版　经济新闻",
			"note " + label + "冬季是建筑、物流等行业的施工和运输旺季，也是劳动者安全健康风险较高的时段。今日起，本版推出系列报道，敬请关注。",
			"kicker 冬日一线·之一", "headline 快递小哥的“暖心驿站”",
		}
		if got := kindsOf(d); len(got) < len(want) || strings.Join(got[:len(want)], "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: got\n%s\nwant\n%s", label, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		roundTrip(t, d)
	}
}

// TestBlind29SiteNewsLead: a site's or paper's 消息 run in before the
// first sentence with a colon, 央视网消息：…, is the dateline (org the
// site; blind page cn-cctv-web), as 本报消息 is. Prose citing its source,
// 据新华社消息：, a 消息 followed by a comma, and a word that is no news
// organisation's name (平台) stay in the paragraph.
func TestBlind29SiteNewsLead(t *testing.T) {
	tests := []struct {
		in, text, org, rest string
		ok                  bool
	}{
		{"央视网消息：受强冷空气影响，多地气温骤降。", "央视网消息：", "央视网", "受强冷空气影响，多地气温骤降。", true},
		{"人民网消息:国家统计局今天发布数据。", "人民网消息:", "人民网", "国家统计局今天发布数据。", true},
		{"中国新闻社消息：国家统计局今天发布数据。", "中国新闻社消息：", "中国新闻社", "国家统计局今天发布数据。", true},
		{"据新华社消息：国家统计局今天发布数据。", "", "", "", false},
		{"央视网消息，国家统计局今天发布数据。", "", "", "", false},
		{"平台消息：今晚系统维护。", "", "", "", false},
	}
	for _, tt := range tests {
		d, rest, ok := parseDateline(tt.in)
		if ok != tt.ok || ok && (d.text != tt.text || d.org != tt.org || d.place != "" || rest != tt.rest) {
			t.Errorf("parseDateline(%s) = %+v, %q, %v; want text %q org %q rest %q (%v)", tt.in, d, rest, ok, tt.text, tt.org, tt.rest, tt.ok)
		}
	}
}

// TestBlind29EditorPairTrailer: a web story's closing trailer naming two
// of the article's own editors, 编辑：杨　帆　责任编辑：刘　亮, is a byline
// with both roles (blind page cn-cctv-web), as 责任编辑：X　图片编辑：Y is;
// a page's desk line naming its art editor (美编) stays noise.
func TestBlind29EditorPairTrailer(t *testing.T) {
	head := "多地寒潮来袭　电网迎冬季用电高峰\n央视网消息：受强冷空气影响，12月4日以来，华北、东北多地气温骤降，取暖用电负荷快速攀升。\n气象部门预计，此轮寒潮过程将持续至7日，公众需注意防寒保暖。\n"
	d := mustRead(t, head+"编辑：杨　帆　责任编辑：刘　亮\n")
	kinds := kindsOf(d)
	want := []string{"headline 多地寒潮来袭　电网迎冬季用电高峰", "dateline 央视网消息："}
	if len(kinds) < 2 || strings.Join(kinds[:2], "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant it to open\n%s", strings.Join(kinds, "\n"), strings.Join(want, "\n"))
	}
	ch := d.Articles[0].Children
	last := ch[len(ch)-1]
	if last.Kind != "byline" || strings.Join(last.Roles, ",") != "编辑,责任编辑" || strings.Join(last.Names, ",") != "杨帆,刘亮" {
		t.Errorf("trailer read as %s roles %v names %v; want byline roles 编辑,责任编辑 names 杨帆,刘亮", last.Kind, last.Roles, last.Names)
	}
	roundTrip(t, d)
	for _, desk := range []string{"责编：林　洁　美编：陈　娟", "本版编辑：许　静　责任编辑：刘　亮"} {
		d = mustRead(t, head+desk+"\n")
		ch = d.Articles[0].Children
		if last = ch[len(ch)-1]; last.Kind != "noise" {
			t.Errorf("page desk line %s read as %s", desk, last.Kind)
		}
	}
}
