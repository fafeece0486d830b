package newstext

import "testing"

// TestDeskLineNoise: a page's desk line, naming its editor with the art
// editor or proofreader beside (编辑　X　美编　Y　校对　Z), or its desk's
// editors under 本版责编 with their names padded to three cells, is page
// furniture, noise, not a byline (美编 is a role, not a name); the
// article's own editor alone, or with its proofreader, stays its byline.
func TestDeskLineNoise(t *testing.T) {
	for in, want := range map[string]string{
		"编辑　孙丽　美编　郑宇　校对　冯悦": noiseDesk,
		"本版责编：吴　昊　何　静":      noiseDesk,
		"本版責編：吳　昊　何　靜":      noiseDesk,
		"编辑　孙丽":             "",
		"编辑 孙丽 校对 冯悦":       "",
		"责任编辑：王军　校对：张亮":     "",
	} {
		if got := noiseKind(in); got != want {
			t.Errorf("noiseKind(%q) = %q, want %q", in, got, want)
		}
	}
	wantKinds(t, "2026年7月3日　星期五　A06　民生\n编辑　孙丽　美编　郑宇　校对　冯悦\n\n老旧小区加装电梯提速\n\n本报讯　记者从市住建局获悉，今年上半年全市老旧小区新增加装电梯二百一十部，同比增长三成。\n\n本版责编：吴　昊　何　静\n",
		"noise 2026年7月3日　星期五　A06　民生",
		"noise 编辑　孙丽　美编　郑宇　校对　冯悦",
		"headline 老旧小区加装电梯提速",
		"dateline 本报讯",
		"paragraph 记者从市住建局获悉，今年上半年全市老旧小区新增加装电梯二百一十部，同比增长三成。",
		"noise 本版责编：吴　昊　何　静")
}

// TestHKDeskLineNoise: a Hong Kong paper's page foot names the page's
// editor and its layout editor in traditional characters, 責任編輯：周　敏
// 版面設計：黃嘉欣 (文匯報), 美術編輯, 美編, 視覺設計, 版式設計: the page's desk
// line, noise, as its simplified form is (blind round 74, item 2a: it was
// a paragraph, the traditional roles unknown). The editor alone, or with
// the photo editor, stays the story's byline; a role run on to a phrase
// about the page with no colon, 版面設計簡潔明快, is text (it was noise in
// simplified too).
func TestHKDeskLineNoise(t *testing.T) {
	for in, want := range map[string]string{
		"責任編輯：周　敏　版面設計：黃嘉欣":  noiseDesk,
		"責任編輯：周敏　美編：黃嘉欣":     noiseDesk,
		"責任編輯：周敏　視覺設計：黃嘉欣":   noiseDesk,
		"本版編輯：周敏　版式設計：黃嘉欣":   noiseDesk,
		"責任編輯：周　敏　美術編輯：黃嘉欣":  noiseDesk,
		"责任编辑：周　敏　版面设计：黄嘉欣":  noiseDesk,
		"編輯　周敏　美編　黃嘉欣　校對　陳晨": noiseDesk,
		"責任編輯：周　敏":           "",
		"責任編輯：周　敏　圖片編輯：黃嘉欣":  "",
		"版面設計簡潔明快":           "",
		"版面设计简洁明快":           "",
		"版面設計：黃嘉欣負責本版的設計。":   "",
	} {
		if got := noiseKind(in); got != want {
			t.Errorf("noiseKind(%q) = %q, want %q", in, got, want)
		}
	}
	const story = "銀齡就業計劃明年推出\n\n　　【香港文匯報訊】（記者 鄭嘉朗）勞工及福利局昨日公布「銀齡就業資助計劃」細節，僱主聘用60歲或以上的全職僱員，可獲每月4,000元津貼。\n\n"
	wantAllKinds(t, story+"責任編輯：周　敏　版面設計：黃嘉欣\n",
		"article",
		"headline 銀齡就業計劃明年推出",
		"dateline 【香港文匯報訊】",
		"byline （記者 鄭嘉朗）",
		"paragraph 勞工及福利局昨日公布「銀齡就業資助計劃」細節，僱主聘用60歲或以上的全職僱員，可獲每月4,000元津貼。",
		"noise 責任編輯：周　敏　版面設計：黃嘉欣")
	wantAllKinds(t, story+"責任編輯：周　敏\n",
		"article",
		"headline 銀齡就業計劃明年推出",
		"dateline 【香港文匯報訊】",
		"byline （記者 鄭嘉朗）",
		"paragraph 勞工及福利局昨日公布「銀齡就業資助計劃」細節，僱主聘用60歲或以上的全職僱員，可獲每月4,000元津貼。",
		"byline 責任編輯：周　敏")
}

// TestPageEditorAloneNoise: a page's desk line naming only its editor,
// 本版編輯：林少芬 (blind round 77, item 1b, in traditional script: it was
// read as a byline, org 本版), is the page's furniture, noise, as the
// README's clause on 本版编辑 says: 本版 names the page, not the story,
// however few it names. Look-alikes kept: the article's own editor alone,
// 编辑：林少芬, 責任編輯：周　敏, stays its byline, and so does the page's
// editor in brackets closing a digest, （本版编辑：王静）.
func TestPageEditorAloneNoise(t *testing.T) {
	for in, want := range map[string]string{
		"本版編輯：林少芬":  noiseDesk,
		"本版编辑：林少芬":  noiseDesk,
		"本版編輯：林　芬":  noiseDesk,
		"本版责编：林少芬":  noiseDesk,
		"本版主编：王磊":   noiseDesk,
		"编辑：林少芬":    "",
		"編輯：林少芬":    "",
		"責任編輯：周　敏":  "",
		"校对：张亮":     "",
		"（本版编辑：王静）": "",
	} {
		if got := noiseKind(in); got != want {
			t.Errorf("noiseKind(%q) = %q, want %q", in, got, want)
		}
	}
	const story = "寒冬心臟病發個案急增\n\n　　踏入十二月，本港氣溫驟降，各區公立醫院急症室求診人數明顯上升。\n\n"
	wantAllKinds(t, story+"本版編輯：林少芬\n",
		"article", "headline 寒冬心臟病發個案急增",
		"paragraph 踏入十二月，本港氣溫驟降，各區公立醫院急症室求診人數明顯上升。",
		"noise 本版編輯：林少芬")
	wantAllKinds(t, story+"編輯：林少芬\n",
		"article", "headline 寒冬心臟病發個案急增",
		"paragraph 踏入十二月，本港氣溫驟降，各區公立醫院急症室求診人數明顯上升。",
		"byline 編輯：林少芬")
}
