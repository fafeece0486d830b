package newstext

import (
	"strings"
	"testing"
)

// TestTipLineCallForLeads: a paper's news hotline with its call for
// leads after the number (欢迎提供新闻线索) is a tip line, noise; other
// words after the number keep it text.
func TestTipLineCallForLeads(t *testing.T) {
	for s, want := range map[string]bool{
		"羊城晚报新闻热线：020-87133000　欢迎提供新闻线索": true,
		"新闻热线：020-87133000　欢迎提供线索":       true,
		"新聞熱線：2345-6789　歡迎提供新聞線索":        true,
		// Look-alikes.
		"新闻热线：020-87133000　市民反映问题较多":        false,
		"新闻热线：020-87133000　欢迎提供新闻线索，我们将核实。": false,
		"新闻热线：020-87133000　感谢您的关注":          false,
	} {
		if got := tipLine(s); got != want {
			t.Errorf("tipLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestWeatherBoxAfterBriefs: a weather box's name (天氣) under the last
// bulleted item of a column of briefs opens the box, an article of its
// own, and its rows under the forecast are a paragraph each; the same
// word heading a part of a travel story stays the story's head.
func TestWeatherBoxAfterBriefs(t *testing.T) {
	briefs := "屯門工廈深夜三級火\n\n【東方日報專訊】屯門一幢工業大廈昨晚發生三級火，百多人疏散。\n\n港聞短訊\n\n" +
		"●食物安全中心昨日公布，一個芝麻醬樣本被驗出黃麴毒素超標。\n\n●警方昨日在深水埗拘捕三名男子，涉嫌經營無牌賓館。\n\n"
	box := "天氣\n\n大致天晴，早上清涼，日間乾燥。\n氣溫：最低15度　最高22度\n相對濕度：百分之五十至七十五\n風：東北風三級\n"
	got := leafLines(t, briefs+box)
	for _, want := range []string{"headline 天氣", "paragraph 大致天晴，早上清涼，日間乾燥。\nparagraph 氣溫：最低15度　最高22度\nparagraph 相對濕度：百分之五十至七十五\nparagraph 風：東北風三級"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in:\n%s", want, got)
		}
	}
	// Look-alike: a travel story's parts.
	travel := "秋遊大嶼山\n\n【東方日報專訊】大嶼山秋季遊人漸多，不少市民週末登山。\n\n交通\n\n東涌站乘巴士約四十分鐘\n\n天氣\n\n秋冬之交早晚溫差較大，宜帶備外套。\n"
	if got := leafLines(t, travel); !strings.Contains(got, "heading 天氣") {
		t.Errorf("the travel story's 天氣 head not kept:\n%s", got)
	}
}

// TestDeskLinePageEditor: the page's layout editor alone, 版面編輯：X, is
// the page's desk line, as 本版編輯：X is; an article's editor credit
// alone stays as it was read.
func TestDeskLinePageEditor(t *testing.T) {
	story := "標題一行\n\n【本報訊】正文內容，市民踴躍參加活動。\n\n"
	for line, want := range map[string]string{
		"版面編輯：何美玲": "noise 版面編輯：何美玲",
		"版面编辑：何美玲": "noise 版面编辑：何美玲",
		"本版編輯：何美玲": "noise 本版編輯：何美玲",
		// Look-alike: an article's editor.
		"責任編輯：何美玲": "byline 責任編輯：何美玲",
	} {
		if got := leafLines(t, story+line+"\n"); !strings.Contains(got, want) {
			t.Errorf("%q: no %q in:\n%s", line, want, got)
		}
	}
}

// TestKoreanPaperNotice: a ※ notice in which the paper speaks of itself
// (본지는, 본보는) closing a story is a note; the same words with no mark,
// or a ※ line that is no such notice, stay text.
func TestKoreanPaperNotice(t *testing.T) {
	for s, want := range map[string]bool{
		"※ 본지는 8일자부터 매주 월요일 '우리 동네 일꾼' 코너를 새로 연재합니다.": true,
		"※본보는 다음 주부터 지역 소식을 2개 면으로 확대합니다.":            true,
		// Look-alikes.
		"본지는 8일자부터 매주 월요일 '우리 동네 일꾼' 코너를 새로 연재합니다.": false,
		"※ 도는 내년 하반기 기본설계에 착수합니다.":                  false,
		"※ 본지 독자위원회 정기회의가 열렸다":                      false,
	} {
		if got := isNote(s); got != want {
			t.Errorf("isNote(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestKoreanWeatherRow: a weather box's row, the city, the sky and the
// day's temperatures (광주 맑음 0~9도), is a table's row, so the box's
// rows are paragraphs under its name (오늘의 날씨, an article of its own);
// a phrase with the sky's word, a range with no unit, and dates stay no
// row.
func TestKoreanWeatherRow(t *testing.T) {
	for s, want := range map[string]bool{
		"광주 맑음 0~9도":    true,
		"목포 구름조금 2~10도": true,
		"순천 맑음 -1~10도":  true,
		"서울 흐리고 비 3∼8℃": true,
		// Look-alikes.
		"광주 맑음 속 축제":      false,
		"광주 맑음 0~9":       false,
		"서울 흐림 3~5일":      false,
		"광주시청 맑음 0~9도 예상": false,
	} {
		if got := koreanWeatherRow(s); got != want {
			t.Errorf("koreanWeatherRow(%q) = %v, want %v", s, got, want)
		}
	}
	page := "목포 신항 물동량 사상 최대\n\n[목포=정하늘 기자] 목포신항의 올해 누적 물동량이 11월 말 기준 2100만t을 넘었다.\n\n정하늘 기자 sky@hnsaebyeok.example\n\n" +
		"오늘의 날씨\n\n광주 맑음 0~9도\n목포 구름조금 2~10도\n순천 맑음 -1~10도\n\n아침 기온이 영하권으로 떨어지는 곳이 많겠다.\n"
	got := leafLines(t, page)
	if !strings.Contains(got, "headline 오늘의 날씨\nparagraph 광주 맑음 0~9도\nparagraph 목포 구름조금 2~10도") {
		t.Errorf("the weather box not read:\n%s", got)
	}
}
