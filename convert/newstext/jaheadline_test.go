package newstext

import (
	"strings"
	"testing"
)

// TestJapaneseDigestHeadlines: a Japanese digest of wire briefs runs
// its items with no blank line, a headline over one 　-indented paragraph
// each, with or without a wire's dateline or closing credit: every
// item's headline starts an article, whether it is parted by U+3000 and
// 、 (the Japanese headline's comma) or not, and is never glued to the
// paragraph under it.
func TestJapaneseDigestHeadlines(t *testing.T) {
	page := "きょうの動き\n" +
		"ＥＵ、排出枠取引を拡大へ　海運も対象に\n" +
		"　【ブリュッセル共同】欧州連合（ＥＵ）の欧州委員会は２日、温室効果ガスの排出枠取引制度の対象を海運業にも広げる案を発表した。２０２８年からの導入を目指す。\n" +
		"北陸道で多重事故、５人けが　一時通行止め\n" +
		"　２日午後３時ごろ、富山県小矢部市の北陸自動車道下り線で乗用車など６台が絡む事故があり、５人が軽いけがをした。現場付近は約４時間通行止めとなった。\n" +
		"県内の公立高校で出願始まる\n" +
		"　県内の公立高校の一般入試の出願受け付けが２日始まった。締め切りは９日で、県教育委員会は志願状況を１０日に発表する。\n"
	d := mustRead(t, page)
	roundTrip(t, d)
	if got := headlines(d); got != "ＥＵ、排出枠取引を拡大へ　海運も対象に / 北陸道で多重事故、５人けが　一時通行止め / 県内の公立高校で出願始まる" {
		t.Errorf("articles: %s", got)
	}
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got, "headline 北陸道で多重事故、５人けが　一時通行止め\nparagraph ２日午後３時ごろ、", "headline 県内の公立高校で出願始まる\nparagraph 県内の公立高校の一般入試")

	for _, s := range []string{"米、対中関税を停止　半導体は除外", "将棋・藤川四段、初優勝　最年少記録"} {
		if !jaHeadlineCommas(s) {
			t.Errorf("%s: not a headline's commas", s)
		}
	}
	for _, s := range []string{"首相：「解散は考えず」　党首討論", "円安進む　対ドル１５５円台", "賃上げ，中小にも広がる　春闘"} {
		if jaHeadlineCommas(s) {
			t.Errorf("%s: read as a headline's commas", s)
		}
	}
}
