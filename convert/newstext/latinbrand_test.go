package newstext

import (
	"strings"
	"testing"
)

// TestBroadcasterSiteBrand: a broadcaster's or network's site names
// itself in the forms latinBrand did not know (blind page ja-jnn-web):
// the network it is powered by after the brand, TBS NEWS DIG Powered by
// JNN; call letters glued to the site's word, FNNプライムオンライン,
// MBSニュース; a short name glued to NEWS, 日テレNEWS, テレ朝news. Alone
// over a title and its stamp, with the section alone between them
// (社会), brand and section are the masthead, noise, and the title stays
// the headline. Capitals glued to another word (AIブーム, GDP成長率), a
// network that is no Latin name, a long tail, and a brand over a title
// with no stamp are left as they were.
func TestBroadcasterSiteBrand(t *testing.T) {
	for in, want := range map[string]bool{
		"TBS NEWS DIG Powered by JNN":  true,
		"TBS NEWS DIG powered by JNN":  true,
		"TBS NEWS DIG":                 true,
		"FNNプライムオンライン":                 true,
		"MBSニュース":                      true,
		"日テレNEWS":                      true,
		"日テレNEWS NNN":                  true,
		"テレ朝news":                      true,
		"ANNnewsCH":                    true,
		"NHK NEWS WEB":                 true,
		"AIブーム":                        false, // capitals glued to a word of the text
		"GDP成長率":                       false,
		"ABCDEFニュース":                   false, // no call letters: six capitals
		"TBS NEWS DIG Powered by 共同通信": false,
		"TBS NEWS DIG Powered by JNN and the affiliated stations": false,
		"ITmedia NEWS 企業 業界 動向":                                   false,
		"新型コロナウイルスNEWS":                                           false, // a long name before NEWS
	} {
		if got := latinBrand(in); got != want {
			t.Errorf("latinBrand(%q) = %v, want %v", in, got, want)
		}
	}
	const (
		title = "大雪で国道１８号に車５０台立ち往生　長野・群馬県境"
		stamp = "2026年12月6日(土) 11:45"
		body  = "6日朝、長野と群馬の県境に近い国道18号で、大雪のため車およそ50台が立ち往生しました。\n国土交通省によりますと、現場付近では12時間に40センチの雪が降ったということです。\nけが人の情報は入っていませんが、国交省は除雪車を出して車の移動を進めています。\n"
		p1    = "paragraph 6日朝、長野と群馬の県境に近い国道18号で、大雪のため車およそ50台が立ち往生しました。"
		p2    = "paragraph 国土交通省によりますと、現場付近では12時間に40センチの雪が降ったということです。"
		p3    = "paragraph けが人の情報は入っていませんが、国交省は除雪車を出して車の移動を進めています。"
	)
	for _, brand := range []string{"TBS NEWS DIG Powered by JNN", "TBS NEWS DIG", "FNNプライムオンライン", "日テレNEWS", "MBSニュース"} {
		wantAllKinds(t, brand+"\n社会\n"+title+"\n"+stamp+"\n"+body, "article", "noise "+brand, "noise 社会", "headline "+title, "noise "+stamp, p1, p2, p3)
		wantAllKinds(t, brand+"\n\n"+title+"\n\n"+stamp+"\n\n"+strings.ReplaceAll(body, "\n", "\n\n"), "article", "noise "+brand, "headline "+title, "noise "+stamp, p1, p2, p3)
	}
	// Not a masthead: capitals glued to a word, or no stamp under the
	// title.
	for _, page := range []string{
		"AIブーム\n社会\n" + title + "\n" + stamp + "\n" + body,
		"TBS NEWS DIG\n社会\n" + title + "\n" + body,
	} {
		d := mustRead(t, page)
		if k := allKinds(d); len(k) > 1 && strings.HasPrefix(k[1], "noise ") {
			t.Errorf("page:\n%s\nits first line made noise: %v", page, k)
		}
		roundTrip(t, d)
	}
}
