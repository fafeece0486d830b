package newstext

import (
	"strings"
	"testing"
)

// TestPostedCorrespondentDateline: a Taiwanese paper's foreign
// correspondent's dateline, the post 駐X特派員 where 記者 stands
// (〔駐日特派員林翠儀／東京7日報導〕, 自由時報), is the dateline, the post
// its role; the day after the place is its date (東京7日: place 東京,
// date 7日), as it is after 記者. Look-alikes: no post, a post with no
// name, 駐 in a sentence, a place with no date.
func TestPostedCorrespondentDateline(t *testing.T) {
	for in, want := range map[string]string{
		"駐日特派員林翠儀／東京7日報導":  "駐日特派員|林翠儀|東京|7日",
		"駐美特派員曹郁芬／華盛頓6日報導": "駐美特派員|曹郁芬|華盛頓|6日",
		"駐歐特派員胡蕙寧／布魯塞爾報導":  "駐歐特派員|胡蕙寧|布魯塞爾|",
		"驻日特派员林翠仪／东京7日报道":  "驻日特派员|林翠仪|东京|7日",
		"記者林翠儀／東京7日報導":     "記者|林翠儀|東京|7日",
		"記者林家豪／台中12月7日報導":  "記者|林家豪|台中|12月7日",
		// Look-alikes.
		"記者林家豪／台中報導":          "記者|林家豪|台中|",
		"編譯陳思涵／綜合外電報導":        "編譯|陳思涵||",
		"駐日特派員／東京報導":          "",
		"駐日代表謝長廷／東京報導":        "",
		"駐日特派員林翠儀說，日本政府／東京報導": "",
		"特派員林翠儀／東京報導":         "",
		"駐日本國大使館特派員林翠儀／東京報導":  "",
	} {
		d, rest, ok := reporterDateline(in)
		got := ""
		if ok && rest == "" {
			got = strings.Join(d.roles, ",") + "|" + strings.Join(d.names, ",") + "|" + d.place + "|" + d.date
		}
		if got != want {
			t.Errorf("reporterDateline(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPostedCorrespondentStory: under a caption and a blank line, a title
// pair over a story the posted correspondent's dateline opens is the next
// story's title group, not paragraphs of the story above; a 記者
// dateline with its date reads the same way.
func TestPostedCorrespondentStory(t *testing.T) {
	above := "暴風雪狂襲美國中西部\n12死　逾40萬戶停電\n\n〔編譯林宛蓉／綜合報導〕今冬第一波強烈暴風\n雪6日起橫掃美國中西部，至少12人死亡。\n\n美國明尼蘇達州市民6日在大雪中推著受困的汽車前進。（美聯社）\n\n"
	for _, role := range []string{"駐日特派員", "記者"} {
		page := above + "日本擬放寬外籍看護簽證\n照護人力缺口　估2040年達57萬人\n\n〔" + role + "林翠儀／東京7日報導〕日本政府\n7日提出外籍照護人員簽證改革草案，最快明年\n4月上路。\n"
		d := mustRead(t, page)
		if got := headlines(d); got != "暴風雪狂襲美國中西部 / 日本擬放寬外籍看護簽證" {
			t.Errorf("%s: articles: %s", role, got)
		}
		wantIn(t, leafLines(t, page), "dateline 〔"+role+"林翠儀／東京7日報導〕")
	}
}

// TestBriefCornerName: a column's name alone in its block (國際拾零),
// after the story above signed off (（中央社）, its photo's caption under
// it), straight over two or more bulleted briefs each over its text, is
// the column's headline, an article of its own, the briefs its sections.
// Look-alikes keep their reading: the name after a paragraph or caption
// with no signature above, over one brief, over bullets with no text
// under them.
func TestBriefCornerName(t *testing.T) {
	signed := "德國國會通過新能源法案\n家用太陽能補助加碼\n\n〔編譯陳思涵／綜合外電報導〕德國聯邦議院7日三讀通過修正案。\n\n德國經濟部長表示，新法目標是讓裝置容量倍增。（中央社）\n\n"
	unsigned := "德國國會通過新能源法案\n家用太陽能補助加碼\n\n〔編譯陳思涵／綜合外電報導〕德國聯邦議院7日三讀通過修正案。\n\n德國經濟部長表示，新法目標是讓裝置容量倍增。\n\n"
	caption := "德國柏林一棟公寓屋頂7日加裝太陽能板。（路透）\n\n"
	items := "◎首爾地鐵罷工落幕\n\n南韓首爾地鐵工會7日與營運公司達成薪資協議，罷工宣告結束。\n\n◎羅浮宮明年調漲門票\n\n法國巴黎羅浮宮7日宣布，明年1月起調漲門票。\n\n"
	third := "◎紐西蘭企鵝寶寶破紀錄\n\n紐西蘭保育團體7日表示，今年共孵化幼鳥214隻。\n"
	for _, tt := range []struct {
		name, page, corner string
		want               bool
	}{
		{"signed, caption", signed + caption + "國際拾零\n\n" + items + third, "國際拾零", true},
		{"signed, no caption", signed + "國際拾零\n\n" + items, "國際拾零", true},
		{"two captions", signed + caption + "德國一處儲能設備。（路透）\n\n國際萬花筒\n\n" + items, "國際萬花筒", true},
		{"simplified, byline apart", "德国议会通过新能源法案\n\n【编译陈思涵／综合外电报道】德国联邦议院7日三读通过修正案。\n\n（新华社）\n\n国际拾零\n\n◎首尔地铁罢工落幕\n\n韩国首尔地铁工会7日与运营公司达成协议。\n\n◎卢浮宫明年上调门票\n\n法国巴黎卢浮宫7日宣布，明年1月起上调门票。\n", "国际拾零", true},
		// Look-alikes.
		{"no signature above", unsigned + "國際拾零\n\n" + items, "國際拾零", false},
		{"caption, no signature", unsigned + caption + "國際拾零\n\n" + items, "國際拾零", false},
		{"one brief", signed + caption + "國際拾零\n\n" + third, "國際拾零", false},
		{"bullets with no text", signed + "國際拾零\n\n◎首爾地鐵罷工落幕\n◎羅浮宮明年調漲門票\n◎紐西蘭企鵝寶寶破紀錄\n", "國際拾零", false},
	} {
		d := mustRead(t, tt.page)
		got := strings.Contains(" / "+headlines(d)+" / ", " / "+tt.corner+" / ")
		if got != tt.want {
			t.Errorf("%s: %s a headline = %v, want %v; articles: %s", tt.name, tt.corner, got, tt.want, headlines(d))
		}
		if tt.want {
			last := d.Articles[len(d.Articles)-1]
			if n := len(last.Children); n == 0 || last.Headline() != tt.corner {
				t.Errorf("%s: the briefs are not the corner's", tt.name)
			}
		}
	}
}
