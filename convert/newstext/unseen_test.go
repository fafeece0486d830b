package newstext

import (
	"strings"
	"testing"
)

// TestUnseenJumps: cross-references to another page, as Hong Kong, Taiwan
// and Japanese papers print them, are jump lines (issue 10's blind pages:
// hk-takungpao, ja-kyodo-caption).
func TestUnseenJumps(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"相關新聞刊A6", true},
		{"相关报道见第5版", true},
		{"详见A4版", true},
		{"関連記事７面に", true},
		{"２面に続く", true},
		{"３面から続く", true},
		{"下转第三版", true},
		{"相關新聞", false},
		{"７面", false},
		{"相关报道见下文", false},
		{"面に", false},
	}
	for _, tt := range tests {
		if got := isJumpInner(tt.in); got != tt.want {
			t.Errorf("isJumpInner(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestUnseenCaptions: captions the blind pages showed with no 图为/写真は
// cue: a wire or file photo credit after one sentence, a person's position
// mark, an unbracketed supplier credit, the Japanese ＝date、place form and
// News1's © credit. Paragraphs that end the same way stay text.
func TestUnseenCaptions(t *testing.T) {
	tests := []struct {
		in   string
		kind unitKind
	}{
		{"東京一家外匯交易商的看板顯示日圓匯率。（路透社）", uCaption},
		{"南韓國會昨天表決通過低生育對策法修正案。（美聯社）", uCaption},
		{"黄思汉（左二）与地方政府官员推介电子垃圾回收计划。", uCaption},
		{"周立新在雪场了解游客需求。　受访者供图", uCaption},
		{"記者会見する米商務長官＝２日、ワシントン（ロイター＝共同）", uCaption},
		{"視察する首相＝３日午後、首相官邸", uCaption},
		{"3일 오후 시민들이 열차를 기다리고 있다. 2024.12.3/뉴스1 © News1 이영호 기자", uCaption},
		// Two sentences before the credit: a paragraph, not a caption.
		{"氣象署提醒，週末起另一波冷空氣南下。早晚溫差大，民眾外出應注意保暖。（資料照）", uText},
		{"The store features a rooftop garden. (Reuters)", uText},
		// One sentence, but reported speech: a paragraph (tw-ltn-bianyi).
		{"氣象署提醒，週末起另一波冷空氣南下，早晚溫差大，民眾外出應注意保暖。（資料照）", uText},
		{"市长表示，大会通过了决议。他说，这很重要。黄思汉（左二）也参加。", uText},
		{"政府は２日＝資料＝の方針を決めた。", uText},
	}
	for _, tt := range tests {
		if k, _, _ := classifyText(tt.in); k != tt.kind {
			t.Errorf("classifyText(%q) = %s, want %s", tt.in, kindName(k), kindName(tt.kind))
		}
	}
}

// TestUnseenNotNames: a photo source in brackets ending a paragraph is
// no reporter's name (tw-ltn-bianyi: （資料照） was a byline names=資料照).
func TestUnseenNotNames(t *testing.T) {
	for _, s := range []string{"資料照", "路透社", "美聯社", "示意圖"} {
		if c, ok := nameOnlyCredit(s); ok {
			t.Errorf("nameOnlyCredit(%q) = %+v, want no credit", s, c)
		}
	}
	if _, ok := nameOnlyCredit("山田太郎"); !ok {
		t.Error("nameOnlyCredit(山田太郎): want a name")
	}
}

// TestUnseenWireDatelines: the CNA dateline compiled from foreign wires
// and the Liberty Times translator and desk forms (blind pages cna-intl,
// tw-ltn-bianyi).
func TestUnseenWireDatelines(t *testing.T) {
	tests := []struct {
		in, text, org, roles, names, place, date, rest string
	}{
		{"（中央社東京3日綜合外電報導）日圓", "（中央社東京3日綜合外電報導）", "中央社", "", "", "東京", "3日", "日圓"},
		{"（中央社華盛頓2日外電報導）", "（中央社華盛頓2日外電報導）", "中央社", "", "", "華盛頓", "2日", ""},
		{"〔編譯陳佳琪／綜合報導〕南韓", "〔編譯陳佳琪／綜合報導〕", "", "編譯", "陳佳琪", "", "", "南韓"},
		{"〔即時新聞／綜合報導〕中央氣象署", "〔即時新聞／綜合報導〕", "", "", "", "", "", "中央氣象署"},
		{"〔記者林家豪／台中報導〕台中市", "〔記者林家豪／台中報導〕", "", "記者", "林家豪", "台中", "", "台中市"},
		// A translator's credit compiled from foreign wires names no
		// place (綜合外電 is the kind of report, as 綜合 is), and a dated
		// wire dateline may name its agency without 社: the agency is the
		// org, not part of the place (blind page tw-udn-guoji-jiaodian).
		{"編譯陳韻如／綜合外電報導", "編譯陳韻如／綜合外電報導", "", "編譯", "陳韻如", "", "", ""},
		{"〔編譯陳佳琪／綜合外電報導〕南韓", "〔編譯陳佳琪／綜合外電報導〕", "", "編譯", "陳佳琪", "", "", "南韓"},
		{"編譯林宜萱／外電報導", "編譯林宜萱／外電報導", "", "編譯", "林宜萱", "", "", ""},
		{"（路透柏林6日電）德國", "（路透柏林6日電）", "路透", "", "", "柏林", "6日", "德國"},
		{"（彭博紐約5日電）美股", "（彭博紐約5日電）", "彭博", "", "", "紐約", "5日", "美股"},
		{"（路透社柏林6日電）德國", "（路透社柏林6日電）", "路透社", "", "", "柏林", "6日", "德國"},
		{"（法新社開羅6日電）埃及", "（法新社開羅6日電）", "法新社", "", "", "開羅", "6日", "埃及"},
		{"編譯陳韻如／華盛頓報導", "編譯陳韻如／華盛頓報導", "", "編譯", "陳韻如", "華盛頓", "", ""},
	}
	for _, tt := range tests {
		d, rest, ok := parseDatelineLang(tt.in, "zh-Hant")
		if !ok {
			t.Errorf("%q: not a dateline", tt.in)
			continue
		}
		got := []string{d.text, d.org, strings.Join(d.roles, ","), strings.Join(d.names, ","), d.place, d.date, rest}
		want := []string{tt.text, tt.org, tt.roles, tt.names, tt.place, tt.date, tt.rest}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", tt.in, got, want)
		}
	}
	for _, s := range []string{"綜合外電報導指出，日圓走貶", "〔王小明／綜合報導〕", "外電報導", "路透6日報導，德國工業生產下滑", "路透社報導"} {
		if d, _, ok := parseDatelineLang(s, "zh-Hant"); ok {
			t.Errorf("%q: taken as a dateline %+v", s, d)
		}
	}
}

// TestUnseenCommentaryForms: a column label with a role in it is no
// byline, an author's note is one, and 本文来源： is a source line
// (blind pages commentary-author, benbao-xiaoxi).
func TestUnseenCommentaryForms(t *testing.T) {
	tests := []struct {
		in   string
		kind unitKind
	}{
		{"本报评论员文章", uText},
		{"评论员观察", uText},
		{"本报评论员", uByline},
		{"□本报评论员　方　正", uByline},
		{"（作者为市委党校教授）", uByline},
		{"（作者系中国社会科学院研究员）", uByline},
		{"（作者为何要这样写？）", uText},
		{"本文来源：滨海日报", uNoise},
		{"文章来源：新华网", uNoise},
	}
	for _, tt := range tests {
		if k, _, _ := classifyText(tt.in); k != tt.kind {
			t.Errorf("classifyText(%q) = %s, want %s", tt.in, kindName(k), kindName(tt.kind))
		}
	}
}

// TestUnseenJumpCloses: a paragraph ending in a jump line is over on
// this page, so a title line under it may start the next article
// (benbao-xiaoxi: 老旧小区加装保温层 was a paragraph).
func TestUnseenJumpCloses(t *testing.T) {
	for s, want := range map[string]bool{
		"市民遇到问题可拨打12345反映。（下转A3版）":    true,
		"教育界人士認為，政府應盡快公布規劃。（相關新聞刊A6）": true,
		"市民遇到问题可拨打12345反映":            false,
	} {
		if got := closedByCredit(s); got != want {
			t.Errorf("closedByCredit(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestUnseenIndentCounts: on the narrow columns of vertical OCR an
// indented line holds two characters fewer and is no short line: it does
// not end its paragraph (ocr-vertical-narrow: 村民曹大 / 姐一边… was cut in
// two). Without its indent the same line is short.
func TestUnseenIndentCounts(t *testing.T) {
	b := &builder{measure: 14}
	para := srcLine{text: "村民曹大", para: true}
	bare := srcLine{text: "村民曹大"}
	if b.endsShortLine(para, "姐一边翻晒辣") {
		t.Error("an indented line of 4 characters on a 7-character measure ends short")
	}
	if b.clearlyShortLine(para) {
		t.Error("an indented line of 4 characters on a 7-character measure is clearly short")
	}
	if !b.endsShortLine(bare, "姐一边翻晒辣") || !b.clearlyShortLine(bare) {
		t.Error("a line of 4 characters with no indent on a 7-character measure should be short")
	}
}

// TestUnseenTranslatorTrailer: CNA's translation trailer names the
// translator and the checking editor (blind page cna-intl).
func TestUnseenTranslatorTrailer(t *testing.T) {
	c, ok := parseBylineLine("（譯者：陳怡君／核稿：張佩芝）1131203")
	if !ok || strings.Join(c.roles, ",") != "譯者,核稿" || strings.Join(c.names, ",") != "陳怡君,張佩芝" {
		t.Errorf("got %+v %v, want roles 譯者,核稿 names 陳怡君,張佩芝", c, ok)
	}
	// A slash with no colons is left to the forms that use it.
	if c, ok := parseBylineLine("（記者王小明／台北報導）"); ok && len(c.roles) > 1 {
		t.Errorf("（記者王小明／台北報導）: %+v", c)
	}
}
