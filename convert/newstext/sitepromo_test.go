package newstext

import (
	"slices"
	"strings"
	"testing"
)

// TestSitePromo: a site's promotions of itself closing a story, a link to
// more of its pieces and a call to subscribe with what that gives, are
// furniture (noise); prose worded alike stays text.
func TestSitePromo(t *testing.T) {
	for s, want := range map[string]bool{
		"更多今周刊文章":           true,
		"更多《天下雜誌》報導":        true,
		"更多精彩内容":            true,
		"更多内容":              true,
		"訂閱今周刊，掌握產業最新動態":    true,
		"立即订阅财新，第一时间获取深度报道": true,
		"订阅《南方周末》，不错过每一期":   true,
		"訂閱經濟，正在改變出版業":      false,
		"更多民眾反映房價太高":        false,
		"更多文章將在下週刊出。":       false,
		"订阅用户已突破百万。":        false,
	} {
		if got := sitePromo(s); got != want {
			t.Errorf("sitePromo(%s) = %v, want %v", s, got, want)
		}
	}
	const page = "南台灣工業地價飆漲\n\n台南科學園區周邊的工業用地近一年成交熱絡，設備廠商紛紛搶進，地價一年上漲三成。\n\n" +
		"業者表示，南部產業聚落成形，用地需求短期內不會降溫。\n\n更多今周刊文章\n\n訂閱今周刊，掌握產業最新動態\n"
	d := mustRead(t, page)
	k := allKinds(d)
	for _, want := range []string{"noise 更多今周刊文章", "noise 訂閱今周刊，掌握產業最新動態"} {
		if !slices.Contains(k, want) {
			t.Errorf("missing %q in %v", want, k)
		}
	}
	roundTrip(t, d)
}

// TestSiteBackLink: a site's link back into itself closing a story, the
// site's name and what it offers after a comma (返回搜狐，查看更多) or one
// of its pages (返回首页, 返回网易首页), is furniture (noise), and not
// glued across the blank line to the notice under it (blind page
// cn-sohu-web); a place after 返回 with no offer and no page, or an offer
// that is prose's, stays text.
func TestSiteBackLink(t *testing.T) {
	for s, want := range map[string]bool{
		"返回搜狐，查看更多":     true,
		"返回搜狐,查看更多":     true,
		"返回网易，查看更多精彩内容": true,
		"返回首页":          true,
		"返回网易首页":        true,
		"回到频道首页":        true,
		"返回列表":          true,
		"返回首页>>":        true,
		"返回新浪，阅读全文":     true,
		"返回地球":          false,
		"返回家乡过年":        false,
		"返回北京，更多人选择高铁":  false,
		"返回搜狐，查看更多老人排队取餐的照片和视频": false,
		"返回首页后，点击右上角即可查看。":      false,
	} {
		if got := sitePromo(s); got != want {
			t.Errorf("sitePromo(%s) = %v, want %v", s, got, want)
		}
	}
	for _, tt := range []struct {
		link string
		want bool // noise
	}{
		{"返回搜狐，查看更多", true},
		{"返回首页", true},
		{"返回家乡，看望母亲", false},
	} {
		page := "城东区试点社区食堂\n\n2026-12-05 18:20\n\n12月5日，城东区首批6家社区食堂正式开门营业。\n\n区民政局表示，明年将在全区推广到30家。\n\n" +
			tt.link + "\n\n责任编辑：王敏\n"
		d := mustRead(t, page)
		if got := kindOfText(d, tt.link) == "noise"; got != tt.want {
			t.Errorf("%q: noise %v, want %v\n%s", tt.link, got, tt.want, outline(d, false))
		}
		roundTrip(t, d)
	}
}

// TestFoldButton: a news app's fold button left between two paragraphs,
// 展开全文 (blind page b58-cn-kehuduan-jiaozi: it had been a section's
// head taking in the paragraphs under it), is furniture; the words in a
// sentence or a head stay text.
func TestFoldButton(t *testing.T) {
	for s, want := range map[string]bool{
		"展开全文":       true,
		"展開全文":       true,
		"展开阅读全文":     true,
		"点击展开全文":     true,
		"展开全文 >":     true,
		"展开剩余85%":    true,
		"展開剩餘60％":    true,
		"展开全文讨论":     false,
		"展开剩余工作":     false,
		"展开全面排查":     false,
		"展开全文。":      false,
		"展开剩余85%的工作": false,
	} {
		if got := sitePromo(s); got != want {
			t.Errorf("sitePromo(%q) = %v, want %v", s, got, want)
		}
		if first, _ := firstRune(s); want && !promoFirst(first) {
			t.Errorf("%q: promoFirst keeps it from sitePromo", s)
		}
	}
	const page = "社区食堂里的冬至饺子\n\n6日上午，柳岸社区长者食堂提前过冬至，志愿者为老人包了三百多个饺子。\n\n" +
		"展开全文\n\n十几名志愿者围着案板擀皮、包馅，老人们坐在一旁聊天。\n\n社区负责人说，这样的活动每个节气都会办。\n"
	d := mustRead(t, page)
	k := allKinds(d)
	if !slices.Contains(k, "noise 展开全文") {
		t.Errorf("missing noise 展开全文 in %v", k)
	}
	for _, s := range k {
		if strings.HasPrefix(s, "heading") {
			t.Errorf("a head in %v", k)
		}
	}
	roundTrip(t, d)
}
