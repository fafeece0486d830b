package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// serviceBoxStory is a Taiwan print story of 18 characters a line that a
// service box under a ■ head closes, its rows set with no blank line
// between; a blank line, then the next story's two title lines.
const serviceBoxStory = "長照據點明年增設200處\n衛福部：補助加碼三成\n\n記者王怡君／台北報導\n\n" +
	"衛福部昨天公布明年長照計畫，將在全國\n增設200處社區據點，補助經費較今年增\n加三成，偏鄉據點優先。\n\n" +
	"■申請資訊\n\n"

// serviceBoxNext is the next story after the box: a kicker over its
// headline, a credit, a paragraph.
const serviceBoxNext = "\n\n冬至湯圓買氣旺\n傳統市場排隊人潮湧現\n\n記者陳志明／台中報導\n\n" +
	"冬至將至，台中各傳統市場湯圓攤位昨天\n湧現排隊人潮，業者預估銷量較去年增加\n兩成。\n"

// TestServiceBoxRows: a service box's rows of Taiwan, Hong Kong and the
// mainland, its inquiry's (查詢：, 洽詢：, 查询：), a phone line's
// (諮詢專線：1922, 服務專線：…, 咨询热线：…), and a row of a label the
// reader does not list set right under or over another row (承辦窗口：),
// are a paragraph each wherever they stand in the box: never the next
// story's headline, whose own title lines stay a kicker and headline.
// A source-speaking title after a blank line under a finished paragraph
// stays the next story's headline.
func TestServiceBoxRows(t *testing.T) {
	for _, tt := range []struct {
		name string
		rows []string
	}{
		{"查詢 last", []string{"對象：65歲以上長者", "地點：各縣市長照中心", "查詢：衛福部網站或1966專線"}},
		{"洽詢 last", []string{"對象：65歲以上長者", "地點：各縣市長照中心", "洽詢：各縣市衛生局"}},
		{"專線 over a figure", []string{"對象：65歲以上長者", "地點：各縣市長照中心", "諮詢專線：1966"}},
		{"服務專線", []string{"對象：65歲以上長者", "服務專線：0800-123-456"}},
		{"查詢 in the middle", []string{"對象：65歲以上長者", "查詢：衛福部網站或1966專線", "地點：各縣市長照中心"}},
		{"unlisted label last", []string{"對象：65歲以上長者", "地點：各縣市長照中心", "承辦窗口：各縣市衛生局"}},
		{"unlisted label first", []string{"承辦窗口：各縣市衛生局", "對象：65歲以上長者", "地點：各縣市長照中心"}},
		{"simplified", []string{"对象：65岁以上老人", "地点：各区社区服务中心", "查询：市民政局网站"}},
		{"hotline", []string{"对象：65岁以上老人", "咨询热线：12345"}},
	} {
		d := mustRead(t, serviceBoxStory+strings.Join(tt.rows, "\n")+serviceBoxNext)
		for _, r := range tt.rows {
			if n := nodeWithText(d, r); n == nil || n.Kind != doc.KindParagraph {
				t.Errorf("%s: %s: got %s, want a paragraph of its own\n%s", tt.name, r, creditFields(n), outline(d, false))
			}
		}
		if n := nodeWithText(d, "傳統市場排隊人潮湧現"); n == nil || n.Kind != doc.KindHeadline {
			t.Errorf("%s: the next story's headline lost\n%s", tt.name, outline(d, false))
		}
		if n := nodeWithText(d, "冬至湯圓買氣旺"); n == nil || n.Kind != doc.KindKicker {
			t.Errorf("%s: the next story's kicker lost\n%s", tt.name, outline(d, false))
		}
		roundTrip(t, d)
	}
	// Look-alikes: a source-speaking title standing apart from any box,
	// after a blank line under a finished paragraph, is still a headline.
	page := "長照據點明年增設200處\n\n記者王怡君／台北報導\n\n衛福部昨天公布明年長照計畫，將在全國\n增設200處社區據點。\n\n" +
		"氣象署：周三起轉涼\n北部低溫下探13度\n\n記者陳志明／台北報導\n\n中央氣象署預報，周三起一波寒流南下，\n北部低溫將下探13度。\n"
	d := mustRead(t, page)
	if n := nodeWithText(d, "氣象署：周三起轉涼"); n == nil || n.Kind != doc.KindHeadline {
		t.Errorf("a source-speaking title apart from a box: got %s, want a headline\n%s", creditFields(n), outline(d, false))
	}
	roundTrip(t, d)
	// A source-speaking title right under a box's last row with no
	// blank line, the next story's credit under it, is no row of the
	// box (review page b1).
	page = "社区开展义诊活动\n本报讯 昨日，社区卫生服务中心开展义诊活动，居民纷纷前来。\n地点：市民中心\n咨询电话：12345\n" +
		"专家：警惕冬季流感\n本报讯（记者 王明）入冬以来，本市流感病例有所增加。\n"
	d = mustRead(t, page)
	if n := nodeWithText(d, "专家：警惕冬季流感"); n == nil || n.Kind == doc.KindParagraph {
		t.Errorf("a source-speaking title under a box: got %s, want a title\n%s", creditFields(n), outline(d, false))
	}
	roundTrip(t, d)
}

// TestLabelValueRow: a row's shape whatever its label, two to four Han,
// one colon, a value with no sentence or clause ended; no sentence, no
// label of one character or of more than four, no second colon.
func TestLabelValueRow(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"承辦窗口：各縣市衛生局", true},
		{"查詢：衛福部網站或1966專線", true},
		{"報名網站：各區公所", true},
		{"問：這次補助多少", false}, // (one Han: no label)
		{"衛福部：補助將加碼。", false},
		{"對象：65歲以上長者，", false},
		{"中央流行疫情指揮中心：明起解封", false},
		{"記者：請問：何時開始", false},
	} {
		if got := labelValueRow(tt.s); got != tt.want {
			t.Errorf("labelValueRow(%s) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
