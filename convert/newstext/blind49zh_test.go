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
// its variant without 首页, where it was the headline). Over a bare stamp
// with no button, the short line under a headline may be a news site's
// subheadline, and stays one.
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
		// Look-alikes.
		{"bare stamp", "江州日报\n2026-12-06 10:21", false},
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
