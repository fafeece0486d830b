package newstext

import (
	"strings"
	"testing"
)

// TestTitlePairAfterBox: a story's text may end on a box's last row
// (加權指數　25,318點　漲142點) or on a trailer the reader leaves in its
// last paragraph (…規劃。（據中央社電）); either way the story is over, so
// two title lines under it and over body text are the next story's
// title group (blind page tw-ziyou-caijing-17), as under a finished
// paragraph, not a paragraph and a section head. Under a paragraph cut
// mid-sentence (a column break) or closed by a bracket with no sentence
// end before it, the lines stay as they were.
func TestTitlePairAfterBox(t *testing.T) {
	lead := "〔財經頻道／綜合報導〕美股科技股走揚，激勵台股昨日開高走穩，外資連續第4個交易日買超。\n\n"
	body := "中央銀行總裁昨天在立法院財委會答詢時表示，目前房市交易雖有降溫，但價格仍居高檔。\n"
	for _, c := range []struct{ name, above, pair string }{
		{"rows", "昨日主要指數收盤如下：\n\n加權指數　25,318點　漲142點\n櫃買指數　268.41點　漲1.95點\n", "央行：房貸成數限制暫不鬆綁\n總裁稱房價仍居高檔\n"},
		{"bare rows", "昨日主要指數收盤如下：\n\n加權指數　25,318　142\n櫃買指數　268.41　1.95\n", "央行：房貸成數限制暫不鬆綁\n總裁稱房價仍居高檔\n"},
		{"trailer", "總裁昨天答詢時表示，選擇性信用管制措施近期沒有鬆綁規劃。（據中央社電）\n", "日圓貶至5個月新低\n日銀暗示1月升息\n"},
		{"short trailer", "總裁昨天答詢時表示，選擇性信用管制措施近期沒有鬆綁規劃。（據中央社）\n", "日圓貶至5個月新低\n日銀暗示1月升息\n"},
	} {
		page := lead + c.above + "\n" + c.pair + "\n" + body
		d := mustRead(t, page)
		got := tw34Tree(d)
		lines := strings.SplitN(c.pair, "\n", 2)
		want := "article\n  headline " + lines[0] + "\n  subheadline " + strings.TrimSuffix(lines[1], "\n") + "\n  paragraph 中央銀行"
		if !strings.Contains(got, want) {
			t.Errorf("%s: the title pair opens no article:\n%s", c.name, got)
		}
		roundTrip(t, d)
	}
	for _, c := range []struct{ name, above string }{
		{"cut mid-sentence", "總裁昨天答詢時表示，選擇性信用管制措施近期沒有鬆綁規劃，但價格仍居\n"},
		{"bracket with no sentence end", "總裁昨天答詢時表示，選擇性信用管制措施近期沒有鬆綁規劃（見附表）\n"},
	} {
		page := lead + c.above + "\n日圓貶至5個月新低\n日銀暗示1月升息\n\n" + body
		d := mustRead(t, page)
		if got := tw34Tree(d); strings.Contains(got, "headline 日圓貶至5個月新低") {
			t.Errorf("%s: read as a new article's title group:\n%s", c.name, got)
		}
	}
}
