package newstext

import (
	"testing"
)

// TestBlind86ColumnAfterTrailer: a signed column set under a Hong Kong
// story that closes with its reporter's credit unbracketed, 記者　鄭詠琪
// (blind page hk-hket-dichan-loushi), is an article of its own as it is
// under a finished paragraph: its short name the kicker, its title the
// headline, the columnist's name alone over the text its byline, when a
// note on the author closes it. With no such note, with the credit right
// under the titles (no story above it), with three title lines over the
// name, or a line that is no name, the lines
// keep their reading.
func TestBlind86ColumnAfterTrailer(t *testing.T) {
	const story = "減息效應浮現　上車盤交投急升\n\n" +
		"　　美國聯儲局上周如期減息0.25厘，本港多間銀行隨即跟隨下調最優惠利率，用家入市意慾明顯回升。\n" +
		"　　業界普遍預期，若明年初息口再有下調空間，本地樓價有機會止跌回穩。\n"
	const column = "\n樓市把脈\n減息周期展開　用家宜把握窗口\n梁家樂\n" +
		"　　聯儲局終於踏出減息一步，本港按揭利率亦隨之回落，對上車客而言是實實在在的紓緩。\n" +
		"　　對真正有自住需要的用家而言，現時或許是近年較理想的入市窗口。\n"
	const note = "（作者為恒昇地產代理董事）\n"
	for _, tt := range []struct {
		name, page, line, want string
	}{
		// The column under the trailer: kicker, headline, byline.
		{"trailer", story + "記者　鄭詠琪\n" + column + note, "梁家樂", "byline"},
		{"trailer's headline", story + "記者　鄭詠琪\n" + column + note, "減息周期展開　用家宜把握窗口", "headline"},
		{"trailer's kicker", story + "記者　鄭詠琪\n" + column + note, "樓市把脈", "kicker"},
		{"spaced trailer", story + "記者 鄭詠琪\n" + column + note, "梁家樂", "byline"},
		{"two reporters", story + "記者　鄭詠琪、黃文軒\n" + column + note, "梁家樂", "byline"},
		{"staff reporter", story + "本報記者　鄭詠琪\n" + column + note, "減息周期展開　用家宜把握窗口", "headline"},
		{"blank under the text", story + "\n記者　鄭詠琪\n" + column + note, "梁家樂", "byline"},
		{"disclosure", story + "記者　鄭詠琪\n" + column + "（筆者為證監會持牌人士，並未持有上述股份）\n", "梁家樂", "byline"},
		// Look-alikes.
		{"finished paragraph (unchanged)", story + column + note, "梁家樂", "byline"},
		{"bracketed trailer (unchanged)", story + "（記者鄭詠琪）\n" + column + note, "梁家樂", "byline"},
		{"no author note", story + "記者　鄭詠琪\n" + column, "梁家樂", "heading"},
		{"no author note, title", story + "記者　鄭詠琪\n" + column, "減息周期展開　用家宜把握窗口", "paragraph"},
		{"credit under the titles", "減息效應浮現　上車盤交投急升\n記者　鄭詠琪\n" + column + note, "梁家樂", "heading"},
		{"three title lines", story + "記者　鄭詠琪\n\n樓市把脈\n專家之言\n減息周期展開　用家宜把握窗口\n梁家樂\n　　聯儲局終於踏出減息一步，本港按揭利率亦隨之回落。\n" + note, "梁家樂", "heading"},
		{"no name", story + "記者　鄭詠琪\n\n樓市把脈\n減息周期展開　用家宜把握窗口\n市場前瞻分析\n　　聯儲局終於踏出減息一步，本港按揭利率亦隨之回落。\n" + note, "市場前瞻分析", "heading"},
		{"marked credit, no author note", story + "■記者　鄭詠琪\n" + column, "梁家樂", "heading"},
	} {
		d := mustRead(t, tt.page)
		if got := kindOfText(d, tt.line); got != tt.want {
			t.Errorf("%s: %q read as %q, want %q\n%s", tt.name, tt.line, got, tt.want, outline(d, false))
		}
	}
}

