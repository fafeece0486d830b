package newstext

import (
	"strings"
	"testing"
)

// TestPrevNextLabelOverTitle: a site's previous/next label alone on its
// line with the linked story's title on the line under it (이전기사 /
// 충주시, 노인 일자리 2천개 창출 나선다, ◀ 이전기사, 다음 기사 ▶, a board's
// 이전글, a Chinese CMS's 上一篇：) is the link, both lines noise, as the
// label with its title on one line is; with or without blank lines
// between. A title under the label that has the next story's byline or
// text under it is that story's headline, and a sentence under the label
// is text; a title under no label stays text.
func TestPrevNextLabelOverTitle(t *testing.T) {
	story := "청주시, 겨울철 제설 대책 본격 가동\n\n입력 2026.12.07 06:30\n\n김하늘 기자\n\n" +
		"충북 청주시가 본격적인 겨울철을 앞두고 제설 대책을 가동한다고 7일 밝혔다.\n\n" +
		"시는 내년 3월까지 제설 대책 상황실을 운영하고 제설 차량 48대를 확보했다.\n\n" +
		"시 관계자는 \"폭설에 대비해 신속하게 대응하겠다\"고 말했다.\n\nsky@cjnews.example\n\n"
	prev, next := "충주시, 노인 일자리 2천개 창출 나선다", "제천 의림지 겨울 축제 20일 개막"
	for _, tt := range []struct{ back, on, sep string }{
		{"이전기사", "다음기사", "\n"},
		{"◀ 이전기사", "다음기사 ▶", "\n"},
		{"이전 기사", "다음 기사", "\n\n"},
		{"이전글", "다음글", "\n"},
		{"[이전기사]", "[다음기사]", "\n"},
		{"이전기사 :", "다음기사 :", "\n"},
		{"上一篇：", "下一篇：", "\n"},
	} {
		page := story + tt.back + tt.sep + prev + "\n" + tt.on + tt.sep + next + "\n"
		d := mustRead(t, page)
		got := strings.Join(kindsOf(d), "\n")
		for _, l := range []string{tt.back, prev, tt.on, next} {
			if !strings.Contains(got+"\n", "noise "+l+"\n") {
				t.Errorf("%s: %q not noise:\n%s", tt.back, l, got)
			}
		}
		roundTrip(t, d)
	}
	// Look-alikes: the next story's headline under a lone label, over its
	// byline and text; a sentence under the label; a title under a line
	// that is no label, 다음 주 일정.
	for _, tt := range []struct {
		page, text string
	}{
		{story + "다음기사\n" + next + "\n\n박지훈 기자\n\n제천시는 의림지 겨울 축제를 20일부터 연다고 7일 밝혔다.\n", next},
		{story + "이전기사\n충주시는 노인 일자리 2천개를 만든다고 밝혔다.\n", "충주시는 노인 일자리 2천개를 만든다고 밝혔다."},
		{story + "다음 주 일정\n" + next + "\n", next},
	} {
		d := mustRead(t, tt.page)
		for _, a := range d.Articles {
			for _, n := range a.Children {
				if n.Text == tt.text && n.Kind == "noise" {
					t.Errorf("%q read as noise", tt.text)
				}
			}
		}
		roundTrip(t, d)
	}
}
