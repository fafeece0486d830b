package newstext

import (
	"strings"
	"testing"
)

// TestMarkerFramedHead: a head framed by two of one bullet with nothing
// after the second (◇岡谷市◇, a 地方紙's town head) is a head, not a
// list's items run on one line; a bullet with an item after it still
// makes the line a list (blind round 68, item E).
func TestMarkerFramedHead(t *testing.T) {
	for _, s := range []string{"◇岡谷市◇", "◇辰野町◇", "◆県内◆", "■　上田市　■", "◇南箕輪村◇◇"} {
		if markerList(s) {
			t.Errorf("%s: read as a list line", s)
		}
		if m := headMarker(s); m == "" {
			t.Errorf("%s: no head marker", s)
		}
	}
	for _, s := range []string{"◇日時 ３日 ◇会場 市民会館", "▲대구 맑음 ▲부산 흐림", "◇岡谷市◇辰野町", "■ 日時 ３日 ■ 会場 市民会館"} {
		if !markerList(s) {
			t.Errorf("%s: not a list line", s)
		}
	}
	for _, s := range []string{"◇", "◇◇", "◇　　　◇"} {
		if markerList(s) {
			t.Errorf("%s: read as a list line", s)
		}
	}
}

// TestJaFieldRow: a Japanese information box's row, a listed label,
// U+3000 and a value (日時　１２月１３日午後７時), pairs with the row under
// it: the two are never one wrapped paragraph, nor a box's rows a
// kicker over the next title (alikeRows). A lone line of that shape
// decides nothing, as a headline's phrases may be parted so (item G).
func TestJaFieldRow(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"日時　１２月１３日午後７時", true},
		{"場所　諏訪湖畔公園", true},
		{"問い合わせ　諏訪観光協会（０２", true},
		{"問い合わせ　町商工観光課（０２６５・７９・３１１１）", true},
		{"会場　町文化センター", true},
		{"料金　無料", true},
		{"日時は１２月１３日午後７時", false},   // (no padding: a sentence's start)
		{"場所を移して開催した。", false},     // (a sentence)
		{"場所　諏訪湖畔公園で開催した。", false}, // (a sentence's value)
		{"会場熱気　町文化センター", false},    // (no listed label)
		{"日時　", false},             // (no value)
		{"問い合わせは諏訪観光協会（０２６６・５２・２１１１）まで", false},
		{"場所　" + strings.Repeat("諏訪", 20), false}, // (too long for a row)
	} {
		if got := jaFieldRow(tt.s); got != tt.want {
			t.Errorf("jaFieldRow(%s) = %v, want %v", tt.s, got, tt.want)
		}
	}
	for _, tt := range []struct {
		p, c string
		want bool
	}{
		{"日時　１２月１３日午後７時", "場所　諏訪湖畔公園", true},
		{"場所　諏訪湖畔公園", "問い合わせ　諏訪観光協会（０２", true},
		{"問い合わせ　諏訪観光協会（０２", "６６・５２・２１１１）", false}, // (the row's wrap)
		{"会場　熱気に包まれ", "　第１０６回大会は６日、開幕した。", false},
		{"日時は１２月１３日", "場所　諏訪湖畔公園", false},
	} {
		if got := infoRowPair(tt.p, tt.c); got != tt.want {
			t.Errorf("infoRowPair(%s, %s) = %v, want %v", tt.p, tt.c, got, tt.want)
		}
		if got := alikeRows(tt.p, tt.c); got != tt.want {
			t.Errorf("alikeRows(%s, %s) = %v, want %v", tt.p, tt.c, got, tt.want)
		}
	}
}

