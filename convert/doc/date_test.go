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
	// A date in a paragraph is not the page's.
	d := art(&Node{Kind: KindDateline, Text: "本报讯 8月29日"}, &Node{Kind: KindParagraph, Text: "2024年的计划。"})
	if _, ok := d.StatedDate(); ok {
		t.Errorf("a date without a year, or one in the text, was taken as the page's")
	}
}

// TestFixedDateWithoutYear: a page that states its month and day but no
// year is dated the latest such day not after the reference moment
// (DefaultEpoch), on its stated weekday if it names one; one that states
// no date, the reference itself. Never a date years before the page.
func TestFixedDateWithoutYear(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	ref := day(2026, 12, 1)
	dateline := func(text, date string) *Document {
		return &Document{Articles: []*Node{{Kind: KindArticle, Children: []*Node{
			{Kind: KindDateline, Text: text, Date: date},
			{Kind: KindParagraph, Text: "1999年12月31日的事。"},
		}}}}
	}
	noise := func(text string) *Document {
		return &Document{Articles: []*Node{{Kind: KindArticle, Children: []*Node{
			{Kind: KindNoise, Text: text}, {Kind: KindHeadline, Text: "标题"},
		}}}}
	}
	for _, tc := range []struct {
		name string
		d    *Document
		want time.Time
	}{
		{"month and day", dateline("本报长沙8月29日讯", "8月29日"), day(2026, 8, 29)},
		{"on the reference day", dateline("本报讯 12月1日", "12月1日"), day(2026, 12, 1)},
		{"after the reference day: last year", dateline("本报讯 12月25日", "12月25日"), day(2025, 12, 25)},
		{"星期一", noise("8月29日　星期一　第1版"), day(2022, 8, 29)},
		{"周五", noise("8月29日 周五"), day(2025, 8, 29)},
		{"週六", noise("8月29日（週六）"), day(2026, 8, 29)},
		{"禮拜天", noise("8月30日 禮拜天"), day(2026, 8, 30)},
		{"japanese （月）", noise("８月２９日（月）"), day(2022, 8, 29)},
		{"japanese 日曜日", noise("8月30日日曜日"), day(2026, 8, 30)},
		{"japanese （金曜日）", noise("8月29日（金曜日）"), day(2025, 8, 29)},
		{"korean (월)", noise("8월 29일 (월)"), day(2022, 8, 29)},
		{"korean 목요일", noise("8월 29일 목요일"), day(2024, 8, 29)},
		{"leap day", noise("2月29日"), day(2024, 2, 29)},
		{"leap day on a weekday", noise("2月29日 星期二"), day(2000, 2, 29)},
		{"no such day", noise("2月30日"), ref},
		{"month 13", noise("13月2日"), ref},
		{"no date", dateline("本报讯", ""), ref},
		{"folio before dateline", &Document{Articles: []*Node{{Kind: KindArticle, Children: []*Node{
			{Kind: KindDateline, Text: "本报讯 12月25日"}, {Kind: KindNoise, Text: "3月2日 星期一"},
		}}}}, day(2026, 3, 2)},
	} {
		if got := tc.d.fixedDate(ref); !got.Equal(tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got.Format(time.DateOnly), tc.want.Format(time.DateOnly))
		}
	}
}

// TestFixedDateSeed: the seed page ("8月29日下午，…", a 2022 page, no
// year printed) is not dated before 2022, and FixedDate uses DefaultEpoch.
func TestFixedDateSeed(t *testing.T) {
	d := &Document{Articles: []*Node{{Kind: KindArticle, Children: []*Node{
		{Kind: KindHeadline, Text: "加快构建全方位对外开放新格局"},
		{Kind: KindDateline, Date: "8月29日"},
		{Kind: KindParagraph, Text: "8月29日下午，全省打造内陆地区改革开放高地推进大会在长沙召开。"},
	}}}}
	got := d.FixedDate()
	if got.Before(time.Date(2022, 8, 29, 0, 0, 0, 0, time.UTC)) || got.After(time.Unix(DefaultEpoch, 0)) ||
		got.Month() != time.August || got.Day() != 29 {
		t.Errorf("FixedDate %v: want an 8月29日 from 2022 to DefaultEpoch", got)
	}
}
