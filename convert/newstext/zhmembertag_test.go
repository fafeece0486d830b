package newstext

import (
	"strings"
	"testing"
)

// TestZhMemberTag: a Chinese site's tag of a story kept for its
// subscribers, alone over the headline (blind page sg-zaobao-web-leling:
// 订户专享), is the site's noise, not the story's kicker; a title or a
// word that shares its words stays text.
func TestZhMemberTag(t *testing.T) {
	for s, want := range map[string]bool{
		"订户专享":     true,
		"訂戶專享":     true,
		"会员专享":     true,
		"會員專屬":     true,
		"付费会员专享":   true,
		"[VIP专享]":  true,
		"【会员专享】":   true,
		"付费内容":     true,
		"付費閱讀":     true,
		"会员专享优惠":   false, // a title
		"付费阅读成趋势":  false,
		"专享":       false,
		"会员":       false,
		"订户专享福利活动": false,
		"独家":       false, // a story's kind: the kicker's word
		"会员限定活动":   false,
	} {
		if got := zhMemberTag(s); got != want {
			t.Errorf("zhMemberTag(%q) = %v, want %v", s, got, want)
		}
	}
	body := "\n\n乐龄活动中心明年增至300个　50个中心延长开放至晚上9时\n\n黄健智 陈婉婷 报道\n\n全岛乐龄活动中心的数量明年将从目前的约220个增至300个，其中至少50个中心会延长开放时间。\n"
	for _, tag := range []string{"订户专享", "付费内容", "会员专属"} {
		wantKinds(t, "联合早报\n\n新闻 > 新加坡\n\n"+tag+body, "noise 联合早报", "noise 新闻 > 新加坡", "noise "+tag, "headline 乐龄活动中心明年增至300个　50个中心延长开放至晚上9时")
	}
	// Between two paragraphs of a story about paid content the tag is a
	// crosshead (review 26, zh-paid-crosshead).
	page := "知识付费平台去年营收增长三成\n\n本报记者 陈婉婷\n\n　　据行业协会昨天发布的报告，国内知识付费平台去年营收同比增长约三成。\n\n付费内容\n\n　　报告显示，音频课程和专栏仍是用户最愿意付费的内容。\n\n会员专享\n\n　　不少平台推出会员专享课程，年费会员续费率超过六成。\n"
	if got, want := strings.Join(deepKinds(mustRead(t, page)), "\n"), strings.Join([]string{"article", "headline 知识付费平台去年营收增长三成", "byline 本报记者 陈婉婷",
		"paragraph 据行业协会昨天发布的报告，国内知识付费平台去年营收同比增长约三成。",
		"section ", "heading 付费内容", "paragraph 报告显示，音频课程和专栏仍是用户最愿意付费的内容。",
		"section ", "heading 会员专享", "paragraph 不少平台推出会员专享课程，年费会员续费率超过六成。"}, "\n"); got != want {
		t.Errorf("crossheads between paragraphs:\n got:\n%s\nwant:\n%s", got, want)
	}
	// A column's label over the headline stays its kicker.
	wantKinds(t, "联合早报\n\n新闻 > 新加坡\n\n早报观点"+body, "noise 联合早报", "noise 新闻 > 新加坡", "kicker 早报观点", "headline 乐龄活动中心明年增至300个　50个中心延长开放至晚上9时")
}
