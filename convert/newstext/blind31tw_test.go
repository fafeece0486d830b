package newstext

import "testing"

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