// TestBlind86MarkedBriefTitles: a Chinese column of briefs whose titles
// open with ▲ (or △), each a short line with no sentence punctuation right
// over its dateline (鄉鎮短波 / ▲后里花毯節延長展期 / 〔記者李文宏／后里報導〕…,
// blind page tw-ltn-difang-fengyuan), has each title its brief's
// headline, the marker kept, and the label over the first the kicker;
// so with a head's bullet (● ■ ◆), where the reader took the titles for
// heads of the story above and the label for its paragraph. A lone such
// line, a sentence, a credited caption, a blank line or no dateline under
// it, a long line or one holding a comma or a bracket stay captions; a
// lone head, heads over text, and two bullets stay heads (a ■ sentence
// a caption).
func TestBlind86MarkedBriefTitles(t *testing.T) {
	const story = "大甲文昌公園耶誕點燈\n〔記者黃旭賢／大甲報導〕大甲區文昌公園耶誕光廊昨晚點燈，展期至明年元宵節。\n\n"
	brief := func(title, dateline string) string {
		return title + "\n" + dateline + "后里花毯節因天氣晴朗、花況良好，市府宣布展期延長。\n\n"
	}
	const d1, d2 = "〔記者李文宏／后里報導〕", "〔記者李文宏／霧峰報導〕"
	for _, tt := range []struct {
		name, page, line, want string
	}{
		{"first title", story + "鄉鎮短波\n" + brief("▲后里花毯節延長展期", d1) + brief("▲霧峰農會推米食課程", d2), "▲后里花毯節延長展期", "headline"},
		{"second title", story + "鄉鎮短波\n" + brief("▲后里花毯節延長展期", d1) + brief("▲霧峰農會推米食課程", d2), "▲霧峰農會推米食課程", "headline"},
		{"label", story + "鄉鎮短波\n" + brief("▲后里花毯節延長展期", d1) + brief("▲霧峰農會推米食課程", d2), "鄉鎮短波", "kicker"},
		{"no label", story + brief("▲后里花毯節延長展期", d1) + brief("▲霧峰農會推米食課程", d2), "▲后里花毯節延長展期", "headline"},
		{"white triangle", story + brief("△后里花毯節延長展期", d1) + brief("△霧峰農會推米食課程", d2), "△霧峰農會推米食課程", "headline"},
		{"spaced title", story + brief("▲后里花毯節　延長展期", d1) + brief("▲霧峰農會　推米食課程", d2), "▲后里花毯節　延長展期", "headline"},
		{"simplified", "大甲文昌公园耶诞点灯\n【本报讯】大甲区文昌公园耶诞光廊昨晚点灯，展期至明年元宵节。\n\n" + brief("▲后里花毯节延长展期", "【本报讯】") + brief("▲雾峰农会推米食课程", "【本报讯】"), "▲后里花毯节延长展期", "headline"},
		{"black circles", story + "鄉鎮短波\n" + brief("●后里花毯節延長展期", d1) + brief("●霧峰農會推米食課程", d2), "●霧峰農會推米食課程", "headline"},
		{"black squares", story + "鄉鎮短波\n" + brief("■后里花毯節延長展期", d1) + brief("■霧峰農會推米食課程", d2), "■后里花毯節延長展期", "headline"},
		{"diamonds", story + brief("◆后里花毯節延長展期", d1) + brief("◆霧峰農會推米食課程", d2), "◆霧峰農會推米食課程", "headline"},
		// Look-alikes: captions, and heads.
		{"one line", story + brief("▲后里花毯節延長展期", d1), "▲后里花毯節延長展期", "caption"},
		{"one head", story + brief("■后里花毯節延長展期", d1), "■后里花毯節延長展期", "heading"},
		{"heads over text", story + brief("■后里花毯節延長展期", "") + brief("■霧峰農會推米食課程", ""), "■后里花毯節延長展期", "heading"},
		{"two bullets", story + brief("●后里花毯節延長展期", d1) + brief("■霧峰農會推米食課程", d2), "●后里花毯節延長展期", "heading"},
		{"head sentences", story + brief("■后里花毯節延長展期。", d1) + brief("■霧峰農會推米食課程。", d2), "■后里花毯節延長展期。", "caption"},
		{"a sentence", story + brief("▲后里花毯節延長展期。", d1) + brief("▲霧峰農會推米食課程。", d2), "▲后里花毯節延長展期。", "caption"},
		{"a credit", story + brief("▲后里花毯節延長展期（記者李文宏攝）", d1) + brief("▲霧峰農會推米食課程（記者李文宏攝）", d2), "▲后里花毯節延長展期（記者李文宏攝）", "caption"},
		{"a blank line", story + brief("▲后里花毯節延長展期\n", d1) + brief("▲霧峰農會推米食課程\n", d2), "▲后里花毯節延長展期", "caption"},
		{"no dateline", story + brief("▲后里花毯節延長展期", "") + brief("▲霧峰農會推米食課程", ""), "▲后里花毯節延長展期", "caption"},
		{"a comma", story + brief("▲后里花毯節，延長展期", d1) + brief("▲霧峰農會，推米食課程", d2), "▲后里花毯節，延長展期", "caption"},
		{"a long line", story + brief("▲后里花毯節因天氣晴朗花況良好市府宣布展期延長至本月二十二日", d1) + brief("▲霧峰農會本月推出米食DIY課程每梯次限二十人即日起受理報名", d2), "▲后里花毯節因天氣晴朗花況良好市府宣布展期延長至本月二十二日", "caption"},
		{"a position", story + brief("▲后里區長（中）宣布延長展期", d1) + brief("▲霧峰農會總幹事（左）示範", d2), "▲后里區長（中）宣布延長展期", "caption"},
	} {
		d := mustRead(t, tt.page)
		if got := kindOfText(d, tt.line); got != tt.want {
			t.Errorf("%s: %q read as %q, want %q\n%s", tt.name, tt.line, got, tt.want, outline(d, false))
		}
	}
}

