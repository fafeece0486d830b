package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// nodeWithText returns the first node of d whose text is text, or nil.
func nodeWithText(d *doc.Document, text string) *doc.Node {
	var got *doc.Node
	d.WalkDocument(func(n *doc.Node) bool {
		if got == nil && n.Text == text {
			got = n
		}
		return got == nil
	})
	return got
}

// creditFields prints a node's kind and credit fields for a table test's
// message and comparison: "byline org=X roles=A,B names=C".
func creditFields(n *doc.Node) string {
	if n == nil {
		return "<none>"
	}
	s := string(n.Kind)
	if n.Org != "" {
		s += " org=" + n.Org
	}
	if len(n.Roles) > 0 {
		s += " roles=" + strings.Join(n.Roles, ",")
	}
	if len(n.Names) > 0 {
		s += " names=" + strings.Join(n.Names, ",")
	}
	if n.Place != "" {
		s += " place=" + n.Place
	}
	return s
}

// TestBlind33BrandOrgCredit: a mainland paper merged with its site or app
// credits its reporters under both names joined by a middle dot,
// 中青报·中青网记者　X, 解放日报·上观新闻记者　X (blind pages
// cn-zqb-zhongqingwang, cn-jfrb-shangguan-ocr): the joined name is the
// credit's org, as a paper's name alone is (中青报记者　X), alone on its
// line under the headline, on an OCR page with no blank lines, and in the
// bracket after a dateline. A head with a dot and a role word whose first
// part is no paper's name (中国·东盟), or whose rest is no name, stays a
// title (no byline).
func TestBlind33BrandOrgCredit(t *testing.T) {
	body := "　　以前打两个菜就吃不完，倒掉又觉得可惜，现在小份菜刚刚好。今年秋季学期起，该校推出半份菜。\n\n　　学校后勤处负责人介绍，剩菜剩饭减少近三成。\n"
	for _, tt := range []struct{ line, want string }{
		{"中青报·中青网记者　孙晓雯", "byline org=中青报·中青网 roles=记者 names=孙晓雯"},
		{"中青报·中青网见习记者　陈　曦　记者　周　游", "byline org=中青报·中青网 roles=见习记者,记者 names=陈曦,周游"},
		{"解放日报·上观新闻记者　顾　然", "byline org=解放日报·上观新闻 roles=记者 names=顾然"},
		{"湖南日报·新湖南记者　王　磊　通讯员　李　敏", "byline org=湖南日报·新湖南 roles=记者,通讯员 names=王磊,李敏"},
		{"潇湘晨报·晨视频记者　刘洋", "byline org=潇湘晨报·晨视频 roles=记者 names=刘洋"},
		{"新京报·贝壳财经记者　张晓", "byline org=新京报·贝壳财经 roles=记者 names=张晓"},
		{"南方日报·南方+记者　陈红", "byline org=南方日报·南方+ roles=记者 names=陈红"},
		{"南方+记者　陈红", "byline org=南方+ roles=记者 names=陈红"},
		{"大众日报•大众新闻记者　赵强", "byline org=大众日报•大众新闻 roles=记者 names=赵强"},
		{"中青报记者　孙晓雯", "byline org=中青报 roles=记者 names=孙晓雯"},
		// Look-alikes: no paper before the dot, no name after the role.
		{"中国·东盟记者论坛开幕", ""},
		{"新华网·记者走基层", ""},
		{"科技·前沿记者观察", ""},
	} {
		d := mustRead(t, "高校食堂推出小份菜\n\n"+tt.line+"\n\n"+body)
		got := creditFields(nodeWithText(d, tt.line))
		if tt.want == "" && strings.HasPrefix(got, "byline") || tt.want != "" && got != tt.want {
			t.Errorf("%s: got %s, want %s\n%s", tt.line, got, tt.want, outline(d, false))
		}
		roundTrip(t, d)
	}
	// An OCR page with no blank lines: the credit between the headline
	// and the indented text.
	d := mustRead(t, "老旧小区加装电梯申请实现一网通办\n解放日报·上观新闻记者　顾　然\n　　市民为所在老旧小区申请加装电\n梯，今后可以在平台上一键提交。\n　　据介绍，过去居民申请加装电梯，\n需要分别前往多个部门递交材料。\n")
	if got := creditFields(nodeWithText(d, "解放日报·上观新闻记者　顾　然")); got != "byline org=解放日报·上观新闻 roles=记者 names=顾然" {
		t.Errorf("OCR page: got %s\n%s", got, outline(d, false))
	}
	roundTrip(t, d)
	// In the bracket after a dateline.
	for _, dl := range []string{"中国青年报北京12月5日电", "本报讯", "新华社北京12月5日电"} {
		for _, org := range []string{"中青报·中青网", "湖南日报·新湖南"} {
			cr := "（" + org + "记者　罗宇航）"
			d := mustRead(t, "青年志愿者冬季助老行动启动\n\n　　"+dl+cr+"　今天是国际志愿者日，志愿服务行动在京启动。\n\n　　据介绍，行动将持续至明年2月底。\n")
			if got := creditFields(nodeWithText(d, cr)); got != "byline org="+org+" roles=记者 names=罗宇航" {
				t.Errorf("%s%s: got %s\n%s", dl, cr, got, outline(d, false))
			}
			roundTrip(t, d)
		}
	}
}

