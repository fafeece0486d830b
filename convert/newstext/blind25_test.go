package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// Blind evaluation 25: Japanese and Korean forms the tester's pages
// (ja-chunichi, ja-shakaimen, ko-yonhap-photos, ko-hankook) showed.

// TestBlindEqualsJumpAndSupplied: a Japanese cross-reference printed
// after ＝ alone on its line (＝２面に関連記事) is a jump, and a caption
// credited to the photo's supplier after ＝ (…＝名古屋市提供) is a caption
// like …＝佐藤花子撮影: neither opens the next story's title group
// (ja-chunichi).
func TestBlindEqualsJumpAndSupplied(t *testing.T) {
	tests := []struct {
		in   string
		kind unitKind
	}{
		{"＝２面に関連記事", uJump},
		{"＝関連記事２面", uJump},
		{"＝社会面に関連記事", uJump},
		{"（２面に関連記事）", uJump},
		{"＝２面", uText},    // a page alone is no jump
		{"＝正面に関連", uText}, // 正面 names no page
		{"公表された新バスターミナルの完成予想図＝名古屋市提供", uCaption},
		{"発見された土器＝県埋蔵文化財センター提供", uCaption},
		{"市は新たな補助制度を提供", uText},                      // no ＝: a title
		{"市は三日、補助を始めた。対象は約千人＝市提供", uText},           // a full stop before ＝
		{"完成予想図＝名古屋市、中部地方整備局、愛知県、岐阜県の四者が共同で提供", uText}, // no one supplier
	}
	for _, tt := range tests {
		if k, _, _ := classifyText(tt.in); k != tt.kind {
			t.Errorf("classifyText(%q) = %s, want %s", tt.in, kindName(k), kindName(tt.kind))
		}
	}
	d := mustRead(t, "名駅に新バスターミナル\n２８年春開業へ　高速バスを集約\n\n"+
		"　【名古屋】名古屋市は三日、名古屋駅西口に新しいバスターミナルの完成予想図を公表した。\n"+
		"　総事業費は約百八十億円を見込む。\n"+
		"＝２面に関連記事\n\n"+
		"公表された新バスターミナルの完成予想図＝名古屋市提供\n\n"+
		"定禅寺通に冬の装い\n雪囲い作業始まる\n\n"+
		"　【仙台】仙台市青葉区の定禅寺通で二日、雪囲いの作業が始まった。\n")
	got := outline(d, false)
	want := "article\n" +
		"  headline 名駅に新バスターミナル\n" +
		"  subheadline ２８年春開業へ　高速バスを集約\n" +
		"  dateline 【名古屋】 place=名古屋\n" +
		"  paragraph 名古屋市は三日、名古屋駅…を公表した。\n" +
		"  paragraph 総事業費は約百八十億円を見込む。\n" +
		"  jump ＝２面に関連記事\n" +
		"  caption 公表された新バスターミナ…名古屋市提供\n" +
		"article\n" +
		"  headline 定禅寺通に冬の装い\n" +
		"  subheadline 雪囲い作業始まる\n" +
		"  dateline 【仙台】 place=仙台\n" +
		"  paragraph 仙台市青葉区の定禅寺通で…が始まった。\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestBlindBriefColumnShortTitle: in a briefs column with no blank
// lines, a short title line set where the items above set their
// headlines (flush, under an indented one-paragraph item, after an item
// closed by a bureau's trailer and one opened by a dateline) is the next
// item's headline, not a head of the item above (ja-shakaimen's おわび).
// A story's short heads after a one-paragraph lead and section stay
// heads: no dateline or trailer marks those paragraphs as items.
func TestBlindBriefColumnShortTitle(t *testing.T) {
	briefs := "住宅全焼、焼け跡から２遺体\n" +
		"　三日午前二時ごろ、岐阜県大垣市の住宅から出火、木造二階建て約百二十平方メートルを全焼した。\n" +
		"（岐阜支局）\n" +
		"路線バスが電柱に衝突\n" +
		"　【静岡】三日午後四時ごろ、浜松市中央区の市道で、路線バスが電柱に衝突した。乗客三人が軽いけが。\n" +
		"落雷で停電\n" +
		"　三日夕、静岡市内で落雷があり、約二千戸が一時停電した。\n"
	d := mustRead(t, briefs)
	if len(d.Articles) != 3 || len(d.Articles[2].Children) == 0 || d.Articles[2].Children[0].Kind != doc.KindHeadline || d.Articles[2].Children[0].Text != "落雷で停電" {
		t.Errorf("the short title is the third brief's headline; got:\n%s", outline(d, false))
	}
	roundTrip(t, d)
	story := "市立図書館が全面改装\n" +
		"　【静岡】静岡市は三日、市立図書館の全面改装を終え、四日から利用を再開すると発表した。\n" +
		"広がる閲覧席\n" +
		"　閲覧席は従来の二倍の約四百席に増えた。\n" +
		"子ども向けも\n" +
		"　児童書の棚も広げ、読み聞かせの部屋を新たに設けた。\n"
	d = mustRead(t, story)
	got := outline(d, false)
	if len(d.Articles) != 1 || strings.Count(got, "heading ") != 2 {
		t.Errorf("a story's short heads stay heads; got:\n%s", got)
	}
}
