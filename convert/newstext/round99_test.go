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
