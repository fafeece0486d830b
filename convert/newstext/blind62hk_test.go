package newstext

import (
	"strings"
	"testing"
)

// TestBlind62HKIndexRows: a Hong Kong market box writes an index's rise
// as 升 (上升), its fall as 跌, and a futures contract's premium or
// discount to the index as 高水 or 低水: `恒指　20,031點　升169點`,
// `恒指期貨　20,058點　高水27點` are table rows, as 漲142點 was (blind page
// hk-ocr-caijing-16). A phrase with the words, or a row of words, is none.
func TestBlind62HKIndexRows(t *testing.T) {
	for s, want := range map[string]bool{
		"恒指　20,031點　升169點":      true,
		"國指　7,112點　升61點":        true,
		"恒生科技指數　4,512點　跌35點":    true,
		"恒指期貨　20,058點　高水27點":    true,
		"國指期貨　7,098點　低水14點":     true,
		"上证指数　3,412.5点　上升0.52%": true,
		"恒指升169點　收20,031點":      false, // a headline's two phrases
		"利率　升0.25厘　創新高":         false,
		"外資流入　升142點　創新高":        false,
		"升級　3大措施":               false,
		"高水平　發展":                false,
		"樓價　升5%":                false,
	} {
		if got := tableRow(s) > 0; got != want {
			t.Errorf("tableRow(%q) > 0 = %v, want %v", s, got, want)
		}
	}
}

