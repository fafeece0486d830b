package newstext

import (
	"strings"
	"testing"
)

// gmPage is a Malaysian site's story as copied off the web (invented
// text, after blind page my-guangming-web): the brand, a breadcrumb, the
// title, the stamp line (%s), the share row, the text under its run-in
// dateline.
const gmPage = "光明日报\n首页 > 国内\n雪隆豪雨多处闪电水灾\n%s\n分享到 Facebook WhatsApp Telegram\n" +
	"（吉隆坡5日讯）雪隆一带今日傍晚下起豪雨，多个低洼地区发生闪电水灾，数十辆汽车受困。\n" +
	"消防局发言人说，该局在傍晚6时许接获求助电话后，立即派出3辆消防车到场协助。\n" +
	"气象局预测，豪雨将持续至下周二，促请民众避免前往低洼地区。\n"

// TestTwelveHourClockStamp: a web stamp with a twelve-hour clock, as
// Malaysian, Singapore and Hong Kong sites set it (8:30PM, 8:30 PM,
// 8:30pm, 05:00 a.m., 晚上8:30, 晚上 8:30, 下午3时, 下午3時45分, 上午10点半),
// alone, after its word (发布:) or after the site's name and a bar, is
// a time stamp as one with 20:30 is (blind page my-guangming-web: it had
// been glued to the share row, or to the first paragraph with its
// dateline). An hour past 12 before PM, a part of the day before no
// hour (下午3时许, 下午3至5时), a clause after the time, a time with no
// date and a sentence holding the time stay what they were.
func TestTwelveHourClockStamp(t *testing.T) {
	for s, want := range map[string]bool{
		"2026年12月5日 8:30PM":                             true,
		"2026年12月5日 8:30 PM":                            true,
		"2026年12月5日 8:30pm":                             true,
		"2026年12月5日 05:00 a.m.":                         true,
		"2026年12月5日 12:05AM":                            true,
		"2026年12月5日 晚上8:30":                             true,
		"2026年12月5日 晚上 8:30":                            true,
		"2026年12月5日 下午3时":                               true,
		"2026年12月5日 下午3時45分":                            true,
		"2026年12月5日 上午10点半":                             true,
		"2026-12-05 8:30PM":                             true,
		"发布: 2026年12月5日 8:30PM":                         true,
		"发布: 2026年12月5日 8:30PM | 更新: 2026年12月5日 9:12PM": true,
		"发布/2026年12月5日 05:00 AM":                        true,
		"2026年12月5日 20:30PM":                            false, // no twelve-hour time
		"2026年12月5日 0:30PM":                             false,
		"2026年12月5日 下午3时许":                              false,
		"2026年12月5日 下午3至5时":                             false,
		"2026年12月5日 下午15时":                              false,
		"2026年12月5日 8:30PM开幕":                           false,
		"2026年12月5日 PM":                                 false,
		"2026年12月5日 下午":                                 false,
		"晚上8:30":                                        false, // no date
		"8:30PM":                                        false,
		"定于2026年12月5日晚上8:30举行。":                         false,
	} {
		if got := isWebStamp(s); got != want {
			t.Errorf("isWebStamp(%q) = %v, want %v", s, got, want)
		}
		if want && (!stampLine(s) || noiseKind(s) != noiseStamp) {
			t.Errorf("%q: stampLine %v, noiseKind %q", s, stampLine(s), noiseKind(s))
		}
	}
	for s, want := range map[string]bool{
		"光明日报 | 发布: 2026年12月5日 8:30PM | 更新: 2026年12月5日 9:12PM": true,
		"光明日报 发布: 2026年12月5日 下午3时":                             true,
		"比赛定于 2026年12月5日 8:30PM":                               false,
		"光明日报 | 发布: 2026年12月5日 8:30PM开幕":                       false,
	} {
		if got := sourcedStamp(s); got != want {
			t.Errorf("sourcedStamp(%q) = %v, want %v", s, got, want)
		}
	}
	paras := []string{
		"paragraph 雪隆一带今日傍晚下起豪雨，多个低洼地区发生闪电水灾，数十辆汽车受困。",
		"paragraph 消防局发言人说，该局在傍晚6时许接获求助电话后，立即派出3辆消防车到场协助。",
		"paragraph 气象局预测，豪雨将持续至下周二，促请民众避免前往低洼地区。",
	}
	for _, stamp := range []string{
		"光明日报 | 发布: 2026年12月5日 8:30PM | 更新: 2026年12月5日 9:12PM",
		"发布: 2026年12月5日 8:30 PM",
		"2026年12月5日 8:30pm",
		"2026年12月5日 晚上8:30",
		"2026年12月5日 下午3时",
		"2026年12月5日 下午3時45分",
	} {
		for _, share := range []bool{true, false} {
			page := strings.Replace(gmPage, "%s", stamp, 1)
			want := []string{"article", "noise 光明日报", "noise 首页 > 国内", "headline 雪隆豪雨多处闪电水灾", "noise " + stamp, "noise 分享到 Facebook WhatsApp Telegram", "dateline （吉隆坡5日讯）"}
			if !share {
				page = strings.Replace(page, "分享到 Facebook WhatsApp Telegram\n", "", 1)
				want = append(want[:5], want[6:]...)
			}
			wantAllKinds(t, page, append(want, paras...)...)
		}
	}
}
