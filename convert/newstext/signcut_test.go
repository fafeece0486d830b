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

// TestSignCutAfterDecimal: a figure with a decimal part cut at the wrap
// before its percent sign, 增长17.6 / %， (blind page
// cn-xjb-pinglunban-laixin, wrapped at 22 by count), joins with no space
// as 增长12 / %， does, and so does such a figure cut between two of its
// digits, 增长17.6 / 5%. Variants: traditional Chinese, Japanese, a
// figure with its thousands comma. Look-alikes keep their space: Latin
// text, a figure after a space, a Korean word space, a point before the
// next line's point (a version, 1.2 / .3), two points (1.2.6), a point
// with no digit before it, and a Latin figure cut between digits.
func TestSignCutAfterDecimal(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"当地县城夜间消费额同比增长17.6", "%，明显快于白天消费的增速。", false},
		{"上月零售銷貨額按年增長0.25", "%，為連續第三個月", false},
		{"前年比3.5", "%増えた。", false},
		{"成交额同比增长1,234.5", "%，创历史新高", false},
		{"同比增长17.6", "5%，明显快于", false},
		// look-alikes
		{"Sales rose by 17.6", "% a year", true},
		{"成交额约 17.6", "% 左右", true},
		{"매출이 17.6", "% 늘었다", true},
		{"软件版本1.2", ".3发布", true},
		{"同比增长1.2.6", "%，明显", true},
		{"同比增长.6", "%，明显", true},
		{"Growth was 2.5", "5 times", true},
	} {
		if got := needsSpace(tt.a, tt.b); got != tt.want {
			t.Errorf("needsSpace(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	page := "县城夜经济升温\n\n" +
		"　　据某地商务部门统计，今年前11个\n" +
		"月，当地县城夜间消费额同比增长17.6\n" +
		"%，明显快于白天消费的增速。\n"
	want := "据某地商务部门统计，今年前11个月，当地县城夜间消费额同比增长17.6%，明显快于白天消费的增速。"
	if got := paragraphsOf(t, page); strings.Join(got, "\n") != want {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}
