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

// TestCJKSentenceLinesHungMark: on a page wrapped at a narrow measure
// (a local paper's 14-character column), the only lines wide enough to
// count are those a comma or full stop hung past the measure carries
// there, so they end a sentence by the typesetter's rule: they say
// nothing of one paragraph a line, and the paragraph goes on under them
// (Japanese and Chinese columns; a standing box's ▽ entry, whose tail
// under a full line ending in 。 was cut off, blind page
// ja-chiho-moyooshi). Web copy with a paragraph a line, some of them as
// short as such a line, keeps its paragraphs.
func TestCJKSentenceLinesHungMark(t *testing.T) {
	tests := []struct {
		name, page string
		want       []string
	}{
		{"ja column", "市民会館の改修が完了\n　【松本】改修工事を進めてい\nた市民会館が完成し、記念式典\nを開いた。市長ら約百人が出席。\n大ホールの座席を全て入れ替え\nて音響設備も一新した。\n　市によると、改修費は約１２\n億円で、国の交付金も活用した。\n来年度から貸し出しを始める。\n（中村真理）\n", []string{
			"headline 市民会館の改修が完了",
			"dateline 【松本】",
			"paragraph 改修工事を進めていた市民会館が完成し、記念式典を開いた。市長ら約百人が出席。大ホールの座席を全て入れ替えて音響設備も一新した。",
			"paragraph 市によると、改修費は約１２億円で、国の交付金も活用した。来年度から貸し出しを始める。",
			"byline （中村真理）"}},
		{"zh column", "市民中心改造完工\n　本报讯　改造工程进行了一年\n的市民中心近日完工，昨天举行\n了启用仪式。百名市民到场参加。\n大厅座椅全部更换，音响设备也\n全部更新了。\n　据介绍，改造费用约一千二百\n万元，由市财政和社会捐助承担。\n明年起对外开放预约。\n（记者　王芳）\n", []string{
			"headline 市民中心改造完工",
			"dateline 本报讯",
			"paragraph 改造工程进行了一年的市民中心近日完工，昨天举行了启用仪式。百名市民到场参加。大厅座椅全部更换，音响设备也全部更新了。",
			"paragraph 据介绍，改造费用约一千二百万元，由市财政和社会捐助承担。明年起对外开放预约。"}},
		{"web copy (not)", "市民会館の改修が完了\n\n松本市は５日、改修工事を進めていた市民会館が完成したと発表した。\n式典は午前１０時から開かれた。\n市長ら約百人が出席し、テープカットで完成を祝った。\n改修費は約１２億円で、国の交付金も活用した。\n", []string{
			"headline 市民会館の改修が完了",
			"paragraph 松本市は５日、改修工事を進めていた市民会館が完成したと発表した。",
			"paragraph 式典は午前１０時から開かれた。",
			"paragraph 市長ら約百人が出席し、テープカットで完成を祝った。",
			"paragraph 改修費は約１２億円で、国の交付金も活用した。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantKinds(t, tt.page, tt.want...) })
	}
	hung := []srcLine{
		{text: "日午後５時〜８時、松本城公園。"},
		{text: "無料"},
		{text: "後１時、安曇野市中央公民館。"},
		{text: "定員２０人"},
		{text: "ていたとみて原因を調べている。"},
		{text: "（中村真理）"},
	}
	if cjkSentenceLines(hung) {
		t.Error("lines wide only by a hung full stop taken for one paragraph each")
	}
}
