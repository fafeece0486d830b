package newstext

import (
	"strings"
	"testing"
)

// Japanese conventions found by a fifth round of blind pages (December
// 2026: a 琉球新報 front page, a 東京新聞 local page, 時事 web copy, an
// interview page), each tested on original text of its own.

// TestJaDeskDotCredit: a story's end credit naming the desk and the
// reporter parted by a middle dot, （札幌支社・田中浩二）, is a byline (the
// desk its org, as in （社会部　佐藤花子）), so on a hard-wrapped page with
// no blank lines the title line under it starts the next article instead
// of being glued to the credit as one paragraph.
func TestJaDeskDotCredit(t *testing.T) {
	for in, want := range map[string]string{
		"経済部・山田花子":  "org=経済部 names=山田花子",
		"札幌支社・田中浩二": "org=札幌支社 names=田中浩二",
		"那覇支局・森一郎":  "org=那覇支局 names=森一郎",
		"東京・山田花子":   "", // a place, no desk: （米子＝山本花子） is the place's form
		"社会部・写真部":   "",
		"経済部・山田・花子": "",
	} {
		c, ok := deskNameCredit(in)
		got := ""
		if ok {
			got = "org=" + c.org + " names=" + strings.Join(c.names, ",")
		}
		if got != want {
			t.Errorf("deskNameCredit(%q) = %q, want %q", in, got, want)
		}
	}
	page := "市庁舎　耐震改修へ\n" +
		"　【札幌】札幌市は５日、本庁舎の耐震改修に\n" +
		"着手する方針を明らかにした。工期は３年の見\n" +
		"込みで、窓口は仮庁舎に移す。\n" +
		"（札幌支社・田中浩二）\n" +
		"給食で食中毒の疑い　児童１２人が症状\n" +
		"　６日午後、市内の小学校で給食を食べた児童\n" +
		"が相次いで腹痛を訴えた。保健所が原因を調べ\n" +
		"ている。\n"
	got := jaLeaves(mustRead(t, page))
	wantLeaves(t, got,
		"byline （札幌支社・田中浩二）",
		"article",
		"headline 給食で食中毒の疑い　児童１２人が症状",
		"paragraph ６日午後、市内の小学校で給食を食べた児童が相次いで腹痛を訴えた。保健所が原因を調べている。")
}

// TestJaTitleAfterTrailer: a title line under a paragraph closed by its
// bracketed credit (…調べている。（時事）) starts the next article — a
// column under its name — not a section of the story the credit closed.
func TestJaTitleAfterTrailer(t *testing.T) {
	page := "港の倉庫で火災　けが人なし\n" +
		"　７日未明、港区の倉庫から出火し、木造平屋\n" +
		"約２００平方メートルを焼いた。けが人はいな\n" +
		"かった。警察が出火原因を調べている。（時事）\n" +
		"海風随想\n" +
		"　冬の港は音が澄む。汽笛が遠くまで届き、波\n" +
		"の音さえ輪郭を持つ▼漁師の朝は暗いうちに始\n" +
		"まる。網を繕う手に迷いはない。\n"
	got := jaLeaves(mustRead(t, page))
	wantLeaves(t, got,
		"byline （時事）",
		"article",
		"headline 海風随想",
		"paragraph 冬の港は音が澄む。汽笛が遠くまで届き、波の音さえ輪郭を持つ▼漁師の朝は暗いうちに始まる。網を繕う手に迷いはない。")
	if strings.Contains(got, "heading ") {
		t.Errorf("a section head after the trailer:\n%s", got)
	}
}

// TestJaInterviewLines: an interview's credit alone on its line under the
// titles, 聞き手・論説委員　高橋美香, is a byline (the staff title a role),
// and a question line opened by ―― under an answer quote (…のです」) is
// a paragraph of its own: the answer ends without a full stop inside its
// bracket, and a column break never leaves a question in its tail.
func TestJaInterviewLines(t *testing.T) {
	for in, want := range map[string]string{
		"聞き手・論説委員　高橋美香": "roles=聞き手,論説委員 names=高橋美香",
		"聞き手・佐藤美咲":      "roles=聞き手 names=佐藤美咲",
		"構成・記者　中村亮":     "roles=構成,記者 names=中村亮",
		"聞き手が語る未来の姿":    "",
	} {
		c, ok := parseBylineLine(in)
		got := ""
		if ok {
			got = "roles=" + strings.Join(c.roles, ",") + " names=" + strings.Join(c.names, ",")
		}
		if got != want {
			t.Errorf("parseBylineLine(%q) = %q, want %q", in, got, want)
		}
	}
	for _, c := range []struct {
		p, c string
		want bool
	}{
		{"「空き店舗を生かしたいのです」", "――具体的には。", true},
		{"「空き店舗を生かしたいのです」", "──具体的には。", true},
		{"「空き店舗を生かしたいのです」", "と話した。", false},
		{"町は空き店舗を", "――具体的には。", false},
		{"「空き店舗を生かしたいのです」", "――――", false},
	} {
		if got := answerBefore(c.p, c.c); got != c.want {
			t.Errorf("answerBefore(%q, %q) = %v, want %v", c.p, c.c, got, c.want)
		}
	}
	page := "商店街再生の道筋\n" +
		"町長　大野正さんに聞く\n" +
		"聞き手・論説委員　高橋美香\n" +
		"　人口減が続く町で、商店街の空き店舗は３割\n" +
		"を超えた。就任２年目の大野正町長に再生策を\n" +
		"聞いた。\n" +
		"　――地域の将来をどう描きますか。\n" +
		"　「若い人が戻れる町にしたい。そのための仕\n" +
		"事をつくるのが先決だと考えているのです」\n" +
		"　――具体的には。\n" +
		"　「空き店舗を使った起業支援を始めます。家\n" +
		"賃の半分を町が３年間負担します」\n"
	got := jaLeaves(mustRead(t, page))
	wantLeaves(t, got,
		"byline 聞き手・論説委員　高橋美香",
		"paragraph ――地域の将来をどう描きますか。",
		"paragraph 「若い人が戻れる町にしたい。そのための仕事をつくるのが先決だと考えているのです」",
		"paragraph ――具体的には。",
		"paragraph 「空き店舗を使った起業支援を始めます。家賃の半分を町が３年間負担します」")
}

