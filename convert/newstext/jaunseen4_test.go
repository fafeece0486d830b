package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// Japanese conventions found by a fourth round of blind pages (December
// 2026: 朝日 and 毎日 web copy, a 読売 sports page), each tested on
// original text of its own.

// jaLeaves lists the leaves of every article of d as "kind text", with
// "article" where each article starts.
func jaLeaves(d *doc.Document) string {
	var b strings.Builder
	for _, a := range d.Articles {
		b.WriteString("article\n")
		doc.Walk(a, func(n *doc.Node) bool {
			if !n.Kind.IsContainer() {
				b.WriteString(string(n.Kind) + " " + n.Text + "\n")
			}
			return true
		})
	}
	return b.String()
}

// wantLeaves fails t unless got holds each of want, in order, each a
// whole line.
func wantLeaves(t *testing.T, got string, want ...string) {
	t.Helper()
	rest := "\n" + got
	for _, w := range want {
		k := strings.Index(rest, "\n"+w+"\n")
		if k < 0 {
			t.Errorf("no %q (in order) in:\n%s", w, got)
			return
		}
		rest = rest[k+len(w)+1:]
	}
}

// TestAsahiCaptionForms: a Japanese caption's tail after ＝ may give the
// full date (２０２５年３月５日) where wires give the day alone, and the
// place before the photographer's 撮影 however long; such a line is a
// caption, not a paragraph to glue to the next.
func TestAsahiCaptionForms(t *testing.T) {
	for in, want := range map[string]bool{
		"記者会見で計画の凍結を発表する市長＝２０２５年３月５日午後、横浜市役所、田村一郎撮影": true,
		"入港した大型クルーズ船＝２０２５年３月５日、神戸市中央区、ＡＰ":            true,
		"式典で演説する首相＝１１月２０日、東京都千代田区":                   true,
		"訓練に参加する隊員＝神奈川県横須賀市の米海軍基地、田村一郎撮影":            true,
		"訓練に参加する隊員＝田村一郎撮影":                           true,
		// A sentence with a date after ＝ is no caption, nor is a
		// long tail ending in 撮影 with no place before it.
		"気温は平年並み＝２０２５年３月５日の観測。市は注意を呼びかけた":                      false,
		"映像は先月、隊員が訓練の様子を残そうと自ら携帯電話のカメラで撮影":                     false,
		"予定＝２０２５年春ごろ、関係者によると来年度予算の成立後に詳細を詰めて発表する見込みだという説明があった": false,
	} {
		if got := isCaption(in); got != want {
			t.Errorf("isCaption(%q) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]bool{
		"２":            true,
		"１２月２":         true,
		"２０２５年３月５":     true,
		"2025年3月5":     true,
		"年３月５":         false,
		"２０２５年春ごろ、３月５": false,
		"":             false,
	} {
		if got := isCaptionDay(in); got != want {
			t.Errorf("isCaptionDay(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestPictureSlotLabel: 写真・図版, the label a news site leaves where a
// picture stood, alone on its line is web furniture (noise), not a
// section head; the caption under it is a caption, and the paragraph
// after that is not glued to it.
func TestPictureSlotLabel(t *testing.T) {
	page := "市長、新庁舎の建設を凍結\n\n" +
		"財政難で見直し　来春に結論\n\n" +
		"　【横浜＝山口花子】横浜市の市長は５日、新庁舎の建設計画を当面凍結すると発表した。資材価格の高騰で総事業費が膨らんだためという。\n\n" +
		"　市長は「市民の理解が得られる計画に練り直す」と述べた。\n\n" +
		"写真・図版\n\n" +
		"記者会見で建設計画の凍結を発表する市長＝２０２５年３月５日午後、横浜市役所、田村一郎撮影\n\n" +
		"　市議会の一部会派は「説明が足りない」と反発している。\n"
	d := mustRead(t, page)
	wantLeaves(t, jaLeaves(d),
		"headline 市長、新庁舎の建設を凍結",
		"paragraph 市長は「市民の理解が得られる計画に練り直す」と述べた。",
		"noise 写真・図版",
		"caption 記者会見で建設計画の凍結を発表する市長＝２０２５年３月５日午後、横浜市役所、田村一郎撮影",
		"paragraph 市議会の一部会派は「説明が足りない」と反発している。")
	roundTrip(t, d)
	for in, want := range map[string]string{
		"写真・図版":     noiseChrome,
		"図版":        noiseChrome,
		"写真・図版の一覧へ": "",
		"写真は市役所":    "",
	} {
		if got := noiseKind(in); got != want {
			t.Errorf("noiseKind(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestJapaneseEditionLine: the line a Japanese paper's site sets under a
// headline (the paper, the day, the printed edition, the paywall label,
// the length) is noise that dates the story, not a subheadline; a
// column's title of its first words and an ellipsis over one
// (水説：春を待つ港町で…) is the headline that starts the next article.
func TestJapaneseEditionLine(t *testing.T) {
	page := "社説：介護人材の不足　処遇改善を急ぐべきだ\n" +
		"毎日新聞 2025/3/5 東京朝刊 有料記事 1120文字\n" +
		"　介護の現場で人手不足が深刻になっている。厚生労働省の推計では、２０２６年度に約２５万人が足りなくなる。\n" +
		"　賃金は全産業の平均より月に数万円低い。若い世代が定着しないのは当然だろう。\n" +
		"水説：春を待つ港町で…\n" +
		"毎日新聞 2025/3/5 大阪夕刊 有料記事 905文字\n" +
		"　港町の朝は早い。まだ暗いうちから漁船が戻り、競りの声が響く▲今年は不漁が続き、値段は例年の倍近い。\n" +
		"　それでも漁師たちは海に出る▲春の訪れを告げる魚が、もうすぐ網にかかるはずだ。\n"
	d := mustRead(t, page)
	wantLeaves(t, jaLeaves(d),
		"article",
		"headline 社説：介護人材の不足　処遇改善を急ぐべきだ",
		"noise 毎日新聞 2025/3/5 東京朝刊 有料記事 1120文字",
		"paragraph 介護の現場で人手不足が深刻になっている。厚生労働省の推計では、２０２６年度に約２５万人が足りなくなる。",
		"paragraph 賃金は全産業の平均より月に数万円低い。若い世代が定着しないのは当然だろう。",
		"article",
		"headline 水説：春を待つ港町で…",
		"noise 毎日新聞 2025/3/5 大阪夕刊 有料記事 905文字",
		"paragraph 港町の朝は早い。まだ暗いうちから漁船が戻り、競りの声が響く▲今年は不漁が続き、値段は例年の倍近い。")
	roundTrip(t, d)
	for in, want := range map[string]bool{
		"毎日新聞 2025/3/5 東京朝刊 有料記事 1120文字":                    true,
		"毎日新聞 2025/3/5 西部夕刊":                                true,
		"北海道新聞 2025年3月5日 会員限定記事":                            true,
		"毎日新聞 2025/3/5 18:40(最終更新 3/5 19:02) 有料記事 1020文字":   true,
		"毎日新聞 2025/3/5 18:40（最終更新 3/5 19:02） 768文字":         true,
		"毎日新聞 2025/3/5":                                     false, // a date alone: no edition
		"毎日新聞 東京朝刊 有料記事":                                    false, // no date
		"新聞 2025/3/5 東京朝刊":                                  false,
		"毎日新聞 2025/3/5 東京朝刊 記事の続きを読む 有料記事":                  false,
		"毎日新聞 2025/3/5 18:40(最終更新 3/5 19:02 有料記事 1020文字":    false,
		"毎日新聞社が2025/3/5に発表した東京朝刊の部数は有料記事":                   false,
		"全国の新聞 2025/3/5 朝刊 夕刊 合わせて１０００文字":                   false,
		"毎日新聞 2025/3/5 東京朝刊 有料記事 1120文字 毎日新聞 2025/3/5 東京朝刊": false,
	} {
		if got := isJapaneseEditionLine(in); got != want {
			t.Errorf("isJapaneseEditionLine(%q) = %v, want %v", in, got, want)
		}
		if got := noiseKind(in) == noiseEdition; got != want {
			t.Errorf("noiseKind(%q) == noiseEdition is %v, want %v", in, got, want)
		}
	}
}

// TestJapaneseLinkList: a Japanese site's list of links under 関連記事
// (or あわせて読みたい) is noise, each link a unit of its own even with no
// blank line between them, not a run-in head 【社説】 glued to the next
// link; a headline over the next story's edition line after the list
// still starts its article.
func TestJapaneseLinkList(t *testing.T) {
	page := "水説：春を待つ港町で…\n" +
		"毎日新聞 2025/3/5 大阪夕刊 有料記事 905文字\n" +
		"　港町の朝は早い。まだ暗いうちから漁船が戻り、競りの声が響く▲今年は不漁が続き、値段は例年の倍近い。\n" +
		"関連記事\n" +
		"【社説】物流の人手不足　運ぶ仕組みを見直す時\n" +
		"【水説】冬の終わりに…\n" +
		"社説：春闘の行方　中小企業にも波及を\n" +
		"毎日新聞 2025/3/6 東京朝刊 有料記事 1005文字\n" +
		"　春闘の集中回答日が近づいた。大手企業では高い水準の賃上げが続く見通しだ。\n"
	d := mustRead(t, page)
	got := jaLeaves(d)
	wantLeaves(t, got,
		"article",
		"headline 水説：春を待つ港町で…",
		"noise 関連記事",
		"noise 【社説】物流の人手不足　運ぶ仕組みを見直す時",
		"noise 【水説】冬の終わりに…",
		"article",
		"headline 社説：春闘の行方　中小企業にも波及を",
		"noise 毎日新聞 2025/3/6 東京朝刊 有料記事 1005文字",
		"paragraph 春闘の集中回答日が近づいた。大手企業では高い水準の賃上げが続く見通しだ。")
	if strings.Contains(got, "heading") {
		t.Errorf("a link taken as a head:\n%s", got)
	}
	roundTrip(t, d)
	d = mustRead(t, "港に大型クルーズ船\n\n　神戸港に５日、大型クルーズ船が入港した。\n\nあわせて読みたい\n\n【速報】神戸港の新ターミナル完成\n\n大型客船の寄港、過去最多に\n")
	wantLeaves(t, jaLeaves(d),
		"paragraph 神戸港に５日、大型クルーズ船が入港した。",
		"noise あわせて読みたい",
		"noise 【速報】神戸港の新ターミナル完成",
		"noise 大型客船の寄港、過去最多に")
	roundTrip(t, d)
	for in, want := range map[string]bool{
		"関連記事":         true,
		"関連記事：":        true,
		"【関連記事】":       true,
		"あわせて読みたい":     true,
		"関連記事７面に":      false,
		"関連記事の一覧":      false,
		"おすすめ記事はこちらから": false,
	} {
		if got := isJaLinkHeader(in); got != want {
			t.Errorf("isJaLinkHeader(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestTitleAfterMarkedHeadsRows: after an article that marks its heads
// with ◇, a title line alone between blank lines over indented text
// starts the next article, also when the last ◇ head's text is a table
// of results (rows, which are body text: neither title lines that end
// the marked heads' run nor kickers of the headline under them).
func TestTitleAfterMarkedHeadsRows(t *testing.T) {
	page := "千葉Ｊ　首位譲らず\n" +
		"富樫１８得点　終盤に突き放す\n\n" +
		"　バスケットボールＢリーグは５日、各地で８試合が行\n" +
		"われ、首位の千葉Ｊは敵地で川崎に８８―７９で勝ち、\n" +
		"連勝を６に伸ばした。\n" +
		"　富樫は「守備から流れをつくれた」と話した。\n\n" +
		"◇Ｂ１（５日）\n" +
		"千葉Ｊ　８８―７９　川崎\n" +
		"琉球　　７５―７０　島根\n" +
		"宇都宮　６８―７２　三河\n" +
		"名古屋Ｄ　９１―８４　広島\n\n" +
		"阪神・佐藤、２億円で更改\n\n" +
		"　阪神の佐藤光太外野手（２６）が５日、兵庫県西宮市\n" +
		"の球団事務所で契約交渉に臨み、５０００万円増の年俸\n" +
		"２億円でサインした（金額は推定）。\n" +
		"　「来季は全試合に出たい」と話した。\n" +
		"（田中和也）\n"
	d := mustRead(t, page)
	got := jaLeaves(d)
	wantLeaves(t, got,
		"article",
		"headline 千葉Ｊ　首位譲らず",
		"heading ◇Ｂ１（５日）",
		"paragraph 千葉Ｊ　８８―７９　川崎",
		"paragraph 名古屋Ｄ　９１―８４　広島",
		"article",
		"headline 阪神・佐藤、２億円で更改",
		"paragraph 阪神の佐藤光太外野手（２６）が５日、兵庫県西宮市の球団事務所で契約交渉に臨み、５０００万円増の年俸２億円でサインした（金額は推定）。",
		"byline （田中和也）")
	if strings.Contains(got, "kicker") {
		t.Errorf("a row taken as a kicker:\n%s", got)
	}
	roundTrip(t, d)
	for in, want := range map[string]bool{
		"名古屋Ｄ　９１―８４　広島":   true,
		"・首相、閣議で補正予算案を決定": true,
		"（神）佐藤、大山、近本":     true,
		"阪神・佐藤、２億円で更改":    false,
	} {
		if got := rowLine(in); got != want {
			t.Errorf("rowLine(%q) = %v, want %v", in, got, want)
		}
	}
}
