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
// sentence naming the apps are not. And --explain gives a row of words
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
	reasons := map[string]string{}
	d := mustRead(t, "江城出台措施稳定冬季蔬菜供应\n入冬以来，江城市蔬菜价格出现季节性上涨。\n南下　永康　封閉\n北上　仁德　封閉\n",
		WithExplain(func(d Decision) { reasons[d.Text] = strings.Join(d.Reasons, "; ") }))
	if r := reasons["南下　永康　封閉"]; strings.Contains(r, "figure") || !strings.Contains(r, "row") {
		t.Errorf("南下　永康　封閉 explained %q: want a row's reason with no figure", r)
	}
	roundTrip(t, d)
}
