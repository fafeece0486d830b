package newstext

import "testing"

// TestRubricUnderNumberedFolio: the rubric a dated page head repeats over
// the first story is page furniture wherever the head sets the page's
// number: after the page's name (a Taiwan or Hong Kong folio,
// 2026年12月6日／星期日　　民意論壇　A13, as Korean and Japanese ones), the
// head turned round (A13　民意論壇　2026年12月6日／星期日), or before the
// name (a mainland folio, 第13版　民意論壇), alone or in the head's block
// (blind page tw-udn-minyi). A title line the head does not name, or a
// head naming no page, leaves it the headline's kicker.
func TestRubricUnderNumberedFolio(t *testing.T) {
	for _, tt := range []struct {
		f    []string
		want string
	}{
		{[]string{"2026年12月6日", "星期日", "民意論壇", "A13"}, "民意論壇"},
		{[]string{"A13", "民意論壇", "2026年12月6日", "星期日"}, "民意論壇"},
		{[]string{"2026年12月6日", "星期日", "第13版", "民意論壇"}, "民意論壇"},
		{[]string{"聯合報", "2026年12月6日（星期日）", "民意論壇", "A13版"}, "民意論壇"},
		{[]string{"2026년", "12월", "5일", "토요일", "오피니언", "27"}, "오피니언"},
		{[]string{"２０２６年１２月６日", "日曜日", "まちと人", "１３面"}, "まちと人"},
		{[]string{"2026/12/06", "港聞", "A13"}, "港聞"},
		{[]string{"2026年12月6日", "星期日"}, ""},
		{[]string{"A13"}, ""},
		{[]string{"民意論壇", "林美惠"}, "林美惠"}, // a word that is no number, date or weekday stays
	} {
		if got := pageNameWord(tt.f); got != tt.want {
			t.Errorf("pageNameWord(%q) = %q, want %q", tt.f, got, tt.want)
		}
	}
	body := "長照人力荒　不能只靠外籍看護\n\n林美惠\n\n　　家母中風後臥床三年，我們先後\n請過兩位外籍看護。第一位工作滿期\n後轉往台中，全家只能輪流請假照顧。\n\n　　政府推動長照政策多年，居家服\n務的時數與項目確實增加。\n\n（作者為退休護理師）\n"
	for _, tt := range []struct {
		head, want string
	}{
		{"2026年12月6日／星期日　　民意論壇　A13\n\n民意論壇\n\n", "noise"},
		{"2026年12月6日／星期日　　民意論壇　A13\n民意論壇\n\n", "noise"},
		{"A13　民意論壇　2026年12月6日／星期日\n\n民意論壇\n\n", "noise"},
		{"2026年12月6日　星期日　第13版　民意論壇\n\n民意論壇\n\n", "noise"},
		{"2026年12月6日／星期日　　焦點　A13\n\n民意論壇\n\n", "kicker"},
		{"2026年12月6日／星期日\n\n民意論壇\n\n", "kicker"},
	} {
		d := mustRead(t, tt.head+body)
		if len(d.Articles) == 0 {
			t.Fatalf("%q: no article", tt.head)
		}
		var got string
		for _, n := range d.Articles[0].Children {
			if n.Text == "民意論壇" {
				got = string(n.Kind)
			}
		}
		if got != tt.want {
			t.Errorf("%q: 民意論壇 is %q, want %q", tt.head, got, tt.want)
		}
		roundTrip(t, d)
	}
}
