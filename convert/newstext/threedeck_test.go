package newstext

import "testing"

// TestThreeDeckHead: three title lines over a Chinese story, the last
// speaking for someone or opening with its dash, are the kicker (引題),
// the main title (主題) and the subtitle (副題); two title lines keep
// their own rules.
func TestThreeDeckHead(t *testing.T) {
	body := "【本報訊】運輸署昨日公布，新界西巴士路線重組計劃將於下月實施，涉及十八條路線，預計每日約六萬名乘客受影響。\n"
	wantKinds(t, "新界西巴士路線重組方案\n十八條線下月起改道\n運輸署：乘客平均省時五分鐘\n\n"+body,
		"kicker 新界西巴士路線重組方案",
		"headline 十八條線下月起改道",
		"subheadline 運輸署：乘客平均省時五分鐘",
		"dateline 【本報訊】")
	wantKinds(t, "新界西巴士路線重組方案\n十八條線下月起改道\n\n"+body,
		"headline 新界西巴士路線重組方案",
		"subheadline 十八條線下月起改道")
}
