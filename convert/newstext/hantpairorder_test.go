package newstext

import (
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestHantPairShapeFirst: of two unmarked Traditional Chinese title
// lines, the second line's shape decides before the widths of README's
// Traditional clause: a longer second line punctuated or parted by an
// ideographic space is the subheadline (主標 over 副標) whatever the first
// line's length, 8 or 9 characters over a wider line too (blind page
// b58-hk-ocr-gongxia, samples tw-lianhe-taoyuan, big5-lantern). The
// widths decide when the shape does not: a line short of a main title
// over an unparted line as wide or wider is the kicker over its headline
// (百年糕餅老店 / 第四代接棒), a main title over a narrower line is the
// headline over its subheadline.
func TestHantPairShapeFirst(t *testing.T) {
	const body = "\n　　【本報訊】屯門新墟一幢工業大廈昨日凌晨發生三級火警，火勢持續約五小時才被救熄。\n"
	for _, tt := range []struct {
		top, under string
		topKind    doc.Kind
		underKind  doc.Kind
	}{
		{"屯門工廈深夜三級火", "百人疏散　一消防員中暑", doc.KindHeadline, doc.KindSubheadline},       // 9 over wider, two phrases
		{"桃園公車新闢3路線", "元旦上路　票價18元起", doc.KindHeadline, doc.KindSubheadline},       // 9 over wider, two phrases
		{"輕鐵屯門出軌", "港鐵：周一前完成全線檢查", doc.KindHeadline, doc.KindSubheadline},         // 6 over a punctuated line
		{"愛河燈會下月登場", "主燈高12公尺，預估吸引300萬人次", doc.KindHeadline, doc.KindSubheadline}, // 8 over a comma
		{"百年糕餅老店", "第四代接棒", doc.KindKicker, doc.KindHeadline},                     // short, unparted: kicker
		{"嘉義老街騎樓", "整平工程完工", doc.KindKicker, doc.KindHeadline},                    // as long, unparted
		{"屯門工廈深夜三級火", "百人疏散消防員中暑送院", doc.KindKicker, doc.KindHeadline},            // 9 over wider, unparted
		{"偷運電子煙男子判", "貨值逾一百萬元", doc.KindHeadline, doc.KindSubheadline},            // 8 over narrower
	} {
		d := mustRead(t, tt.top+"\n"+tt.under+body)
		if n := nodeWithText(d, tt.top); n == nil || n.Kind != tt.topKind {
			t.Errorf("%s / %s: top got %s, want %s\n%s", tt.top, tt.under, creditFields(n), tt.topKind, outline(d, false))
		}
		if n := nodeWithText(d, tt.under); n == nil || n.Kind != tt.underKind {
			t.Errorf("%s / %s: under got %s, want %s\n%s", tt.top, tt.under, creditFields(n), tt.underKind, outline(d, false))
		}
		roundTrip(t, d)
	}
}
