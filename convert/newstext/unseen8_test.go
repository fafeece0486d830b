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
