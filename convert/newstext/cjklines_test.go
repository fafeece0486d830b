package newstext

import "testing"

// TestCJKSentenceLines: wire copy with one paragraph per line and no
// blank line between keeps its paragraphs; hard-wrapped text is joined.
func TestCJKSentenceLines(t *testing.T) {
	wantKinds(t, "冬储白菜上市\n\n新华社济南12月2日电　入冬以来，山东多地冬储大白菜集中上市，批发价格比上月略有下降。\n记者从省农业农村厅获悉，今年全省大白菜种植面积与去年基本持平。\n多地农贸市场延长营业时间，方便市民选购。\n",
		"headline 冬储白菜上市",
		"dateline 新华社济南12月2日电",
		"paragraph 入冬以来，山东多地冬储大白菜集中上市，批发价格比上月略有下降。",
		"paragraph 记者从省农业农村厅获悉，今年全省大白菜种植面积与去年基本持平。",
		"paragraph 多地农贸市场延长营业时间，方便市民选购。")
	wrapped := []srcLine{
		{text: "入冬以来，山东多地冬储大白菜集中上市，批发价格"},
		{text: "比上月略有下降。记者从省农业农村厅获悉，今年全"},
		{text: "省大白菜种植面积与去年基本持平。多地农贸市场延"},
		{text: "长营业时间，方便市民选购。"},
	}
	if cjkSentenceLines(wrapped) {
		t.Error("hard-wrapped lines taken for one paragraph each")
	}
}

// TestCJKSentenceLinesCaption: a caption closed by its credit among the
// one-paragraph lines says nothing of wrapping; the paragraphs stay apart.
func TestCJKSentenceLinesCaption(t *testing.T) {
	lines := []srcLine{
		{text: "台北市社會局昨日宣布，明年將在七個行政區新增十五處公共托育中心。"},
		{text: "社會局長表示，新據點多設在捷運站周邊，方便家長接送。"},
		{text: "社會局長昨宣布公托擴充計畫，現場擠滿家長。（記者攝）"},
		{text: "有家長在社群平台留言，希望市府加快腳步。"},
	}
	if !cjkSentenceLines(lines) {
		t.Error("a caption line made one-paragraph lines read as wrapped")
	}
}
