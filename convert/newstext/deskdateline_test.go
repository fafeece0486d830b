package newstext

import (
	"strings"
	"testing"
)

// TestDeskDateline: a Taiwanese paper's newsroom desk credited in place of
// a reporter, in any of the brackets, before a compiled, feature, joint or
// placed report, is the dateline (blind page tw-ocr-tiyu: only
// 〔即時新聞／綜合報導〕 was known, and 〔體育中心／綜合報導〕 stayed in the
// paragraph). Look-alikes stay text: a desk with no report after it, an
// institution's note or photo credit, a desk word with no beat, a place
// too long to be one.
func TestDeskDateline(t *testing.T) {
	for _, tt := range []struct {
		in, text, place, rest string
	}{
		{"〔體育中心／綜合報導〕中職台灣大賽", "〔體育中心／綜合報導〕", "", "中職台灣大賽"},
		{"〔財經中心／綜合報導〕台股今天", "〔財經中心／綜合報導〕", "", "台股今天"},
		{"〔國際新聞中心／綜合報導〕美國", "〔國際新聞中心／綜合報導〕", "", "美國"},
		{"〔財經頻道／綜合報導〕台積電", "〔財經頻道／綜合報導〕", "", "台積電"},
		{"〔即時新聞／綜合報導〕中央氣象署", "〔即時新聞／綜合報導〕", "", "中央氣象署"},
		{"〔生活中心／專題報導〕少子化", "〔生活中心／專題報導〕", "", "少子化"},
		{"〔地方中心／連線報導〕各縣市", "〔地方中心／連線報導〕", "", "各縣市"},
		{"〔政治中心／台北報導〕立法院", "〔政治中心／台北報導〕", "台北", "立法院"},
		{"〔社會中心／台北即時報導〕警方", "〔社會中心／台北即時報導〕", "台北", "警方"},
		{"【娛樂中心／綜合報導】金曲獎", "【娛樂中心／綜合報導】", "", "金曲獎"},
		{"（政治組／台北報導）總統府", "（政治組／台北報導）", "台北", "總統府"},
		{"〔體育中心/綜合報導〕中職", "〔體育中心/綜合報導〕", "", "中職"},
		{"〔国际中心／综合报道〕美国", "〔国际中心／综合报道〕", "", "美国"},
	} {
		d, rest, ok := parseDatelineLang(tt.in, "zh-Hant")
		if !ok {
			t.Errorf("%q: not a dateline", tt.in)
			continue
		}
		if d.text != tt.text || d.place != tt.place || d.org != "" || rest != tt.rest || len(d.names) > 0 {
			t.Errorf("%q: text %q place %q org %q names %v rest %q; want %q place %q, no org, rest %q", tt.in, d.text, d.place, d.org, d.names, rest, tt.text, tt.place, tt.rest)
		}
	}
	for _, in := range []string{
		"〔體育中心〕中職台灣大賽",        // no report
		"〔體育中心／攝影〕中職台灣大賽",     // a photo credit's word
		"（疾管中心／提供）資料顯示",       // an institution's handout
		"〔衛福部／說明〕長照",          // a note, no report
		"〔中心／綜合報導〕中職",         // a desk word with no beat
		"〔體育中心／新北市板橋區報導〕中職",   // no place so long
		"〔ABC中心／綜合報導〕中職",      // no beat of Latin letters
		"（運動部／綜合）中職台灣大賽第七戰昨晚", // no report word
	} {
		if d, _, ok := parseDatelineLang(in, "zh-Hant"); ok {
			t.Errorf("%q: dateline %+v, want none", in, d)
		}
	}
	// On a page with no blank lines, under the titles: the dateline,
	// then the paragraph.
	for _, dl := range []string{"〔體育中心／綜合報導〕", "【財經中心／綜合報導】", "（政治中心／台北報導）"} {
		d := mustRead(t, "悍將延長賽再見勝\n睽違九年奪總冠軍\n　　"+dl+"中職台\n灣大賽第七戰昨晚在新莊棒球場開打，\n富邦悍將再度奪下總冠軍。\n　　悍將先發投手主投七局。\n")
		if k := kindOfText(d, dl); k != "dateline" {
			t.Errorf("%s: %s\n%s", dl, k, outline(d, false))
		}
		if o := outline(d, false); !strings.Contains(o, "paragraph 中職台灣大賽第七戰") {
			t.Errorf("%s: paragraph not split off\n%s", dl, o)
		}
		roundTrip(t, d)
	}
}
