package newstext

import (
	"strings"
	"testing"
)

// accountPage is a platform's copy of a paper account's post, one unit a
// line: headline, the lines given (account, stamp, buttons), the lead.
func accountPage(lines string) string {
	return "江州地铁2号线东延段12月28日开通运营　新增6座车站\n" + lines +
		"\n记者12月5日从江州地铁集团获悉，地铁2号线东延段已完成全部验收工作，将于12月28日上午10时开通初期运营。\n东延段全长9.6公里，均为地下线，新增东湖、新城、软件园等6座车站。\n"
}

const accountLead = "paragraph 记者12月5日从江州地铁集团获悉，地铁2号线东延段已完成全部验收工作，将于12月28日上午10时开通初期运营。"

// TestPlatformAccountStamp: a platform's stamp with the account after the
// time (头条号 2026-12-06 10:21·江州日报社官方账号, the dot spaced or not,
// a bar, the poster's place between, 百家号's account description after
// spaces) is a time stamp, parted from the lead under it (blind page
// cn-toutiao-web, where it was glued to the lead). A time with a clause
// after it, a date with no time, a bracketed note, or spaced words that
// say no account, is no such stamp.
func TestPlatformAccountStamp(t *testing.T) {
	for _, tt := range []struct {
		line  string
		stamp bool
	}{
		{"2026-12-06 10:21·江州日报社官方账号", true},
		{"2026-12-06 10:21 · 江州日报社官方账号", true},
		{"2026-12-06 10:21·江州日报", true},
		{"2026-12-06 10:21:35·江州日报", true},
		{"2026/12/06 10:21｜江州日报", true},
		{"2026-12-06 10:21・江州日报", true},
		{"2026-12-06 10:21·江苏·江州日报", true},
		{"2026-12-06 10:21 江苏 江州日报社官方账号", true},
		{"2026-12-06 10:21 江州日报社官方帐号", true},
		{"2026-12-06 10:21 优质科技领域创作者", true},
		{"12-06 10:21·江州日报", true},
		{"今天 10:21·江州日报", true},
		{"2026-12-06 10:21·江州日报·IP属地：江苏", true},
		// Look-alikes.
		{"2026-12-06 10:21·开幕式在江州举行，市长出席", false},
		{"2026-12-06·江州日报", false},
		{"2026-12-06 10:21·（江州日报）", false},
		{"2026-12-06 10:21 江州日报社记者 孙立", false},
		{"比赛于2026-12-06 10:21·开始", false},
		{"2026-12-06 10:21·3", false},
	} {
		if got := accountStamp(tt.line); got != tt.stamp {
			t.Errorf("accountStamp(%q) = %v, want %v", tt.line, got, tt.stamp)
		}
		if !tt.stamp {
			continue
		}
		d := mustRead(t, accountPage(tt.line))
		got := kindsOf(d)
		want := []string{"headline 江州地铁2号线东延段12月28日开通运营　新增6座车站", "noise " + tt.line, accountLead}
		if len(got) < 3 || got[0] != want[0] || got[1] != want[1] || !strings.HasPrefix(got[2], want[2]) {
			t.Errorf("%s:\n got %s\nwant %s", tt.line, strings.Join(got, " | "), strings.Join(want, " | "))
		}
		roundTrip(t, d)
	}
}

// TestPlatformFollowButton: a platform's follow button alone on its line
// is furniture: +关注 and 已关注 wherever they stand, a bare 关注 right
// under or over the stamp (blind page cn-toutiao-web and its variants,
// where it was glued to the lead, or made a headline of its own). A bare
// 关注 away from a stamp (a column's name over its headline) and words
// with more to them (关注民生, 关注度) are not buttons.
func TestPlatformFollowButton(t *testing.T) {
	for _, tt := range []struct {
		name, lines, button string
		noise               bool
	}{
		{"bare under the stamp", "2026-12-06 10:21\n关注", "关注", true},
		{"bare under an account stamp", "2026-12-06 10:21·江州日报\n关注", "关注", true},
		{"traditional under the stamp", "2026-12-06 10:21\n關注", "關注", true},
		{"bare over the stamp", "关注\n2026-12-06 10:21", "关注", true},
		{"plus", "2026-12-06 10:21\n+关注", "+关注", true},
		{"full-width plus", "2026-12-06 10:21\n＋关注", "＋关注", true},
		{"already followed", "2026-12-06 10:21\n已关注", "已关注", true},
		// Look-alikes.
		{"more words", "2026-12-06 10:21\n关注民生", "关注民生", false},
		{"a figure", "2026-12-06 10:21\n+关注度", "+关注度", false},
	} {
		d := mustRead(t, accountPage(tt.lines))
		n := nodeWithText(d, tt.button)
		if n == nil || (n.Kind == "noise") != tt.noise {
			t.Errorf("%s: got %s, want noise %v", tt.name, strings.Join(kindsOf(d), " | "), tt.noise)
		}
		if tt.noise {
			if got := kindsOf(d); len(got) < 1 || got[0] != "headline 江州地铁2号线东延段12月28日开通运营　新增6座车站" || !strings.Contains(strings.Join(got, "\n"), accountLead) {
				t.Errorf("%s: got %s, want the headline over the lead", tt.name, strings.Join(got, " | "))
			}
		}
		roundTrip(t, d)
	}
	// A column's name over its headline, with no stamp by it.
	d := mustRead(t, "关注\n江州地铁2号线东延段12月28日开通运营\n记者12月5日从江州地铁集团获悉，地铁2号线东延段已完成全部验收工作。\n")
	if n := nodeWithText(d, "关注"); n == nil || n.Kind == "noise" {
		t.Errorf("column name: got %s, want it kept as a title", strings.Join(kindsOf(d), " | "))
	}
	roundTrip(t, d)
}

