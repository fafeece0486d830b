package newstext

import (
	"strings"
	"testing"
)

// portalHead, portalBody and portalLinks frame a story as a Japanese news
// portal carries it (invented text, after blind page ja-yahoo-web): the
// headline, the delivery stamp, the body one paragraph a line, the
// related links under their header.
const (
	portalHead  = "県北部で濃霧　高速道が一時通行止め\n\n12/6(土) 07:40配信\n"
	portalBody  = "\n県北部で６日朝、濃い霧が発生し、高速道路の一部区間が通行止めとなった。\n気象台によると、放射冷却で冷え込んだことが原因とみられる。霧は昼前には晴れ、通行止めは約３時間後に解除された。\n県警は運転者に速度を落とし、ライトを早めに点灯するよう呼びかけている。\n"
	portalLinks = "\n【関連記事】\n峠道で路面凍結　スリップ事故相次ぐ\n初雪観測、平年より５日遅く　気象台\n"
)

// portalParas are portalBody's paragraphs as the reader gives them.
var portalParas = []string{
	"paragraph 県北部で６日朝、濃い霧が発生し、高速道路の一部区間が通行止めとなった。",
	"paragraph 気象台によると、放射冷却で冷え込んだことが原因とみられる。霧は昼前には晴れ、通行止めは約３時間後に解除された。",
	"paragraph 県警は運転者に速度を落とし、ライトを早めに点灯するよう呼びかけている。",
}

// TestJaSiteCounters: a Japanese portal's comment counter on a line of
// its own, the count before the word, after it with 件, or both,
// 34コメント34件 (the icon's count and the link's text), コメント34件,
// 34コメント, as well as the button counts jaButton knew, コメント（34）,
// いいね！ 25, is web furniture, noise (blind page ja-yahoo-web: the
// counter had become the headline of a second article that took the
// whole body), as a Korean site's 댓글 3 is; a line with no count, or
// with text after the count, is text.
func TestJaSiteCounters(t *testing.T) {
	for s, want := range map[string]bool{
		"34コメント34件":    true,
		"コメント34件":      true,
		"34コメント":       true,
		"３４コメント３４件":    true,
		"1,234コメント":    true,
		"コメント（34）":     true,
		"コメント 34件":     true,
		"コメント":         false, // a button's noun alone: chromeWords' (markLoneButtons)
		"コメントする件":      false,
		"コメント件":        false,
		"コメント３件が寄せられた": false,
		"34人がコメント":     false,
		"コメント（談話）":     false,
		"3コメントで炎上":     false,
		"２０２６年コメント":    false,
	} {
		if got := jaButton(s); got != want {
			t.Errorf("jaButton(%q) = %v, want %v", s, got, want)
		}
		if want && gate(s, summaryFor(s, nil))&gNoise == 0 {
			t.Errorf("gate(%q) keeps it from noiseKindSum", s)
		}
	}
	for _, c := range []string{"34コメント34件", "コメント34件", "34コメント", "コメント（34）"} {
		wantAllKinds(t, portalHead+"\n"+c+"\n"+portalBody,
			append([]string{"article", "headline 県北部で濃霧　高速道が一時通行止め", "noise 12/6(土) 07:40配信", "noise " + c}, portalParas...)...)
	}
}

