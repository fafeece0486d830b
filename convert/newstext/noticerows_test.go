package newstext

import (
	"strings"
	"testing"
)

// TestNoticeSentenceRows: a closure or schedule notice's rows set as
// sentences, one a line under a lead ending in a colon (8日22时至翌日5时，
// 南下永康至大湾封闭。, 东湖小区：12月8日8:00至18:00停水。, 12月8日（周一）
// 9:00—17:00，中山路停电。), are a paragraph each on a hard-wrapped page,
// however full their lines, and the lead and the text under the last row
// are no row's wrap. Lines of ordinary prose that end at a full stop
// under a colon (no shared key nor act), a single row, rows under no
// lead and rows of different shapes stay wrapped lines.
func TestNoticeSentenceRows(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"8日22时至翌日5时，南下永康至大湾封闭。", "9日22时至翌日5时，北上大湾至永康封闭。", true},
		{"10日22时至翌日5时，南下大湾至仁德封闭。", "11日22时至翌日5时，北上仁德至大湾封闭；", true},
		{"东湖小区：12月8日8:00至18:00停水。", "西湖小区：12月9日8:00至18:00停水。", true},
		{"12月8日（周一）9:00—17:00，中山路停电。", "12月9日（周二）9:00—17:00，解放路停电。", true},
		{"８日２２時至翌日５時，南下永康至大灣封閉。", "９日２２時至翌日５時，北上大灣至永康封閉。", true},
		{"今年全市新建绿道30公里，改造老旧公园12个，成效明显。", "明年还将新建口袋公园20个，改造绿道30公里，力度更大。", false},
		{"8日22时至翌日5时，南下永康至大湾封闭。", "9日22时至翌日5时北上大湾至永康封闭。", false},
		{"8日22时至翌日5时，南下封闭。他说：“请绕行。”", "9日22时至翌日5时，北上封闭。", false},
		{"据统计，今年1至11月全市接待游客1200万人次。", "其中外地游客达到800万人次，同比增长12%。", false},
		{"南下永康至大湾封闭，请绕行。", "北上大湾至永康封闭，请绕行。", false},
	} {
		if got := sameNoticeRows(c.a, c.b); got != c.want {
			t.Errorf("sameNoticeRows(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	// Invented pages at a 24-column measure with no indents, the rows'
	// narrow digits filling the lines: a lead paragraph ending in the
	// colon, two to four rows, the paragraph after them (parted by a
	// blank line, or not).
	head := "国道1号永康段下周夜间封闭施工\n\n"
	lead := "本报讯（记者 陈立）为配合高架桥伸缩缝更换工程，\n国道1号永康至大湾段将于下周实施夜间封闭施工，具\n体封闭时段如下：\n"
	after := "封闭期间，南下车辆可改行省道19号，北上车辆可改行\n县道173号。施工单位将在封闭路段前方设置告示牌和\n引导车辆，请驾驶人减速慢行，服从现场管理人员指挥。\n"
	afterPara := "封闭期间，南下车辆可改行省道19号，北上车辆可改行县道173号。施工单位将在封闭路段前方设置告示牌和引导车辆，请驾驶人减速慢行，服从现场管理人员指挥。"
	for _, c := range []struct {
		rows []string
		sep  string
	}{
		{[]string{"8日22时至翌日5时，南下永康至大湾路段全线封闭。", "9日22时至翌日5时，北上大湾至永康路段全线封闭。", "10日22时至翌日5时，南下大湾至仁德路段全线封闭。", "11日22时至翌日5时，北上仁德至大湾路段全线封闭。"}, "\n"},
		{[]string{"8日22时至翌日5时，南下永康至大湾路段全线封闭。", "9日22时至翌日5时，北上大湾至永康路段全线封闭。"}, ""},
		{[]string{"东湖小区：12月8日8:00至18:00停水，请提前储水。", "西湖小区：12月9日8:00至18:00停水，请提前储水。", "南湖花园：12月10日8:00至20:00停水，请提前储水。"}, ""},
		{[]string{"12月8日（周一）9:00—17:00，中山路全线停电检修。", "12月9日（周二）9:00—17:00，解放路全线停电检修。"}, "\n"},
	} {
		page := head + lead + strings.Join(c.rows, "\n") + "\n" + c.sep + after
		d := mustRead(t, page)
		want := []string{"article", "  headline 国道1号永康段下周夜间封闭施工", "  dateline 本报讯", "  byline （记者 陈立）",
			"  paragraph 为配合高架桥伸缩缝更换工程，国道1号永康至大湾段将于下周实施夜间封闭施工，具体封闭时段如下："}
		for _, r := range c.rows {
			want = append(want, "  paragraph "+r)
		}
		want = append(want, "  paragraph "+afterPara)
		if got := strings.Join(flatKinds(d), "\n"); got != strings.Join(want, "\n") {
			t.Errorf("page:\n%s\n got:\n%s\nwant:\n%s", page, got, strings.Join(want, "\n"))
		}
		roundTrip(t, d)
	}
	// Prose lines ending at full stops under a colon, and a single row,
	// stay wrapped in their paragraph.
	for _, body := range []string{
		"本报讯（记者 黄敏）12月6日，记者从市园林局获悉，今年\n全市新建口袋公园20个，新增绿地面积36万平方米。他说：\n今年全市新建绿道30公里，改造老旧公园12个，成效明显。\n明年还将新建口袋公园20个，改造绿道30公里，力度更大。\n据介绍，明年的建设资金已基本落实，总额约3亿元，将于\n年初下达。\n",
		"本报讯（记者 黄敏）12月6日，记者从市园林局获悉，今年\n全市将新建口袋公园，首批施工时间及路段如下：\n8日22时至翌日5时，南下永康至大湾路段全线封闭。\n据介绍，明年的建设资金已基本落实，总额约3亿元，将于\n年初下达。\n",
	} {
		d := mustRead(t, "江州今年新建口袋公园二十个\n\n"+body)
		got := flatKinds(d)
		if strings.Count(strings.Join(got, "\n"), "paragraph ") != 1 {
			t.Errorf("page:\n%s\n got:\n%s\nwant one paragraph", body, strings.Join(got, "\n"))
		}
		roundTrip(t, d)
	}
}
