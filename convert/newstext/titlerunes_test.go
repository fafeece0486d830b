package newstext

import (
	"strings"
	"testing"
)

// titleRunesBody is a story's text wrapped at twenty characters, as a
// securities paper's column is, its full lines holding half-width
// digits: the measure in columns falls short of the count.
const titleRunesBody = "本报记者　林　晨\n\n" +
	"　　海东港口集团12月6日晚间公告，公司\n" +
	"拟在上海证券交易所发行不超过30亿元公司\n" +
	"债券，期限为5年，募集资金将用于偿还有息\n" +
	"负债和补充流动资金。\n\n" +
	"　　公告显示，截至今年9月末，公司总资产\n" +
	"为826.5亿元，较年初增长12.4%，\n" +
	"资产负债率为58.3%，较年初下降1.2\n" +
	"个百分点。\n\n" +
	"　　有业内人士认为，港口企业加大债券融资\n" +
	"力度，有助于优化债务结构，降低综合融资成\n" +
	"本，支撑沿海航线扩容。\n"

// TestTitleLinesByRunes: on a page wrapped by character count, two title
// lines in one block over the story, the second stopping at three
// quarters of the count or shorter and the first's end with room for the
// second's first characters, were each ended on purpose: two title lines,
// never one joined headline, however the half-width digits of the
// measure's lines or of the title lines narrow them in columns (blind
// page cn-zqb-gonggao). A first line full at the count, or a second line
// longer than three quarters of it, still joins.
func TestTitleLinesByRunes(t *testing.T) {
	tests := []struct {
		name, top, under string
		split            bool
	}{
		{"digits 16 over 15", "海东港口拟发行30亿元绿色公司债", "募集资金将投向航道、泊位等项目", true},
		{"all wide 15 over 15", "海东港口拟发三十亿元绿色公司债", "募集资金将投向航道、泊位等项目", true},
		{"latin 16 over 15", "海东港口拟发行ABS绿色债券产品", "底层资产为码头、堆场等租赁收入", true},
		// (split before the rule: a subheadline clearly short in columns)
		{"short under", "海东港口拟发行30亿元绿色公司债", "用于航道泊位建设", true},
		// look-alikes that stay one unit: a first line full at the
		// count however narrow its digits, and a second line over three
		// quarters of it
		{"full top", "海东港口集团拟发行不超过30亿元公司债券", "募集资金将投向航道、泊位等项目", false},
		{"long under", "海东港口拟发行30亿元绿色公司债", "募集资金将全部投向航道、泊位与堆场等项目", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := tt.top + "\n" + tt.under + "\n\n" + titleRunesBody
			d := mustRead(t, page)
			got := kindsOf(d)
			joined := false
			for _, k := range got {
				if strings.HasSuffix(k, " "+tt.top+tt.under) {
					joined = true
				}
			}
			if split := !joined && len(got) > 1 && strings.HasSuffix(got[0], " "+tt.top) && strings.HasSuffix(got[1], " "+tt.under); split != tt.split {
				t.Errorf("split = %v, want %v:\n%s", split, tt.split, strings.Join(got, "\n"))
			}
			roundTrip(t, d)
		})
	}
}
