package newstext

import (
	"slices"
	"testing"
)

// TestMoreNewsLinkHeader: a site's header of more of its news over its
// links (更多三立新聞網報導, 更多相關新聞, with or without a colon) heads a
// link list as 延伸閱讀 does: the titles under it are links, not
// paragraphs (blind round 35 tw-setn-web, misread 5). A lone promotion
// of other pieces (更多今周刊文章) and a sentence opening with 更多 are no
// header.
func TestMoreNewsLinkHeader(t *testing.T) {
	for s, want := range map[string]bool{
		"更多三立新聞網報導":      true,
		"更多三立新聞網報導：":     true,
		"更多TVBS新聞":       true,
		"更多新聞:":          true,
		"更多相關新聞":         true,
		"更多相关报道：":        true,
		"更多相關文章":         true,
		"更多今周刊文章":        false,
		"更多民眾關注新聞":       true,
		"更多人選擇搭高鐵回家過年新聞": false,
		"更多精彩内容":         false,
		"更多":             false,
	} {
		if got := moreLinkHeader(s); got != want {
			t.Errorf("moreLinkHeader(%q) = %v, want %v", s, got, want)
		}
	}
	const story = "台中透天厝凌晨惡火　消防救出3人1命危\n\n2026/12/06 06:42\n\n記者陳怡君／台中報導\n\n台中市北屯區一棟4層樓透天厝今（6）日凌晨3時許發生火警，消防局獲報後派遣消防車到場搶救。\n\n"
	const links = "\n\n北市公寓頂加起火　婦人受困獲救\n\n高雄工廠火警濃煙竄天　環保局監測空品\n"
	for _, h := range []string{"更多三立新聞網報導", "更多三立新聞網報導：", "更多相關新聞"} {
		d := mustRead(t, story+h+links)
		k := allKinds(d)
		if !slices.Contains(k, "noise 北市公寓頂加起火　婦人受困獲救") || !slices.Contains(k, "noise 高雄工廠火警濃煙竄天　環保局監測空品") {
			t.Errorf("%s: %v", h, k)
		}
		roundTrip(t, d)
	}
}
