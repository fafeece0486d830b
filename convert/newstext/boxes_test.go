package newstext

import "testing"

// TestSoleShortTitle: a title of three characters or fewer that opens the
// page over body text is its headline (a column's name, a document's
// name); under a longer title it stays the second line of the group.
func TestSoleShortTitle(t *testing.T) {
	wantKinds(t, "余滴録\n\n冬至の朝、近所の銭湯がゆず湯を始めた。湯気の向こうで常連客が笑っている。\n",
		"headline 余滴録")
	wantKinds(t, "公开信\n\n各位业主：小区供暖管道改造将于下周一开工，请大家提前做好准备。\n",
		"headline 公开信")
	d := mustRead(t, "古村迎来晒秋旅游旺季\n\n晒秋忙\n\n本报讯　初冬时节，古村的晒架上摆满了辣椒。\n")
	if got := kindsOf(d); len(got) < 2 || got[0] != "headline 古村迎来晒秋旅游旺季" {
		t.Errorf("a short second title line took the headline: %q", got)
	}
}

// TestStandingBoxes: the name of a local paper's standing box between
// the stories (おくやみ, 人事, 부고) starts an article of its own; it is not
// a section head of the story above.
func TestStandingBoxes(t *testing.T) {
	page := "市立図書館、来春に新館\n\n" +
		"市は３日、市立図書館の新館を来年４月に開館すると発表した。\n\n" +
		"おくやみ\n\n" +
		"川村ハルさん（８８）＝松江市殿町＝３日死去。葬儀は５日。\n\n" +
		"人事\n\n" +
		"▽松江市（１日）総務課長（財政課長）石田誠\n"
	d := mustRead(t, page)
	if got := headlines(d); got != "市立図書館、来春に新館 / おくやみ / 人事" {
		t.Errorf("articles: %s", got)
	}
	for in, want := range map[string]bool{"おくやみ": true, " 부고 ": true, "人事任免": true, "人事制度の見直し": false} {
		if got := standingBox(in); got != want {
			t.Errorf("standingBox(%q) = %v, want %v", in, got, want)
		}
	}
}
