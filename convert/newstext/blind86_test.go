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