// TestJaWireWebStory: 時事's web copy closes each story with its posting
// time in brackets, （2025/11/02-17:05）, which is noise; a title opening
// with a market report's label, 〔大阪株式〕, names a market, not the
// place of a dateline; and the title set apart by a blank line under the
// site's list of links, above body text, is the next story's headline,
// not the list's last link.
func TestJaWireWebStory(t *testing.T) {
	for in, want := range map[string]bool{
		"（2025/11/02-17:05）": true,
		"(2025/1/2-9:05)":    true,
		"（2025/11/02）":       false,
		"（2025-11-02）":       false,
		"（11/02-17:05）":      false,
		"（2025/11/02-午後）":    false,
	} {
		if got := noiseKind(in) == noiseStamp; got != want {
			t.Errorf("noiseKind(%q) stamp = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]bool{"大阪株式": true, "ＮＹ外為": true, "大阪": false, "ワシントン": false} {
		if got := marketLabel(in); got != want {
			t.Errorf("marketLabel(%q) = %v, want %v", in, got, want)
		}
	}
	page := "日銀、追加利上げを見送り　円安進行に警戒\n\n" +
		"【東京時事】日本銀行は２日、金融政策決定会合を開き、政策金利を据え置くことを決めた。物価の動向を見極める必要があると判断した。\n\n" +
		"市場では１２月会合での利上げを予想する声が多い。\n\n" +
		"（2025/11/02-17:05）\n\n" +
		"関連ニュース\n" +
		"【図解】政策金利の推移\n" +
		"円相場、一時１５５円台\n\n" +
		"〔大阪株式〕続伸＝半導体関連に買い（２日大引け）\n\n" +
		"２日の大阪市場は続伸した。半導体関連株に買いが入り、相場全体を押し上げた。\n\n" +
		"（2025/11/02-15:30）\n"
	got := jaLeaves(mustRead(t, page, WithLang("ja")))
	wantLeaves(t, got,
		"paragraph 市場では１２月会合での利上げを予想する声が多い。",
		"noise （2025/11/02-17:05）",
		"noise 円相場、一時１５５円台",
		"article",
		"headline 〔大阪株式〕続伸＝半導体関連に買い（２日大引け）",
		"paragraph ２日の大阪市場は続伸した。半導体関連株に買いが入り、相場全体を押し上げた。",
		"noise （2025/11/02-15:30）")
}

// TestJaLocalPageForms: a local page's folio ending in a fullwidth page
// number is furniture; of three title lines over a Japanese story the
// first, no longer than the second, is the shoulder line (kicker) over
// the headline and its subheadline; a caption labelled 【写真】 starts a
// unit of its own and ends at its photo credit, so the correction box's
// name under it, おわびと訂正, is the headline of an article of its own.
func TestJaLocalPageForms(t *testing.T) {
	if got := noiseKind("２０２５年（令和７年）１０月８日（水曜日）　　東京新聞　　　千葉　　　２２"); got == "" {
		t.Error("folio with a fullwidth page number: not noise")
	}
	for in, want := range map[string]bool{"２２": true, "１": true, "１２３４": false, "２a": false} {
		if got := fullwidthPageNumber(in); got != want {
			t.Errorf("fullwidthPageNumber(%q) = %v, want %v", in, got, want)
		}
	}
	page := "２０２５年（令和７年）１０月８日（水曜日）　　東京新聞　　　千葉　　　２２\n" +
		"房総の秋祭り\n" +
		"山車の担ぎ手　初の公募\n" +
		"市外から応募、定員の倍\n" +
		"　館山市の秋祭りで、山車を担ぐ「担ぎ手」\n" +
		"の一般公募が初めて行われ、定員の二倍の応\n" +
		"募があった。\n" +
		"　保存会の会長は「新しい仲間が増えてうれ\n" +
		"しい」と話した。\n" +
		"【写真】山車の前で掛け声を練習する参加者\n" +
		"＝六日、館山市で（木村一郎撮影）\n" +
		"おわびと訂正\n" +
		"　五日付千葉版の記事で、会場を「市民会館」\n" +
		"としたのは「市民ホール」の誤りでした。\n"
	got := jaLeaves(mustRead(t, page))
	wantLeaves(t, got,
		"noise ２０２５年（令和７年）１０月８日（水曜日）　　東京新聞　　　千葉　　　２２",
		"kicker 房総の秋祭り",
		"headline 山車の担ぎ手　初の公募",
		"subheadline 市外から応募、定員の倍",
		"paragraph 保存会の会長は「新しい仲間が増えてうれしい」と話した。",
		"caption 【写真】山車の前で掛け声を練習する参加者＝六日、館山市で（木村一郎撮影）",
		"article",
		"headline おわびと訂正",
		"paragraph 五日付千葉版の記事で、会場を「市民会館」としたのは「市民ホール」の誤りでした。")
	for in, want := range map[string]bool{"【写真】集まった人たち": true, "【写真】": false, "【写真家】山田": false, "写真は会場": false} {
		if got := captionLabelLine(in); got != want {
			t.Errorf("captionLabelLine(%q) = %v, want %v", in, got, want)
		}
	}
}
