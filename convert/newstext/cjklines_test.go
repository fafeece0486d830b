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

// TestCJKSentenceLinesNoMeasure: web copy with a paragraph on each line
// and a caption line that ends with its photo credit, not a full stop:
// the caption stops far short of the paragraphs' lines, so no line is at
// a wrap width and the paragraphs stay apart. Hard-wrapped lines where
// the lines left open are as wide as the rest stay wrapped.
func TestCJKSentenceLinesNoMeasure(t *testing.T) {
	wantKinds(t, "港區新建自行車道啟用\n\n新道路沿著舊碼頭延伸，市民昨天騎車試乘。圖／本報資料照片\n港務局昨天宣布，沿著舊碼頭興建的自行車道正式啟用，全長約六點五公里，串連三座公園與兩處觀景平台，平日也開放夜間照明。\n港務局長表示，車道沿線設有四處租借站，並與市區公共自行車系統互通，民眾可在任一站借車、在另一站歸還。\n附近商家則期待假日人潮帶動生意，也希望市府增設停車空間。\n",
		"headline 港區新建自行車道啟用",
		"caption 新道路沿著舊碼頭延伸，市民昨天騎車試乘。圖／本報資料照片",
		"paragraph 港務局昨天宣布，沿著舊碼頭興建的自行車道正式啟用，全長約六點五公里，串連三座公園與兩處觀景平台，平日也開放夜間照明。",
		"paragraph 港務局長表示，車道沿線設有四處租借站，並與市區公共自行車系統互通，民眾可在任一站借車、在另一站歸還。",
		"paragraph 附近商家則期待假日人潮帶動生意，也希望市府增設停車空間。")
	wrapped := []srcLine{
		{text: "港務局昨天宣布，沿著舊碼頭興建的自行車道正式啟用。"},
		{text: "全長約六點五公里，串連三座公園與兩處觀景平台，平"},
		{text: "日也開放夜間照明。港務局長表示，車道沿線設四處。"},
		{text: "租借站與市區公共自行車系統互通，附近商家則期待假日人潮。"},
		{text: "帶動生意。"},
	}
	if cjkSentenceLines(wrapped) {
		t.Error("hard-wrapped lines taken for one paragraph each")
	}
}
