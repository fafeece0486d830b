package newstext

import "testing"

// TestStampTimeZone: a web time stamp naming its time zone, between the
// date and the time as 香港電台 sets it (2026-12-06 HKT 14:32), after the
// time, before the date, or as an offset, is the page's stamp, noise
// (blind page hk-rthk-web: a table's row, a paragraph, and the lone 分享
// under it a section head). A zone with no time, a zone twice, a word
// that is no zone, or the zone in a sentence stay what they were.
func TestStampTimeZone(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"2026-12-06 HKT 14:32", true},
		{"2026-12-06 14:32 HKT", true},
		{"HKT 2026-12-06 14:32", true},
		{"2026/12/06 14:32 SGT", true},
		{"2026-12-06 14:32 (HKT)", true},
		{"2026-12-06 14:32 GMT+8", true},
		{"2026-12-06 14:32 UTC+08:00", true},
		{"發布時間：2026-12-06 HKT 14:32", true},
		{"2026-12-06 HKT 14:32 港聞", true},
		{"2026-12-06 14:32", true}, // (as before)
		{"2026-12-06 HKT", false},
		{"HKT 14:32", false},
		{"2026-12-06 HKT HKT 14:32", false},
		{"2026-12-06 HKD 14:32", false},
		{"2026-12-06 ABC 14:32", false},
		{"2026-12-06 14:32 GMT+", false},
		{"2026-12-06 14:32 GMT+123", false},
		{"2026-12-06 14:32 HKT 14:40", false},
	} {
		if got := isWebStamp(c.in); got != c.want {
			t.Errorf("isWebStamp(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	const (
		title = "男子盜商場手袋店兩名牌手袋　判囚八個月"
		para  = "一名38歲男子去年在尖沙咀一間商場的手袋店偷走兩個名牌手袋，總值約6萬元。"
		para2 = "裁判官判刑時指出，被告有多次同類案底，必須判處即時監禁。"
	)
	for _, stamp := range []string{"2026-12-06 HKT 14:32", "2026-12-06 14:32 HKT", "HKT 2026-12-06 14:32", "2026-12-06 14:32 GMT+8"} {
		wantAllKinds(t, title+"\n\n"+stamp+"\n\n"+para+"\n\n"+para2+"\n",
			"article", "headline "+title, "noise "+stamp, "paragraph "+para, "paragraph "+para2)
	}
	// A row of a table with a zone's letters among its fields stays text.
	d := mustRead(t, title+"\n\n"+para+"\n\n2026-12-06 HKT 14:32 恒指收報19850點\n\n"+para2+"\n")
	for _, k := range allKinds(d) {
		if k == "noise 2026-12-06 HKT 14:32 恒指收報19850點" {
			t.Errorf("a row with words after the stamp made noise: %v", allKinds(d))
		}
	}
	roundTrip(t, d)
}
