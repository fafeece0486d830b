package newstext

import (
	"strings"
	"testing"
)

// jaResultsBoxPage is an invented local paper's election box after its
// story: a title, the table's legend, ◇ districts over candidates' rows
// each closed by the turnout with the last election's in brackets, then
// the winners' profiles under a short title line (blind round 71,
// ja-kengisen-kekka, items G, H, I).
const jaResultsBoxPage = "市議選　現職２人が落選\n\n" +
	"　任期満了に伴う市議選は１９日投開票され、新しい議員２６人が決まった。\n\n" +
	"　投票率は３８・１２％で、前回を４・０５ポイント下回った。\n" +
	"（報道部・高橋誠）\n\n" +
	"市議選開票結果\n\n" +
	"（丸数字は当選回数、敬称略）\n\n" +
	"◇東区（定数３－候補４）\n" +
	"当　石川　直人　４４　自現②　３，２１０\n" +
	"当　森　洋子　　５１　公現③　２，９８７\n" +
	"当　遠藤　亮　　３６　無新①　２，１０４\n" +
	"　　原田　進　　６２　共新　　１，０５５\n" +
	"　　大野　茂　　７０　無元　　　５１２\n" +
	"投票率　３８・１２％（前回４２・１７％）\n\n" +
	"◇西区（定数２－候補３）\n" +
	"当　木村　翔太　４０　立現②　２，４４１\n" +
	"当　斎藤　恵　　５７　自現④　２，３０８\n" +
	"　　岡田　修一　４８　無新　　９８７\n" +
	"　　松井　勝　　６６　無新　　４０３\n" +
	"投票率　３６・９０％（前回４０・５５％）\n\n" +
	"新議員の抱負\n\n" +
	"▽遠藤　亮（えんどう・りょう）　元市職員。「子育て世代の声を届ける」。東区。\n\n" +
	"▽木村　翔太（きむら・しょうた）　会社役員。「駅前の再生を急ぐ」。西区。\n"

// TestJaResultsBox reads the box: the turnout lines are rows of their
// districts (G), the legend under the title is the table's note (I), and
// the short title after the last district's rows over the profiles opens
// the next article (H).
func TestJaResultsBox(t *testing.T) {
	d := mustRead(t, jaResultsBoxPage)
	got := jaLeaves(d)
	wantLeaves(t, got,
		"article",
		"headline 市議選　現職２人が落選",
		"byline （報道部・高橋誠）",
		"article",
		"headline 市議選開票結果",
		"note （丸数字は当選回数、敬称略）",
		"heading ◇東区（定数３－候補４）",
		"paragraph 大野　茂　　７０　無元　　　５１２",
		"paragraph 投票率　３８・１２％（前回４２・１７％）",
		"heading ◇西区（定数２－候補３）",
		"paragraph 投票率　３６・９０％（前回４０・５５％）",
		"article",
		"headline 新議員の抱負",
		"paragraph ▽遠藤　亮（えんどう・りょう）　元市職員。「子育て世代の声を届ける」。東区。")
	if n := strings.Count(got, "article\n"); n != 3 {
		t.Errorf("%d articles, want 3:\n%s", n, got)
	}
	roundTrip(t, d)
}

// TestRowComparisonBracket: a figure with the figure it is compared with
// in brackets after it is a row's figure (rowcomparison.go); a bracket of
// other words, or a figure inside a phrase, is none.
func TestRowComparisonBracket(t *testing.T) {
	for s, want := range map[string]bool{
		"投票率　３９・８８％（前回４３・０２％）":    true,
		"投票率　３９・８８％(前回43.02%)":    true,
		"投票率　39.88%（前回43.02%）":    true,
		"売上高　１２，３４５（前年比５％増）":      true,
		"営業利益　８７６（▲１２）":           true,
		"完全失業率　２・５％（前月比０・１ポイント減）": true,
		"CPI　2.1%（前值1.8%）":        true,
		"投票率　３９・８８％":              true, // (bare, as before)
		"投票率　３９・８８％（過去最低）":        false,
		"投票率　３９・８８％（前回並み）":        false,
		"投票率３９％（前回４３％）　過去最低":      false,
		"投票率は３９・８８％（前回４３・０２％）だった": false,
		"支持率（前回４３％）　下落":           false,
	} {
		if got := tableRow(s) > 0; got != want {
			t.Errorf("tableRow(%q) > 0 = %v, want %v", s, got, want)
		}
	}
}