// TestPlatformAccountName: the account's name alone under the headline is
// the platform's furniture when the stamp under it names the account
// (头条号's 2026-12-06 10:21·江州日报社官方账号) or a follow button stands
// by the two (blind page cn-toutiao-web, where it was a subheadline, and
// its variant without 首页, where it was the headline), and so is a news
// organisation's name over a bare stamp (variant c4). Over a bare stamp
// with no button, another short line under a headline may be a news
// site's subheadline, and stays one.
func TestPlatformAccountName(t *testing.T) {
	for _, tt := range []struct {
		name, lines string
		noise       bool
	}{
		{"account stamp", "江州日报\n2026-12-06 10:21·江州日报社官方账号\n关注", true},
		{"account stamp, no button", "江州日报\n2026-12-06 10:21·江州日报社官方账号", true},
		{"spaced account stamp", "江州日报\n2026-12-06 10:21 · 江州日报社官方账号", true},
		{"bare stamp, button under it", "江州日报\n2026-12-06 10:21\n关注", true},
		{"bare stamp, button between", "江州日报\n关注\n2026-12-06 10:21", true},
		{"bare stamp, plus button", "江州日报\n2026-12-06 10:21\n+关注", true},
		{"a paper's name over a bare stamp", "江州日报\n2026-12-06 10:21", true},
		{"a news app's name over a bare stamp", "江州新闻\n2026-12-06 10:21", true},
		// Look-alikes.
		{"a phrase over a bare stamp", "东湖新城段先行\n2026-12-06 10:21", false},
		{"a report's word over a bare stamp", "全市安全通报\n2026-12-06 10:21", false},
		{"subheadline over a bare stamp", "全长9.6公里新增6座车站\n2026-12-06 10:21", false},
	} {
		d := mustRead(t, accountPage(tt.lines))
		first, _, _ := strings.Cut(tt.lines, "\n")
		n := nodeWithText(d, first)
		if n == nil || (n.Kind == "noise") != tt.noise {
			t.Errorf("%s: got %s, want noise %v", tt.name, strings.Join(kindsOf(d), " | "), tt.noise)
		}
		if got := kindsOf(d); tt.noise && (len(got) < 1 || got[0] != "headline 江州地铁2号线东延段12月28日开通运营　新增6座车站") {
			t.Errorf("%s: got %s, want the story's headline first", tt.name, strings.Join(got, " | "))
		}
		roundTrip(t, d)
	}
}

