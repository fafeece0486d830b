package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestDatedNewsDateline: a broadcaster's or site's dateline closed by
// 消息 (blind page cn-cnr-web: 央广网北京12月6日消息（记者郑文博）…), the
// organisation, an optional place and the day before it and a bracketed
// or spaced credit, a colon, a comma or a space after it, is a dateline
// as the …电 form is, with its credit a byline. Prose citing a source's
// news (据…消息，), 消息 run into a word (消息称, 消息人士), and a head
// naming no news organisation stay in the paragraph.
func TestDatedNewsDateline(t *testing.T) {
	for _, tt := range []struct{ lead, dl, org, place, date string }{
		{"央广网北京12月6日消息（记者郑文博）", "央广网北京12月6日消息", "央广网", "北京", "12月6日"},
		{"央广网北京12月6日消息　记者郑文博　", "央广网北京12月6日消息", "央广网", "北京", "12月6日"},
		{"央视网北京12月6日消息（记者郑文博）", "央视网北京12月6日消息", "央视网", "北京", "12月6日"},
		{"中国之声北京12月6日消息，", "中国之声北京12月6日消息，", "中国之声", "北京", "12月6日"},
		{"国际在线12月6日消息：", "国际在线12月6日消息：", "国际在线", "", "12月6日"},
		{"中国新闻网乌鲁木齐12月6日消息　", "中国新闻网乌鲁木齐12月6日消息", "中国新闻网", "乌鲁木齐", "12月6日"},
		{"人民网上海2026年12月6日消息（记者郑文博）", "人民网上海2026年12月6日消息", "人民网", "上海", "2026年12月6日"},
		{"烟台日报12月6日消息　", "烟台日报12月6日消息", "烟台日报", "", "12月6日"},
		{"北京电视台12月6日消息：", "北京电视台12月6日消息：", "北京电视台", "", "12月6日"},
		{"央廣網北京12月6日消息（記者鄭文博）", "央廣網北京12月6日消息", "央廣網", "北京", "12月6日"},
		{"本报北京12月6日消息　", "本报北京12月6日消息", "", "北京", "12月6日"},
		{"人民日报客户端北京12月6日消息　", "人民日报客户端北京12月6日消息", "人民日报客户端", "北京", "12月6日"},
		// A colon after the credit is the credit's (creditColon).
		{"国际在线北京12月6日消息（记者郑文博）：", "国际在线北京12月6日消息", "国际在线", "北京", "12月6日"},
		{"新华社北京12月6日电（记者郑文博）：", "新华社北京12月6日电", "新华社", "北京", "12月6日"},
		// Unchanged: the …电 form, and 消息 with no day.
		{"央广网北京12月6日电（记者郑文博）", "央广网北京12月6日电", "央广网", "北京", "12月6日"},
		{"央视网消息：", "央视网消息：", "央视网", "", ""},
	} {
		d := mustRead(t, "冬季用电负荷创新高　多地电网启动迎峰度冬预案\n\n"+tt.lead+"入冬以来，受大范围寒潮影响，全国多地用电负荷快速攀升。\n\n据了解，今冬明春还将新增跨省跨区输电能力约1200万千瓦。\n")
		n := nodeWithText(d, tt.dl)
		if n == nil || n.Kind != doc.KindDateline || n.Org != tt.org || n.Place != tt.place || n.Date != tt.date {
			t.Errorf("%s: got %s, want dateline org=%s place=%s date=%s\n%s", tt.lead, creditFields(n), tt.org, tt.place, tt.date, outline(d, false))
		}
		if strings.Contains(tt.lead, "记者") || strings.Contains(tt.lead, "記者") {
			if b := nodeWithText(d, strings.Trim(tt.lead[len(tt.dl):], "　")); b == nil || b.Kind != doc.KindByline {
				t.Errorf("%s: credit not a byline\n%s", tt.lead, outline(d, false))
			}
		}
		roundTrip(t, d)
	}
	// Look-alikes: prose, a word after 消息, no organisation, no day.
	for _, lead := range []string{
		"据央广网北京12月6日消息，",
		"另据中国之声12月6日消息，",
		"路透社12月6日消息称，",
		"新华社12月6日消息人士透露，",
		"北京12月6日消息，",
		"有关方面12月6日消息，",
		"记者从12月6日消息中获悉，",
		"央广网北京消息，",
	} {
		line := lead + "入冬以来，受大范围寒潮影响，全国多地用电负荷快速攀升。"
		d := mustRead(t, "冬季用电负荷创新高　多地电网启动迎峰度冬预案\n\n"+line+"\n\n据了解，今冬明春还将新增跨省跨区输电能力约1200万千瓦。\n")
		if n := nodeWithText(d, line); n == nil || n.Kind != doc.KindParagraph {
			t.Errorf("%s: want the line one paragraph\n%s", lead, outline(d, false))
		}
		roundTrip(t, d)
	}
}