// TestComparisonRowAlone: a line that is a row only by its comparison's
// bracket is one only beside a row or a table's head (the turnout under
// the candidates' rows, TestJaResultsBox; two such lines together); alone
// over prose it is a headline (review 29b, ja-shijiritsu).
func TestComparisonRowAlone(t *testing.T) {
	for s, want := range map[string]bool{
		"内閣支持率　２８％（前回比３ポイント減）": true,
		"投票率　３９・８８％（前回４３・０２％）": true,
		"投票率　３９・８８％":           false, // (a row by its figure)
		"投票率　３９・８８％（過去最低）":     false,
		"広东　102:98（加时）　辽宁":     false,
	} {
		if got := comparisonOnlyRow(s); got != want {
			t.Errorf("comparisonOnlyRow(%q) = %v, want %v", s, got, want)
		}
	}
	const poll = "\u3000共同通信社が５、６両日に実施した全国電話世論調査によると、内閣支持率は２８・３％で、前回１１月の調査から３・１ポイント下落した。\n\n" +
		"\u3000不支持率は５５・６％だった。\n"
	const text = "  paragraph 共同通信社が５、６両日に実施した全国電話世論調査によると、内閣支持率は２８・３％で、前回１１月の調査から３・１ポイント下落した。\n" +
		"  paragraph 不支持率は５５・６％だった。"
	tw34WantTree(t, "内閣支持率　２８％（前回比３ポイント減）\n\n"+poll, "article\n  headline 内閣支持率　２８％（前回比３ポイント減）\n"+text)
	tw34WantTree(t, "主要企業の決算\n\n売上高　１２，３４５（前年比５％増）\n営業利益　８７６（▲１２）\n\n"+poll,
		"article\n  headline 主要企業の決算\n  paragraph 売上高　１２，３４５（前年比５％増）\n  paragraph 営業利益　８７６（▲１２）\n"+text)
}

