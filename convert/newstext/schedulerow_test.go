package newstext

import (
	"strings"
	"testing"
)

// TestScheduleRows: a closure notice's rows, a day (8日, 12月8日,
// 9日（二）), the places and the hours (22時至翌日5時, 22:00—05:00,
// 晚間10時至隔日清晨5時, 22时至次日5时), are a table's rows, a paragraph
// each, however wide against the column, and the paragraph under them
// after a blank line is no row's wrap (blind page tw-zhonghua-tainan). A
// headline with a day or an hour inside a phrase (國1永康段　8日起夜間
// 封閉), a headline spaced into words that opens with its subject, not
// a day (國道1號 8日 22時至翌日5時 封閉), a day and hours with no other
// field, a row with a clause in it and a Korean line are none of it.
func TestScheduleRows(t *testing.T) {
	for s, want := range map[string]int{
		"8日　南下　永康至大灣　22時至翌日5時":          4,
		"10日　雙向　大灣至仁德　23時至翌日5時":         4,
		"8日　南下　22時至翌日5時":                3,
		"12月8日　南下　永康至大灣　22:00—05:00":    4,
		"12月10日　雙向　大灣至仁德　23:00-05:00":   4,
		"8日（一）　南下　永康至大灣　晚間10時至隔日清晨5時":   4,
		"12月9日(週二)　中山路　晚間10時至隔日清晨5時":    3,
		"8日　南行　东湖至西湾　22时至次日5时":          4,
		"12月8日　中山路　全线　22:30～次日5:30":     4,
		"8号　北上　汉口至武昌　晚上10点至次日凌晨5点":      4,
		"12/8　南下　永康　22時30分至翌日5時":        4,
		"國1永康段　8日起夜間封閉":                 0,
		"8日　22時至翌日5時":                   0,
		"8日　南下　永康至大灣":                   0,
		"8日　南下　永康至大灣，22時至翌日5時":          0,
		"8日　施工期間車速限制降為每小時60公里　22時至翌日5時": 0,
		"8일　남행　22시부터　5시까지":              0,
		"施工3晚　用路人請改道":                   0,
		"22時至翌日5時　永康段封閉":                0,
		"國道1號 8日 22時至翌日5時 封閉":           0,
		"國道3號 12月8日 晚間10時至隔日清晨5時 封閉":    0,
	} {
		if got := tableRow(s); got != want {
			t.Errorf("tableRow(%q) = %d, want %d", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"8日": true, "12月8日": true, "８日": true, "8號": true, "8号": true, "12/8": true, "8日（一）": true, "8日(週二)": true, "9日（星期三）": true,
		"8日起": false, "8": false, "123日": false, "12月": false, "8日（二": false, "8日（晴）": false, "日": false,
	} {
		if got := dayField(s); got != want {
			t.Errorf("dayField(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"22時至翌日5時": true, "22:00—05:00": true, "22:00-05:00": true, "晚間10時至隔日清晨5時": true, "22时至次日5时": true, "22時～5時": true, "晚上10点半到次日凌晨5点": true, "22時30分至5時": true,
		"22時": false, "22時起": false, "22時至翌日5時止": false, "22:0—05:00": false, "至5時": false, "22時至": false, "8日至10日": false,
	} {
		if got := hourRange(s); got != want {
			t.Errorf("hourRange(%q) = %v, want %v", s, got, want)
		}
	}
	// An invented page at a 16-character measure, paragraphs parted by
	// blank lines and no indents: a lead-in, three rows as wide as the
	// column or wider, and the paragraph after them.
	lead := "【記者王小明／台南報導】公路局將\n於本週進行道路養護工程，部分路段\n夜間封閉，用路人請提前改道行駛，\n以免延誤行程。\n\n封閉時段及路段如下：\n\n"
	after := "\n\n公路局提醒，施工期間車速限制降為\n每小時50公里，用路人可改行台1\n線替代道路。\n"
	for _, r := range [][3]string{
		{"8日　南下　永康至大灣　22時至翌日5時", "9日　北上　仁德至永康　22時至翌日5時", "10日　雙向　大灣至仁德　23時至翌日5時"},
		{"8日　南下　永康　22時至翌日5時", "9日　北上　仁德　22時至翌日5時", "10日　雙向　大灣　23時至翌日5時"},
		{"12月8日　南下　永康至大灣　22:00—05:00", "12月9日　北上　仁德至永康　22:00—05:00", "12月10日　雙向　大灣至仁德　23:00—05:00"},
		{"8日（一）　南下　永康至大灣　晚間10時至隔日清晨5時", "9日（二）　北上　仁德至永康　晚間10時至隔日清晨5時", "10日（三）　雙向　大灣至仁德　晚間11時至隔日清晨5時"},
		{"8日　南行　东湖至西湾　22时至次日5时", "9日　北行　西湾至东湖　22时至次日5时", "10日　双向　西湾至南港　23时至次日5时"},
	} {
		page := "台南國道夜間封閉\n\n" + lead + r[0] + "\n" + r[1] + "\n" + r[2] + after
		d := mustRead(t, page)
		got := strings.Join(flatKinds(d), "\n")
		want := strings.Join([]string{
			"article", "  headline 台南國道夜間封閉", "  dateline 【記者王小明／台南報導】",
			"  paragraph 公路局將於本週進行道路養護工程，部分路段夜間封閉，用路人請提前改道行駛，以免延誤行程。",
			"  paragraph 封閉時段及路段如下：",
			"  paragraph " + r[0], "  paragraph " + r[1], "  paragraph " + r[2],
			"  paragraph 公路局提醒，施工期間車速限制降為每小時50公里，用路人可改行台1線替代道路。",
		}, "\n")
		if got != want {
			t.Errorf("page:\n%s\n got:\n%s\nwant:\n%s", page, got, want)
		}
		roundTrip(t, d)
	}
}
