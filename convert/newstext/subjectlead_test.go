package newstext

import (
	"strings"
	"testing"
)

// TestSubjectLeadInNoDateline: a bracket run in before text that opens by
// repeating it, term and all, is the item's lead-in naming its subject
// (【嘉南電訊】嘉南電訊（01388）宣布，…), never a dateline of a place and 訊
// (place=嘉南電: blind page hk-xingdao-caijing-zhuanlan). Variants: 香港電訊,
// 中興通訊, simplified 华南电讯, a space after the bracket. Look-alikes
// that must not change: 【新加坡讯】 and 【本報訊】 over text, 【明報專訊】,
// a Japanese town's dateline repeated as the place (【松本】松本市の…), the
// company's bracket over text that does not repeat it, a term alone.
func TestSubjectLeadInNoDateline(t *testing.T) {
	for _, c := range []struct {
		s, lang  string
		dateline bool
		place    string
	}{
		{"【嘉南電訊】嘉南電訊（01388）宣布，行政總裁辭任。", "zh-Hant", false, ""},
		{"【香港電訊】香港電訊（06823）公布中期業績。", "zh-Hant", false, ""},
		{"【中興通訊】中興通訊（00763）表示，新品將於明年推出。", "zh-Hant", false, ""},
		{"【华南电讯】华南电讯（01388）宣布，总裁辞任。", "zh-Hans", false, ""},
		{"【嘉南電訊】 嘉南電訊宣布，行政總裁辭任。", "zh-Hant", false, ""},
		// look-alikes
		{"【新加坡讯】新加坡交通部昨日宣布，…", "zh-Hans", true, "新加坡"},
		{"【本報訊】本報記者昨日獲悉，…", "zh-Hant", true, ""},
		{"【明報專訊】明報記者昨日獲悉，…", "zh-Hant", true, ""},
		{"【松本】松本市の松本城で６日、…", "ja", true, "松本"},
		{"【嘉南電訊】公司宣布，行政總裁辭任。", "zh-Hant", true, "嘉南電"},
		{"【訊】訊息如下", "zh-Hant", false, ""},
	} {
		d, _, ok := parseDatelineLang(c.s, c.lang)
		if ok != c.dateline || ok && d.place != c.place {
			t.Errorf("parseDatelineLang(%q) = %+v, %v; want dateline %v, place %q", c.s, d, ok, c.dateline, c.place)
		}
	}
	page := "股壇直擊\n息口見頂　收息股可趁低吸\n黎德明\n" +
		"　　市場普遍預期美國明年上半年開始\n減息，本地收息股近日已見資金吸納。\n" +
		"（筆者為證監會持牌人士，並無持有上述股份）\n財經快訊\n" +
		"　　【星澳娛樂】星澳娛樂（0091\n5）表示，上月博彩收入按年增長12\n%，旗下路氹新酒店將於明年春節前開\n業。\n" +
		"　　【嘉南電訊】嘉南電訊（0138\n8）宣布，行政總裁譚國華因個人理由\n辭任，即日生效，由營運總監蔡穎暫\n代。\n"
	d := mustRead(t, page)
	got := strings.Join(treeOf(d), "\n")
	wantIn(t, got, "  section\n    heading 【星澳娛樂】\n", "  section\n    heading 【嘉南電訊】\n    paragraph 嘉南電訊（01388）宣布，")
	if strings.Contains(got, "dateline") {
		t.Errorf("a dateline:\n%s", got)
	}
	roundTrip(t, d)
}
