package newstext

import (
	"strings"
	"testing"
)

// Conventions found by a sixth round of blind pages (December 2026),
// each tested on original text of its own.

// TestSpacedLeadCredit: mainland papers run the reporters into the text
// after the dateline with spaces for brackets (南都讯 记者吴思 12月2日，…);
// they are the article's byline, with padded names and two roles, while a
// role running into a sentence (记者昨天 从…) stays text. A news app's or
// a paper's short name before 讯 is a dateline's organisation.
func TestSpacedLeadCredit(t *testing.T) {
	for _, tt := range []struct{ lead, want string }{
		{"南都讯 记者吴思 12月2日，记者从市地铁集团获悉，十号线已进入全线联调阶段。",
			"dateline 南都讯\nbyline 记者吴思\nparagraph 12月2日，记者从市地铁集团获悉"},
		{"本报讯 记者 王磊 通讯员 李然 昨天，市地铁集团召开发布会。",
			"dateline 本报讯\nbyline 记者 王磊 通讯员 李然\nparagraph 昨天，市地铁集团召开发布会。"},
		{"本报讯　记者　王　磊　昨天上午，市地铁集团召开发布会。",
			"dateline 本报讯\nbyline 记者　王　磊\nparagraph 昨天上午，"},
		{"极目新闻客户端讯 记者 陈晨 12月2日，市地铁集团召开发布会。",
			"dateline 极目新闻客户端讯\nbyline 记者 陈晨\nparagraph 12月2日，"},
		{"本报讯 记者昨天 从市地铁集团获悉，十号线已进入全线联调阶段。",
			"dateline 本报讯\nparagraph 记者昨天从市地铁集团获悉，"},
		{"封面新闻讯 记者从市地铁集团获悉，十号线已进入全线联调阶段。",
			"dateline 封面新闻讯\nparagraph 记者从市地铁集团获悉，"},
	} {
		page := "地铁十号线明年开通\n\n" + tt.lead + "\n\n十号线全长约19.3公里，设站14座，将串联起两个区的多个大型居住区。\n"
		d := mustRead(t, page)
		wantIn(t, strings.Join(pageLeafKinds(d), "\n"), "headline 地铁十号线明年开通\n"+tt.want)
	}
	for in, want := range map[string]string{
		"记者 王磊 通讯员 李然 昨天": "记者,通讯员/王磊,李然",
		"记者吴思 12月2日":      "记者/吴思",
		"王磊 昨天":           "",
		"记者 昨天 上午":        "",
		// A photographer's credit closes a caption, never opens a story
		// (read alone, the line is a caption: FuzzNormalized).
		"记者　李刚　摄　　市民在新开的公园里散步。": "",
		// Nor does an editor's credit (alone, the desk's: noise).
		"责任编辑 王小丽　　记者 林怡君 报道了公园开放的消息。": "",
	} {
		got := ""
		if _, c, ok := spacedLeadCredit(in); ok {
			got = strings.Join(c.roles, ",") + "/" + strings.Join(c.names, ",")
		}
		if got != want {
			t.Errorf("spacedLeadCredit(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDashKickerOverHeadline: on a hard-wrapped page a title line ending
// in a dash is the kicker leading into the headline under it, never
// wrapped into it.
func TestDashKickerOverHeadline(t *testing.T) {
	page := "某部着眼实战锤炼基层指挥员临机决断能力——\n" +
		"训练场上，“考官”不再给标准答案\n\n" +
		"■本报记者　张　军　通讯员　刘　洋\n\n" +
		"　　“前方桥梁被毁，你连怎么办？”上月下旬，\n" +
		"一场实兵对抗演练进入关键阶段，导调组抛出\n" +
		"的难题让连长一时语塞。\n"
	d := mustRead(t, page)
	wantIn(t, strings.Join(pageLeafKinds(d), "\n"),
		"kicker 某部着眼实战锤炼基层指挥员临机决断能力——\nheadline 训练场上，“考官”不再给标准答案\nbyline ■本报记者")
}

// TestReportLineByline: Singapore's and Malaysia's byline under the
// headline, the names and 报道 with the reporter's e-mail on the web, is
// a byline (names, the report word as role), not a title line; a place's
// 综合讯 in brackets is a dateline at the place.
func TestReportLineByline(t *testing.T) {
	page := "巴士转换站将增设冷气候车区\n\n" +
		"黄志豪 报道 wongzh@example.com.sg\n\n" +
		"陆路交通管理局昨天宣布，全岛十个巴士转换站将在明年底前增设冷气候车区，每个候车区可容纳约80人。\n\n" +
		"边境检查站周末人潮拥挤\n\n" +
		"（槟城综合讯）学校假期开始，大批游客涌入槟城，渡轮码头排起长龙。\n"
	d := mustRead(t, page)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got, "headline 巴士转换站将增设冷气候车区\nbyline 黄志豪 报道 wongzh@example.com.sg\nparagraph 陆路交通管理局")
	for _, a := range d.Articles {
		for _, n := range a.Children {
			if n.Kind == "byline" && strings.Join(n.Names, ",") != "黄志豪" {
				t.Errorf("byline names = %q", n.Names)
			}
			if n.Kind == "dateline" && n.Place != "槟城" {
				t.Errorf("dateline %q place = %q, want 槟城", n.Text, n.Place)
			}
		}
	}
	for in, want := range map[string]bool{
		"李俊杰、黄慧敏 报道":               true,
		"陈婉婷 报道 chenwt@sph.com.sg": true,
		"记者昨天报道":                   false,
		"据路透社报道":                   false,
		"陈婉婷 报道 是我写的@x":            false,
	} {
		if _, ok := reportLine(in); ok != want {
			t.Errorf("reportLine(%q) = %v, want %v", in, ok, want)
		}
	}
}

// TestFigureBrokenAtWrap: a figure broken by a hard wrap in CJK text
// (约2 / 100个, 4兆1,23 / 5億元) joins with no space; Latin figures stay
// spaced.
func TestFigureBrokenAtWrap(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"首批约2", "100個單位", false},
		{"共有1", "200人", false},
		{"in 2024", "100 people", true},
		{"2", "100", true},
		// Its thousands comma before or after the wrap (blind page tw-edn-ocr).
		{"營收4兆1,23", "5億元", false},
		{"營收4兆1,", "235億元", false},
		{"sold 1,23", "5 units", true},
	} {
		if got := needsSpace(tt.a, tt.b); got != tt.want {
			t.Errorf("needsSpace(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestAgencyStampAndFilePhoto: an agency's name over its date and time
// (中央社　2024/12/03 16:45) is a web stamp, kept as noise; a caption
// closed by the agency's file photo credit (（中央社檔案照片）) is a
// caption however many sentences describe the photo, never joined to the
// paragraph after it; a sentence with a time after other words stays
// text.
func TestAgencyStampAndFilePhoto(t *testing.T) {
	page := "中央社　2025/06/09 08:30\n\n" +
		"交通部擬調降國道夜間通行費　最快下月上路\n\n" +
		"（中央社記者陳家豪台北9日電）交通部今天表示，為鼓勵貨車夜間行駛、紓解日間車流，國道夜間通行費擬調降兩成。\n\n" +
		"高公局指出，調降後每年減收約新台幣3億元。\n\n" +
		"國道一號泰山收費站。圖為夜間車流。（中央社檔案照片）\n\n" +
		"交通部說，方案將先試辦半年，再評估成效。\n"
	d := mustRead(t, page)
	wantIn(t, strings.Join(pageLeafKinds(d), "\n"),
		"noise 中央社　2025/06/09 08:30\nheadline 交通部擬調降國道夜間通行費",
		"caption 國道一號泰山收費站。圖為夜間車流。（中央社檔案照片）\nparagraph 交通部說，")
	for in, want := range map[string]bool{
		"中央社　2025/06/09 08:30": true,
		"联合报 2025-06-09 08:30": true,
		"比赛于 2025-06-09 08:30": false,
	} {
		if got := sourcedStamp(in); got != want {
			t.Errorf("sourcedStamp(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestFundingNoteAndSectionFolio: a theory page's note on the grant that
// paid for the article (【本文系…阶段性成果】) is a note, however long; a
// folio whose page code has two letters (南都's GA07) and desk credits is
// furniture.
func TestFundingNoteAndSectionFolio(t *testing.T) {
	for in, want := range map[string]bool{
		"【本文系国家社会科学基金一般项目“县域治理现代化路径研究”（22BZZ031）的阶段性成果】": true,
		"（本文为省社科规划课题研究成果）":                               true,
		"【本文作者】":        false,
		"（本文系作者个人观点）未完": false,
	} {
		if got := isNote(in); got != want {
			t.Errorf("isNote(%q) = %v, want %v", in, got, want)
		}
	}
	if got := noiseKind("南方都市报　2025年6月9日　星期一　GA05　深圳·时事　责编：王　芳　美编：李　明"); got != noiseFolio {
		t.Errorf("folio with GA05 = %q, want %q", got, noiseFolio)
	}
}

// TestHeadAfterCaptionInDatedStory: on a page whose story opens with its
// dateline, a title line after a caption, over text with no dateline, is
// a head of that story, not the headline of a new one.
func TestHeadAfterCaptionInDatedStory(t *testing.T) {
	page := "深圳新增20座社区书房\n\n" +
		"南都讯 记者 周敏 6月8日，深圳市文化广电旅游体育局发布消息，今年全市新增20座社区书房，均已对外开放。\n\n" +
		"这些书房大多设在社区党群服务中心内，每座藏书不少于5000册。\n\n" +
		"6月8日，福田区一座社区书房内，市民在看书。南都记者 林海 摄\n\n" +
		"周末客流比平日多一倍\n\n" +
		"南都记者走访发现，社区书房周末客流明显高于平日，不少家长带孩子来借阅绘本。\n\n" +
		"管理员表示，书房将延长周末开放时间。\n"
	d := mustRead(t, page)
	if len(d.Articles) != 1 {
		t.Fatalf("%d articles, want 1: %q", len(d.Articles), pageLeafKinds(d))
	}
	wantIn(t, strings.Join(pageLeafKinds(d), "\n"), "caption 6月8日，福田区一座社区书房内，市民在看书。南都记者 林海 摄\nheading 周末客流比平日多一倍\nparagraph 南都记者走访发现")
}

// TestPaddedNamesInBracketCredit: names padded to three cells after a
// three-character name (杭消宣　王　凯) are a name of their own, not the
// lone character of an OCR-split name; the credit parses with spaces or
// U+3000 between its fields.
func TestPaddedNamesInBracketCredit(t *testing.T) {
	for in, want := range map[string]string{
		"记者 周　涛 通讯员 钱塘宣 刘　杰": "记者,通讯员/周涛,钱塘宣,刘杰",
		"记者　周　涛　通讯员　钱塘宣　刘　杰": "记者,通讯员/周涛,钱塘宣,刘杰",
		"记者 钱塘宣 刘 杰":         "记者/钱塘宣,刘杰",
	} {
		got := ""
		if c, ok := parseBracketCredit(in); ok {
			got = strings.Join(c.roles, ",") + "/" + strings.Join(c.names, ",")
		}
		if got != want {
			t.Errorf("parseBracketCredit(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPhotoStoryOnBriefsPage: a title line over a caption and nothing
// else before the next title is a photo story (图片新闻), an article of
// its own, not a section of the brief above.
func TestPhotoStoryOnBriefsPage(t *testing.T) {
	page := "老城区背街小巷完成改造\n\n" +
		"本报讯（记者 周　涛）今年以来，全市共完成背街小巷改造120条，改造后路面平整、管线入地。\n\n" +
		"城管部门表示，明年将再改造80条。\n\n" +
		"西湖边银杏染金\n\n" +
		"11月20日，游客在湖边赏银杏。当天气温回升，赏秋游客明显增多。　记者 刘　杰 摄\n\n" +
		"全省冬小麦播种基本结束\n\n" +
		"新华社杭州11月20日电（记者 钱　江）记者从省农业农村厅获悉，全省冬小麦播种已基本结束。\n"
	d := mustRead(t, page)
	if len(d.Articles) != 3 {
		t.Fatalf("%d articles, want 3:\n%s", len(d.Articles), strings.Join(pageLeafKinds(d), "\n"))
	}
	wantIn(t, strings.Join(pageLeafKinds(d), "\n"), "headline 西湖边银杏染金\ncaption 11月20日，游客在湖边赏银杏。")
}

// TestWebTrailerWithProofreader: a web article's trailer naming its
// editor, photo editor and proofreader is its byline, not a page's desk
// line; one naming the art editor stays furniture.
func TestWebTrailerWithProofreader(t *testing.T) {
	for in, want := range map[string]unitKind{
		"责任编辑：王立新　图片编辑：赵敏　校对：孙悦": uByline,
		"责任编辑：王立新　校对：孙悦":         uByline,
		"责任编辑：王立新　美术编辑：赵敏　校对：孙悦": uNoise,
	} {
		if got := kindOf(in); got != want {
			t.Errorf("kindOf(%q) = %v, want %v", in, got, want)
		}
	}
}
