package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestShareTargetRow: a mainland site's share targets under 分享到：, a
// row of apps alone (微信　微博　QQ空间, 微信　微博　抖音, with ASCII
// spaces too), are the share widget's: noise, as X　Facebook　LINE is
// (blind page cn-dianshitai-web). A row with another word
// (微信　支付宝　银行卡, 关注微信　微博), one app alone (微信) and a
// sentence naming the apps are not; nor is a row of apps with no web
// furniture by it with the story going on under it, or over a row of
// figures, a table's header
// (微信　微博　抖音　快手 over 13.8　5.9　7.6　4.1), or under a sentence
// announcing it with a colon (…依次为：), at the story's foot too. A row naming none of
// WeChat, Weibo or QQ (抖音　快手　小红书), which holds no key of the
// gate, is told by its neighbours alone, under 分享到： too. And --explain gives a row of words
// with no figure (南下　永康　封閉) its own reason, not a table's "one a
// figure".
func TestShareTargetRow(t *testing.T) {
	for s, want := range map[string]bool{
		"微信　微博　QQ空间":    true,
		"微信　微博　抖音":      true,
		"微信 微博 QQ空间":    true,
		"微信　朋友圈　新浪微博":   true,
		"QQ空间　微信好友　豆瓣":  true,
		"微信　支付宝　银行卡":    false,
		"关注微信　微博":       false,
		"微信":            false,
		"通过微信、微博等平台发布。": false,
		// Apps with none of WeChat, Weibo or QQ: no key of the gate, so
		// their neighbours tell (markShareAppRows), never the line.
		"抖音　快手　小红书": false,
		"豆瓣　今日头条":   false,
	} {
		sum := summarize(s)
		if got := webChrome(s) && sum.has(keyChrome); got != want {
			t.Errorf("webChrome(%q) (with its gate key) = %v, want %v", s, got, want)
		}
	}
	page := "江城网络广播电视台\n首页 > 新闻 > 本地\n江城出台措施稳定冬季蔬菜供应\n发布时间：2026-12-06 19:32　来源：江城台\n" +
		"入冬以来，江城市蔬菜价格出现季节性上涨，市商务局日前出台七条措施保障供应。\n编辑：陈露　审核：刘一鸣\n分享到：\n%s\n相关新闻\n我市新增30家平价商店\n"
	for _, row := range []string{"微信　微博　QQ空间", "微信　微博　抖音"} {
		d := mustRead(t, strings.Replace(page, "%s", row, 1))
		if n := nodeWithText(d, row); n == nil || n.Kind != doc.KindNoise {
			t.Errorf("%s: got %v, want noise:\n%s", row, n, strings.Join(flatKinds(d), "\n"))
		}
		roundTrip(t, d)
	}
	// A row of apps alone is the widget's beside its furniture, under 分享到：
	// or over 相关新闻, whatever apps it names; a table's header over a row
	// of figures, or a line with no furniture by it, is text.
	story := "江城地铁5号线今日开通\n2026-12-06 09:30　来源：江城广播电视台\n\n　　本台讯　江城地铁5号线6日上午9时正式开通运营，线路全长28公里。\n\n"
	for _, c := range []struct {
		page, row string
		noise     bool
	}{
		{story + "分享到：\n抖音　快手　小红书\n", "抖音　快手　小红书", true},
		{story + "分享到：\n微信　微博　抖音\n", "微信　微博　抖音", true},
		{story + "抖音　快手　小红书\n相关新闻\n我市新增30家平价商店\n", "抖音　快手　小红书", true},
		{story + "　　报告显示，各平台月活跃用户数（亿）如下：\n\n微信　微博　抖音　快手\n13.8　5.9　7.6　4.1\n\n　　报告认为，平台之间的竞争正从用户数量转向用户时长。\n", "微信　微博　抖音　快手", false},
		{story + "分享到：\n微信　微博　抖音　快手\n13.8　5.9　7.6　4.1\n", "微信　微博　抖音　快手", false},
		{story + "微信　微博　QQ空间\n\n　　开通首日，不少市民专程前来体验。\n", "微信　微博　QQ空间", false},
		// At the story's foot, under its last paragraph or its editor's
		// credit, the row is the widget's (review pages cn-share2, cn-share).
		{story + "微信　微博　QQ空间\n", "微信　微博　QQ空间", true},
		{story + "责任编辑：李娜\n\n微信　微博　QQ空间\n", "微信　微博　QQ空间", true},
		// Under a sentence announcing it with a colon, at the foot too,
		// the row is the story's answer (review 25, cn-applist).
		{story + "　　调查显示，老年网民最常用的四款应用依次为：\n微信　抖音　快手　微博\n\n责任编辑：李娜\n", "微信　抖音　快手　微博", false},
		{story + "　　调查显示，受访者最常用的三款应用是:\n微信　微博　QQ空间\n", "微信　微博　QQ空间", false},
		// A share or follow call over the row is the widget's label, not
		// a sentence (review 25b, share-label-ba, follow-label); a
		// sentence with its comma is the story's, 关注 in it or not.
		{story + "把文章分享到：\n微信　微博　QQ空间\n", "微信　微博　QQ空间", true},
		{story + "关注我们：\n微信　微博　QQ空间\n", "微信　微博　QQ空间", true},
		{story + "分享給朋友：\n微信　微博　QQ空间\n", "微信　微博　QQ空间", true},
		{story + "更多资讯请关注：\n微信　微博　QQ空间\n", "微信　微博　QQ空间", true},
		{story + "　　调查显示，最受关注的三款应用是：\n微信　微博　QQ空间\n", "微信　微博　QQ空间", false},
	} {
		d := mustRead(t, c.page)
		n := nodeWithText(d, c.row)
		if n == nil || (n.Kind == doc.KindNoise) != c.noise {
			t.Errorf("%s: got %v, want noise %v:\n%s", c.row, n, c.noise, strings.Join(flatKinds(d), "\n"))
		}
		roundTrip(t, d)
	}
	reasons := map[string]string{}
	d := mustRead(t, "江城出台措施稳定冬季蔬菜供应\n入冬以来，江城市蔬菜价格出现季节性上涨。\n南下　永康　封閉\n北上　仁德　封閉\n",
		WithExplain(func(d Decision) { reasons[d.Text] = strings.Join(d.Reasons, "; ") }))
	if r := reasons["南下　永康　封閉"]; strings.Contains(r, "figure") || !strings.Contains(r, "row") {
		t.Errorf("南下　永康　封閉 explained %q: want a row's reason with no figure", r)
	}
	roundTrip(t, d)
}

// TestShareAppRowsGated: every row of apps alone that webChrome takes
// holds a key of the gate (chromeKeys), so the gate never turns one away
// that noiseKind would call furniture (FuzzGate's bargain): a row naming
// none of WeChat, Weibo or QQ, 抖音　快手　小红书, is markShareAppRows'.
func TestShareAppRowsGated(t *testing.T) {
	for _, a := range shareApps {
		for _, b := range shareApps {
			for _, row := range []string{a + "　" + b, a + " " + b, a + "　" + b + "　抖音", a + "　" + b + "　微信"} {
				sm := summarize(row)
				if webChrome(row) && !sm.has(keyChrome) {
					t.Errorf("webChrome(%q) takes a row with no key of the gate", row)
				}
				if k, ks := noiseKind(row), noiseKindSum(row, &sm); k != ks {
					t.Errorf("%q: noiseKind %q, with its summary %q", row, k, ks)
				}
				checkGate(t, row)
			}
		}
	}
}
