package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestRecipeRow: an ingredient row with its amount in a cook's measure or
// in words; look-alikes with prose in them stay no row.
func TestRecipeRow(t *testing.T) {
	for in, want := range map[string]bool{
		"酒　大さじ２":          true,
		"ポン酢しょうゆ　適量":      true,
		"塩・こしょう　各少々":      true,
		"しょうゆ　小さじ１／２":     true,
		"みりん　大さじ１と１／２":    true,
		"水　カップ１":          true,
		"砂糖　小さじ１（３グラム）":   true,
		"サラダ油 大さじ1":       true,
		"酒大さじ２":           false, // no field parted
		"酒　大さじ２を加える":      false,
		"味付けは　適量で":        false,
		"塩　ひとつまみ入れる":      false,
		"煮込む　１０分":         false, // a time, tableRow's or none
		"材料（２人分）":         false,
		"酒　大さじ２、みりん　大さじ１": false,
		"적당량 소금":          false,
		// Review 31c: 、 between the words, a note on the preparation.
		"塩、こしょう　各少々":        true,
		"しょうが（すりおろし）　小さじ１":  true,
		"にんにく（薄切り）　１かけ":     false, // (tableRow's, a counter)
		"、こしょう　各少々":         false,
		"塩、、こしょう　各少々":       false,
		"塩、こしょう、　各少々":       false,
		"しょうが（すりおろす。）　小さじ１": false,
		"しょうが（）　小さじ１":       false,
		"（すりおろし）　小さじ１":      false,
		"しょうが（すりおろし）の　適量":   false,
	} {
		if got := recipeRow(in); got != want {
			t.Errorf("recipeRow(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestRecipeRowsInARun: the whole ingredient list is one table, the rows
// with a measure spoon or a word for an amount with the others; one such
// line alone is no row.
func TestRecipeRowsInARun(t *testing.T) {
	para := func(s string) *doc.Node { return &doc.Node{Kind: doc.KindParagraph, Text: s} }
	for _, list := range [][]*doc.Node{
		{para("白菜　１／８個"), para("豚バラ薄切り肉　１５０グラム"), para("しょうが　１かけ"), para("酒　大さじ２"), para("ポン酢しょうゆ　適量")},
		// Review 31c: 、 between the words, a note on the preparation.
		{para("白菜　１／８個"), para("豚バラ肉　２００グラム"), para("酒　大さじ２"), para("塩、こしょう　各少々"), para("ポン酢しょうゆ　適量")},
		{para("しょうが（すりおろし）　小さじ１"), para("しょうゆ　大さじ１と１／２"), para("みりん　大さじ１"), para("サラダ油　適量")},
	} {
		markRows(list)
		var not []string
		for _, n := range list {
			if !n.Row {
				not = append(not, n.Text)
			}
		}
		if len(not) > 0 {
			t.Errorf("not marked as rows: %s", strings.Join(not, " / "))
		}
	}
	alone := []*doc.Node{para("　鍋に白菜と豚肉を重ね、酒を回しかけて蒸す。"), para("塩　少々"), para("　火を止めて器に盛る。")}
	markRows(alone)
	for _, n := range alone {
		if n.Row {
			t.Errorf("%q marked as a row", n.Text)
		}
	}
}
