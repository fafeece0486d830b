package newstext

import (
	"strings"
	"testing"
)

// TestBlind31WeekdayStamp: a web time stamp with the date's weekday in
// brackets, 2026年12月05日(六) 16:42 (on.cc), （六）, (星期六), is a stamp
// as the bare date and time is: noise under its headline (blind page
// hk-oncc-web-huojing). A lone character outside brackets, or a date
// and weekday with no time, makes none.
func TestBlind31WeekdayStamp(t *testing.T) {
	for _, stamp := range []string{"2026年12月05日(六) 16:42", "2026年12月05日（六） 16:42", "2026年12月05日(星期六) 16:42", "2026年12月05日 星期六 16:42", "2026/12/05(六) 16:42", "2026年12月5日(土) 16:42"} {
		if !isWebStamp(stamp) {
			t.Errorf("isWebStamp(%s) = false, want true", stamp)
		}
		page := "大埔工廈三級火　逾300人疏散\n" + stamp + "\n\n【on.cc東網專訊】大埔工業邨一幢工業大廈今日下午發生火警，暫無人受傷。\n\n起火原因有待調查。\n"
		wantKinds(t, page, "headline 大埔工廈三級火　逾300人疏散", "noise "+stamp, "dateline 【on.cc東網專訊】",
			"paragraph 大埔工業邨一幢工業大廈今日下午發生火警，暫無人受傷。", "paragraph 起火原因有待調查。")
	}
	for _, s := range []string{"2026年12月05日 六 16:42", "2026年12月05日(六)", "2026年12月05日(甲) 16:42", "2026年12月05日 (六 16:42"} {
		if isWebStamp(s) {
			t.Errorf("isWebStamp(%s) = true, want false", s)
		}
	}
}

// TestBlind31PaperCreditNoRole: 中時新聞網's credit line names its reporter
// with no role, after the site's name and a space, 中時新聞網 林志成／台北報導:
// a dateline as 記者林志成／台北報導 is (org the site, the name, the place),
// not a new article's headline (blind page tw-chinatimes-web-hanliu).
// With no paper before it, or none ending as a
// paper's name does, a name and a slash make no dateline.
func TestBlind31PaperCreditNoRole(t *testing.T) {
	tests := []struct {
		credit string
		roles  []string
		names  []string
	}{
		{"中時新聞網 林志成／台北報導", nil, []string{"林志成"}},
		{"中時新聞網　林志成、王小明／台北報導", nil, []string{"林志成", "王小明"}},
		{"中時新聞網／林志成／台北報導", nil, []string{"林志成"}},
	}
	text := "中央氣象署今（5）日表示，今年入冬首波大陸冷氣團今晚起南下。"
	for _, tt := range tests {
		d := mustRead(t, "冷氣團南下　北台灣明晨探12度\n2026/12/05 10:42\n"+tt.credit+"\n"+text+"\n天氣風險公司分析師吳德榮也在臉書提醒，民眾外出應注意保暖。\n")
		if len(d.Articles) != 1 || len(d.Articles[0].Children) < 4 {
			t.Errorf("%s: got %d articles, %s", tt.credit, len(d.Articles), strings.Join(kindsOf(d), " | "))
			continue
		}
		n := d.Articles[0].Children[2]
		if n.Kind != "dateline" || n.Text != tt.credit || n.Org != "中時新聞網" || n.Place != "台北" ||
			strings.Join(n.Roles, ",") != strings.Join(tt.roles, ",") || strings.Join(n.Names, ",") != strings.Join(tt.names, ",") {
			t.Errorf("%s: got %s %q org %q roles %q names %q place %q, want a dateline", tt.credit, n.Kind, n.Text, n.Org, n.Roles, n.Names, n.Place)
		}
		roundTrip(t, d)
	}
	for _, s := range []string{"林志成／台北報導", "中時新聞 林志成／台北報導", "中時新聞網 林志成表示，冷氣團／今晚報導"} {
		if _, _, ok := parseDateline(s); ok {
			t.Errorf("parseDateline(%s) = ok, want no dateline", s)
		}
	}
}
