package newstext

import (
	"strings"
	"testing"
)

// TestSignCutAtWrap: a figure cut at the wrap before its decimal point or
// percent sign (亦跌5 / .2%。, 按年增長12 / %，, blind page
// hk-xingdao-caijing-zhuanlan) in CJK text joins with no space, as a cut
// after the point or between digits does. Variants: simplified Chinese,
// Japanese, a figure with its thousands comma. Look-alikes keep their
// space (or their lack of one): Latin text, a figure after a space, a
// point with no digit after it, a Korean word space, a line ending in no
// figure.
func TestSignCutAtWrap(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"華峰置業（02177）亦跌5", ".2%。有內房股投資者坦言", false},
		{"上月博彩收入按年增長12", "%，旗下路氹新酒店", false},
		{"社会消费品零售总额同比增长5", ".1%，增速较上月", false},
		{"前年比3", "%増えた。", false},
		{"成交额1,28", ".5亿元", false},
		// look-alikes
		{"Sales rose by 5", "% a year", true},
		{"Revenue was 12", ".5 million", true},
		{"成交额约 5", "% 左右", true},
		{"排名第5", ". 其后依次为", true},
		{"매출이 5", "% 늘었다", true},
		{"港股昨日連跌", ".2%", false},
		{"港股昨日連跌", "%。", false},
		{"Version 2", ".0 ships", true},
	} {
		if got := needsSpace(tt.a, tt.b); got != tt.want {
			t.Errorf("needsSpace(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	page := "港股四連跌\n\n" +
		"　　內房股成為跌市重災區，江悅地產\n" +
		"（01826）急挫7.8%，創一年\n" +
		"新低；華峰置業（02177）亦跌5\n" +
		".2%。有內房股投資者坦言，近期政\n" +
		"策憧憬已基本消化，資金選擇先行離\n" +
		"場。星澳娛樂（00915）表示，上\n" +
		"月博彩收入按年增長12\n" +
		"%，旗下路氹新酒店將於明年春節前開\n" +
		"業。\n"
	want := "內房股成為跌市重災區，江悅地產（01826）急挫7.8%，創一年新低；華峰置業（02177）亦跌5.2%。有內房股投資者坦言，近期政策憧憬已基本消化，資金選擇先行離場。星澳娛樂（00915）表示，上月博彩收入按年增長12%，旗下路氹新酒店將於明年春節前開業。"
	if got := paragraphsOf(t, page); strings.Join(got, "\n") != want {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}
