package newstext

import (
	"strings"
	"testing"
)

// TestEndsShortOfCountCarriedNumber: on a page wrapped by character
// count, a line a character short of the count over a line opening with
// a number kept whole (2%。, 71.9亿元) is full, kinsoku having carried the
// number over; a line short by as much as the number, or a number whose
// full stop could hang past the margin, was ended on purpose.
func TestEndsShortOfCountCarriedNumber(t *testing.T) {
	for _, c := range []struct {
		line, next string
		w          int
		want       bool
	}{
		{"價12,650元，較首批輕微加價約", "2%。", 18, false},                // 2% needs two cells, one is left
		{"31.2%；今年前三季度实现营业收入", "71.9亿元，同比增长24.6%。", 20, false}, // 71.9 whole
		{"今年前三季度实现营业收入同比增", "30℃）以上", 18, false},               // 30℃） whole
		{"價12,650元，較首批輕微加", "2%。", 18, true},                   // two cells left: 2% fitted
		{"價12,650元，較首批輕微加價約", "2。", 18, true},                  // 2 fitted, 。 hangs
		{"價12,650元，較首批輕微加價約", "較去年同期上升。", 18, true},            // one ideograph fitted
		{"31.2%；今年前三季度实现营", "71.9亿元，同比增长24.6%。", 20, true},     // short by more than 71.9
	} {
		if got := endsShortOfCount(srcLine{text: c.line}, c.next, c.w); got != c.want {
			t.Errorf("endsShortOfCount(%q, %q, %d) = %v, want %v", c.line, c.next, c.w, got, c.want)
		}
	}
}

// TestCarriedNumberNoWarning: the Hong Kong brief wrapped at eighteen
// whose line kinsoku left a character short over 2%。 reads as one
// paragraph with no warning of a column or page break (blind round 86).
func TestCarriedNumberNoWarning(t *testing.T) {
	page := "樓市短訊\n" +
		"●新鴻運地產旗下屯門「朗晴軒」昨日上\n" +
		"載第二份價單，涉及80伙，折實平均呎\n" +
		"價12,650元，較首批輕微加價約\n" +
		"2%。\n" +
		"●信和物業與港鐵合作的黃竹坑項目昨日\n" +
		"開放示範單位予傳媒參觀，發展商表示最\n" +
		"快本月內開價，意向價「貼市」。\n"
	d := mustRead(t, page)
	for _, dg := range d.Diagnostics {
		if strings.Contains(dg.Message, "column or page break") {
			t.Errorf("line %d: %s", dg.Line, dg.Message)
		}
	}
	found := false
	for _, a := range d.Articles {
		for _, n := range a.Children {
			if strings.HasSuffix(n.Text, "較首批輕微加價約2%。") {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("no paragraph ends 較首批輕微加價約2%%。")
	}
}