// TestBlind62LastBoxRow: a market box's last row of a label and a count,
// 主板成交　1,280億元, right under its rows of figures, is a row of the box
// (a paragraph), never the kicker of the column's titles under it; a
// count row with no table row above it is left to the other rules.
func TestBlind62LastBoxRow(t *testing.T) {
	const row = "恒指期貨　20,058點　高水27點"
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{row, "主板成交　1,280億元", true},
		{row, "成交額　1,280億元", true},
		{"加權指數　25,318點　漲142點", "成交量　3,215億元", true},
		{"市場人士提醒，投資者不宜追高。", "主板成交　1,280億元", false},
		{row, "股壇夜話", false},
		{row, "內房股反彈　宜沽不宜追", false},
	} {
		if got := lastBoxRow(c.a, c.b); got != c.want {
			t.Errorf("lastBoxRow(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestBlind62WriterDisclosure: a Hong Kong market column closes with the
// columnist's disclosure, the writer called 筆者: （筆者為證監會持牌人士，
// 並未持有上述股份）, a note on the author as （作者為…） is; bare, 筆者
// opens a sentence, and a bracket of other words is no note, nor an aside
// of what the writer did (筆者為此向發展商查詢, 筆者是日亦有出席…).
func TestBlind62WriterDisclosure(t *testing.T) {
	for s, want := range map[string]bool{
		"筆者為證監會持牌人士，並未持有上述股份": true,
		"筆者為證監會持牌人士":          true,
		"筆者並無持有上述股份":          true,
		"笔者为资深财经评论员":          true,
		"作者為證監會持牌人士":          true,
		"筆者認為投資者宜減持":          false,
		"筆者":                  false,
		"上述股份":                false,
		"筆者為證監會持牌人士。並未持有上述股份": false, // a sentence's full stop
		// Look-alikes (review 26b): a bracketed aside among the column's
		// paragraphs, 為此 "for this", 是日 "that day", 為了 "in order to".
		"筆者為此向發展商查詢，至截稿時仍未獲回覆":    false,
		"筆者是日亦有出席業績發布會，管理層態度明顯審慎": false,
		"筆者為了解情況，致電有關人士":          false,
		"筆者係註冊會計師":                true,
	} {
		if got := isAuthorNote(s); got != want {
			t.Errorf("isAuthorNote(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestBlind62WriterAside: a 筆者 aside between a column's paragraphs,
// （筆者為此向發展商查詢，…）, （筆者是日亦有出席…）, says what the writer
// did, not who he is: a paragraph of its own, closed by its bracket, never
// joined to the paragraph under it (review 26b; it had been a byline).
func TestBlind62WriterAside(t *testing.T) {
	for _, aside := range []string{"（筆者為此向發展商查詢，至截稿時仍未獲回覆）", "（筆者是日亦有出席業績發布會，管理層態度明顯審慎）"} {
		wantAllKinds(t, "樓市觀察\n新盤減價潮未完\n\n將軍澳一個新盤昨日再推單位，吸引不少上車客入票。\n\n"+aside+"\n\n業界估計，年底前一手市場仍會以價換量\n",
			"article", "kicker 樓市觀察", "headline 新盤減價潮未完",
			"paragraph 將軍澳一個新盤昨日再推單位，吸引不少上車客入票。",
			"paragraph "+aside,
			"paragraph 業界估計，年底前一手市場仍會以價換量")
	}
}

// TestBlind62ColumnAfterBox: on an indent-only OCR page with no blank
// lines, a market box's rows (升, 高水, a count row last) are rows each,
// and a column set after them, its name, its title and the columnist's
// pen name flush left, closed by a 筆者 disclosure wrapped over two
// lines, is an article of its own: kicker, headline, byline, text, the
// disclosure its closing byline (blind page hk-ocr-caijing-16).
func TestBlind62ColumnAfterBox(t *testing.T) {
	const page = "港股高開高走　恒指重上兩萬\n" +
		"　　【本報訊】港股昨日高開高走，\n" +
		"恒指收市報20,031點，升16\n" +
		"9點，重上兩萬點關口；全日成交額\n" +
		"增至1,280億元，為近三個月高\n" +
		"位。\n" +
		"大市數據\n" +
		"恒指　20,031點　升169點\n" +
		"國指　7,112點　升61點\n" +
		"恒指期貨　20,058點　高水27點\n" +
		"主板成交　1,280億元\n" +
		"股壇夜話\n" +
		"內房股反彈　宜沽不宜追\n" +
		"石頭翁\n" +
		"　　內房股近日借政策憧憬反彈，部\n" +
		"分股份一周累升兩成。不過，樓市成\n" +
		"交仍未見起色，反彈基礎並不穩固。\n" +
		"　　筆者認為，投資者宜趁反彈減持\n" +
		"，不宜追入。\n" +
		"（筆者為證監會持牌人士，並未持有\n" +
		"上述股份）\n"
	wantAllKinds(t, page,
		"article", "headline 港股高開高走　恒指重上兩萬", "dateline 【本報訊】",
		"paragraph 港股昨日高開高走，恒指收市報20,031點，升169點，重上兩萬點關口；全日成交額增至1,280億元，為近三個月高位。",
		"section ", // 大市數據 over its four rows, each a paragraph (below)
		"article", "kicker 股壇夜話", "headline 內房股反彈　宜沽不宜追", "byline 石頭翁",
		"paragraph 內房股近日借政策憧憬反彈，部分股份一周累升兩成。不過，樓市成交仍未見起色，反彈基礎並不穩固。",
		"paragraph 筆者認為，投資者宜趁反彈減持，不宜追入。",
		"byline （筆者為證監會持牌人士，並未持有上述股份）")
	d := mustRead(t, page)
	var rows []string
	for _, n := range d.Articles[0].Children[len(d.Articles[0].Children)-1].Children {
		rows = append(rows, string(n.Kind)+" "+n.Text)
	}
	want := []string{"heading 大市數據", "paragraph 恒指　20,031點　升169點", "paragraph 國指　7,112點　升61點",
		"paragraph 恒指期貨　20,058點　高水27點", "paragraph 主板成交　1,280億元"}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("box section:\n%s\nwant:\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
}

// TestBlind62TakenFromCredit: 中央社's credit for a picture taken from a
// website, （圖取自日本氣象廳網頁jma.go.jp）, after one short sentence
// describing the picture, or alone, makes a caption (blind page
// tw-cna-wire-yizhe). A paragraph of several sentences closed by it, a
// source of figures (（資料取自主計總處）), or the words bare, make none.
func TestBlind62TakenFromCredit(t *testing.T) {
	for s, want := range map[string]bool{
		"日本氣象廳公布的降雪預測圖。（圖取自日本氣象廳網頁jma.go.jp）":  true,
		"美國總統川普。（圖取自facebook.com/DonaldTrump）": true,
		"（圖取自維基共享資源）":                          true,
		"札幌市區積雪。（照片取自札幌市政府臉書）":                 true,
		"去年失業率為3.4%。（資料取自主計總處）":                false,
		"氣象廳呼籲民眾避免外出，並留意交通資訊。JR北海道表示，特急列車可能停駛，旅客應提前改票。（圖取自日本氣象廳網頁）": false,
		"圖取自日本氣象廳網頁":          false,
		"日本氣象廳公布的降雪預測圖。（圖取自）": false,
	} {
		if got := isCaption(s); got != want {
			t.Errorf("isCaption(%q) = %v, want %v", s, got, want)
		}
	}
}