// TestJaLocalCorners: a 地方紙's local page (blind round 68, page
// ja-kenban-machiwadai-moyooshi, items E–H): the まちの話題 corner's town
// heads ◇岡谷市◇ are its sections, the corner's name its headline; the
// listing's label 〈催し〉 after the signature above opens the listing,
// its ◇ events the sections, each 日時　/場所　/問い合わせ　 row a
// paragraph with its wrapped phone number; and the 地域の話題 rubric, a
// short line after a blank under the last row, is the photo story's
// kicker, not glued to that row, with the photo's title, as wide as the
// measure, its headline over the caption.
func TestJaLocalCorners(t *testing.T) {
	page := "信州南日報　２０２６年（令和８年）１２月７日　月曜日　　諏訪・上伊那　１９\n\n" +
		"諏訪湖に冬の使者\nコハクチョウ今季初飛来\n" +
		"　【下諏訪町】諏訪湖に６日、冬\nの使者コハクチョウが今季初めて\n飛来した。下諏訪町の砥川河口付\n近で４羽が羽を休めているのを、\n日本野鳥の会諏訪支部の会員が確\n認した。\n" +
		"（諏訪支局）\n\n" +
		"まちの話題\n◇岡谷市◇\n　岡谷市の岡谷蚕糸博物館で、市\n内の小学生が繭から糸を引く体験\nをした。\n（岡谷通信部）\n" +
		"◇辰野町◇\n　辰野町の荒神山公園で６日、住\n民有志が冬の遊歩道を整備した。\n（辰野通信部）\n\n" +
		"〈催し〉\n◇諏訪湖冬花火特別公演\n日時　１２月１３日午後７時\n場所　諏訪湖畔公園\n問い合わせ　諏訪観光協会（０２\n６６・５２・２１１１）\n\n" +
		"地域の話題\n上諏訪温泉で冬至前のゆず湯準備\n湯船にゆずを浮かべる旅館の従業\n員＝６日、諏訪市で\n"
	d := mustRead(t, page)
	roundTrip(t, d)
	got := outline(d, false)
	wantIn(t, got,
		"article\n  headline まちの話題\n  section\n    heading ◇岡谷市◇\n",
		"  section\n    heading ◇辰野町◇\n",
		"article\n  headline 〈催し〉\n  section\n    heading ◇諏訪湖冬花火特別公演\n    paragraph 日時　１２月１３日午後７時\n    paragraph 場所　諏訪湖畔公園\n    paragraph 問い合わせ",
		"article\n  kicker 地域の話題\n  headline 上諏訪温泉で冬至前のゆず湯準備\n  caption 湯船にゆずを浮かべる旅館の従業員＝６日、諏訪市で\n")
	wantIn(t, strings.Join(pageLeafKinds(d), "\n")+"\n", "paragraph 問い合わせ　諏訪観光協会（０２６６・５２・２１１１）\nkicker 地域の話題\n")

	// Look-alikes that stay as they were: a headline's phrases parted by
	// U+3000 opening with a listed label; a run-on list of ◇ items; a
	// paragraph a column break cut, its rest after the blank line.
	for _, tt := range []struct{ page, want string }{
		{"全国高校ラグビー\n会場　熱気に包まれ\n　第１０６回全国高校ラグビー大会は６日、東大阪市の花園ラグビー場で開幕した。\n（共同）\n",
			"subheadline 会場　熱気に包まれ\n"},
		{"市民会館の催し\n◇日時 ３日 ◇会場 市民会館\n　市民会館で３日、冬の音楽会が開かれる。入場無料。\n",
			"paragraph ◇日時 ３日 ◇会場 市民会館\n"},
		{"冬の音楽会\n　市民会館で３日、冬の音楽会が開かれる。会場には多くの市民が訪れ、子どもたちが雪だるまを作\n\nった。市は来年も開く。\n",
			"paragraph 市民会館で３日、冬の音楽会が開かれる。会場には多くの市民が訪れ、子どもたちが雪だるまを作った。市は来年も開く。\n"},
	} {
		d := mustRead(t, tt.page)
		wantIn(t, strings.Join(pageLeafKinds(d), "\n")+"\n", tt.want)
	}
}
