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
// over a dateline, is the next article's headline. A source line alone,
// a paragraph's long text, or a "source" holding a clause is no caption.
func TestBlind29SourceCredit(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"研究人员展示新型塑料样品。图片来源：东京大学官网", true},
		{"研究人员展示新型塑料样品　图片来源：东京大学官网", true},
		{"研究團隊展示新型塑膠樣品。圖片來源：東京大學官網", true},
		{"游客在景区内拍照留念。图源：视觉中国", true},
		{"图片来源：东京大学官网", false},
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
