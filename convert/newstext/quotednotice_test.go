package newstext

import "testing"

// TestQuotedNotice: a notice titled with the name of what it is about in
// quotation marks or title brackets is a notice's title; a quoted title
// that ends otherwise, or goes on past the notice's words, is not.
func TestQuotedNotice(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"“我家的年夜饭”征文启事", true},
		{"《城市记忆》征稿启事", true},
		{"「百年老街」攝影比賽啟事", true},
		{"“双十一”促销活动公告", true},
		{"“我家的年夜饭”征文活动火热进行中", false}, // no notice's word at its end
		{"“我家的年夜饭”", false},
		{"征文启事", false},                // no quoted name: standingBox's
		{"“年夜饭”里的乡愁与城市变迁的故事启事", false}, // more than six characters after the name
		{"我家的“年夜饭”征文启事", false},        // the name does not open it
		{"“我家的年夜饭征文启事", false},         // unclosed
	} {
		if got := quotedNotice(c.s); got != c.want {
			t.Errorf("quotedNotice(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestQuotedNoticeAfterEssay: a 副刊's call for entries titled with its
// theme in quotation marks under an essay is an article of its own, not a
// section of the essay.
func TestQuotedNoticeAfterEssay(t *testing.T) {
	page := "夜光杯\n\n冬日的菜场\n\n◆ 王小梅\n\n" +
		"　　菜场里的热气，是冬天最好的风景。卖豆腐的阿姨总是笑着多给一块，说天冷了，多吃点热乎的。\n\n" +
		"　　我常想，城市的温度，大概就藏在这些细小的地方。\n\n" +
		"“我家的年夜饭”征文启事\n\n" +
		"　　年夜饭，是中国人一年中最隆重的一餐。即日起，本版开展“我家的年夜饭”征文活动，欢迎读者来稿。\n"
	d := mustRead(t, page)
	if len(d.Articles) != 2 {
		t.Fatalf("%d articles, want 2 (the essay, the notice)", len(d.Articles))
	}
	if h := d.Articles[1].Children[0]; h.Text != "“我家的年夜饭”征文启事" || h.Kind != "headline" {
		t.Errorf("second article opens with %s %q, want the notice's headline", h.Kind, h.Text)
	}
}
