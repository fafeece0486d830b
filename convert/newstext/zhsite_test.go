package newstext

import (
	"strings"
	"testing"
)

// The story under a Chinese-language site's masthead (blind page
// hk-rthk-web).
const (
	zhSiteTitle = "男子盜商場手袋店兩名牌手袋　判囚八個月"
	zhSiteStamp = "2026-12-06 14:32"
	zhSitePara  = "一名38歲男子去年在尖沙咀一間商場的手袋店偷走兩個名牌手袋，總值約6萬元。"
	zhSitePara2 = "裁判官判刑時指出，被告有多次同類案底，必須判處即時監禁以收阻嚇作用。"
)

// zhSitePage returns the story under the lines of head, each alone on
// its line with a blank line after it, with its stamp under the title
// when stamp.
func zhSitePage(stamp bool, head ...string) string {
	var b strings.Builder
	for _, h := range head {
		b.WriteString(h + "\n\n")
	}
	b.WriteString(zhSiteTitle + "\n\n")
	if stamp {
		b.WriteString(zhSiteStamp + "\n\n")
	}
	b.WriteString(zhSitePara + "\n\n" + zhSitePara2 + "\n")
	return b.String()
}

// TestChineseSiteMasthead: a Chinese-language site's name alone opening
// the page (香港電台網站, 明報新聞網, 東網, 人民网), its section alone under
// it (港聞, 國際, 社会, 國際新聞), or the section alone, over the story's
// title and its stamp, are the site's masthead, noise (blind page
// hk-rthk-web: a headline over two subheadlines, or a kicker); a name
// ending otherwise (新浪新聞) is one over its section. Over a title with no
// stamp (print), a section word stays the kicker, and so does a kicker
// under the masthead; a longer line or one with punctuation is no name.
func TestChineseSiteMasthead(t *testing.T) {
	for _, head := range [][]string{
		{"香港電台網站", "港聞"},
		{"明報新聞網", "國際"},
		{"東網", "港聞"},
		{"人民网", "社会"},
		{"新浪新聞", "國際"},
		{"星島日報", "國際新聞"},
		{"香港電台網站"},
		{"明報新聞網"},
		{"東網"},
		{"TVBS新聞網"},
		{"港聞"},
		{"国际"},
	} {
		want := []string{"article"}
		for _, h := range head {
			want = append(want, "noise "+h)
		}
		want = append(want, "headline "+zhSiteTitle, "noise "+zhSiteStamp, "paragraph "+zhSitePara, "paragraph "+zhSitePara2)
		wantAllKinds(t, zhSitePage(true, head...), want...)
	}
	// A real kicker under the masthead stays a kicker.
	page := "香港電台網站\n\n港聞\n\n法庭\n\n" + zhSiteTitle + "\n\n" + zhSiteStamp + "\n\n" + zhSitePara + "\n\n" + zhSitePara2 + "\n"
	wantAllKinds(t, page, "article", "noise 香港電台網站", "noise 港聞", "kicker 法庭", "headline "+zhSiteTitle, "noise "+zhSiteStamp, "paragraph "+zhSitePara, "paragraph "+zhSitePara2)
	// Over a title and text opening with a dateline, a site's name is
	// its masthead; a section alone there is left to the title rules.
	const lead = "人民网北京12月6日电　国家统计局6日发布数据，11月份全国居民消费价格同比上涨0.4%。"
	d := mustRead(t, "人民网\n\n"+zhSiteTitle+"\n\n"+lead+"\n\n"+zhSitePara2+"\n")
	if got := allKinds(d); len(got) < 3 || got[1] != "noise 人民网" || got[2] != "headline "+zhSiteTitle {
		t.Errorf("site name over a dated lead: %v", got)
	}
	roundTrip(t, d)
	// Not a masthead: each stays out of the noise.
	for _, c := range []struct {
		page string
		line string
	}{
		{zhSitePage(false, "港聞"), "港聞"},                  // no stamp: print's kicker
		{zhSitePage(false, "新浪新聞", "國際"), "國際"},          // (the same)
		{zhSitePage(true, "新浪新聞"), "新浪新聞"},               // a name not ending in 網, alone
		{zhSitePage(true, "法庭"), "法庭"},                   // no section
		{zhSitePage(true, "打擊跨境詐騙的天羅地網"), "打擊跨境詐騙的天羅地網"}, // longer than a name, and no name
		{zhSitePage(true, "警方破網，拘十人"), "警方破網，拘十人"},       // punctuation
		{zhSitePage(true, "網"), "網"},
	} {
		d := mustRead(t, c.page)
		for _, k := range allKinds(d) {
			if k == "noise "+c.line {
				t.Errorf("page:\n%s\n%s made noise: %v", c.page, c.line, allKinds(d))
			}
		}
		roundTrip(t, d)
	}
	for in, want := range map[string]bool{
		"香港電台網站": true, "明報新聞網": true, "東網": true, "人民网": true, "TVBS新聞網": true,
		"網": false, "网站": false, "新浪新聞": false, "香港 電台網": false, "警方破網，拘十人": false, "HK網": true,
	} {
		if got := zhSiteName(in); got != want {
			t.Errorf("zhSiteName(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestLoneShareButton: a Chinese site's share or repost button alone on
// its line, 分享, 分享到, 分享此文, 轉發, is noise wherever it stands, as a
// stamp the reader does not know above it made it a section head over
// the whole story (blind page hk-rthk-web). The word with more after it
// stays text.
func TestLoneShareButton(t *testing.T) {
	for _, btn := range []string{"分享", "分享到", "分享此文", "轉發", "转发"} {
		for _, page := range []string{
			zhSiteTitle + "\n\n" + "二〇二六年十二月六日" + "\n\n" + btn + "\n\n" + zhSitePara + "\n\n" + zhSitePara2 + "\n",
			zhSiteTitle + "\n\n" + zhSitePara + "\n\n" + btn + "\n\n" + zhSitePara2 + "\n",
		} {
			d := mustRead(t, page)
			got := allKinds(d)
			if !slicesContains(got, "noise "+btn) || len(d.Articles) != 1 || len(d.Articles[0].Children) != len(got)-1 {
				t.Errorf("page:\n%s\n%s not noise, or a section: %v", page, btn, got)
			}
			for _, k := range got {
				if strings.HasPrefix(k, "section") {
					t.Errorf("page:\n%s\na section: %v", page, got)
				}
			}
			roundTrip(t, d)
		}
	}
	for _, s := range []string{"分享會", "經驗分享", "分享經驗", "轉發量"} {
		if webChrome(s) {
			t.Errorf("webChrome(%q) = true, want false", s)
		}
	}
	for _, s := range []string{"分享", "分享到", "分享此文", "轉發", "转发"} {
		if !webChrome(s) {
			t.Errorf("webChrome(%q) = false, want true", s)
		}
	}
}

func slicesContains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
