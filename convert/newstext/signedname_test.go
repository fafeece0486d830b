package newstext

import "testing"

// TestSignedNameUnderTitle: a name alone, unpadded, under a commentary's
// headline is its author's byline when the piece closes with a note on
// its author (（作者为…）); with no such note a short line under the
// headline keeps its reading.
func TestSignedNameUnderTitle(t *testing.T) {
	body := "基层减负喊了多年，一些地方的填表任务却不减反增。表格换了名目，数据重复报送，干部疲于应付。\n\n减负要从源头抓起，把该合并的合并、该取消的取消。\n\n"
	wantKinds(t, "别让表格压弯了基层的腰\n周海涛\n\n"+body+"（作者为华东师范大学政治学系讲师）\n",
		"headline 别让表格压弯了基层的腰",
		"byline 周海涛",
		"paragraph 基层减负喊了多年，一些地方的填表任务却不减反增。表格换了名目，数据重复报送，干部疲于应付。")
}
