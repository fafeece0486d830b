package newstext

import (
	"slices"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestSectionAndArrowJumps: a jump that names its page by the section
// (（関連記事国際面に）, （社会面から）, （経済面に関連記事）) or marks it with an
// arrow (▶관련기사 B3면, ☞관련기사 7면) is a jump node, split off the end of
// the paragraph or alone, and the paragraph it ends is finished: the
// next story's headline is not joined into it (blind pages ja-nikkei,
// ko-donga).
func TestSectionAndArrowJumps(t *testing.T) {
	ja := "港湾物流に新会社\n自動運転トラック導入\n\n" +
		"【神戸＝川村直樹】海運大手の東洋マリンは５日、港湾物流の新会社を設立すると発表した。\n" +
		"同社の社長は「人手不足を技術で補う」と話した。（関連記事国際面に）\n\n" +
		"大雪で高速道路通行止め\n北陸道の一部区間\n\n" +
		"中日本高速道路によると、北陸道の一部区間が５日朝から通行止めになっている。\n"
	wantKinds(t, ja,
		"headline 港湾物流に新会社", "subheadline 自動運転トラック導入",
		"dateline 【神戸＝川村直樹】",
		"paragraph 海運大手の東洋マリンは５日、港湾物流の新会社を設立すると発表した。同社の社長は「人手不足を技術で補う」と話した。",
		"jump （関連記事国際面に）")
	if d := mustRead(t, ja); len(d.Articles) != 2 || d.Articles[1].Children[0].Text != "大雪で高速道路通行止め" {
		t.Errorf("ja: %d articles, want 2, the second under its own headline", len(d.Articles))
	}

	ko := "부산 북항 재개발 2단계 착공\n\n" +
		"부산시는 5일 북항 재개발 2단계 사업의 착공식을 열었다고 밝혔다.\n\n" +
		"시는 2030년까지 해양문화지구를 조성할 계획이다. ▶관련기사 B3면\n\n" +
		"☞관련기사 7면\n\n" +
		"다만 사업비 분담을 두고 정부와의 협의가 남아 있다.\n"
	wantKinds(t, ko,
		"headline 부산 북항 재개발 2단계 착공",
		"paragraph 부산시는 5일 북항 재개발 2단계 사업의 착공식을 열었다고 밝혔다.",
		"paragraph 시는 2030년까지 해양문화지구를 조성할 계획이다.",
		"jump ▶관련기사 B3면",
		"jump ☞관련기사 7면",
		"paragraph 다만 사업비 분담을 두고 정부와의 협의가 남아 있다.")

	inner := []struct {
		in string
		ok bool
	}{
		{"関連記事企業面に", true},
		{"関連記事スポーツ面", true},
		{"社会面から", true},
		{"経済面に関連記事", true},
		{"国際面へ続く", true},
		{"関連記事２面に", true}, // the numbered form still holds
		{"多方面から", false},
		{"真正面から", false},
		{"社会面", false}, // a section's name alone points nowhere
		{"面から", false},
		{"東京ドーム正面へ", false}, // not a section's name
		{"地方面に", true},
	}
	for _, tt := range inner {
		if got := isJumpInner(tt.in); got != tt.ok {
			t.Errorf("isJumpInner(%q) = %v, want %v", tt.in, got, tt.ok)
		}
	}
	trailing := []struct {
		in   string
		want string
	}{
		{"예상했다. ▶관련기사 A14면", "▶관련기사 A14면"},
		{"예상했다. ▶ 관련기사 A14·15면", "▶ 관련기사 A14·15면"},
		{"☞관련기사 3면", "☞관련기사 3면"},
		{"예상했다.▶관련기사 3면", ""}, // glued to the sentence: not a jump line
		{"관련기사 3면", ""},       // no arrow
		{"▶관련기사 보기", ""},      // no page
		{"전체 3면", ""},
	}
	for _, tt := range trailing {
		got := ""
		if k := trailingJump(tt.in); k >= 0 {
			got = tt.in[k:]
		}
		if got != tt.want {
			t.Errorf("trailingJump(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestKoreanPaperTag: a Korean paper's name in square brackets opening a
// story ([한국일보]) is its dateline naming the paper, as 【本報消息】 is:
// before the first sentence or on its own line above it. On its own line
// over a title after the end of an article it opens the next article,
// whose headline the title is (blind page ko-donga). Title tags in the
// same brackets ([단독], [속보]) name no paper.
func TestKoreanPaperTag(t *testing.T) {
	first := "부산 북항 재개발 2단계 착공\n\n[한국일보]\n부산시는 5일 북항 재개발 2단계 사업의 착공식을 열었다고 밝혔다.\n\n김민수 기자 minsu@example.kr\n\n"
	wantKinds(t, first,
		"headline 부산 북항 재개발 2단계 착공",
		"dateline [한국일보]",
		"paragraph 부산시는 5일 북항 재개발 2단계 사업의 착공식을 열었다고 밝혔다.",
		"byline 김민수 기자 minsu@example.kr")
	page := first + "[한국일보]\n해양수산부 연안 여객선 운항 정보 실시간 제공 전국으로 확대\n\n" +
		"해양수산부는 5일 연안 여객선 운항 정보를 실시간으로 제공하는 서비스를 전국으로 확대한다고 밝혔다.\n"
	d := mustRead(t, page)
	roundTrip(t, d)
	if len(d.Articles) != 2 {
		t.Fatalf("%d articles, want 2:\n%v", len(d.Articles), kindsOf(d))
	}
	var got []string
	for _, n := range d.Articles[1].Children {
		got = append(got, string(n.Kind)+" "+n.Text)
	}
	want := []string{"dateline [한국일보]", "headline 해양수산부 연안 여객선 운항 정보 실시간 제공 전국으로 확대",
		"paragraph 해양수산부는 5일 연안 여객선 운항 정보를 실시간으로 제공하는 서비스를 전국으로 확대한다고 밝혔다."}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("second article:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if org := d.Articles[1].Children[0].Org; org != "한국일보" {
		t.Errorf("tag's org = %q, want 한국일보", org)
	}
	for _, tt := range []struct {
		in string
		ok bool
	}{
		{"동아일보", true}, {"한국경제", true}, {"연합뉴스", true}, {"뉴시스", true},
		{"단독", false}, {"속보", false}, {"사설", false}, {"인터뷰", false}, {"Reuters", false},
	} {
		if got := koreanPaperTag(tt.in); got != tt.ok {
			t.Errorf("koreanPaperTag(%q) = %v, want %v", tt.in, got, tt.ok)
		}
	}
}

// TestTitleAfterArticleEnd: a title line after what ends an article (a
// byline with the reporter's e-mail address, a jump line) is the next
// story's title: a column break never joins the text under it into it,
// even where the grammar leaves it body text. A Korean headline of two
// clauses parted by a comma after such a byline is a headline (the rule
// of koreanCommaHeadline, which asked for a finished paragraph above).
func TestTitleAfterArticleEnd(t *testing.T) {
	top := "부산 북항 재개발 2단계 착공\n\n부산시는 5일 북항 재개발 2단계 사업의 착공식을 열었다고 밝혔다.\n\n김민수 기자 minsu@example.kr\n\n"
	body := "해양수산부는 5일 연안 여객선 운항 정보를 실시간으로 제공하는 서비스를 전국으로 확대한다고 밝혔다."
	// Too long for the grammar to call it a headline: body text, kept apart.
	long := "해양수산부 연안 여객선 운항 정보 실시간 제공 서비스 전국 확대 시행 발표"
	d := mustRead(t, top+long+"\n\n"+body+"\n")
	roundTrip(t, d)
	var texts []string
	for _, a := range d.Articles {
		for _, n := range a.Children {
			texts = append(texts, n.Text)
		}
	}
	if !slices.Contains(texts, long) || !slices.Contains(texts, body) {
		t.Errorf("title after an e-mail byline joined to the text under it:\n%s", strings.Join(texts, "\n"))
	}
	comma := `"연안 여객선 정보 실시간으로" 해수부, 내년까지 전국 확대`
	d = mustRead(t, top+comma+"\n\n"+body+"\n")
	roundTrip(t, d)
	if len(d.Articles) != 2 || d.Articles[1].Children[0].Kind != "headline" || d.Articles[1].Children[0].Text != comma {
		t.Errorf("comma headline after an e-mail byline: %d articles, want 2 with %q its headline", len(d.Articles), comma)
	}
	// A jump node above a title line (a unit check of the join's rule).
	out := []*doc.Node{{Kind: doc.KindParagraph, Text: "同社の社長は「人手不足を技術で補う」と話した。"}, {Kind: doc.KindJump, Text: "（関連記事国際面に）"}, {Kind: doc.KindParagraph, Text: "大雪で高速道路通行止め"}}
	if !titleAfterEnd(out, 2) {
		t.Errorf("titleAfterEnd after a jump = false, want true")
	}
	out[1] = &doc.Node{Kind: doc.KindParagraph, Text: "気象庁によると、北陸道の一部区間が通行止めになっている"}
	if titleAfterEnd(out, 2) {
		t.Errorf("titleAfterEnd after a paragraph = true, want false")
	}
}

// TestJapaneseBoxScore: the rows of a Japanese box score under a game's
// line score — a team's battery after its one-kanji mark （西）, the
// records after 【勝】 【敗】 【本】 — are body text, one paragraph a line:
// （西） is no dateline (a dateline names a city, or holds 電, 讯, ＝), 【勝】
// no dateline and no run-in lead-in, and a row is never joined to the
// row under it (blind page ja-sports). （一） still numbers a head.
func TestJapaneseBoxScore(t *testing.T) {
	page := "西湖、逆転で連勝\n\n【福岡】プロ野球の交流戦は４日、博多スタジアムで行われ、西湖ファルコンズが東浜レッズに４―２で逆転勝ちした。\n\n" +
		"西湖　０００　１０３　０００＝４\n東浜　２００　０００　０００＝２\n" +
		"（西）山本、藤田―井上\n（東）松本、川口―斉藤\n【勝】藤田３勝【敗】川口１敗\n【本】井上５号（２）＝川口\n"
	wantKinds(t, page,
		"headline 西湖、逆転で連勝",
		"dateline 【福岡】",
		"paragraph プロ野球の交流戦は４日、博多スタジアムで行われ、西湖ファルコンズが東浜レッズに４―２で逆転勝ちした。",
		"paragraph 西湖　０００　１０３　０００＝４",
		"paragraph 東浜　２００　０００　０００＝２",
		"paragraph （西）山本、藤田―井上",
		"paragraph （東）松本、川口―斉藤",
		"paragraph 【勝】藤田３勝【敗】川口１敗",
		"paragraph 【本】井上５号（２）＝川口")
	for _, tt := range []struct {
		in string
		ok bool
	}{
		{"（西）山本、藤田―井上", true}, {"【勝】藤田３勝", true}, {"【本】井上５号", true},
		{"（一）稳定煤炭生产", false}, {"（上）写真の説明", false}, {"【津】三重県は４日", false},
		{"（西）", false}, {"【勝】", false},
	} {
		if got := boxRow(tt.in); got != tt.ok {
			t.Errorf("boxRow(%q) = %v, want %v", tt.in, got, tt.ok)
		}
	}
	if _, _, ok := parseDatelineLang("【津】三重県は４日、", "ja"); !ok {
		t.Errorf("【津】 is a dateline")
	}
}

// TestGameLabelHead: the ▽ line naming a game over its box score,
// ▽第２戦（博多スタジアム、４日）, is the head of a section holding the
// rows, where other ▽ lines are a standing box's entries (listDot).
func TestGameLabelHead(t *testing.T) {
	page := "西湖、逆転で連勝\n\n【福岡】プロ野球の交流戦は４日、博多スタジアムで行われ、西湖ファルコンズが東浜レッズに４―２で逆転勝ちした。\n\n" +
		"▽第２戦（博多スタジアム、４日）\n西湖　０００　１０３　０００＝４\n東浜　２００　０００　０００＝２\n（西）山本、藤田―井上\n"
	d := mustRead(t, page)
	roundTrip(t, d)
	kids := d.Articles[0].Children
	last := kids[len(kids)-1]
	if last.Kind != doc.KindSection || len(last.Children) != 4 || last.Children[0].Text != "▽第２戦（博多スタジアム、４日）" {
		t.Errorf("game label: got %v, want a section under ▽第２戦（博多スタジアム、４日） holding the 3 rows", kindsOf(d))
	}
	for _, tt := range []struct {
		in string
		ok bool
	}{
		{"▽第５戦（京阪ドーム、２日）", true}, {"▽２回戦（甲子園）", true}, {"▽第３試合", true},
		{"▽松江市（１日）総務課長", false}, {"▽第５戦は京阪ドームで行われた", false}, {"第５戦（京阪ドーム）", false},
	} {
		if got := gameLabel(tt.in); got != tt.ok {
			t.Errorf("gameLabel(%q) = %v, want %v", tt.in, got, tt.ok)
		}
	}
}
