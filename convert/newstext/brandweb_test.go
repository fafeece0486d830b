package newstext

import (
	"slices"
	"testing"
)

// TestBrandWebNameMasthead: a site's brand with its domain or the Latin
// name of its web edition beside it (三立新聞網 setn.com, 東京新聞 TOKYO
// Web) opening the page is its masthead, noise, as the brand alone is,
// never a headline opening an empty article (blind round 35 tw-setn-web,
// ja-tokyo-web, misread 3). A CJK word over Latin words that are no web
// name stays what it was.
func TestBrandWebNameMasthead(t *testing.T) {
	for in, want := range map[string]string{
		"三立新聞網 setn.com":       "三立新聞網",
		"三立新聞網　setn.com":       "三立新聞網",
		"聯合新聞網 udn.com":        "聯合新聞網",
		"自由時報 news.ltn.com.tw": "自由時報",
		"東京新聞 tokyo-np.co.jp":  "東京新聞",
		"東京新聞 TOKYO Web":       "東京新聞",
		"東京新聞　TOKYO Web":       "東京新聞",
		"setn.com 三立新聞網":       "三立新聞網",
		"中央社 CNA":              "中央社",
		"三立新聞網":                "",
		"輝達 GTC 大會":            "",
		"東京 Web会議":             "",
		"營收年增 3.5":             "",
		"美國 U.S.":              "",
		"股價 up down":           "",
		"三立新聞網 setn.com 首頁 社會": "",
	} {
		got, ok := cutBrandWebName(in)
		if ok != (want != "") || got != want {
			t.Errorf("cutBrandWebName(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	pages := map[string]string{
		"三立新聞網 setn.com\n\n首頁 > 社會\n\n":  "台中透天厝凌晨惡火　消防救出3人1命危",
		"三立新聞網　setn.com\n\n首頁 > 社會\n\n":  "台中透天厝凌晨惡火　消防救出3人1命危",
		"聯合新聞網 udn.com\n\n":              "台中透天厝凌晨惡火　消防救出3人1命危",
		"東京新聞 TOKYO Web\n\nホーム ＞ 社会\n\n": "台中透天厝凌晨惡火　消防救出3人1命危",
	}
	const body = "台中透天厝凌晨惡火　消防救出3人1命危\n\n2026/12/06 06:42\n\n記者陳怡君／台中報導\n\n台中市北屯區一棟4層樓透天厝今（6）日凌晨3時許發生火警，消防局獲報後派遣消防車到場搶救。\n"
	for head, title := range pages {
		d := mustRead(t, head+body)
		k := allKinds(d)
		if len(d.Articles) != 1 || !slices.Contains(k, "headline "+title) {
			t.Errorf("%q: %v", head, k)
		}
		roundTrip(t, d)
	}
	// A title line with a Latin name after it, no site's name before it,
	// stays the headline.
	d := mustRead(t, "台積電赴美設廠 TSMC Arizona\n\n2026/12/06 06:42\n\n台積電今天宣布在美國設立新廠，預計明年投產，將雇用兩千名員工。\n")
	if k := allKinds(d); !slices.Contains(k, "headline 台積電赴美設廠 TSMC Arizona") {
		t.Errorf("title with a Latin name: %v", k)
	}
	roundTrip(t, d)
}
