package newstext

import (
	"slices"
	"testing"
)

// TestFooterLinkRow: the words of a site's footer row of links, and the
// lines that are not one.
func TestFooterLinkRow(t *testing.T) {
	for s, want := range map[string]bool{
		"關於我們　聯絡我們　私隱政策　廣告查詢":       true,
		"关于我们 | 联系我们 | 广告服务 | 网站地图": true,
		"關於我們｜隱私權政策｜服務條款":           true,
		"关于我们·加入我们":                 true,
		"关于我们":                      false, // one word: a head's
		"关于我们的故事　联系我们":              false,
		"首页　关于我们　联系我们":              false, // (not a footer word: left as it was)
		"隐私政策　征求意见稿":                false,
	} {
		if got := footerLinkRow(s); got != want {
			t.Errorf("footerLinkRow(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestFooterLinks: a site's footer row of links right under or over its
// copyright line or other furniture is noise, and so is a second row
// beside it (blind page hk-weigang-web-taifeng); the same words between
// paragraphs (a head there), or under the story's last paragraph with
// no furniture beside them, are not taken.
func TestFooterLinks(t *testing.T) {
	const story = "颱風彩雲逼近　天文台改發八號風球\n" +
		"天文台表示，颱風彩雲正以每小時18公里向西北偏西移動，逐漸趨近珠江口一帶，預料今晚8時改發八號烈風或暴風信號。\n" +
		"天文台提醒，颱風吹襲期間，市民應留在安全地方，遠離海旁及窗戶，切勿前往海灘或在高地遠足。\n"
	for _, tt := range []struct {
		name, page string
		row        string
		noise      bool
	}{
		{"under the copyright", story + "© 2026 維港新聞網 版權所有\n關於我們　聯絡我們　私隱政策　廣告查詢\n", "關於我們　聯絡我們　私隱政策　廣告查詢", true},
		{"over the copyright", story + "關於我們　聯絡我們　私隱政策　廣告查詢\n© 2026 維港新聞網 版權所有\n", "關於我們　聯絡我們　私隱政策　廣告查詢", true},
		{"two rows", story + "© 2026 維港新聞網 版權所有\n關於我們　聯絡我們　私隱政策\n使用條款　免責聲明　網站地圖\n", "使用條款　免責聲明　網站地圖", true},
		{"mainland", "冬季文旅惠民活动启动\n\n　　本报讯　市文化广电旅游局5日启动冬季文旅惠民活动，全市42家景区推出门票优惠。\n\n关于我们 | 联系我们 | 广告服务 | 网站地图\nCopyright © 2026 江州日报社 All Rights Reserved\n", "关于我们 | 联系我们 | 广告服务 | 网站地图", true},
		{"under share buttons", story + "分享至：Facebook　WhatsApp　複製連結\n關於我們　聯絡我們　私隱政策\n", "關於我們　聯絡我們　私隱政策", true},
		// look-alikes: no furniture beside the row
		{"at the story's foot", story + "關於我們　聯絡我們　私隱政策　廣告查詢\n", "關於我們　聯絡我們　私隱政策　廣告查詢", false},
		{"between paragraphs", "颱風彩雲逼近　天文台改發八號風球\n\n天文台表示，颱風彩雲正以每小時18公里向西北偏西移動。\n\n關於我們　聯絡我們\n\n天文台提醒，市民應留在安全地方。\n", "關於我們　聯絡我們", false},
	} {
		d := mustRead(t, tt.page)
		k := allKinds(d)
		if slices.Contains(k, "noise "+tt.row) != tt.noise {
			t.Errorf("%s: %v, want the row noise: %v", tt.name, k, tt.noise)
		}
		roundTrip(t, d)
	}
}
