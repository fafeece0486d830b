package newstext

import (
	"slices"
	"testing"
)

// TestPortalFoot: a Taiwanese portal's reminder, ★《站名》提醒您：…, and a
// copied page's 原文網址 line (blind page b58-tw-web-hualien: both had been
// paragraphs) are noise; prose worded alike stays text.
func TestPortalFoot(t *testing.T) {
	for s, want := range map[string]string{
		"★ 《花東新聞雲》提醒您：登山前請做好行程規劃並告知親友，遇險請撥打119或112求援。":                                                noiseDisclaimer,
		"★《ETtoday新聞雲》提醒您：飲酒過量，有害健康。":                                                                 noiseDisclaimer,
		"《ETtoday新聞雲》提醒您：酒後不開車，安全有保障。":                                                                noiseDisclaimer,
		"★《ETtoday新聞雲》關心您，珍惜生命，自殺不能解決問題。":                                                             noiseDisclaimer,
		"原文網址：登山客太魯閣失聯2天　空勤直升機吊掛救出 | 花東新聞雲 | https://www.hdnews.example.tw/news/20261206/1234567.htm": noiseChrome,
		"原文網址: 颱風假出爐 | ETtoday新聞雲 | https://www.ettoday.net/news/20261206/1.htm":                      noiseChrome,
		"原文連結：https://www.example.tw/news/1.htm":                                                      noiseChrome,
		"消保官提醒您：網購前請確認賣家資訊。":                                                                          "",
		"《消費者報導》提醒消費者，選購前應比價。":                                                                        "",
		"原文網址已失效。":    "",
		"原文網址：請見本報官網": "",
	} {
		if got := noiseKind(s); got != want {
			t.Errorf("noiseKind(%q) = %q, want %q", s, got, want)
		}
		if sm := summaryFor(s, nil); want != "" && gate(s, sm)&gNoise == 0 {
			t.Errorf("%q: gate keeps it from noiseKindSum", s)
		}
	}
	const page = "登山客太魯閣失聯2天　空勤直升機吊掛救出\n\n兩名登山客在太魯閣國家公園失聯兩天，6日上午由空勤總隊直升機吊掛救出，送醫後並無大礙。\n\n" +
		"太管處提醒，錐麓古道須事先申請入園及入山許可。\n\n" +
		"★ 《花東新聞雲》提醒您：登山前請做好行程規劃並告知親友，遇險請撥打119或112求援。\n\n" +
		"原文網址：登山客太魯閣失聯2天　空勤直升機吊掛救出 | 花東新聞雲 | https://www.hdnews.example.tw/news/20261206/1234567.htm\n"
	d := mustRead(t, page)
	k := allKinds(d)
	for _, want := range []string{"noise ★ 《花東新聞雲》提醒您：登山前請做好行程規劃並告知親友，遇險請撥打119或112求援。",
		"noise 原文網址：登山客太魯閣失聯2天　空勤直升機吊掛救出 | 花東新聞雲 | https://www.hdnews.example.tw/news/20261206/1234567.htm"} {
		if !slices.Contains(k, want) {
			t.Errorf("missing %q in %v", want, k)
		}
	}
	roundTrip(t, d)
}
