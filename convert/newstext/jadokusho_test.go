package newstext

import (
	"slices"
	"strings"
	"testing"
)

// TestReviewerSignature: a book review's signature on a line of its own,
// 評 (or 評者), a ・ ＝ or space, the reviewer's name and an optional
// bracketed description, is a byline whose role is 評; a line opening with
// a longer word (評価, 評判), a phrase after 評・, a desk or a sentence in
// the bracket is not.
func TestReviewerSignature(t *testing.T) {
	for _, c := range []struct {
		in, role, name string
		ok             bool
	}{
		{"評・片山涼子（文芸評論家）", "評", "片山涼子", true},
		{"評・北村直樹（科学史家）", "評", "北村直樹", true},
		{"評・片山　涼子（作家、翻訳家）", "評", "片山涼子", true},
		{"評＝片山涼子", "評", "片山涼子", true},
		{"評者・片山涼子（文芸評論家）", "評者", "片山涼子", true},
		{"評　片山涼子（文芸評論家）", "評", "片山涼子", true},
		{"評価・分析の手法", "", "", false},
		{"評判の店を訪ねて", "", "", false},
		{"評・片山涼子さんの新著を読む", "", "", false},
		{"評・社会部", "", "", false},
		{"評・片山涼子（文芸評論家。１９７０年生まれ）", "", "", false},
		{"評・片山涼子（文芸評論家", "", "", false},
		{"評論家・片山涼子", "", "", false},
	} {
		cr, ok := reviewerSignature(c.in)
		if ok != c.ok || ok && (!slices.Equal(cr.roles, []string{c.role}) || !slices.Equal(cr.names, []string{c.name})) {
			t.Errorf("reviewerSignature(%q) = %+v, %v; want role %q name %q, %v", c.in, cr, ok, c.role, c.name, c.ok)
		}
	}
}

// TestSurveyNote: a ranking box's bracketed note on its count, the period
// and who counted (…調べ, …集計, …まとめ), is a table's legend
// (tableLegend); a sentence in brackets, a series' part or a credit is not.
func TestSurveyNote(t *testing.T) {
	for s, want := range map[string]bool{
		"（１１月２４日～３０日、紀ノ国堂書店本店調べ）": true,
		"（日販調べ）": true,
		"（興行通信社調べ、１２月５、６日）": true,
		"（１２月１日～７日、オリコン集計）": true,
		"（県警まとめ、６日現在）":      true,
		"（県が調べた）":           false,
		"（上）":               false,
		"（政治部・佐藤健一）":        false,
		"（１１月２４日～３０日）":      false,
		"（調べ）":              false,
		"（書店員が読者の声を丁寧に調べ）":  false,
		"（２０２６年調べ）":         false,
	} {
		if got := tableLegend(s); got != want {
			t.Errorf("tableLegend(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestJaBookPageBoxes: on a 読書面, each review is closed by its
// reviewer's signature (a byline, not the next review's headline); the
// ベストセラー box's bracketed note on its count is its note and each rank
// row a line of its own; the box and the 新刊紹介 box under it are
// articles of their own, not sections of the piece above. A title over a
// table's unit in brackets over its rows keeps them a title (unitLineUnder),
// and a bracketed aside between paragraphs stays text.
func TestJaBookPageBoxes(t *testing.T) {
	page := "書評\n岬の灯を守った最後の人\n『灯台守の冬』（三浦遥著、青潮社・１９８０円）\n\n" +
		"北の岬に立つ無人灯台を、祖父の日誌からたどる長編である。語り手は四十年前の冬を生き直していく。\n\n" +
		"評・片山涼子（文芸評論家）\n\n" +
		"名もない技術者たちの戦後\n『鉄橋を架けた人びと』（北原隆之著、みなと書房・２６４０円）\n\n" +
		"地方の小さな鉄橋の多くは、記録に名を残さない技術者の手で架けられた。本書はその仕事を掘り起こす。\n\n" +
		"評・北村直樹（科学史家）\n\n" +
		"ベストセラー\n（１１月２４日～３０日、紀ノ国堂書店本店調べ）\n" +
		"１　潮騒の台所　森下ゆかり（白鷺書房）\n２　灯台守の冬　三浦遥（青潮社）\n" +
		"※文庫・新書、コミックを除く\n\n" +
		"新刊紹介\n\n" +
		"『星めぐりの手帖』宮坂透著（天文舎・１６５０円）冬の夜空に見える星座を紹介する。\n"
	d := mustRead(t, page)
	wantLeaves(t, jaLeaves(d),
		"byline 評・片山涼子（文芸評論家）",
		"article",
		"headline 名もない技術者たちの戦後",
		"byline 評・北村直樹（科学史家）",
		"article",
		"headline ベストセラー",
		"note （１１月２４日～３０日、紀ノ国堂書店本店調べ）",
		"paragraph １　潮騒の台所　森下ゆかり（白鷺書房）",
		"paragraph ２　灯台守の冬　三浦遥（青潮社）",
		"note ※文庫・新書、コミックを除く",
		"article",
		"headline 新刊紹介")
	roundTrip(t, d)

	aside := "市長　新年度予算案を発表\n\n" +
		"　市長は６日、新年度予算案を発表した。\n\n" +
		"（日販調べ）\n\n" +
		"　式では市長が一人一人に説明した。\n"
	d = mustRead(t, aside)
	if got := jaLeaves(d); strings.Contains(got, "note ") {
		t.Errorf("a bracket between a story's paragraphs taken as a box's note:\n%s", got)
	}
}
