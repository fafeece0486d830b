package newstext

import (
	"strings"
	"testing"
)

// TestNoticeLabelOverTitle: on a Chinese page, a notice's name (政府公告,
// 招聘启事) straight over the notice's own longer title, with its text
// under that, is the kicker and the title the headline; a notice's name
// with its text straight under it still titles the notice alone.
func TestNoticeLabelOverTitle(t *testing.T) {
	story := "社區長者健康計劃擴至離島\n\n【本報消息】衛生局昨日表示，社區長者健康計劃明年擴展至離島區，首年預計服務三千人次。\n\n"
	tests := []struct{ name, page, want string }{
		{"政府公告 over its title", story + "政府公告\n\n冬季防火安全講座\n\n時間：12月13日（星期六）下午3時至5時\n地點：消防局總部演講廳\n",
			"kicker 政府公告\nheadline 冬季防火安全講座"},
		{"招聘启事 over its title", "社区食堂开进老小区\n\n本报讯 城东街道首家社区食堂昨日开业，六十岁以上老人就餐可享八折优惠。\n\n招聘启事\n\n市图书馆招聘周末志愿者\n\n市图书馆现招聘周末志愿者二十名，负责图书整理和读者引导，有意者请于本月底前报名。\n",
			"kicker 招聘启事\nheadline 市图书馆招聘周末志愿者"},
		// Look-alikes.
		{"更正 over its text", story + "更正\n\n本報12月3日A3版《輕軌延線明年試車》一文中，「二〇二七年」應為「二〇二六年」，特此更正。\n",
			"headline 更正\nparagraph 本報12月3日"},
		{"讣告 over its text", story + "讣告\n\n我市退休教师李明华同志因病医治无效，于2026年12月5日逝世，享年八十六岁。\n",
			"headline 讣告\nparagraph 我市退休教师"},
	}
	for _, tt := range tests {
		d := mustRead(t, tt.page)
		if got := strings.Join(pageLeafKinds(d), "\n"); !strings.Contains(got, tt.want) {
			t.Errorf("%s: no %q in:\n%s", tt.name, tt.want, got)
		}
	}
}