// TestBlind33BrandOrg holds brandOrg to the merged paper's shape: a
// paper's name, one middle dot, a site's or app's name.
func TestBlind33BrandOrg(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"中青报·中青网", true},
		{"解放日报·上观新闻", true},
		{"南方日报·南方+", true},
		{"证券时报•e公司", true},
		{"中国·东盟", false},             // no paper's name before the dot
		{"阿依古丽·买买提", false},          // a transliterated name
		{"新华网·", false},              // nothing after the dot
		{"中青报·中青网·青年", false},        // two dots
		{"人民日报", false},              // no dot: isOrg's
		{"中国青年报社·中青在线新闻网站平台", false}, // the site's part too long
	} {
		if got := brandOrg(tt.s); got != tt.want {
			t.Errorf("brandOrg(%s) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestBlind33AppDateline: a news app's dateline, 中国青年报客户端北京12月5日电,
// 极目新闻客户端北京12月5日电 (blind page cn-zqb-zhongqingwang): the app's
// word belongs to the organisation, never to the place, whether the
// paper's name ends as an organisation's does or not; the place may be
// missing. Agencies' and sites' datelines read as before.
func TestBlind33AppDateline(t *testing.T) {
	for _, tt := range []struct{ dl, org, place string }{
		{"中国青年报客户端北京12月5日电", "中国青年报客户端", "北京"},
		{"极目新闻客户端北京12月5日电", "极目新闻客户端", "北京"},
		{"央视新闻客户端武汉12月5日电", "央视新闻客户端", "武汉"},
		{"人民日报客户端12月5日电", "人民日报客户端", ""},
		{"中國時報客戶端台北5日電", "中國時報客戶端", "台北"},
		{"北京日报APP北京12月5日电", "北京日报APP", "北京"},
		{"中国青年报客户端讯", "中国青年报客户端", ""},
		{"极目新闻APP讯", "极目新闻APP", ""},
		// Unchanged.
		{"新华社北京12月5日电", "新华社", "北京"},
		{"中新网北京12月5日电", "中新网", "北京"},
		{"本报北京12月5日电", "", "北京"},
		{"证券时报e公司讯", "证券时报e公司", ""},
	} {
		d := mustRead(t, "青年志愿者冬季助老行动启动\n\n　　"+tt.dl+"　今天是国际志愿者日，志愿服务行动在京启动。\n\n　　据介绍，行动将持续至明年2月底。\n")
		n := nodeWithText(d, tt.dl)
		if n == nil || n.Kind != doc.KindDateline || n.Org != tt.org || n.Place != tt.place {
			t.Errorf("%s: got %s, want dateline org=%s place=%s\n%s", tt.dl, creditFields(n), tt.org, tt.place, outline(d, false))
		}
		roundTrip(t, d)
	}
	// A word holding the app's letters is no app: Apple.
	if org, place, ok := appOrgPlace("苹果Apple北京"); ok {
		t.Errorf("appOrgPlace(苹果Apple北京) = %s, %s", org, place)
	}
}

// TestBlind33Disclaimer: a site's disclaimer on its own line,
// 免责声明：本文内容与数据仅供参考…, is boilerplate as a copyright line
// is (blind page cn-nbd-meijing-web): noise of kind "disclaimer", with
// its story. A special or copyright statement is one only when it speaks
// of the text or the site; the label run on to a sentence (免责声明显示，…)
// or alone is text.
func TestBlind33Disclaimer(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"免责声明：本文内容与数据仅供参考，不构成投资建议，使用前请核实。据此操作，风险自担。", true},
		{"免責聲明：本文僅供參考，不構成投資建議。", true},
		{"【免责声明】本文仅代表作者个人观点，与本网无关。", true},
		{"[免责声明]本文仅代表作者个人观点。", true},
		{"特别声明：以上内容为凤凰网用户上传并发布，本平台仅提供信息存储服务。", true},
		{"版权声明：本文版权归原作者所有。", true},
		{"特别声明：公司将于下月召开股东大会审议该议案，并对此前的公告作出更正。", false},
		{"免责声明显示，该公司此前已提示风险。", false},
		{"免责声明：", false},
		{"特别提示：本文仅供参考。", false},
	} {
		page := "三家动力电池企业净利润增长逾四成\n\n每日经济新闻　2026-12-05 20:15:32\n\n12月5日晚间，三家动力电池企业先后披露前三季度业绩快报，合计实现净利润72.6亿元。\n\n" + tt.line + "\n\n对于业绩增长的原因，恒锂科技在公告中表示，主要受益于储能电池出货量大幅增加。\n"
		d := mustRead(t, page)
		n := nodeWithText(d, tt.line)
		got := n != nil && n.Kind == doc.KindNoise
		if got != tt.want || isDisclaimer(tt.line) != tt.want {
			t.Errorf("%s: got %s, want noise %v\n%s", tt.line, creditFields(n), tt.want, outline(d, false))
		}
		if tt.want && noiseKind(tt.line) != noiseDisclaimer {
			t.Errorf("%s: noise kind %q", tt.line, noiseKind(tt.line))
		}
		roundTrip(t, d)
	}
}

// TestBlind33PictureSourceAlone: a picture's source credited on a line of
// its own, 封面图片来源：每日经济新闻　资料图, 图片来源：视觉中国 (blind page
// cn-nbd-meijing-web), is a caption, as an unbracketed photo credit alone
// is. A source with a clause (a notice) and a data source (a note) are
// not.
func TestBlind33PictureSourceAlone(t *testing.T) {
	for _, tt := range []struct{ line, want string }{
		{"封面图片来源：每日经济新闻　资料图", "caption"},
		{"图片来源：每日经济新闻　资料图", "caption"},
		{"图片来源：视觉中国", "caption"},
		{"圖片來源：中央社", "caption"},
		{"题图来源：视觉中国", "caption"},
		{"封面图来源：IC photo", "caption"},
		{"图源：网络", "caption"},
		{"数据来源：公司公告", "note"},
		{"图片来源：本文图片均来自网络，如有侵权请联系删除。", "paragraph"},
		{"来源：每日经济新闻", "noise"},
	} {
		page := "三家动力电池企业净利润增长逾四成\n\n每日经济新闻　2026-12-05 20:15:32\n\n12月5日晚间，三家动力电池企业先后披露前三季度业绩快报，合计实现净利润72.6亿元。\n\n" + tt.line + "\n\n对于业绩增长的原因，恒锂科技在公告中表示，主要受益于储能电池出货量大幅增加。\n"
		d := mustRead(t, page)
		if got := creditFields(nodeWithText(d, tt.line)); got != tt.want {
			t.Errorf("%s: got %s, want %s\n%s", tt.line, got, tt.want, outline(d, false))
		}
		roundTrip(t, d)
	}
}

// TestBlind33PaperRunInCredit: after a dateline, the reporters run into
// the text with spaces for brackets may open with the paper's name
// before the role, plain or merged with its site (南都讯　中青报·中青网记者
// 罗宇航　今天…), as they open with the role (南都讯 记者 罗晓琪 …): the
// credit is a byline with its org. A name before its role, a role with no
// name after it, or a word that is no paper's name (省卫健委记者会) stays
// the paragraph's text.
func TestBlind33PaperRunInCredit(t *testing.T) {
	for _, tt := range []struct{ lead, credit, want string }{
		{"南都讯　", "中青报·中青网记者　罗宇航", "byline org=中青报·中青网 roles=记者 names=罗宇航"},
		{"本报北京12月5日讯　", "解放日报·上观新闻记者　顾　然", "byline org=解放日报·上观新闻 roles=记者 names=顾然"},
		{"中国青年报客户端北京12月5日电　", "中青报记者　罗宇航", "byline org=中青报 roles=记者 names=罗宇航"},
		{"南都讯　", "南方+记者　陈红　通讯员　李敏", "byline org=南方+ roles=记者,通讯员 names=陈红,李敏"},
		{"南都讯　", "记者　罗晓琪", "byline roles=记者 names=罗晓琪"},
		{"南都讯　", "王磊记者　罗宇航", ""},
		{"本报讯　", "人民网记者", ""},
		{"本报讯　", "省卫健委记者会", ""},
	} {
		page := "青年志愿者冬季助老行动启动\n\n　　" + tt.lead + tt.credit + "　今天是国际志愿者日，志愿服务行动在京启动。\n\n　　据介绍，行动将持续至明年2月底。\n"
		d := mustRead(t, page)
		got := creditFields(nodeWithText(d, tt.credit))
		if tt.want == "" && strings.HasPrefix(got, "byline") || tt.want != "" && got != tt.want {
			t.Errorf("%s%s: got %s, want %q\n%s", tt.lead, tt.credit, got, tt.want, outline(d, false))
		}
		roundTrip(t, d)
	}
}

// TestBlind33FilePhotoAlone: a bracketed file photo's credit alone on its
// line, （每日经济新闻　资料图）, （资料图片）, （本报资料图片）, is a caption
// (a variant of blind page cn-nbd-meijing-web's cover-photo source), not
// a byline naming 资料图 nor a section's head. A bracketed paper or agency
// alone stays as it was: it may credit the story.
func TestBlind33FilePhotoAlone(t *testing.T) {
	for _, tt := range []struct{ line, want string }{
		{"（每日经济新闻　资料图）", "caption"},
		{"（资料图）", "caption"},
		{"（资料图片）", "caption"},
		{"（新华社资料图）", "caption"},
		{"（本报资料图片）", "caption"},
		{"（資料照）", "caption"},
		{"（中央社檔案照片）", "caption"},
		{"（新华社）", "byline org=新华社"},
		{"（每日经济新闻）", "byline org=每日经济新闻"},
	} {
		page := "三家动力电池企业净利润增长逾四成\n\n每日经济新闻　2026-12-05 20:15:32\n\n12月5日晚间，三家动力电池企业先后披露前三季度业绩快报，合计实现净利润72.6亿元。\n\n" + tt.line + "\n\n对于业绩增长的原因，恒锂科技在公告中表示，主要受益于储能电池出货量大幅增加。\n"
		d := mustRead(t, page)
		if got := creditFields(nodeWithText(d, tt.line)); got != tt.want {
			t.Errorf("%s: got %s, want %s\n%s", tt.line, got, tt.want, outline(d, false))
		}
		roundTrip(t, d)
	}
}
