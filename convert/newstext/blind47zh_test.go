package newstext

import (
	"strings"
	"testing"
)

// platformPage is a self-media platform's copy of a paper's story, one unit
// a line, with line put where the platform sets its buttons: between the
// stamp and the lead.
func platformPage(line string) string {
	return "首页 > 本地 > 正文\n滨海新区今冬首座地铁换乘站启用　三条线路实现站内换乘\n2026-12-05 09:12:40　来源: 滨海日报\n" + line +
		"\n滨海日报讯（记者　陈思远）12月5日上午，滨海地铁4号线与7号线换乘站海港路站正式启用。\n据介绍，该站为全市首座三线换乘站，日均客流预计超过5万人次。\n"
}

// TestPlatformButtonsAndShareWidget: a self-media platform's buttons alone
// on their line (申请入驻, 举报, 投诉) and its QR share widget's lines
// (用微信扫码二维码, 分享至好友和朋友圈) are web furniture wherever they
// stand, so the story's headline keeps its text (blind page cn-wangyi-web,
// where they made a kicker, and a headline and subheadline of their own
// over the story's text). A word with more to it, a line of prose on
// paying or sharing, and a print caption's scan prompt stay what they were.
func TestPlatformButtonsAndShareWidget(t *testing.T) {
	for _, tt := range []struct {
		line   string
		chrome bool
	}{
		{"申请入驻", true},
		{"申請入駐", true},
		{"举报", true},
		{"舉報", true},
		{"檢舉", true},
		{"投诉", true},
		{"我要投诉", true},
		{"用微信扫码二维码", true},
		{"分享至好友和朋友圈", true},
		{"微信扫一扫", true},
		{"使用微信扫描二维码", true},
		{"分享到微信朋友圈", true},
		{"扫码分享", true},
		{"用微信扫码二维码　分享至好友和朋友圈", true},
		{"分享給好友", true},
		// Look-alikes.
		{"举报电话", false},
		{"投诉渠道不畅引市民不满", false},
		{"微信扫码支付成主流", false},
		{"扫码看视频", false},
		{"扫描二维码", false},
		{"分享到朋友圈被拘", false},
		{"入驻", false},
	} {
		if got := webChrome(tt.line); got != tt.chrome {
			t.Errorf("webChrome(%q) = %v, want %v", tt.line, got, tt.chrome)
		}
		d := mustRead(t, platformPage(tt.line))
		n := nodeWithText(d, tt.line)
		if n == nil {
			t.Errorf("%s: no node, got %s", tt.line, strings.Join(kindsOf(d), " | "))
			continue
		}
		if (n.Kind == "noise") != tt.chrome {
			t.Errorf("%s: got %s, want noise %v", tt.line, strings.Join(kindsOf(d), " | "), tt.chrome)
		}
		if tt.chrome {
			got := kindsOf(d)
			if len(d.Articles) != 1 || len(got) < 2 || got[1] != "headline 滨海新区今冬首座地铁换乘站启用　三条线路实现站内换乘" {
				t.Errorf("%s: got %s, want one article under the story's headline", tt.line, strings.Join(got, " | "))
			}
		}
		roundTrip(t, d)
	}
	// All of them together, as 网易号 sets them.
	d := mustRead(t, platformPage("举报\n0\n分享至\n用微信扫码二维码\n分享至好友和朋友圈"))
	if got := kindsOf(d); len(d.Articles) != 1 || len(got) < 9 || got[1] != "headline 滨海新区今冬首座地铁换乘站启用　三条线路实现站内换乘" || !strings.HasPrefix(got[8], "dateline") {
		t.Errorf("widget: got %s", strings.Join(got, " | "))
	}
	roundTrip(t, d)
}

