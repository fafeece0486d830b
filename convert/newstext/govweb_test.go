package newstext

import "testing"

// govPage is a city government site's release copied out one unit a
// line, its furniture given (blind page cn-zhengfu-web).
func govPage(name, crumb, stamp, buttons, foot string) string {
	return name + "\n" + crumb + "\n我市启动冬季供暖设施安全大检查\n" + stamp + "\n" + buttons + "\n" +
		"　　为确保今冬供暖期间城市供热安全稳定运行，12月4日，市住房和城乡建设局印发通知，即日起开展冬季供暖设施安全大检查。\n" +
		"　　市民如发现供热异常，可拨打12345政务服务便民热线反映。\n" + foot
}

// govTree is govPage's tree, every piece of furniture noise.
func govTree(name, crumb, stamp, buttons string, foot ...string) string {
	t := "article\n  noise " + name + "\n  noise " + crumb + "\n  headline 我市启动冬季供暖设施安全大检查\n  noise " + stamp + "\n  noise " + buttons + "\n" +
		"  paragraph 为确保今冬供暖期间城市供热安全稳定运行，12月4日，市住房和城乡建设局印发通知，即日起开展冬季供暖设施安全大检查。\n" +
		"  paragraph 市民如发现供热异常，可拨打12345政务服务便民热线反映。"
	for _, f := range foot {
		t += "\n  noise " + f
	}
	return t
}

// TestGovSiteFurniture: a government site's furniture is noise, the
// release's title its headline (blind page cn-zhengfu-web, misreads
// 2-4): its name (…人民政府, …政府网, …政府门户网站) over its labelled
// breadcrumb (当前位置：, 您的位置：, 您现在的位置:, 所在位置：), the
// stamp with its source and view counter (浏览次数, 阅读次数, 点击数), the
// bracketed buttons (【字体：大 中 小】　【打印本页】　【关闭窗口】) and the
// footer's phone code, link list (相关链接) and site fields (主办单位：…,
// 网站标识码：…　赣ICP备…号, 京公网安备 …号).
func TestGovSiteFurniture(t *testing.T) {
	const stamp = "发布时间：2026-12-05 16:30　来源：市住房和城乡建设局　浏览次数：1268"
	const buttons = "【字体：大 中 小】　【打印本页】　【关闭窗口】"
	tests := []struct {
		name, name2, crumb, stamp, buttons string
	}{
		{"当前位置", "江州市人民政府", "当前位置：首页 > 政务公开 > 部门动态", stamp, buttons},
		{"您的位置, 政府网", "江州市人民政府网", "您的位置：首页 > 新闻中心 > 部门动态", stamp, buttons},
		{"您现在的位置, 门户网站", "江州市政府门户网站", "您现在的位置: 首页 ＞ 政务公开", "发布时间：2026-12-05 16:30　来源：市住建局　阅读次数：1286", "【字体：大 中 小】【打印本页】【关闭窗口】"},
		{"所在位置, 点击数", "江西省人民政府", "所在位置：首页 > 政务公开 > 部门动态", "发布时间：2026-12-05 16:30 来源：省住建厅 点击数：88", "【字号：大 中 小】　【打印】　【关闭】"},
		{"counter alone after the stamp", "江州市人民政府", "当前位置：首页 > 政务公开", "发布时间：2026-12-05 16:30　浏览次数：1268", "字体：大 中 小　打印本页　关闭窗口"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tw34WantTree(t, govPage(tt.name2, tt.crumb, tt.stamp, tt.buttons, ""), govTree(tt.name2, tt.crumb, tt.stamp, tt.buttons))
		})
	}
	t.Run("footer", func(t *testing.T) {
		foot := []string{"扫一扫在手机打开当前页", "相关链接", "市城管局部署冬季道路除雪保畅工作", "市应急管理局开展燃气安全专项检查",
			"主办单位：江州市人民政府办公室　承办单位：江州市大数据中心", "网站标识码：3601000012　赣ICP备12000123号", "京公网安备 11010502030143号"}
		page := govPage("江州市人民政府", "当前位置：首页 > 政务公开", stamp, buttons, "")
		for _, f := range foot {
			page += f + "\n"
		}
		tw34WantTree(t, page, govTree("江州市人民政府", "当前位置：首页 > 政务公开", stamp, buttons, foot...))
	})
}

// TestGovSiteFurnitureLookalikes: lines worded like a government site's
// furniture that are not: a location in a sentence or with no trail, a
// government named in a kicker's phrase or alone, a stamp word in prose,
// a bracketed link header (【延伸阅读】, a printed box's head), a sponsor
// named in a sentence or the runners alone (an event box's row, told
// only beside a footer's code or filing), a phone scan that is a
// caption's prompt. (A wire's 【相关链接】 over its background item stays
// a head: TestWireCopyRunsToEndMark.)
func TestGovSiteFurnitureLookalikes(t *testing.T) {
	for _, s := range []string{"当前位置：江州市滨湖区", "您的位置：请在地图上标出", "当前位置：距离终点 > 5公里，请继续前行"} {
		if breadcrumb(s) {
			t.Errorf("breadcrumb(%q) = true", s)
		}
	}
	for _, s := range []string{"人民政府", "市人民政府", "江州市人民政府召开常务会议", "江州市人民政府：全力保供暖", "打击跨境诈骗的天罗地网站"} {
		if govSiteName(s) {
			t.Errorf("govSiteName(%q) = true", s)
		}
	}
	for _, s := range []string{"江州市人民政府", "江州市政府门户网站", "江西省人民政府门户网站", "滨湖区人民政府网"} {
		if !govSiteName(s) {
			t.Errorf("govSiteName(%q) = false", s)
		}
	}
	for _, s := range []string{"发布时间：2026-12-05 16:30　浏览次数增加", "浏览次数：1268", "全市浏览次数达到1268万次，来源：市统计局"} {
		if countedStamp(s) {
			t.Errorf("countedStamp(%q) = true", s)
		}
	}
	for _, s := range []string{"【延伸阅读】", "【相关链接】", "【字体", "【环球时报记者 王磊】"} {
		if webChrome(s) {
			t.Errorf("webChrome(%q) = true", s)
		}
	}
	for _, s := range []string{"主办单位：市文联，协办单位为市作协。", "主办单位", "承办单位：", "京ICP备", "备案号：见下", "主办单位：江州市文联　承办单位：江州市美术馆"} {
		if siteFooter(s) {
			t.Errorf("siteFooter(%q) = true", s)
		}
	}
	for _, s := range []string{"扫一扫", "扫码看视频", "在手机上打开", "扫码在手机观看直播"} {
		if shareWidget(s) {
			t.Errorf("shareWidget(%q) = true", s)
		}
	}
}