// TestBlind86ContactRow: a Korean notice's contact row, a label (문의,
// 연락처), a colon and a telephone number, alone under an item's last
// sentence (blind page ko-gyoyuk-ipsi-sangdam: ▲… 모집한다. / 문의:
// 031-820-7730), is a paragraph of its own, never glued to the sentence
// nor read as a headline, as a death notice's 빈소: … row is; a label with
// no number, a sentence, a date and a short number are no such row.
func TestBlind86ContactRow(t *testing.T) {
	const head = "겨울방학 교육 소식\n\n"
	const entry = "▲한빛시립중앙도서관은 초등학생을 위한 겨울방학 독서교실을 내년 1월 12일부터\n2주간 운영한다. 학년별로 20명씩 선착순 모집한다.\n"
	const para = "한빛시교육청은 겨울방학을 맞아 내년 1월 8일부터 사흘간 중학생 120명을 대상으로\n진로캠프를 연다. 참가 신청은 오는 20일까지 학교를 통해 받는다.\n"
	const next = "\n한빛대 사범대학은 교사를 위한 연수를 오는 19일 대학 본관에서 연다. 참가비는 무료다.\n"
	for _, tt := range []struct {
		name, above, line, want string
	}{
		{"under an entry", entry, "문의: 031-820-7730", "paragraph"},
		{"under a paragraph", para, "문의: 031-820-5512", "paragraph"},
		{"an office", para, "문의: 한빛시교육청 진로교육과 031-820-5512", "paragraph"},
		{"a bracketed number", para, "문의: 진로교육과(031-820-5512)", "paragraph"},
		{"spaced colon", para, "문의 : 031-820-5512", "paragraph"},
		{"연락처", entry, "연락처: 02-123-4567", "paragraph"},
		{"full-width colon", para, "문의：1588-1234", "paragraph"},
		// Look-alikes: the line stays the paragraph's wrap.
		{"no number", para, "문의: 한빛시교육청 진로교육과", ""},
		{"a sentence", para, "문의는 031-820-5512로 하면 된다.", ""},
		{"a sentence after the colon", para, "문의: 031-820-5512로 하면 된다.", ""},
		{"a date", para, "문의: 2026-12", ""},
		{"a short number", para, "문의: 120-1", ""},
		{"another label", para, "접수: 031-820-5512", ""},
		{"a word before the label", para, "자세한 문의: 031-820-5512", ""},
	} {
		d := mustRead(t, head+tt.above+tt.line+"\n"+next)
		if got := kindOfText(d, tt.line); got != tt.want {
			t.Errorf("%s: %q read as %q, want %q\n%s", tt.name, tt.line, got, tt.want, outline(d, false))
		}
	}
}

