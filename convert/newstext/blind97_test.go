package newstext

import (
	"strings"
	"testing"
)

// TestKoreanSlashRelayedCaption: a Korean caption closed by a foreign
// agency's photo credit as 뉴시스 sets it, the agency and the wire parted
// by a slash, … 걸어가고 있다. [AP/뉴시스] (blind page
// ko-gukje-web-hanbit), is a caption, as … 있다. [AP=연합뉴스] is: it was
// read as a paragraph. A Hangul agency, round brackets, the other wires,
// a noun's end, and the credit alone on the line under the sentence are
// captions. A place before the slash, a word that is no agency, a paper
// after it, a paragraph's verb before the credit, three sentences, and
// the = form (unchanged) keep their reading.
func TestKoreanSlashRelayedCaption(t *testing.T) {
	const top = "美 중부 기록적 폭설에 항공편 2100편 결항\n\n" +
		"[서울=뉴시스] 김하린 기자 = 미국 중부 지역에 기록적인 폭설이 쏟아지면서 항공편 2100여 편이 결항됐다.\n\n" +
		"캔자스시티 국제공항은 활주로 제설 작업을 위해 한때 운영을 전면 중단했다.\n\n"
	const bottom = "\n\n기상청은 8일까지 눈이 더 내릴 수 있다며 외출을 자제해 달라고 당부했다.\n\nkimharin@newsis.com\n"
	const sent = "6일(현지시간) 미국 미주리주 캔자스시티에서 시민들이 눈 덮인 도로를 걸어가고 있다."
	for _, tt := range []struct {
		name, line, text, want string
	}{
		{"AP", sent + " [AP/뉴시스]", "", "caption"},
		{"Reuters", sent + " [로이터/뉴시스]", "", "caption"},
		{"Xinhua", sent + " [신화/뉴시스]", "", "caption"},
		{"AFP, round", sent + " (AFP/뉴시스)", "", "caption"},
		{"Yonhap", sent + " [EPA/연합뉴스]", "", "caption"},
		{"News1", sent + " [AP/뉴스1]", "", "caption"},
		{"noun's end", "6일(현지시간) 눈에 덮인 미국 캔자스시티 도심 모습. [AP/뉴시스]", "", "caption"},
		{"credit alone", sent + "\n[AP/뉴시스]", sent + " [AP/뉴시스]", "caption"},
		// Look-alikes.
		{"place", sent + " [서울/뉴시스]", "", "paragraph"},
		{"no agency", sent + " [사진/뉴시스]", "", "paragraph"},
		{"a paper", sent + " [AP/한빛일보]", "", "paragraph"},
		{"paragraph's verb", "미주리주 고속도로순찰대는 이틀간 사고 400여 건이 접수됐다고 밝혔다. [AP/뉴시스]", "", "paragraph"},
		{"three sentences", "도로 곳곳에서 사고가 잇따랐다. 3명이 숨졌다. 시민들이 걸어가고 있다. [AP/뉴시스]", "", "paragraph"},
		{"two slashes", sent + " [AP/뉴시스/연합뉴스]", "", "paragraph"},
		{"agency and a word", sent + " [AP 사진/뉴시스]", "", "paragraph"},
		{"equals (unchanged)", sent + " [AP=뉴시스]", "", "caption"},
	} {
		text := tt.text
		if text == "" {
			text = tt.line
		}
		d := mustRead(t, top+tt.line+bottom)
		if got := kindOfText(d, text); got != tt.want {
			t.Errorf("%s: %q read as %q, want %q\n%s", tt.name, text, got, tt.want, outline(d, false))
		}
		roundTrip(t, d)
	}
	for s, want := range map[string]bool{
		"AP/뉴시스": true, "로이터/뉴시스": true, "워싱턴 AP/뉴시스": true, "조선중앙통신/연합뉴스": true, "AFP/뉴스1": true,
		"서울/뉴시스": false, "사진/뉴시스": false, "AP/한빛일보": false, "AP/": false, "/뉴시스": false, "AP/뉴시스/연합뉴스": false,
	} {
		if got := koreanSlashRelayed(s); got != want {
			t.Errorf("koreanSlashRelayed(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMarkedBoxLastRowThenTitles: a box whose rows are each marked with
// one bullet, ■北海漁業協定小檔案 / ●簽署：1977年 / … / ●談判周期：每年一次
// (blind page hk-mingpao-guoji-jianxun), ends where the next story's
// title lines stand under it after a blank line: headline and
// subheadline, as under a paragraph. The title had become the box's last
// paragraph and the subheadline a head of the story above. Variants: a
// title with no digits, ■ rows, three rows, simplified Chinese, an
// unmarked box title. Look-alikes keep their reading: the rows
// themselves (paragraphs), the unmarked box title over them (a
// paragraph), two rows only, rows of mixed marks, rows that are no
// label：value, and the story's text under the box.
func TestMarkedBoxLastRowThenTitles(t *testing.T) {
	const top = "挪威漁業配額談判破裂\n北海鱈魚之爭再起\n\n" +
		"【明報專訊】挪威與歐盟就明年北海鱈魚捕撈\n配額的談判周日在卑爾根破裂，雙方未能就配\n額分配達成共識。\n\n" +
		"歐盟委員會發言人表示，希望雙方在本月20\n日前重回談判桌。\n\n"
	rows4 := "●簽署：1977年\n●締約方：挪威、歐盟\n●涵蓋魚種：鱈魚、鯡魚等7種\n●談判周期：每年一次\n"
	story := func(title, sub string) string {
		return "\n" + title + "\n" + sub + "\n\n" +
			"土耳其東部凡城省周日凌晨發生黎克特制6.\n1級地震，震源深度約10公里。當局表示，\n地震已造成最少12人死亡。\n\n" +
			"土耳其災害與緊急事態管理局說，救援人員正\n在瓦礫中搜索倖存者。\n"
	}
	const title, sub = "土耳其東部黎克特制6.1級地震", "最少12死逾百傷"
	for _, tt := range []struct {
		name, page string
		want       map[string]string
	}{
		{"page", top + "■北海漁業協定小檔案\n" + rows4 + story(title, sub),
			map[string]string{title: "headline", sub: "subheadline", "●談判周期：每年一次": "paragraph"}},
		{"no digits", top + "■北海漁業協定小檔案\n" + rows4 + story("土耳其東部凡城省發生強烈地震", sub),
			map[string]string{"土耳其東部凡城省發生強烈地震": "headline", sub: "subheadline"}},
		{"■ rows", top + "北海漁業協定小檔案\n■簽署：1977年\n■締約方：挪威、歐盟\n■談判周期：每年一次\n" + story(title, sub),
			map[string]string{title: "headline", sub: "subheadline", "■談判周期：每年一次": "paragraph"}},
		{"three rows", top + "■北海漁業協定小檔案\n●簽署：1977年\n●締約方：挪威、歐盟\n●談判周期：每年一次\n" + story(title, sub),
			map[string]string{title: "headline", sub: "subheadline"}},
		{"simplified", "挪威渔业配额谈判破裂\n北海鳕鱼之争再起\n\n本报讯　挪威与欧盟就明年北海鳕鱼捕捞配额的谈判周日破裂，双方未能达成共识。\n\n" +
			"■北海渔业协定小档案\n●签署：1977年\n●缔约方：挪威、欧盟\n●谈判周期：每年一次\n\n土耳其东部发生6.1级地震\n最少12死逾百伤\n\n土耳其东部凡城省周日凌晨发生6.1级地震，当局表示已造成最少12人死亡。\n",
			map[string]string{"土耳其东部发生6.1级地震": "kicker", "最少12死逾百伤": "headline"}},
		{"unmarked box title", top + "北海漁業協定小檔案\n" + rows4 + story(title, sub),
			map[string]string{title: "headline", sub: "subheadline", "北海漁業協定小檔案": "paragraph"}},
		// Look-alikes.
		{"rows, box title (unchanged)", top + "■北海漁業協定小檔案\n" + rows4,
			map[string]string{"■北海漁業協定小檔案": "heading", "●簽署：1977年": "paragraph", "●談判周期：每年一次": "paragraph"}},
		{"unmarked box title at the end (unchanged)", top + "北海漁業協定小檔案\n" + rows4,
			map[string]string{"北海漁業協定小檔案": "paragraph", "●締約方：挪威、歐盟": "paragraph"}},
		{"two rows (unchanged)", top + "■北海漁業協定小檔案\n●簽署：1977年\n●談判周期：每年一次\n" + story(title, sub),
			map[string]string{title: "paragraph", sub: "heading"}},
		{"mixed marks (unchanged)", top + "■北海漁業協定小檔案\n●簽署：1977年\n■締約方：挪威、歐盟\n●談判周期：每年一次\n" + story(title, sub),
			map[string]string{title: "paragraph", sub: "heading"}},
		{"no label：value (unchanged)", top + "■北海漁業協定要點\n●雙方每年談判一次\n●配額按比例分配\n●爭議交由仲裁\n" + story(title, sub),
			map[string]string{title: "paragraph", sub: "heading"}},
		{"text under the box (unchanged)", top + "■北海漁業協定小檔案\n" + rows4 + "\n　　卑爾根漁民協會主席林德說，若明年配額遲遲未定，不少小型漁船將被迫停航。\n",
			map[string]string{"■北海漁業協定小檔案": "heading", "●談判周期：每年一次": "paragraph", "卑爾根漁民協會主席林德說，若明年配額遲遲未定，不少小型漁船將被迫停航。": "paragraph"}},
	} {
		d := mustRead(t, tt.page)
		for text, want := range tt.want {
			if got := kindOfText(d, text); got != want {
				t.Errorf("%s: %q read as %q, want %q\n%s", tt.name, text, got, want, outline(d, false))
			}
		}
		roundTrip(t, d)
	}
}

// TestWireStoryTrailer: a Chinese wire story's closing agency credit run
// on after its last sentence, …完成受損樓宇的安全評估。（路透社） (blind
// page hk-mingpao-guoji-jianxun), is the story's byline, org the agency,
// as （據中央社電） is: it stayed in the paragraph, and in a box of briefs
// each closed so the next item's title was read as one more paragraph.
// Variants: 法新社, simplified 美联社, 歐新社, round ASCII brackets, the
// credit alone on the line under the last line or after a blank line
// (as the normalized text writes it), the briefs' titles.
// Look-alikes keep their reading: a caption's one sentence closed by the
// same credit, the credit alone under a caption or over more text, a
// paragraph of one sentence, a photo library's credit, a bracket after
// an unfinished clause, an agency cited in the text, and 共同社 and
// （據中央社電） (split before).
func TestWireStoryTrailer(t *testing.T) {
	const top = "土耳其東部黎克特制6.1級地震\n最少12死逾百傷\n\n" +
		"土耳其東部凡城省周日凌晨發生黎克特制6.\n1級地震，震源深度約10公里。當局表示，\n地震已造成最少12人死亡。\n\n" +
		"救援人員在凡城一座倒塌的民居搜救。（路透社）\n\n"
	const last = "凡城省長表示，已在市內設立多個臨時安置點。他又說，當局會在兩周內完成安全評估。"
	for _, tt := range []struct {
		name, page string
		want, not  []string
	}{
		{"page", top + last + "（路透社）\n", []string{"paragraph " + last, "byline （路透社）", "caption 救援人員在凡城一座倒塌的民居搜救。（路透社）"}, nil},
		{"AFP", top + last + "（法新社）\n", []string{"paragraph " + last, "byline （法新社）"}, nil},
		{"AP, simplified", "美国中部暴雪致航班大面积取消\n\n美国中部地区遭遇罕见暴雪。当局已宣布十个州进入紧急状态，数千航班取消。（美联社）\n",
			[]string{"paragraph 美国中部地区遭遇罕见暴雪。当局已宣布十个州进入紧急状态，数千航班取消。", "byline （美联社）"}, nil},
		{"EPA", top + last + "（歐新社）\n", []string{"paragraph " + last, "byline （歐新社）"}, nil},
		{"round ASCII", top + last + "(路透社)\n", []string{"paragraph " + last, "byline (路透社)"}, nil},
		{"alone under the last line", top + "凡城省長表示，已在市內設立多個臨時安\n置點。他又說，當局會在兩周內完成安全評估。\n（路透社）\n", []string{"paragraph " + last, "byline （路透社）"}, nil},
		{"briefs", "國際簡訊\n\n智利南部山火　逾千人疏散\n\n智利南部阿勞卡尼亞大區周日發生山火。當局已疏散逾千名居民。（法新社）\n\n" +
			"印尼火山噴發　航班取消\n\n印尼東部一座火山周日再度噴發。鄰近機場關閉，數十班航班取消。\n（路透社）\n\n" +
			"英國郵差罷工　聖誕郵件恐延誤\n\n英國逾2萬名郵差將於本月15日起罷工3天。郵政公司表示，將盡量減少影響。（法新社）\n",
			[]string{"kicker 國際簡訊", "headline 智利南部山火　逾千人疏散", "headline 印尼火山噴發　航班取消", "headline 英國郵差罷工　聖誕郵件恐延誤", "byline （路透社）", "byline （法新社）"}, nil},
		{"alone after a blank line", top + last + "\n\n（路透社）\n", []string{"paragraph " + last, "byline （路透社）"}, nil},
		{"alone over a kicker and a marked headline", top + last + "\n\n（路透社）\n\n國際簡訊\n\n# 智利南部山火　逾千人疏散\n\n　　智利南部周日發生山火。當局已疏散逾千名居民。\n",
			[]string{"paragraph " + last, "byline （路透社）", "headline 智利南部山火　逾千人疏散"}, nil},
		// Look-alikes.
		{"alone under a caption (unchanged)", top + last + "\n\n救援人員在凡城搜救。\n\n（路透社）\n", nil, []string{"byline"}},
		{"alone over more text (unchanged)", top + last + "\n\n（路透社）\n\n他又說，救援工作仍在進行。當局呼籲市民保持冷靜。\n", nil, []string{"byline"}},
		{"caption (unchanged)", top + last + "\n", []string{"caption 救援人員在凡城一座倒塌的民居搜救。（路透社）", "paragraph " + last}, []string{"byline （路透社）"}},
		{"one sentence (unchanged)", top + "凡城省長表示，已在市內設立多個臨時安置點，當局會在兩周內完成安全評估。（路透社）\n",
			[]string{"paragraph 凡城省長表示，已在市內設立多個臨時安置點，當局會在兩周內完成安全評估。（路透社）"}, nil},
		{"photo library (unchanged)", top + last + "（達志影像）\n", []string{"paragraph " + last + "（達志影像）"}, nil},
		{"unfinished clause (unchanged)", top + "凡城省長表示，已設立臨時安置點。消息來自外電報道，包括（路透社）\n",
			[]string{"paragraph 凡城省長表示，已設立臨時安置點。消息來自外電報道，包括（路透社）"}, nil},
		{"agency in the text (unchanged)", top + "凡城省長表示，已設立臨時安置點。他對路透社說，當局會完成評估。\n",
			[]string{"paragraph 凡城省長表示，已設立臨時安置點。他對路透社說，當局會完成評估。"}, []string{"byline"}},
		{"Kyodo (unchanged)", top + last + "（共同社）\n", []string{"paragraph " + last, "byline （共同社）"}, nil},
		{"CNA reprint (unchanged)", top + last + "（據中央社電）\n", []string{"paragraph " + last, "byline （據中央社電）"}, nil},
	} {
		d := mustRead(t, tt.page)
		got := "\n" + strings.Join(pageLeafKinds(d), "\n") + "\n"
		for _, w := range tt.want {
			if !strings.Contains(got, "\n"+w+"\n") {
				t.Errorf("%s: no %q in\n%s", tt.name, w, outline(d, false))
			}
		}
		for _, w := range tt.not {
			if strings.Contains(got, "\n"+w) {
				t.Errorf("%s: %q in\n%s", tt.name, w, outline(d, false))
			}
		}
		roundTrip(t, d)
	}
}
