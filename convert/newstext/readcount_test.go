package newstext

import "testing"

// TestReadCounter: a site's read or view counter on a line of its own (阅读
// (3521), 阅读 3521, 阅读量：1.2万, 浏览 (88), 3521 阅读), with other
// counters beside it or not, is the site's furniture (noise), not a
// table's row (blind page cn-sohu-web). Rows of words and figures with no
// read counter, a counter's word in a sentence and a word with no figure
// stay text.
func TestReadCounter(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool // noise
	}{
		{"阅读 (3521)", true},
		{"阅读 3521", true},
		{"阅读(3521)", true},
		{"阅读量：1.2万", true},
		{"阅读数 10w+", true},
		{"浏览 (88)", true},
		{"瀏覽次數：88", true},
		{"閱讀 3,521", true},
		{"3521 阅读", true},
		{"1.2万阅读", true},
		{"阅读 3521　点赞 12　评论 (5)", true},
		{"阅读 (3521)　在看 (40)", true},
		// Not a counter line.
		{"点赞 12　评论 5", false},
		{"北京 3521　上海 2980", false},
		{"阅读 3521 次后", false},
		{"阅读推广", false},
		{"阅读，让城市更温暖", false},
	} {
		if got := readCount(tt.line); got != tt.want {
			t.Errorf("readCount(%s) = %v, want %v", tt.line, got, tt.want)
		}
		page := "城东区试点社区食堂\n\n2026-12-05 18:20\n\n12月5日，城东区首批6家社区食堂正式开门营业。\n\n区民政局表示，明年将在全区推广到30家。\n\n" + tt.line + "\n"
		d := mustRead(t, page)
		if got := kindOfText(d, tt.line) == "noise"; got != tt.want {
			t.Errorf("%q: noise %v, want %v\n%s", tt.line, got, tt.want, outline(d, false))
		}
		roundTrip(t, d)
	}
}
