package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestKatakanaUnitRow: a figure followed by a unit in katakana alone, up
// to seven letters (８００ミリリットル, ２キロメートル), is a row's figure
// as ２００グラム is; kana that are not all katakana after a figure, or a
// Han counter, make no figure.
func TestKatakanaUnitRow(t *testing.T) {
	tests := []struct {
		line string
		row  bool
	}{
		{"だし汁　８００ミリリットル", true},
		{"ウオーキング　２キロメートル", true},
		{"生地　３０センチメートル", true},
		{"牛乳　２００ミリリットル", true},
		{"豚こま切れ肉　２００グラム", true}, // (three letters: a row before)
		// Look-alikes.
		{"選手　５ゴールを決める", false},
		{"Ｊ１　３クラブが昇格", false},
		{"新型　３Ｄプリンター", false},
		{"開幕　１０メートル級の波", false},
		{"だし汁を８００ミリリットル注ぐ", false},
	}
	for _, tt := range tests {
		if got := tableRow(tt.line) > 0; got != tt.row {
			t.Errorf("tableRow(%q) > 0 = %v, want %v", tt.line, got, tt.row)
		}
	}
}

// TestRecipeHead: a recipe's part word alone on its line (材料, 作り方,
// 做法, 만드는 법), maybe with the servings after it, is a head of the
// recipe; the word in a phrase or a title is not.
func TestRecipeHead(t *testing.T) {
	tests := []struct {
		line string
		head bool
	}{
		{"作り方", true},
		{"つくり方", true},
		{"材料（４人分）", true},
		{"材料（2人份）", true},
		{"做法", true},
		{"재료(2인분)", true},
		{"만드는 법", true},
		// Look-alikes.
		{"作り方を工夫する", false},
		{"材料費が高騰", false},
		{"材料（国産）", false},
		{"做法不妥", false},
		{"재료비 인상", false},
	}
	for _, tt := range tests {
		if got := recipeHead(tt.line); got != tt.head {
			t.Errorf("recipeHead(%q) = %v, want %v", tt.line, got, tt.head)
		}
	}
}

// TestRecipeHeadOnPage: under the rows of a recipe's ingredients, however
// long the last row runs (８００ミリリットル nearly fills a column of 14),
// 作り方 is a section head over the numbered steps, and the rows are
// paragraphs of the 材料 section; an article titled with the word in a
// phrase keeps its title.
func TestRecipeHeadOnPage(t *testing.T) {
	story := "旬を味わう\n根菜たっぷり豚汁　体の芯まで温まる\n　寒い朝に一杯の豚汁があれば、\n体の芯から温まる。管理栄養士\nの大橋美穂さんは「根菜は食物\n繊維が豊富」と勧める。\n"
	steps := "作り方\n①大根とニンジンはいちょう切\nりにし、ゴボウはささがきにし\nて水にさらす。\n②鍋で豚肉を炒め、色が変わっ\nたら野菜を加える。\n（管理栄養士・大橋美穂）\n"
	tests := []struct{ name, rows string }{
		{"a long row last", "大根　１／４本\nニンジン　１本\nだし汁　８００ミリリットル\nみそ　大さじ４\n"},
		{"a cup's measure", "大根　１／４本\nニンジン　１本\nゴボウ　１／２本\n水　４カップ\nみそ　大さじ４\n"},
		{"grams", "豚こま切れ肉　２００グラム\n大根　１／４本\nだし汁　４カップ\nみそ　大さじ４\n"},
	}
	for _, tt := range tests {
		d := mustRead(t, story+"材料（４人分）\n"+tt.rows+steps)
		got := strings.Join(pageLeafKinds(d), "\n")
		if headlines(d) != "根菜たっぷり豚汁　体の芯まで温まる" {
			t.Errorf("%s: articles %q:\n%s", tt.name, headlines(d), got)
			continue
		}
		for _, want := range []string{"heading 材料（４人分）", "paragraph みそ　大さじ４\nheading 作り方\nparagraph ①"} {
			if !strings.Contains(got, want) {
				t.Errorf("%s: no %q in:\n%s", tt.name, want, got)
			}
		}
	}
	// Look-alike: a story titled with the word in a phrase.
	d := mustRead(t, "作り方にひと工夫\n冬の常備菜\n　常備菜は作り方にひと工夫するだけで日持ちが変わる。\n")
	if got := headlines(d); got == "" || strings.Contains(strings.Join(pageLeafKinds(d), "\n"), "heading 作り方") {
		t.Errorf("title 作り方にひと工夫 read as %q:\n%s", got, strings.Join(pageLeafKinds(d), "\n"))
	}
}

// TestRecipeCounterRows: an ingredient's amount may be a figure and its
// Han counter (１／４本, １本, １片): in a run of ingredient rows such a row
// is one of the list's table, so the whole list is one table
// (doc.Node.Row), not two halves around rows left as paragraphs; a
// counter with words after it, or a word that is no counter, makes none.
func TestRecipeCounterRows(t *testing.T) {
	tests := []struct {
		line string
		row  bool
	}{
		{"大根　１／４本", true},
		{"ニンジン　１本", true},
		{"しょうが　１片", true},
		{"白菜　１／８個", true},
		// Look-alikes.
		{"大根　本場の味", false},
		{"ニンジン　１本釣り", false},
		{"会議　３本柱", false},
		{"大根　１／４本を使う", false},
	}
	for _, tt := range tests {
		if got := recipeRow(tt.line); got != tt.row {
			t.Errorf("recipeRow(%q) = %v, want %v", tt.line, got, tt.row)
		}
	}
	d := mustRead(t, "根菜たっぷり豚汁\n\n　寒い朝に一杯の豚汁があれば、体の芯から温まる。\n\n材料（４人分）\n\n"+
		"豚こま切れ肉　２００グラム\n大根　１／４本\nニンジン　１本\nゴボウ　１／２本\nだし汁　８００ミリリットル\nみそ　大さじ４\n\n作り方\n\n①大根とニンジンはいちょう切りにする。\n")
	rows := 0
	for _, a := range d.Articles {
		doc.Walk(a, func(n *doc.Node) bool {
			if n.Kind == doc.KindParagraph && strings.Contains(n.Text, "　") && !strings.HasPrefix(n.Text, "寒い") {
				if !n.Row {
					t.Errorf("ingredient %q not marked a table row", n.Text)
				}
				rows++
			}
			return true
		})
	}
	if rows != 6 {
		t.Errorf("%d ingredient rows, want 6", rows)
	}
}
