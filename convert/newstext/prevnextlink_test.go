package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestPrevNextLinks: a news site's links to the story before and after,
// 上一篇：… over 下一篇：… (上一条/下一条, 上一條/下一條, 上一则, 前一篇;
// bracketed or spaced from the title), are web furniture, one unit each,
// not a paragraph joined to the other (blind page cn-web-bowuguan). The
// label's words running on in text, a book's 上篇, and prose under the
// label stay text. The label spaced from its title is a link beside the
// other link or at a web page's foot only: a headline spaced into phrases
// that opens with the words (下一条 地铁线路花落谁家) stays a headline at a
// page's top and over the next story.
func TestPrevNextLinks(t *testing.T) {
	for _, tt := range []struct {
		line string
		link bool
	}{
		{"上一篇：冬季文旅惠民活动启动", true},
		{"下一篇：非遗年货节下周开幕", true},
		{"上一篇:非遗年货节下周开幕", true},
		{"上一篇 冬季文旅惠民活动启动", true},
		{"下一篇　非遗年货节下周开幕", true},
		{"上一條：冬季文旅惠民活動啟動", true},
		{"下一條：非遺年貨節下周開幕", true},
		{"上一条：城市更新，让老街区焕发新活力", true},
		{"下一则：非遗年货节下周开幕", true},
		{"上一則：非遺年貨節下周開幕", true},
		{"前一篇：冬季文旅惠民活动启动", true},
		{"後一篇：非遺年貨節下周開幕", true},
		{"【上一篇】冬季文旅惠民活动启动", true},
		{"[下一篇] 非遗年货节下周开幕", true},
		{"上一篇文章：冬季文旅惠民活动启动", true},
		{"下一篇：没有了", true},
		{"上一条", true},
		// Look-alikes.
		{"下一条地铁线路明年开通", false},
		{"上一篇文章中我们提到，房价仍在上涨。", false},
		{"下一篇章：乡村振兴新画卷", false},
		{"上篇：古代史", false},
		{"前一篇报道中，记者走访了十家农贸市场。", false},
		{"下一步：加强日常巡查", false},
		{"上一条：市民反映的问题已经解决。", false},
	} {
		if got := prevNextLink(tt.line); got != tt.link {
			t.Errorf("prevNextLink(%q) = %v, want %v", tt.line, got, tt.link)
		}
		if !tt.link {
			continue
		}
		page := "江城新闻网\n首页 > 江城 > 文化\n江城博物馆新馆试开放　首日预约名额“秒光”\n2026-12-06 18:32　来源：江城日报　作者：许静\n" +
			"江城日报讯（记者 许静）12月6日，位于滨江新区的江城博物馆新馆开始试开放。当天3000个预约名额在开放预约后不到10分钟即被约满。\n" +
			"新馆总建筑面积4.2万平方米，设有“江城千年”“运河记忆”等6个常设展厅，展出文物2600余件（套）。\n（责任编辑：张涛）\n" + tt.line + "\n下一篇：非遗年货节下周开幕\n"
		d := mustRead(t, page)
		got := kindsOf(d)
		joined := strings.Join(got, "\n")
		if len(d.Articles) != 1 || !strings.Contains(joined, "noise "+tt.line+"\nnoise 下一篇：非遗年货节下周开幕") ||
			!strings.Contains(joined, "paragraph 新馆总建筑面积4.2万平方米，设有“江城千年”“运河记忆”等6个常设展厅，展出文物2600余件（套）。\n") {
			t.Errorf("%s: got %s", tt.line, strings.Join(got, " | "))
		}
		roundTrip(t, d)
	}
	// Both links spaced from their titles, a pair.
	d := mustRead(t, "江城日报讯（记者 许静）12月6日，江城博物馆新馆开始试开放。\n上一篇 冬季文旅惠民活动启动\n下一篇 非遗年货节下周开幕\n")
	if joined := strings.Join(kindsOf(d), "\n"); !strings.Contains(joined, "noise 上一篇 冬季文旅惠民活动启动\nnoise 下一篇 非遗年货节下周开幕") {
		t.Errorf("spaced pair: got %s", joined)
	}
	roundTrip(t, d)
	// Look-alikes in context: a headline spaced into phrases, at a page's
	// top and over the next story's dateline.
	for _, page := range []string{
		"下一条 地铁线路花落谁家\n\n本报讯（记者 王明）记者从市轨道交通集团获悉，第三期建设规划已上报。\n\n业内人士认为，东部新城有望率先获批。\n",
		"城建新闻\n\n本报讯（记者 王明）地铁5号线昨日开通运营。\n\n下一条 地铁线路花落谁家\n\n本报讯（记者 李华）第三期建设规划已上报。\n",
	} {
		d := mustRead(t, page)
		if n := nodeWithText(d, "下一条 地铁线路花落谁家"); n == nil || n.Kind != doc.KindHeadline {
			t.Errorf("%q: got %s", page, strings.Join(kindsOf(d), " | "))
		}
		roundTrip(t, d)
	}
}