// TestEnglishPlatformNotice: a platform's statement in English under its
// Chinese one (Notice: The content above … is uploaded and posted by a
// user of NetEase Hao, which is a social media platform and only provides
// information storage services.) is a disclaimer as the Chinese one is
// (blind page cn-wangyi-web). A notice in a story, one that speaks of no
// content or platform, or a label with no colon, is text.
func TestEnglishPlatformNotice(t *testing.T) {
	for _, tt := range []struct {
		line       string
		disclaimer bool
	}{
		{"Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.", true},
		{"Notice: The content above (including the pictures and videos if any) is uploaded and posted by users of NetEase Hao, which is a social media platform and only provides information storage services.", true},
		{"Disclaimer: This article is for reference only and does not constitute investment advice.", true},
		{"Statement: The views in this article do not represent the position of this platform.", true},
		{"NOTICE：The content above is uploaded by a user of the self-media platform, which only provides information storage services.", true},
		// Look-alikes.
		{"Notice: The meeting will be held on Monday at the city hall.", false},
		{"Notice: the platform at Binhai station will close for repairs from Monday.", false},
		{"Notice the content above (including the pictures) is uploaded by a user of this platform.", false},
		{"Notice: content above.", false},
	} {
		if got := isDisclaimer(tt.line); got != tt.disclaimer {
			t.Errorf("isDisclaimer(%q) = %v, want %v", tt.line, got, tt.disclaimer)
		}
		page := platformPage("分享至") + "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“滨海号”用户上传并发布，本平台仅提供信息存储服务。\n" + tt.line + "\n"
		d := mustRead(t, page)
		n := nodeWithText(d, tt.line)
		if n == nil || (n.Kind == "noise") != tt.disclaimer {
			kind := "none"
			if n != nil {
				kind = string(n.Kind)
			}
			t.Errorf("%s: got %s, want noise %v", tt.line, kind, tt.disclaimer)
		}
		roundTrip(t, d)
	}
}

// TestRecommendationLinkHeader: a portal's 相关推荐 (为你推荐, 热门推荐 …)
// over its links one a line is a link list's header, as 相关阅读 is: the
// header and each link are noise, each link a unit of its own (blind page
// cn-wangyi-web, where the header became a section heading over the two
// links glued into one paragraph). A title holding the words is text.
func TestRecommendationLinkHeader(t *testing.T) {
	links := "\n滨海今冬首场寒潮来袭，最低气温跌破零下6℃\n地铁换乘期间如何出行？这份指南请收好\n"
	for _, tt := range []struct {
		header string
		list   bool
	}{
		{"相关推荐", true},
		{"相關推薦", true},
		{"为你推荐", true},
		{"热门推荐", true},
		{"相关推荐：", true},
		{"相关推荐算法引争议", false},
	} {
		page := platformPage("分享至") + "特别声明：以上内容为自媒体平台“滨海号”用户上传并发布，本平台仅提供信息存储服务。\n" + tt.header + links
		d := mustRead(t, page)
		h := nodeWithText(d, tt.header)
		if h == nil || (h.Kind == "noise") != tt.list {
			t.Errorf("%s: header got %s", tt.header, strings.Join(kindsOf(d), " | "))
		}
		if tt.list {
			for _, l := range strings.Split(strings.TrimSpace(links), "\n") {
				if n := nodeWithText(d, l); n == nil || n.Kind != "noise" {
					t.Errorf("%s: link %s not a noise unit of its own: %s", tt.header, l, strings.Join(kindsOf(d), " | "))
				}
			}
		}
		roundTrip(t, d)
	}
}

// TestNewsAppCallByName: a call to open a news app named by its name
// alone, with no APP after it, and what it shows (打开网易新闻 查看精彩图片,
// where the story's photo stood) is a call to the app as 打开网易新闻APP，
// 查看精彩图片 is (blind page cn-wangyi-web). A name alone, a name that is
// no app's (新闻联播), or prose going on after the name stays text.
func TestNewsAppCallByName(t *testing.T) {
	for _, tt := range []struct {
		line string
		call bool
	}{
		{"打开网易新闻 查看精彩图片", true},
		{"打开网易新闻，查看精彩图片", true},
		{"打开腾讯新闻 阅读全文", true},
		{"打開鏡新聞，觀看完整影片", true},
		{"打开网易新闻APP，查看精彩图片", true},
		// Look-alikes.
		{"打开网易新闻", false},
		{"打开新闻 查看", false},
		{"打开新闻联播，查看今日要闻", false},
		{"打开网易新闻后，用户可以查看精彩图片", false},
		{"打开网易新闻，发现首页改版了不少", false},
	} {
		if got := appCall(tt.line); got != tt.call {
			t.Errorf("appCall(%q) = %v, want %v", tt.line, got, tt.call)
		}
		page := platformPage("分享至") + tt.line + "\n12月5日上午，乘客在海港路站换乘。　滨海日报记者　王　磊　摄\n市地铁集团表示，换乘站启用后，4号线与7号线间换乘时间缩短至3分钟。\n"
		d := mustRead(t, page)
		if n := nodeWithText(d, tt.line); tt.call && (n == nil || n.Kind != "noise") {
			t.Errorf("%s: got %s, want noise", tt.line, strings.Join(kindsOf(d), " | "))
		}
		roundTrip(t, d)
	}
}