// TestLatinBrandExclaimed: a portal's Latin brand with its exclamation
// mark, the service word in katakana glued after it or spaced
// (Yahoo!ニュース, Yahoo!ファイナンス, Yahoo! JAPAN), is a Latin site brand
// (latinBrand), the site's masthead over a title dated by the portal's
// stamp, 12/6(土) 07:40配信 (blind page ja-yahoo-web: it had been a
// paragraph in an article of its own); a Latin word glued to katakana
// with no mark (AIブーム) or an exclamation in a phrase is none.
func TestLatinBrandExclaimed(t *testing.T) {
	for s, want := range map[string]bool{
		"Yahoo!ニュース":    true,
		"Yahoo!ファイナンス":  true,
		"Yahoo! JAPAN":  true,
		"Yahoo!":        true,
		"Yahoo!ニュース 個人": true,
		"AIブーム":         false,
		"Yahoo!で検索しよう":  false, // a kana particle
		"!ニュース":         false,
		"yahoo!ニュース":    false, // no capital
	} {
		if got := latinBrand(s); got != want {
			t.Errorf("latinBrand(%q) = %v, want %v", s, got, want)
		}
	}
	for _, brand := range []string{"Yahoo!ニュース", "Yahoo! JAPAN"} {
		wantAllKinds(t, brand+"\n\n"+portalHead+portalBody,
			append([]string{"article", "noise " + brand, "headline 県北部で濃霧　高速道が一時通行止め", "noise 12/6(土) 07:40配信"}, portalParas...)...)
	}
	// Over a title with no stamp it stays text.
	d := mustRead(t, "Yahoo!ニュース\n\n県北部で濃霧　高速道が一時通行止め\n"+portalBody)
	if k := allKinds(d); len(k) > 1 && strings.HasPrefix(k[1], "noise ") {
		t.Errorf("the brand over an undated title made noise: %v", k)
	}
	roundTrip(t, d)
}

// TestPortalClosingStamp: a portal's update stamp closing the story,
// 最終更新:12/6(土) 08:15, under its related links ends the list: the last
// link is a related link like the others, not the next story's headline
// glued to what stands under the stamp, and the provider's name and the
// portal's button under the stamp at the page's end (信州日報デジタル,
// 記事に関する報告) are its furniture, noise (blind page ja-yahoo-web). A
// stamp with the next story's text under it keeps the last link its
// headline; text under the stamp, or more short lines than a provider
// and two buttons, stay text.
func TestPortalClosingStamp(t *testing.T) {
	links := []string{"noise 【関連記事】", "noise 峠道で路面凍結　スリップ事故相次ぐ", "noise 初雪観測、平年より５日遅く　気象台"}
	head := []string{"article", "headline 県北部で濃霧　高速道が一時通行止め", "noise 12/6(土) 07:40配信"}
	for _, tail := range [][]string{
		{},
		{"北信タイムズ"},
		{"北信タイムズ", "記事に関する報告"},
		{"北信タイムズ", "記事に関する報告", "ブックマーク"},
	} {
		page := portalHead + portalBody + portalLinks + "\n最終更新:12/6(土) 08:15\n"
		want := append(append(append([]string{}, head...), portalParas...), links...)
		want = append(want, "noise 最終更新:12/6(土) 08:15")
		for _, l := range tail {
			page += "\n" + l + "\n"
			want = append(want, "noise "+l)
		}
		wantAllKinds(t, page, want...)
	}
	// The next story under the stamp: the last link is its headline.
	page := portalHead + portalBody + portalLinks + "\n最終更新:12/6(土) 08:15\n\n市内で初雪を観測した。平年より２日遅い。\n"
	want := append(append(append([]string{}, head...), portalParas...), links[:2]...)
	want = append(want, "article", "headline 初雪観測、平年より５日遅く　気象台", "noise 最終更新:12/6(土) 08:15", "paragraph 市内で初雪を観測した。平年より２日遅い。")
	wantAllKinds(t, page, want...)
	// Four short lines under the stamp are no portal's tail.
	d := mustRead(t, portalHead+portalBody+portalLinks+"\n最終更新:12/6(土) 08:15\n\n北信タイムズ\n\n記事に関する報告\n\n次の記事\n\n前の記事\n")
	if k := allKinds(d); k[len(k)-1] == "noise 前の記事" && k[len(k)-4] == "noise 北信タイムズ" {
		t.Errorf("four lines under the stamp made noise: %v", k)
	}
	roundTrip(t, d)
}
