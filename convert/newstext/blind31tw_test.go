package newstext

import (
	"strings"
	"testing"
)

// TestBlind31WeekdayStamp: a web time stamp with the date's weekday in
// brackets, 2026年12月05日(六) 16:42 (on.cc), （六）, (星期六), is a stamp
// as the bare date and time is: noise under its headline (blind page
// hk-oncc-web-huojing). A lone character outside brackets, or a date
// and weekday with no time, makes none.
func TestBlind31WeekdayStamp(t *testing.T) {
	for _, stamp := range []string{"2026年12月05日(六) 16:42", "2026年12月05日（六） 16:42", "2026年12月05日(星期六) 16:42", "2026年12月05日 星期六 16:42", "2026/12/05(六) 16:42", "2026年12月5日(土) 16:42"} {
		if !isWebStamp(stamp) {
			t.Errorf("isWebStamp(%s) = false, want true", stamp)
		}
		page := "大埔工廈三級火　逾300人疏散\n" + stamp + "\n\n【on.cc東網專訊】大埔工業邨一幢工業大廈今日下午發生火警，暫無人受傷。\n\n起火原因有待調查。\n"
		wantKinds(t, page, "headline 大埔工廈三級火　逾300人疏散", "noise "+stamp, "dateline 【on.cc東網專訊】",
			"paragraph 大埔工業邨一幢工業大廈今日下午發生火警，暫無人受傷。", "paragraph 起火原因有待調查。")
	}
	for _, s := range []string{"2026年12月05日 六 16:42", "2026年12月05日(六)", "2026年12月05日(甲) 16:42", "2026年12月05日 (六 16:42"} {
		if isWebStamp(s) {
			t.Errorf("isWebStamp(%s) = true, want false", s)
		}
	}
}

// TestBlind31PaperCreditNoRole: 中時新聞網's credit line names its reporter
// with no role, after the site's name and a space, 中時新聞網 林志成／台北報導:
// a dateline as 記者林志成／台北報導 is (org the site, the name, the place),
// not a new article's headline (blind page tw-chinatimes-web-hanliu).
// With no paper before it, or none ending as a
// paper's name does, a name and a slash make no dateline.
func TestBlind31PaperCreditNoRole(t *testing.T) {
	tests := []struct {
		credit string
		roles  []string
		names  []string
	}{
		{"中時新聞網 林志成／台北報導", nil, []string{"林志成"}},
		{"中時新聞網　林志成、王小明／台北報導", nil, []string{"林志成", "王小明"}},
		{"中時新聞網／林志成／台北報導", nil, []string{"林志成"}},
	}
	text := "中央氣象署今（5）日表示，今年入冬首波大陸冷氣團今晚起南下。"
	for _, tt := range tests {
		d := mustRead(t, "冷氣團南下　北台灣明晨探12度\n2026/12/05 10:42\n"+tt.credit+"\n"+text+"\n天氣風險公司分析師吳德榮也在臉書提醒，民眾外出應注意保暖。\n")
		if len(d.Articles) != 1 || len(d.Articles[0].Children) < 4 {
			t.Errorf("%s: got %d articles, %s", tt.credit, len(d.Articles), strings.Join(kindsOf(d), " | "))
			continue
		}
		n := d.Articles[0].Children[2]
		if n.Kind != "dateline" || n.Text != tt.credit || n.Org != "中時新聞網" || n.Place != "台北" ||
			strings.Join(n.Roles, ",") != strings.Join(tt.roles, ",") || strings.Join(n.Names, ",") != strings.Join(tt.names, ",") {
			t.Errorf("%s: got %s %q org %q roles %q names %q place %q, want a dateline", tt.credit, n.Kind, n.Text, n.Org, n.Roles, n.Names, n.Place)
		}
		roundTrip(t, d)
	}
	for _, s := range []string{"林志成／台北報導", "中時新聞 林志成／台北報導", "中時新聞網 林志成表示，冷氣團／今晚報導"} {
		if _, _, ok := parseDateline(s); ok {
			t.Errorf("parseDateline(%s) = ok, want no dateline", s)
		}
	}
}

// TestBlind31SplitNameDateline: a reporter's name split by an OCR space
// inside the Taiwanese credit, 記者陳怡 君／新竹報導, is still the
// dateline, its name joined (the text kept), as parseCredit joins a lone
// character after a name in a byline, 谭晓 峰 (blind page
// tw-ocr-kongge-zhubei).
func TestBlind31SplitNameDateline(t *testing.T) {
	for _, credit := range []string{"記者陳怡 君／新竹報導", "〔記者陳怡 君／新竹報導〕"} {
		d := mustRead(t, "竹科聯外道路明年動工\n\n"+credit+"\n\n新竹科學園區聯外交通壅塞多年，縣府昨天宣布明年3月動工。\n")
		kids := d.Articles[0].Children
		if len(kids) < 3 || kids[1].Kind != "dateline" || kids[1].Text != credit || strings.Join(kids[1].Names, ",") != "陳怡君" || kids[1].Place != "新竹" {
			t.Errorf("%s: got %s, want a dateline naming 陳怡君", credit, strings.Join(kindsOf(d), " | "))
		}
		roundTrip(t, d)
	}
}

// kongge is an OCR page wrapped at 20 characters, blocks parted by blank
// lines, stray spaces between its ideographs (blind page
// tw-ocr-kongge-zhubei, the credit's name whole); the block under the
// head opens with a line whose 20th cell OCR read as a space: %s.
const kongge = `竹科聯外道路明年動工

記者陳怡君／新竹報導

新竹科學園區聯外交通壅塞多年，縣府昨 天
宣布，規劃多時的「竹科東側聯外道路」已完
成 環評審查，明年3月動工，預計2029
年底通車。

縣府交通處指出，新道路全長4.2公里，雙
向 四車道，起自竹北市 高鐵特區，銜接園
區 東側的 研發路。通車後，上下班尖峰時
段進出園區的車流 可望減少三成。

縣府規劃的竹科東側 聯外道路路線圖。（圖／新竹縣政府提供）

地主盼合理補償

%s
擔心 補償 金額偏低。縣府表示，將於本月
召開 說明會，依市價辦理徵收，盼年底前
完成 協議價購。

竹北市民代表林 正雄說，地方等這條路等了
十 幾年，「只希望工程 不要再延宕」。
`

// TestBlind31TrailingSpaceCell: on a page wrapped by character count, a
// line whose source ends in a space after one character fewer than the
// count (OCR read the last cell blank) is full, a hard wrap of its
// block, not a title line ended short: the head over it stays a head
// and the block one paragraph.
func TestBlind31TrailingSpaceCell(t *testing.T) {
	page := strings.Replace(kongge, "%s", "沿線居民對道路興建多表支持，但也有地主 ", 1)
	d := mustRead(t, page)
	want := "heading 地主盼合理補償 | paragraph 沿線居民對道路興建多表支持，但也有地主擔心補償金額偏低。縣府表示，將於本月召開說明會，依市價辦理徵收，盼年底前完成協議價購。"
	got := strings.Join(pageLeafKinds(d), " | ")
	if !strings.Contains(got, want) {
		t.Errorf("got %s\nwant %s", got, want)
	}
	roundTrip(t, d)
}
