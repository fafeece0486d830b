package newstext

import (
	"strings"
	"testing"
)

// jaSportsTop is a Japanese site's copy down to the story's stamps: its
// name, breadcrumb, headline and posting stamp.
const jaSportsTop = "信越新報デジタル\nホーム　＞　スポーツ　＞　サッカー\n信越ＦＣ、Ｊ２昇格決める　最終節で逆転勝ち\n2026年12月6日 21:05\n"

// jaSportsBody is the story under the stamps, down to its credit and a
// related list.
const jaSportsBody = "有料会員限定記事\nX\nFacebook\nLINE\n" +
	"サッカー明治安田Ｊ３リーグの信越ＦＣは６日、長野市のＵスタジアムで最終節を行い、富山Ｓに２―１で逆転勝ちした。\n" +
	"クラブ創設１５年目での初昇格に、スタンドを埋めた約１万２千人のサポーターが沸いた。\n" +
	"（運動部・小林拓也）\n関連記事\n信越ＦＣ、昇格へ「あと１勝」　指揮官が手応え\nＪ３最終節、チケット完売　過去最多の観客見込む\n"

// TestJapaneseBracketedUpdateStamp: a Japanese site sets the time of a
// story's update alone in brackets under its stamp or headline,
// （2026年12月6日 22:40更新）, in full-width digits too, the word first or
// last, with or without the year: a stamp (noise), never the headline of
// a second article holding the story (blind page ja-web-sports). A
// bracket with no time (（毎月更新）, （記録を更新）), no stamp word, or
// more words after the stamp, stays text.
func TestJapaneseBracketedUpdateStamp(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"（2026年12月6日 22:40更新）", noiseStamp},
		{"(2026年12月6日 22:40更新)", noiseStamp},
		{"（２０２６年１２月６日　２２：４０更新）", noiseStamp},
		{"（12月6日 22:40 更新）", noiseStamp},
		{"（更新 12月6日 22:40）", noiseStamp},
		{"（最終更新：12/6 22:40）", noiseStamp},
		{"（2026年12月6日 22時40分更新）", noiseStamp},
		{"【2026年12月6日 22:40 更新】", noiseStamp},
		{"（12月6日 22:40配信）", noiseStamp},
		{"2026年12月6日 22:40（最終更新 12月6日 22:40）", noiseStamp},
		// Look-alikes.
		{"（毎月更新）", ""},
		{"（記録を更新）", ""},
		{"（12月6日更新）", ""},
		{"（12月6日 22:40）", ""},
		{"（2026年12月6日 22:40更新の記事）", ""},
		{"（12月6日 22:40更新）と発表した。", ""},
	}
	for _, tc := range tests {
		if got := noiseKind(tc.line); got != tc.want {
			t.Errorf("noiseKind(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
	for _, stamp := range []string{"（2026年12月6日 22:40更新）", "（１２月６日　２２：４０ 更新）"} {
		d := mustRead(t, jaSportsTop+stamp+"\n"+jaSportsBody)
		if len(d.Articles) != 1 {
			t.Errorf("%s: %d articles, want 1:\n%s", stamp, len(d.Articles), strings.Join(pageLeafKinds(d), "\n"))
		}
		wantIn(t, strings.Join(pageLeafKinds(d), "\n"), "headline 信越ＦＣ、Ｊ２昇格決める　最終節で逆転勝ち\nnoise 2026年12月6日 21:05\nnoise "+stamp+"\n")
		roundTrip(t, d)
	}
}

// TestJapaneseBareRankingHeader: a bare ランキング (人気記事, よく読まれて
// いる記事) heading links at a web page's foot, or alone at its end, is
// the site's furniture and the titles under it links, as under
// アクセスランキング; the same word over body text, on a page with no
// web furniture, or inside a sentence, stays text.
func TestJapaneseBareRankingHeader(t *testing.T) {
	web := jaSportsTop + jaSportsBody
	bare, _, _ := strings.Cut(web, "関連記事") // (ending at the credit: a link list's titles go on to any short line under them)
	tests := []struct {
		name, page string
		want, not  []string
	}{
		{"alone at the foot", web + "この記事の写真（3枚）\nランキング\n", []string{"noise ランキング"}, nil},
		{"over numbered links", bare + "ランキング\n1　信越ＦＣ、Ｊ２昇格決める\n2　長野マラソン、エントリー開始\n",
			[]string{"noise ランキング\nnoise 1　信越ＦＣ、Ｊ２昇格決める\nnoise 2　長野マラソン、エントリー開始"}, nil},
		{"人気記事 with a colon", bare + "人気記事：\n長野マラソン、エントリー開始\n", []string{"noise 人気記事：\nnoise 長野マラソン、エントリー開始"}, nil},
		{"よく読まれている記事", bare + "よく読まれている記事\n長野マラソン、エントリー開始\n", []string{"noise よく読まれている記事\nnoise 長野マラソン、エントリー開始"}, nil},
		// Look-alikes.
		{"alone after the credit", bare + "ランキング\n", []string{"noise ランキング"}, nil},
		{"over body text", bare + "ランキング\n県内の高校の進学実績を比べたランキングが話題を呼んでいる。\n", nil, []string{"noise ランキング"}},
		{"print page", "信越ＦＣ、Ｊ２昇格決める\n　サッカーＪ３の信越ＦＣは６日、最終節で逆転勝ちした。\nランキング\n", nil, []string{"noise ランキング"}},
		{"a longer word", bare + "ランキング一覧\n", nil, []string{"noise ランキング一覧"}},
	}
	for _, tc := range tests {
		d := mustRead(t, tc.page)
		got := strings.Join(pageLeafKinds(d), "\n")
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: no %q in:\n%s", tc.name, w, got)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(got, w) {
				t.Errorf("%s: %q in:\n%s", tc.name, w, got)
			}
		}
		roundTrip(t, d)
	}
}