// TestTableLegend: a bracketed key to a table's signs and the list's
// standing remarks is a table's legend (jalegend.go); a series' part, a
// caption's label or a bracketed remark of other words is none.
func TestTableLegend(t *testing.T) {
	for s, want := range map[string]bool{
		"（丸数字は当選回数、敬称略）":   true,
		"（数字は得票数）":         true,
		"（カッコ内は前回順位）":      true,
		"（敬称略）":            true,
		"（届け出順、敬称略）":       true,
		"（◎は新人、○は現職）":      true,
		"（上）":              false,
		"（写真は山田太郎氏）":       false,
		"（政治部・佐藤健一）":       false,
		"（敬称略します）":         false,
		"（数字は前回より大きく伸びた。）": false,
		"丸数字は当選回数、敬称略":     false,
		"（県内は前回並み）":        false,
	} {
		if got := tableLegend(s); got != want {
			t.Errorf("tableLegend(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTableLegendPlace: the legend is the table's note right under the
// table's title over its rows, or right under its last row, where it
// stays with the table and does not go to the next article; between a
// story's paragraphs the line is left as it was (a paragraph).
func TestTableLegendPlace(t *testing.T) {
	under := "各地の最高気温\n\n" +
		"　６日は各地で気温が上がった。\n\n" +
		"東京　２２・１\n" +
		"大阪　２３・４\n" +
		"（カッコ内は平年差）\n\n" +
		"市長　新年度予算案を発表\n\n" +
		"　市長は６日、新年度予算案を発表した。\n"
	d := mustRead(t, under)
	got := jaLeaves(d)
	wantLeaves(t, got,
		"article",
		"paragraph 大阪　２３・４",
		"note （カッコ内は平年差）",
		"article",
		"headline 市長　新年度予算案を発表")
	roundTrip(t, d)

	story := "表彰式を開催\n\n" +
		"　市は６日、市民栄誉賞の表彰式を開いた。受賞者は次の通り。\n\n" +
		"（敬称略）\n\n" +
		"　式では市長が一人一人に賞状を手渡した。\n"
	d = mustRead(t, story)
	if got := jaLeaves(d); strings.Contains(got, "note ") {
		t.Errorf("a remark between a story's paragraphs taken as a table's note:\n%s", got)
	}
}

// TestTableLegendUnderCaption: a legend line under a table's title read
// as a caption, closed by its unit or opened by 表 and its number, over
// the table's first row or ◇ head, is the table's note (blind round 74,
// item 3); under a photo's caption it stays as it was.
func TestTableLegendUnderCaption(t *testing.T) {
	story := "県内企業の決算\n\n　県内の主要企業の中間決算が６日出そろった。\n\n"
	rows := "売上高　１２，４０８（　６．２）\n営業利益　▲３１５（　―　）\n"
	for _, c := range []struct {
		in   string
		want string // the legend's leaf; "" for no note
	}{
		{"主な企業の９月中間決算（単位・百万円、▲は赤字・減）\n（カッコ内は前年同期比増減率％、―は比較できず）\n" + rows, "note （カッコ内は前年同期比増減率％、―は比較できず）"},
		{"主な企業の９月中間決算（単位・百万円、▲は赤字・減）\n（カッコ内は前年同期比増減率％、―は比較できず）\n◇信越精機\n" + rows, "note （カッコ内は前年同期比増減率％、―は比較できず）"},
		{"表１：主な企業の中間決算\n（カッコ内は前年同期比増減率％）\n◇信越精機\n" + rows, "note （カッコ内は前年同期比増減率％）"},
		{"式典で握手する両社長＝６日、長野市\n（カッコ内は前年同期比増減率％）\n" + rows, ""},
	} {
		d := mustRead(t, story+c.in)
		got := jaLeaves(d)
		if c.want == "" {
			if strings.Contains(got, "note ") {
				t.Errorf("a bracket under a photo's caption taken as a table's note:\n%s", got)
			}
		} else {
			wantLeaves(t, got, "caption "+strings.SplitN(c.in, "\n", 2)[0], c.want)
		}
		roundTrip(t, d)
	}
}

// TestShortTitleAfterResultsTable: a title line shorter than a headline
// (four to seven runes) right after the rows under a marked head opens
// the next article when prose or a list's entries follow it; over more
// rows, or of three runes, it is left to the other rules.
func TestShortTitleAfterResultsTable(t *testing.T) {
	box := "◇Ｊ１最終節（６日）\n" +
		"神戸　２―１　広島\n" +
		"浦和　０―０　鹿島\n\n"
	d := mustRead(t, "Ｊ１　神戸が連覇\n\n　サッカーのＪ１は６日、最終節の９試合が行われた。\n\n"+box+
		"監督の一問一答\n\n　――連覇の要因は。\n　「選手がよく走った」\n")
	wantLeaves(t, jaLeaves(d),
		"article",
		"heading ◇Ｊ１最終節（６日）",
		"paragraph 浦和　０―０　鹿島",
		"article",
		"headline 監督の一問一答")
	roundTrip(t, d)
	for _, s := range []string{"得点ランキング\n\n１　大迫　神戸　２２\n２　満田　広島　１８\n", "最終順位\n\n１　神戸　７２\n２　広島　６８\n", "横顔\n\n　大迫は２２得点で初の得点王に輝いた。\n"} {
		d := mustRead(t, "Ｊ１　神戸が連覇\n\n　サッカーのＪ１は６日、最終節の９試合が行われた。\n\n"+box+s)
		if got := jaLeaves(d); strings.Count(got, "article\n") != 1 {
			t.Errorf("a label over more rows, or a word of two, opened an article:\n%s", got)
		}
	}
}
