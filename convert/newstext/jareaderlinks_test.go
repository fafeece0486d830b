package newstext

import "testing"

// webTail is a Japanese regional paper's web copy up to its byline: a
// site name, breadcrumb, headline, stamp and share button over the text.
const webTail = "信濃日報デジタル\n" +
	"ホーム　＞　ニュース　＞　地域\n" +
	"善光寺でお身拭い　参拝客が見守る\n" +
	"2026年12月13日 17:40\n" +
	"この記事をシェア\n" +
	"長野市の善光寺で１３日、年末恒例の「お身拭い」が営まれた。\n" +
	"僧侶らが白い布で本尊を清め、参拝客が静かに見守った。\n" +
	"（地域報道部・中村陽介）\n"

// webTailKinds is what webTail reads as.
var webTailKinds = []string{
	"article", "noise 信濃日報デジタル", "noise ホーム　＞　ニュース　＞　地域",
	"headline 善光寺でお身拭い　参拝客が見守る", "noise 2026年12月13日 17:40", "noise この記事をシェア",
	"paragraph 長野市の善光寺で１３日、年末恒例の「お身拭い」が営まれた。",
	"paragraph 僧侶らが白い布で本尊を清め、参拝客が静かに見守った。",
	"byline （地域報道部・中村陽介）",
}

// TestJaReaderLinkHeader: a Japanese site's header of recommended or
// most-read stories worded to the reader (この記事を読んだ人におすすめ,
// あなたへのおすすめ, アクセスランキング, 【週間アクセスランキング】) heads a
// link list as 関連記事 does, its titles, numbered or not, related links
// (blind page ja-chiho-web: they made a false article of furniture). A
// ranking of goods or a title recommending a thing names no reading and
// is no header.
func TestJaReaderLinkHeader(t *testing.T) {
	for s, want := range map[string]bool{
		"この記事を読んだ人におすすめ":  true,
		"この記事を読んだ方へのおすすめ": true,
		"あなたへのおすすめ":       true,
		"あなたにオススメ":        true,
		"編集部のおすすめ記事":      true,
		"こちらもおすすめ：":       true,
		"アクセスランキング":       true,
		"記事ランキング":         true,
		"【週間アクセスランキング】":   true,
		"総合アクセスランキング":     true,
		"ニュースランキング":       true,
		"おすすめ":            false,
		"冬の鍋におすすめ":        false,
		"読書の秋におすすめ":       false,
		"売れ筋ランキング":        false,
		"週間ランキング":         false,
		"ランキング":           false,
		"住みたい街ランキング":      false,
		"この記事を読んだ人に、おすすめ": false,
	} {
		if got := jaReaderLinkHeader(s); got != want {
			t.Errorf("jaReaderLinkHeader(%q) = %v, want %v", s, got, want)
		}
	}
	links := "輪島朝市、仮設店舗で年内最後の営業\n香箱ガニ漁、序盤は好調　石川県漁協\n"
	ranks := "1　北陸新幹線、大雪で一部運休\n2　善光寺でお身拭い　参拝客が見守る\n3　金沢マラソン、来年の参加料値上げへ\n"
	for _, c := range []struct{ rec, rank string }{
		{"この記事を読んだ人におすすめ", "アクセスランキング"},
		{"あなたへのおすすめ", "【週間アクセスランキング】"},
	} {
		want := append([]string{}, webTailKinds...)
		want = append(want, "noise "+c.rec, "noise 輪島朝市、仮設店舗で年内最後の営業", "noise 香箱ガニ漁、序盤は好調　石川県漁協",
			"noise "+c.rank, "noise 1　北陸新幹線、大雪で一部運休", "noise 2　善光寺でお身拭い　参拝客が見守る", "noise 3　金沢マラソン、来年の参加料値上げへ")
		wantAllKinds(t, webTail+c.rec+"\n"+links+c.rank+"\n"+ranks, want...)
	}
}

// TestLoneTagLines: a web copy's topic tags one a line (#長野 / #地域経済)
// under the byline, over the link lists or at the page's end, or two of
// them over the headline under its breadcrumb, are the site's furniture,
// noise, as a line of them (#颱風 #天文台) is (blind page ja-chiho-web:
// #金沢市 became a false headline). One #word with text under it, a head
// whose author left out the marker's space, and one between two
// paragraphs, stay text.
func TestLoneTagLines(t *testing.T) {
	for s, want := range map[string]bool{
		"#長野":       true,
		"＃地域経済":     true,
		"#JLeague":  true,
		"#":         false,
		"#123":      false,
		"#長野 #地域経済": false,
		"#長野、松本":    false,
		"# 見出し":     false,
		"#話題#":      false,
	} {
		if got := loneTag(s); got != want {
			t.Errorf("loneTag(%q) = %v, want %v", s, got, want)
		}
	}
	for _, tags := range [][]string{{"#長野"}, {"#長野", "#地域経済"}, {"＃長野", "＃善光寺", "＃年末"}} {
		page, want := webTail, append([]string{}, webTailKinds...)
		for _, tag := range tags {
			page += tag + "\n"
			want = append(want, "noise "+tag)
		}
		wantAllKinds(t, page, want...) // at the page's end
		wantAllKinds(t, page+"関連記事\n輪島朝市、仮設店舗で年内最後の営業\n",
			append(want, "noise 関連記事", "noise 輪島朝市、仮設店舗で年内最後の営業")...) // over a link list
	}
	// Over the headline, under the site's breadcrumb.
	head := "信濃日報デジタル\nホーム　＞　ニュース　＞　地域\n"
	wantAllKinds(t, head+"#長野\n#地域経済\n"+webTail[len(head):],
		append([]string{"article", "noise 信濃日報デジタル", "noise ホーム　＞　ニュース　＞　地域", "noise #長野", "noise #地域経済"}, webTailKinds[3:]...)...)
	// Text: a lone #word heading its paragraph, or between paragraphs.
	d := mustRead(t, "#善光寺のお身拭い\n\n長野市の善光寺で１３日、年末恒例の「お身拭い」が営まれた。\n")
	if k := allKinds(d); len(k) < 2 || k[1] == "noise #善光寺のお身拭い" {
		t.Errorf("a lone #word over a paragraph read as %q, want text", k)
	}
	roundTrip(t, d)
	d = mustRead(t, webTail[:len(webTail)-len("（地域報道部・中村陽介）\n")]+"#長野\n市によると、参拝客は例年並みだった。\n（地域報道部・中村陽介）\n")
	for _, k := range allKinds(d) {
		if k == "noise #長野" {
			t.Errorf("a lone #word between paragraphs read as noise: %q", allKinds(d))
		}
	}
	roundTrip(t, d)
}