// TestBlind86MarkedWriterLine: a Korean column's writer's line set after
// its last paragraph with an arrow before it, ▶김하윤 한빛진학연구소 소장,
// is the column's byline (org, role, name; the marker kept), not a
// section head: it closes the column as the bare line does (blind page
// ko-gyoyuk-ipsi-sangdam). So is either where a standing box's name over
// its ▲ entries follows (교육 단신 / ▲… 연다. / 문의: … / ▲… 모집한다.), the
// box then an article of its own, its name the headline and its entries
// paragraphs. A marked line over text of its own (a debate's speaker), a
// line that is no writer's, a name under a title, or a short line over a
// single ▲ caption or entries ending no sentence keep their reading.
func TestBlind86MarkedWriterLine(t *testing.T) {
	const column = "[김하윤의 입시 포커스]\n겨울방학, 고1은 ‘과목 선택’부터 점검하라\n\n" +
		"고교학점제가 전면 시행되면서 고1 겨울방학의 의미가 달라졌다. 2학년부터 듣게 될 선택과목이 중요한 근거가 되기 때문이다.\n\n" +
		"방학은 이런 정보를 차분히 모으기에 가장 좋은 시기다.\n\n"
	const box = "\n교육 단신\n\n" +
		"▲한빛시교육청은 겨울방학을 맞아 중학생 120명을 대상으로 진로캠프를 연다. 참가 신청은 20일까지 받는다.\n문의: 031-820-5512\n\n" +
		"▲한빛시립중앙도서관은 초등학생을 위한 겨울방학 독서교실을 운영한다. 학년별로 20명씩 모집한다.\n\n"
	const writer = "▶김하윤 한빛진학연구소 소장\n"
	const entry = "▲한빛시교육청은 겨울방학을 맞아 중학생 120명을 대상으로 진로캠프를 연다. 참가 신청은 20일까지 받는다."
	for _, tt := range []struct {
		name, page, line, want string
	}{
		{"over a box", column + writer + box, "▶김하윤 한빛진학연구소 소장", "byline"},
		{"the box's name", column + writer + box, "교육 단신", "headline"},
		{"the box's entry", column + writer + box, entry, "paragraph"},
		{"bare, over a box", column + "김하윤 한빛진학연구소 소장\n" + box, "김하윤 한빛진학연구소 소장", "byline"},
		{"spaced arrow", column + "▶ 김하윤 한빛진학연구소 소장\n" + box, "▶ 김하윤 한빛진학연구소 소장", "byline"},
		{"white arrow", column + "▷김하윤 한빛진학연구소 소장\n" + box, "▷김하윤 한빛진학연구소 소장", "byline"},
		{"at the page's end", column + writer, "▶김하윤 한빛진학연구소 소장", "byline"},
		{"over a listed box", column + writer + "\n동정\n\n▲최민호 한국소방안전원장은 4일 한빛시 소방서를 찾아 장비를 점검했다.\n\n▲김서연 한빛시의회 의장은 5일 복지관을 방문했다.\n", "▶김하윤 한빛진학연구소 소장", "byline"},
		// Look-alikes.
		{"over its own text", column + writer + "\n학생부종합전형은 성적의 추이와 전공 관련 활동을 함께 봅니다. 충분히 경쟁력이 있습니다.\n", "▶김하윤 한빛진학연구소 소장", "heading"},
		{"no writer", column + "▶겨울방학 진로캠프 안내\n" + box, "▶겨울방학 진로캠프 안내", "heading"},
		{"a diamond", column + "◆김하윤 한빛진학연구소 소장\n" + box, "◆김하윤 한빛진학연구소 소장", "heading"},
		{"one caption", column + writer + "\n교육 단신\n\n" + entry + "\n", "▶김하윤 한빛진학연구소 소장", "heading"},
		{"entries ending no sentence", column + writer + "\n교육 단신\n\n▲진로캠프 1월 8일부터 사흘간\n\n▲독서교실 1월 12일부터 2주간\n", "▶김하윤 한빛진학연구소 소장", "heading"},
		{"a long title", column + writer + "\n겨울방학 맞아 교육청 진로캠프 열어\n\n" + entry + "\n\n▲한빛시립중앙도서관은 독서교실을 운영한다.\n", "▶김하윤 한빛진학연구소 소장", "heading"},
		{"under a headline", "겨울방학, 고1은 ‘과목 선택’부터 점검하라\n" + writer + box, "▶김하윤 한빛진학연구소 소장", "heading"},
		{"bare, over its own text", column + "김하윤 한빛진학연구소 소장\n\n학생부종합전형은 성적의 추이와 전공 관련 활동을 함께 봅니다.\n", "김하윤 한빛진학연구소 소장", "heading"},
	} {
		d := mustRead(t, tt.page)
		if got := kindOfText(d, tt.line); got != tt.want {
			t.Errorf("%s: %q read as %q, want %q\n%s", tt.name, tt.line, got, tt.want, outline(d, false))
		}
	}
}