// TestHomeLinkAtTop: a web page's home link alone on the first line (首页,
// 首頁, 主页, 网站首页), and the breadcrumb's crumbs copied one a line under
// it (国内, 正文), are the site's navigation, noise, not a kicker over the
// headline (blind page cn-toutiao-web). A longer line opening so (首页改版)
// is a title, and 首页 further down the page (a head in a piece on an
// app's screens) stays the text's.
func TestHomeLinkAtTop(t *testing.T) {
	const head = "headline 江州地铁2号线东延段12月28日开通运营　新增6座车站"
	for _, tt := range []struct {
		top   string
		noise []string
	}{
		{"首页", []string{"首页"}},
		{"首頁", []string{"首頁"}},
		{"主页", []string{"主页"}},
		{"网站首页", []string{"网站首页"}},
		{"首页\n国内\n正文", []string{"首页", "国内", "正文"}},
		{"首页\n正文", []string{"首页", "正文"}},
	} {
		d := mustRead(t, tt.top+"\n"+accountPage("2026-12-06 10:21"))
		for _, w := range tt.noise {
			if n := nodeWithText(d, w); n == nil || n.Kind != "noise" {
				t.Errorf("%q: %s: got %s, want noise", tt.top, w, strings.Join(kindsOf(d), " | "))
			}
		}
		got := kindsOf(d)
		if len(got) <= len(tt.noise) || got[len(tt.noise)] != head {
			t.Errorf("%q: got %s, want the headline under the noise", tt.top, strings.Join(got, " | "))
		}
		roundTrip(t, d)
	}
	// Look-alikes: a title opening with the word, and the word as a head
	// down the page.
	d := mustRead(t, "首页改版\n"+accountPage("2026-12-06 10:21"))
	if n := nodeWithText(d, "首页改版"); n == nil || n.Kind == "noise" {
		t.Errorf("首页改版: got %s, want a title", strings.Join(kindsOf(d), " | "))
	}
	roundTrip(t, d)
	d = mustRead(t, "新版江州通App上线\n\n记者从市数据局获悉，新版江州通App今日上线，界面分为四个栏目。\n\n首页\n\n首页集中展示办事入口和本地新闻，用户可自定义常用服务。\n\n我的\n\n个人中心可查询办件进度和电子证照。\n")
	if n := nodeWithText(d, "首页"); n == nil || n.Kind == "noise" {
		t.Errorf("首页 down the page: got %s, want the text's", strings.Join(kindsOf(d), " | "))
	}
	roundTrip(t, d)
}

// TestPlatformNotice: a platform's unlabelled notice closing a post, that
// the post speaks for its author only or that the platform only carries it
// (今日头条's 本文来自【江州日报】，仅代表作者观点。全国党媒信息公共平台提供
// 信息发布传播服务。, 搜狐号's 声明：该文观点仅代表作者本人，…), is a
// disclaimer, noise, as the labelled one is (blind page cn-toutiao-web). A
// story's sentence on a platform, one on the author, one that names a
// field of the words only, or one that reaches the words late (本文所涉
// 案件中，被告辩称其仅提供信息存储空间服务…) is text.
func TestPlatformNotice(t *testing.T) {
	for _, tt := range []struct {
		line   string
		notice bool
	}{
		{"本文来自【江州日报】，仅代表作者观点。全国党媒信息公共平台提供信息发布传播服务。", true},
		{"本文仅代表作者观点，不代表本平台立场。", true},
		{"声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。", true},
		{"该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。", true},
		{"以上内容为用户上传，本平台仅提供信息存储空间服务。", true},
		{"本文內容僅代表作者觀點，不代表本平台立場。", true},
		// Look-alikes.
		{"该平台表示，相关言论仅代表用户个人观点，平台将加强审核。", false},
		{"本文作者系江州大学教授，长期研究城市轨道交通。", false},
		{"本文介绍的信息存储技术已在江州数据中心落地。", false},
		{"本市信息发布平台今日上线，市民可在线查询办事进度。", false},
		{"本文所涉案件中，被告辩称其仅提供信息存储空间服务，不应承担赔偿责任。", false},
	} {
		if got := isDisclaimer(tt.line); got != tt.notice {
			t.Errorf("isDisclaimer(%q) = %v, want %v", tt.line, got, tt.notice)
		}
		d := mustRead(t, accountPage("2026-12-06 10:21·江州日报")+"（记者　孙立　通讯员　江轨宣）\n"+tt.line+"\n")
		n := nodeWithText(d, tt.line)
		if n == nil || (n.Kind == "noise") != tt.notice {
			t.Errorf("%s: got %s, want noise %v", tt.line, strings.Join(kindsOf(d), " | "), tt.notice)
		}
		roundTrip(t, d)
	}
}

// TestAccountStampTimes checks that accountStamp's cheap first test
// (mayHoldStampTime) lets through every form of time its stamps take: a
// clock, a twelve-hour clock's hour, a microblog's minutes ago and 刚刚.
func TestAccountStampTimes(t *testing.T) {
	for _, s := range []string{
		"2026-12-06 10:21·江州日报社官方账号",
		"今天 10:21·江州日报",
		"3分钟前·江州日报",
		"2小时前 · 江州日报",
		"刚刚·江州日报",
		"12-06 10:21·江苏·江州日报",
	} {
		if !accountStamp(s) {
			t.Errorf("accountStamp(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"江州日报·城市民生", "记者·江州日报"} {
		if accountStamp(s) {
			t.Errorf("accountStamp(%q) = true, want false", s)
		}
	}
}
