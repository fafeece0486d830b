package newstext

import (
	"slices"
	"testing"
)

// TestCreditPaperNamedReport: a paper whose name holds the report word
// (经济报道) before its reporter's role is the credit's organisation, and
// a place with the report word after the names (北京报道) says where the
// story was filed from, no name: the line is a byline.
func TestCreditPaperNamedReport(t *testing.T) {
	tests := []struct {
		in    string
		org   string
		roles []string
		names []string
	}{
		{"财经报道记者 孙立 北京报道", "财经报道", []string{"记者"}, []string{"孙立"}},
		{"35周经济报道记者 赵晴 见习记者 高远 广州报道", "35周经济报道", []string{"记者", "见习记者"}, []string{"赵晴", "高远"}},
		{"本报记者 韩梅 实习生 秦川 杭州报道", "本报", []string{"记者", "实习生"}, []string{"韩梅", "秦川"}},
	}
	for _, tt := range tests {
		c, ok := parseBylineLine(tt.in)
		if !ok || c.org != tt.org || !slices.Equal(c.roles, tt.roles) || !slices.Equal(c.names, tt.names) {
			t.Errorf("parseBylineLine(%q) = %+v, %v; want org %q roles %v names %v", tt.in, c, ok, tt.org, tt.roles, tt.names)
		}
	}
}

// TestCreditUnderTitleLong: a credit line under the headline is a line of
// its own however long its names run, on a page with no blank lines: the
// headline never wraps into it.
func TestCreditUnderTitleLong(t *testing.T) {
	page := "财经周刊　2026年6月2日　星期二　市场·能源　07\n" +
		"能源市场观察\n" +
		"动力煤价连续回落：港口库存创“新高”\n" +
		"35周经济报道记者 赵晴 见习记者 高远 广州报道\n" +
		"　　入夏以来，国内动力煤现货价格结束了春季的小幅\n" +
		"反弹，重新进入下行通道。截至5月最后一周，北方港\n" +
		"口5500大卡动力煤平仓价为每吨812元，已连续四周\n" +
		"下跌，累计跌幅约5.4%。\n" +
		"　　业内人士认为，水电出力增加和进口煤到港放量是\n" +
		"这一轮价格回落的主要原因，电厂采购意愿普遍不强。\n"
	wantKinds(t, page,
		"noise 财经周刊　2026年6月2日　星期二　市场·能源　07",
		"kicker 能源市场观察",
		"headline 动力煤价连续回落：港口库存创“新高”",
		"byline 35周经济报道记者 赵晴 见习记者 高远 广州报道")
}
