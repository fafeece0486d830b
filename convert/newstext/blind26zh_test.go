package newstext

import (
	"strings"
	"testing"
)

// TestPaperBeforeRole: a paper's name set directly before its reporter's
// role, with the name after the role (南方周末记者　周　岚, 财新记者 李明),
// is the byline's org, not a second name; a name before its role with
// nothing after (鈴木花子記者) stays a name (blind page nfzm-feature).
func TestPaperBeforeRole(t *testing.T) {
	for _, tt := range []struct{ in, org, roles, names string }{
		{"南方周末记者　周　岚", "南方周末", "记者", "周岚"},
		{"南方周末记者 周岚 实习生 许嘉宁", "南方周末", "记者,实习生", "周岚,许嘉宁"},
		{"财新记者 李明", "财新", "记者", "李明"},
		{"鈴木花子記者", "", "記者", "鈴木花子"},
		{"本报记者 王磊", "本报", "记者", "王磊"},
	} {
		c, ok := parseCredit(tt.in, false)
		if !ok || c.org != tt.org || strings.Join(c.roles, ",") != tt.roles || strings.Join(c.names, ",") != tt.names {
			t.Errorf("parseCredit(%s) = %+v, %v; want org %q roles %q names %q", tt.in, c, ok, tt.org, tt.roles, tt.names)
		}
	}
}

// TestContributionCredit: the bracketed credit of who helped with a story,
// （南方周末实习生许嘉宁对本文亦有贡献）, （实习生 张三 参与采写）, is a
// byline of the credit before the closing words; a sentence that ends the
// same way with no credit in it stays text.
func TestContributionCredit(t *testing.T) {
	for _, tt := range []struct{ in, org, roles, names string }{
		{"南方周末实习生许嘉宁对本文亦有贡献", "南方周末", "实习生", "许嘉宁"},
		{"实习生 张三 参与采写", "", "实习生", "张三"},
		{"記者王小明對本文亦有貢獻", "", "記者", "王小明"},
	} {
		c, ok := parseBracketCredit(tt.in)
		if !ok || c.org != tt.org || strings.Join(c.roles, ",") != tt.roles || strings.Join(c.names, ",") != tt.names {
			t.Errorf("parseBracketCredit(%s) = %+v, %v; want org %q roles %q names %q", tt.in, c, ok, tt.org, tt.roles, tt.names)
		}
	}
	if c, ok := parseBracketCredit("这次改革对本文有贡献"); ok {
		t.Errorf("parseBracketCredit(这次改革对本文有贡献) = %+v, want no credit", c)
	}
	wantKinds(t, "乡村夜校开学了\n\n　　晚上七点，村委会二楼的教室里坐满了人。\n\n（南方周末实习生许嘉宁对本文亦有贡献）\n",
		"headline 乡村夜校开学了",
		"paragraph 晚上七点，村委会二楼的教室里坐满了人。",
		"byline （南方周末实习生许嘉宁对本文亦有贡献）")
}

// TestForeignReportOrg: 参考消息's bracket over a translated story names
// the foreign paper or site in 《》: the dateline's org (blind page
// ckxx-foreign).
func TestForeignReportOrg(t *testing.T) {
	for in, org := range map[string]string{
		"美国《环球航运评论》网站12月2日报道": "环球航运评论",
		"韩国《中央日报》网站11月28日文章":  "中央日报",
		"英国广播公司网站12月1日报道":     "",
	} {
		d, ok := foreignReportDateline(in)
		if !ok || d.org != org {
			t.Errorf("foreignReportDateline(%s) = %+v, %v; want org %q", in, d, ok, org)
		}
	}
}

// TestSourceLeadAfterCaption: a title line after a caption, over text that
// opens by naming its source and date (据日本《日经亚洲》12月3日报道，), is
// the next story's headline, as a digest of foreign reports sets them; over
// plain text it stays a head of the dated story (blind page ckxx-foreign).
func TestSourceLeadAfterCaption(t *testing.T) {
	for in, want := range map[string]bool{
		"据日本《日经亚洲》12月3日报道，日本多家电池企业正加快建厂。": true,
		"据法新社12月3日电，欧盟委员会3日提出新方案。":        true,
		"据新华社消息，会议于3日召开。":                 false,
		"据了解，今年以来项目进展顺利。":                 false,
		"据统计，12月3日报道的病例有所下降。":             false,
	} {
		if got := sourceLead(in); got != want {
			t.Errorf("sourceLead(%s) = %v, want %v", in, got, want)
		}
	}
	story := "【美国《环球航运评论》网站12月2日报道】今年夏秋两季，经北方海路往返的货船达到创纪录的96艘次。\n\n这是今年9月在北方海路航行的一艘集装箱船。（视觉中国）\n\n"
	d := mustRead(t, "美媒：北极航道货运量创新高\n\n"+story+"日企加快在东南亚布局电池工厂\n\n据日本《日经亚洲》12月3日报道，日本多家电池企业正加快在泰国和印度尼西亚建厂。\n")
	if len(d.Articles) != 2 || d.Articles[1].Children[0].Kind != "headline" {
		t.Errorf("the title over a source lead after a caption is no new story's headline:\n%s", outline(d, false))
	}
	roundTrip(t, d)
	d = mustRead(t, "美媒：北极航道货运量创新高\n\n"+story+"保险公司态度谨慎\n\n一位伦敦的保险经纪人说，冰区航行的保费是普通航线的三到五倍。\n")
	if len(d.Articles) != 1 {
		t.Errorf("a head over plain text after a caption starts a new story:\n%s", outline(d, false))
	}
}

// TestEditorialSignature: the line a Hong Kong paper signs its editorial
// with, 明報社評　2026.12.05, is a byline naming the paper; without its
// date, or with no paper's name, it is no signature (blind page
// hk-mingpao-sheping).
func TestEditorialSignature(t *testing.T) {
	for in, org := range map[string]string{
		"明報社評　2026.12.05": "明報",
		"明報社評 2026-12-05": "明報",
		"明報社評":            "",
		"社評　2026.12.05":   "",
		"本報社評　今天":         "",
	} {
		c, ok := editorialSignature(in)
		if ok != (org != "") || c.org != org {
			t.Errorf("editorialSignature(%s) = %+v, %v; want org %q", in, c, ok, org)
		}
	}
	wantKinds(t, "社評\n\n施政報告須回應民生\n\n　　行政長官昨日發表施政報告，本報認為措施方向正確。\n\n明報社評　2026.12.05\n",
		"kicker 社評",
		"headline 施政報告須回應民生",
		"paragraph 行政長官昨日發表施政報告，本報認為措施方向正確。",
		"byline 明報社評　2026.12.05")
}
