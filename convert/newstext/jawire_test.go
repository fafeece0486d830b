package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestWireStoryUnderOwnStory: on a Japanese page, a title line whose text
// closes with a news agency's credit, right after a story of the paper's
// own with a 中見出し, is the agency story's headline, an article of its
// own; inside an agency's story (its dateline names the agency) such a
// line stays a head of that story.
func TestWireStoryUnderOwnStory(t *testing.T) {
	own := "仙台市、冬の渋滞対策を強化\n" +
		"　【仙台】仙台市は１０日、冬季の道路渋滞対策として、主要交差点の信号制御を見直すと発表した。\n" +
		"　市道路課によると、雪の日には通勤時間帯の所要時間が平常時の２倍近くになる区間もある。\n" +
		"除雪との連携も\n" +
		"　市は除雪車の出動基準も見直し、降雪の予報段階で待機させる。\n" +
		"　市の担当者は「雪の朝の混雑を少しでも減らしたい」と話している。\n" +
		"灯油価格、東北は「横ばい」\n" +
		"　資源エネルギー庁は１０日、灯油の店頭価格を公表した。東北地方は前週から横ばいだった。（時事）\n"
	d := mustRead(t, own)
	roundTrip(t, d)
	if len(d.Articles) != 2 {
		t.Fatalf("%d articles, want 2:\n%s", len(d.Articles), strings.Join(pageLeafKinds(d), "\n"))
	}
	if got := strings.Join(pageLeafKinds(&doc.Document{Articles: d.Articles[1:]}), "\n"); !strings.HasPrefix(got, "headline 灯油価格、東北は「横ばい」") {
		t.Errorf("second article:\n%s\nwant the agency story's headline first", got)
	}
	wire := "米、対中半導体規制を拡大\n" +
		"　【ワシントン共同】米商務省は９日、中国向け半導体製造装置の輸出規制を拡大すると発表した。\n" +
		"　新たに２０社以上を規制対象に加える。\n" +
		"同盟国にも協力要請\n" +
		"　商務省は日本やオランダにも同様の措置を求める方針だ。（共同）\n"
	d = mustRead(t, wire)
	roundTrip(t, d)
	if len(d.Articles) != 1 || !strings.Contains(strings.Join(pageLeafKinds(d), "\n"), "heading 同盟国にも協力要請") {
		t.Errorf("agency story:\n%s\nwant one article with 同盟国にも協力要請 as its head", strings.Join(pageLeafKinds(d), "\n"))
	}
}

// TestWireStoryTitleGroup: of two title lines over an agency's story
// under the paper's own, the first is the headline and the second its
// subheadline, as a Japanese paper sets them (blind round 74, item 5);
// a kicker's shape over a much longer title (くらしナビ) stays the kicker,
// and one title line alone stays the headline.
func TestWireStoryTitleGroup(t *testing.T) {
	own := "米ＩＴ大手、日本に２兆円投資\n\n" +
		"　【ニューヨーク＝佐藤広樹】米ＩＴ大手のノーザンクラウドは５日、日本国内にデータセンターを新設すると発表した。\n" +
		"　北海道と九州に大型施設を建てる計画だ。\n\n"
	for _, c := range []struct {
		title, text string
		want        []string
	}{
		{"１１月の企業倒産、８２０件\n人手不足が響き７カ月連続増\n", "　東京商工リサーチが６日発表した１１月の倒産件数は８２０件だった。\n　「人手不足倒産」が目立った。〔時事〕\n",
			[]string{"article", "headline １１月の企業倒産、８２０件", "subheadline 人手不足が響き７カ月連続増", "byline 〔時事〕"}},
		{"円安加速\n一時１５５円台　３４年ぶり\n", "　６日の東京外国為替市場で円相場が下落した。（共同）\n",
			[]string{"article", "headline 円安加速", "subheadline 一時１５５円台　３４年ぶり"}},
		{"くらしナビ\n給食の食べ残し　ゼロへ挑む小学校の工夫\n", "　文部科学省は６日、給食の食べ残しを減らす取り組みの事例集をまとめた。（共同）\n",
			[]string{"article", "kicker くらしナビ", "headline 給食の食べ残し　ゼロへ挑む小学校の工夫"}},
		{"灯油価格、東北は横ばい\n", "　資源エネルギー庁は１０日、灯油の店頭価格を公表した。（時事）\n",
			[]string{"article", "headline 灯油価格、東北は横ばい"}},
	} {
		d := mustRead(t, own+c.title+"\n"+c.text)
		got := jaLeaves(d)
		if strings.Count(got, "article\n") != 2 {
			t.Errorf("%q: want two articles:\n%s", c.title, got)
			continue
		}
		wantLeaves(t, got[strings.LastIndex(got, "article\n"):], c.want...)
		roundTrip(t, d)
	}
}
