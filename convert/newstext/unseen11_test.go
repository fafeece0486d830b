package newstext

import (
	"strings"
	"testing"
)

// Forms from an eleventh round of blind pages (December 2026), each
// tested on original text of its own.

// TestBareJumpLine: a cross-reference alone on its line with no brackets
// (相關新聞見B2, 详见第5版, 转第8版) is a jump, not the headline of the
// next story, which stays its headline.
func TestBareJumpLine(t *testing.T) {
	page := "聯合晚報　2026年6月2日　星期二　A5　地方\n" +
		"淡水河左岸自行車道完工　週末開放\n" +
		"〔記者王明德／新北報導〕新北市水利局昨表示，淡水河左岸自行車道延伸工程已經完工，週末起開放民眾騎乘。\n" +
		"水利局指出，新路段全長約3.2公里，沿線設有休憩站及飲水機。\n" +
		"相關新聞見B2\n" +
		"板橋圖書館夜間延長開放\n" +
		"〔記者陳淑芬／新北報導〕新北市立圖書館板橋總館下月起延長夜間開放時間至晚間10點。\n"
	got := strings.Join(pageLeafKinds(mustRead(t, page)), "\n")
	wantIn(t, got, "jump 相關新聞見B2\nheadline 板橋圖書館夜間延長開放")
	for _, s := range []string{"相關新聞見B2", "详见第5版", "見第4版", "转第8版", "相关报道见A3"} {
		if !isBareJump(s) || leadingJump(s) != len(s) {
			t.Errorf("%s: not a bare jump", s)
		}
	}
	for _, s := range []string{"见面会", "转第三", "详见附件", "接第一名选手的回答说道明天见第二位"} {
		if isBareJump(s) {
			t.Errorf("%s: read as a bare jump", s)
		}
	}
}
