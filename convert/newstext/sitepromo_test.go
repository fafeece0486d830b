package newstext

import (
	"slices"
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
