package doc

import (
	"testing"
	"time"
)

// TestStatedDate checks that a page's own date (its folio, else its
// dateline, else its kicker) is the date writers give it, so that no
// EPUB or PDF of a 2024 page claims to be from 2005.
func TestStatedDate(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	art := func(kids ...*Node) *Document {
		return &Document{Articles: []*Node{{Kind: KindArticle, Children: kids}}}
	}
	for _, tc := range []struct {
		name string
		d    *Document
		want time.Time
	}{
		{"folio", art(&Node{Kind: KindNoise, Text: "2024年9月3日　星期二　第3版"}, &Node{Kind: KindHeadline, Text: "标题"}), day(2024, 9, 3)},
		{"korean folio", art(&Node{Kind: KindNoise, Text: "2025년 3월 14일 금요일"}), day(2025, 3, 14)},
		{"iso", art(&Node{Kind: KindNoise, Text: "Page A1 · 2023-11-05"}), day(2023, 11, 5)},
		{"dateline", art(&Node{Kind: KindDateline, Text: "新华社北京2024年8月29日电", Date: "2024年8月29日"}), day(2024, 8, 29)},
		{"folio before dateline", art(&Node{Kind: KindDateline, Text: "2022年1月2日电"}, &Node{Kind: KindNoise, Text: "2024年9月3日"}), day(2024, 9, 3)},
		{"invalid day skipped", art(&Node{Kind: KindNoise, Text: "2024年2月30日 2024年2月29日"}), day(2024, 2, 29)},
	} {
		if got, ok := tc.d.StatedDate(); !ok || !got.Equal(tc.want) {
			t.Errorf("%s: %v %v, want %v", tc.name, got, ok, tc.want)
		}
		if got := tc.d.FixedDate(); !got.Equal(tc.want) {
			t.Errorf("%s: FixedDate %v, want %v", tc.name, got, tc.want)
		}
	}
	// No year: the hash-picked date, in 2000–2019.
	d := art(&Node{Kind: KindDateline, Text: "本报讯 8月29日"}, &Node{Kind: KindParagraph, Text: "2024年的计划。"})
	if _, ok := d.StatedDate(); ok {
		t.Errorf("a date without a year, or one in the text, was taken as the page's")
	}
	if y := d.FixedDate().Year(); y < 2000 || y > 2019 {
		t.Errorf("FixedDate year %d", y)
	}
}
