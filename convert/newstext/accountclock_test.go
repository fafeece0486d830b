package newstext

import (
	"strings"
	"testing"
)

// TestClockAccountStamp: today's post on a platform stamps its clock
// alone before the account, 10:21·江州日报社官方账号, 09:05 · 江州晚报,
// 14:30·江苏·江州卫健委官方账号, 10:21 江苏 江州日报社官方账号: a time stamp,
// noise, as the dated forms are. A programme's or timetable's row
// (10:30·开幕式, 19:30 江州新闻), a clock and a clause, and a clock with
// spaces before a news name that says it is no account stay text.
func TestClockAccountStamp(t *testing.T) {
	for s, want := range map[string]bool{
		"10:21·江州日报社官方账号":       true,
		"09:05 · 江州晚报":          true,
		"14:30·江苏·江州卫健委官方账号":    true,
		"10:21 江苏 江州日报社官方账号":    true,
		"8:05·澎湃新闻":             true,
		"10:21｜江州融媒":            true,
		"10:30·开幕式":             false,
		"19:30 江州新闻":            false,
		"10:21·市民在江州日报社门前排队":    false,
		"10:21，江州日报社记者赶到现场":     false,
		"9:00·签到　9:30·开幕式":      false,
		"10:21·江州日报社官方账号发布消息称，": false,
		"06:30｜早间新闻":            false,
		"12:00｜午间新闻":            false,
		"22:00·晚间新闻":            false,
		"23:00·整點新聞":            false,
	} {
		if got := noiseKind(s) == noiseStamp; got != want {
			t.Errorf("noiseKind(%q) = %q, want a stamp: %v", s, noiseKind(s), want)
		}
	}
}

// TestClockRowRun: a TV guide's rows, each led by its clock (06:30｜早间新闻
// / 07:10｜健康江州, or parted by a middle dot), are rows one a line, none
// a stamp, though a row's name ends as a news organisation's does
// (18:30｜江州新闻: alone under a headline, a platform's stamp), and none
// glued to another.
func TestClockRowRun(t *testing.T) {
	// Every run length: two or three rows are never glued into one
	// paragraph by a column-break join, four to seven never subheadlines
	// under the guide's title (each row a paragraph of its own).
	all := []string{"06:30 早间新闻", "07:10 健康江州", "12:00 午间新闻", "12:30 法治时空", "18:30 江州新闻", "19:00 新闻联播", "22:00 晚间新闻"}
	for n := 2; n <= len(all); n++ {
		for _, sep := range []string{"｜", "·"} {
			testClockRows(t, all[:n], sep)
		}
	}
	// tv4: the fourth row's name ends as a news organisation's does.
	testClockRows(t, []string{"06:30 早间新闻", "07:10 健康江州", "08:00 江州新闻", "12:00 午间新闻"}, "｜")
	// One such line alone under the headline stays the post's stamp.
	d := mustRead(t, "江州地铁5号线南延段明起试运营\n\n18:30｜江州新闻\n\n本报讯（记者 林晓）12月6日，江州市轨道交通集团发布消息，地铁5号线南延段将于12月7日起开通试运营。\n")
	if got := strings.Join(flatKinds(d), "\n"); !strings.Contains(got, "noise 18:30｜江州新闻") {
		t.Errorf("lone clock stamp: got\n%s", got)
	}
}

// testClockRows reads a guide's title over the rows given, each row's
// clock parted from its name by sep, and wants each row a paragraph of
// its own.
func testClockRows(t *testing.T, rs []string, sep string) {
	t.Helper()
	var rows []string
	for _, r := range rs {
		rows = append(rows, strings.Replace(r, " ", sep, 1))
	}
	page := "江州广播电视台新闻综合频道 今日节目\n\n" + strings.Join(rows, "\n") + "\n"
	d := mustRead(t, page)
	kinds := flatKinds(d)
	var got []string
	for _, k := range kinds {
		if strings.Contains(k, sep) {
			got = append(got, k)
		}
	}
	if len(got) != len(rows) {
		t.Errorf("page:\n%s\n got:\n%s\nwant each of the %d rows a unit", page, strings.Join(kinds, "\n"), len(rows))
	}
	for i, k := range got {
		if i < len(rows) && strings.TrimSpace(k) != "paragraph "+rows[i] {
			t.Errorf("page:\n%s\n row read as %q, want a paragraph of its own", page, k)
		}
	}
	roundTrip(t, d)
}

// TestFollowSubscribeButtons: a platform's follow or subscribe button
// beside the post's stamp, 关注TA, 订阅 (bare), +订阅, 已订阅 (anywhere),
// is web furniture (noise), as 关注 and +关注 are. Bare, 订阅 in the
// story's text under a finished paragraph is a head and stays one.
func TestFollowSubscribeButtons(t *testing.T) {
	for s, want := range map[string]bool{
		"+订阅": true, "＋订阅": true, "+ 訂閱": true, "已订阅": true, "取消关注": true,
		"订阅": false, "关注TA": false, "订阅号": false, "+订阅号": false,
	} {
		if got := followButton(s); got != want {
			t.Errorf("followButton(%q) = %v, want %v", s, got, want)
		}
	}
	lead := "本报讯（记者 林晓）12月6日，江州市轨道交通集团发布消息，地铁5号线南延段将于12月7日起开通试运营。"
	for _, c := range []struct{ stamp, button string }{
		{"10:21·江州日报社官方账号", "关注TA"},
		{"2026-12-06 10:21·江州日报", "订阅"},
		{"09:05 · 江州晚报", "+订阅"},
		{"2026-12-06 10:21·江州日报", "關注TA"},
	} {
		page := "江州地铁5号线南延段明起试运营\n\n" + c.stamp + "\n" + c.button + "\n\n" + lead + "\n\n订阅\n\n据介绍，南延段全长9.8公里，均为地下线。\n"
		d := mustRead(t, page)
		got := strings.Join(flatKinds(d), "\n")
		want := strings.Join([]string{"article", "  headline 江州地铁5号线南延段明起试运营", "  noise " + c.stamp, "  noise " + c.button,
			"  dateline 本报讯", "  byline （记者 林晓）", "  paragraph 12月6日，江州市轨道交通集团发布消息，地铁5号线南延段将于12月7日起开通试运营。",
			"  section ", "    heading 订阅", "    paragraph 据介绍，南延段全长9.8公里，均为地下线。"}, "\n")
		if got != want {
			t.Errorf("page:\n%s\n got:\n%s\nwant:\n%s", page, got, want)
		}
		roundTrip(t, d)
	}
}
