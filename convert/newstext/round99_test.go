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

// round99Page is the tw page's first two stories, hard-wrapped at 21,
// with lead standing for the second story's first lines (a dateline's
// line and the lines under it).
func round99Page(lead string) string {
	return "暴風雪狂襲美國中西部\n12死　逾40萬戶停電\n\n" +
		"〔編譯林宛蓉／綜合報導〕今冬第一波強烈暴風\n雪6日起橫掃美國中西部，明尼蘇達、威斯康辛\n和密西根等州累積降雪逾60公分，至少12人\n死亡，超過40萬戶停電，芝加哥歐海爾機場7\n日取消近1800個航班。\n\n" +
		"美國國家氣象局警告，暴風雪將在8日向東北部\n移動，紐約州西部可能出現每小時5公分以上的\n強降雪，呼籲民眾非必要不要開車上路。\n\n" +
		"日本擬放寬外籍看護簽證\n照護人力缺口　估2040年達57萬人\n\n" + lead +
		"技能」簽證的日語門檻由N4下修為N5，並允\n許外籍看護在就職滿3年後攜眷來日，最快明年\n4月上路。\n\n" +
		"日本厚生勞動省推估，隨著戰後嬰兒潮世代全數\n邁入75歲，全國照護人力到2040年將短缺\n約57萬人。不過，部分地方議員擔憂門檻下修\n將影響照護品質，國會審議恐有攻防。\n"
}

// TestDatelineLineGoesOn: on a page wrapped by count, a line opening
// with its story's dateline, its text after it ending no sentence, goes
// on in the line under it however short it stops (an edited copy:
// 〔記者林翠儀／東京報導〕日本政府 / 7日提出…), one paragraph. Look-alikes
// keep their reading: the dateline's line ending its sentence (joined,
// as a page parted by blank lines joins it), an indented line under it,
// the dateline alone on its line, a short line with no dateline.
func TestDatelineLineGoesOn(t *testing.T) {
	const rest = "提出外籍照護人員簽證改革草案，將「特定\n"
	for _, tt := range []struct {
		name, lead, want string
	}{
		{"a figure under it", "〔記者林翠儀／東京報導〕日本政府\n7日" + rest, "paragraph 日本政府7日提出外籍照護人員簽證改革草案"},
		{"an ideograph under it", "〔記者林翠儀／東京7日報導〕日本政府今\n天" + rest, "paragraph 日本政府今天提出外籍照護人員簽證改革草案"},
		{"a translator's dateline", "〔編譯陳思涵／綜合外電報導〕日本政府\n7日" + rest, "paragraph 日本政府7日提出外籍照護人員簽證改革草案"},
		// Look-alikes.
		{"the sentence ended", "〔記者林翠儀／東京報導〕日本政府有意修法。\n7日" + rest, "paragraph 日本政府有意修法。7日提出外籍照護人員簽證改革草案"},
		{"an indented line under it", "〔記者林翠儀／東京報導〕日本政府\n　　7日" + rest, "paragraph 日本政府\nparagraph 7日提出外籍照護人員簽證改革草案"},
		{"the dateline alone", "〔記者林翠儀／東京報導〕\n日本政府7日" + rest, "dateline 〔記者林翠儀／東京報導〕\nparagraph 日本政府7日提出外籍照護人員簽證改革草案"},
		{"no dateline", "日本政府擬修法\n7日" + rest, "7日提出外籍照護人員簽證改革草案"},
	} {
		got := leafLines(t, round99Page(tt.lead))
		if !strings.Contains(got, tt.want) {
			t.Errorf("%s: no %q in:\n%s", tt.name, tt.want, got)
		}
		if tt.name == "no dateline" && strings.Contains(got, "日本政府擬修法7日") {
			t.Errorf("%s: the short line joined:\n%s", tt.name, got)
		}
	}
}
