package newstext

import "testing"

// TestBlind32PaperDian: 人民日报海外版's 本报电, with no place and no date,
// is a dateline as 本报讯 is when a space parts it from the text (blind
// page cn-rmhwb-benbaodian); a headline over it starts a new article.
// 本报电话 and 本报电视台 run on are words of a sentence.
func TestBlind32PaperDian(t *testing.T) {
	wantKinds(t, "海外侨胞可在线办理国内驾照换领\n　　本报电　公安部交通管理局近日推出便民新举措。\n",
		"headline 海外侨胞可在线办理国内驾照换领", "dateline 本报电", "paragraph 公安部交通管理局近日推出便民新举措。")
	wantKinds(t, "# 新举措\n\n本报电话已经开通，读者可来电咨询。\n",
		"headline 新举措", "paragraph 本报电话已经开通，读者可来电咨询。")
	wantKinds(t, "# 新举措\n\n本报电视台记者近日走访了多个小区。\n",
		"headline 新举措", "paragraph 本报电视台记者近日走访了多个小区。")
}
