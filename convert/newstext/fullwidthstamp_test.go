package newstext

import (
	"strings"
	"testing"
)

// TestFullwidthWebStamp: a web stamp under the headline set in
// full-width forms (２０２６年１２月６日　２２：４０, with 配信 or 更新 after
// it, spaced or not, 更新： before it, a weekday in brackets, slashes), or
// with its time run on to its date in either form (2026年12月06日22:40),
// is a time stamp, noise, on a Chinese page and a Japanese one alike. A
// line that runs on into text after the time, a date alone and a
// figure opening a sentence are no stamp, nor is a bare date and time
// off a headline (a box's row: the page cases at the end).
func TestFullwidthWebStamp(t *testing.T) {
	for s, want := range map[string]bool{
		"２０２６年１２月６日　２２：４０":        true,
		"２０２６年１２月６日　２２：４０　配信":     true,
		"２０２６年１２月６日　２２：４０配信":      true,
		"２０２６年１２月６日　２２：４０　更新":     true,
		"２０２６年１２月６日２２：４０":         true,
		"２０２６／１２／０６　２２：４０":        true,
		"２０２６年１２月６日（日）　２２：４０":     true,
		"更新：２０２６年１２月６日　２２：４０":     true,
		"2026年12月06日22:40":        true,
		"２０２６年１２月６日　２２：４０　本社調べでは": false,
		"２０２６年１２月６日　２２：４０から運転再開":  false,
		"２０２６年１２月６日":              false,
		"２０２６年の訪日客は３０００万人を超えた。":   false,
		"１２月６日　２２：４０":             false,
	} {
		if got := noiseKind(s) == noiseStamp; got != want {
			t.Errorf("noiseKind(%q) = %q, want a stamp: %v", s, noiseKind(s), want)
		}
	}
	for _, c := range []struct{ head, stamp, lead string }{
		{"江州港集装箱吞吐量创新高", "２０２６年１２月６日　２２：４０", "江州港务集团6日公布，今年1至11月江州港集装箱吞吐量达到412万标箱，同比增长11.3%。"},
		{"中部で大雪　交通乱れる", "２０２６年１２月６日　２２：４０　配信", "６日、中部地方を中心に大雪となり、交通機関が乱れた。"},
		{"県内の雪、平年の２倍に", "2026年12月06日22:40", "気象台によると、県内の積雪は６日午後、平年の２倍に達した。"},
	} {
		for _, sep := range []string{"\n\n", "\n"} {
			page := c.head + sep + c.stamp + sep + c.lead + "\n"
			d := mustRead(t, page)
			want := "article\n  headline " + c.head + "\n  noise " + c.stamp + "\n  paragraph " + c.lead
			if got := strings.Join(flatKinds(d), "\n"); got != want {
				t.Errorf("page:\n%s\n got:\n%s\nwant:\n%s", page, got, want)
			}
			roundTrip(t, d)
		}
	}
	// The site's name and the section over the headline are web furniture
	// (review: 信州日報デジタル over おくやみ over the headline read as
	// kicker, headline and subheadline, the stamp glued to the lead).
	{
		const page = "信州日報デジタル\nおくやみ\n元松本市長の田島一郎さん死去　８４歳\n２０２６年１２月６日　２２：４０\n" +
			"　元松本市長の田島一郎さんが５日、肺炎のため松本市内の病院で死去した。８４歳。\n"
		d := mustRead(t, page)
		want := "article\n  noise 信州日報デジタル\n  noise おくやみ\n  headline 元松本市長の田島一郎さん死去　８４歳\n  noise ２０２６年１２月６日　２２：４０\n  paragraph 元松本市長の田島一郎さんが５日、肺炎のため松本市内の病院で死去した。８４歳。"
		if got := strings.Join(flatKinds(d), "\n"); got != want {
			t.Errorf("page:\n%s\n got:\n%s\nwant:\n%s", page, got, want)
		}
		roundTrip(t, d)
	}
	// A bare date and time off a headline is a print box's row, text as
	// before the full-width forms were known: the quake's time under a
	// marked box label, an event's date under the lead over its venue.
	for _, c := range []struct{ page, line string }{
		{"長野県北部で震度５弱\n　６日午後１０時４０分ごろ、長野県北部を震源とする地震があった。\n■地震の概要\n２０２６年１２月６日　２２：４０\n震源地　長野県北部\nマグニチュード　５．２\n", "２０２６年１２月６日　２２：４０"},
		{"県高校駅伝　開会式の日程\n　県高校体育連盟は６日、開会式を次の日程で開くと発表した。\n２０２６年１２月２０日　１３：００\n松本平広域公園陸上競技場\n　雨天の場合は体育館で行う。\n", "２０２６年１２月２０日　１３：００"},
	} {
		d := mustRead(t, c.page)
		k := flatKinds(d)
		for _, l := range k {
			if strings.HasPrefix(strings.TrimSpace(l), "noise ") {
				t.Errorf("page:\n%s\n a bare date and time off a headline read as noise: %s", c.page, strings.Join(k, " | "))
			}
		}
		if !strings.Contains(strings.Join(k, "\n"), c.line) {
			t.Errorf("page:\n%s\n lost %q: %s", c.page, c.line, strings.Join(k, " | "))
		}
		roundTrip(t, d)
	}
}
