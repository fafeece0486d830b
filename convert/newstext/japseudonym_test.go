package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestJaPseudonymNote: the Japanese note that a story's people are named
// by pseudonyms, bracketed, after ※ or ＊, or bare, with a reason clause
// before it, is a note closing its story; a sentence that mentions a
// pseudonym, or 仮名 the kana, is text.
func TestJaPseudonymNote(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"（登場人物は仮名）", true},
		{"（文中の人名は仮名）", true},
		{"※登場人物は仮名です", true},
		{"※登場人物は仮名です。", true},
		{"＊文中の人物は仮名です。", true},
		{"（登場人物はいずれも仮名）", true},
		{"（名前は一部仮名）", true},
		{"（Ａさんは仮名）", true},
		{"（文中の氏名はすべて仮名です）", true},
		{"（プライバシー保護のため、登場人物は仮名にしています）", true},
		{"（本人の希望により、名前は仮名）", true},
		{"（※登場人物の名前は仮名です）", true},
		{"登場人物の名前を仮名にしています。", true},
		// Look-alikes.
		{"彼はネットで仮名を使っていた。", false},
		{"登場人物の多くは仮名だった", false},
		{"（読みは仮名）", false},
		{"この文字は平仮名", false},
		{"（名前を仮名）", false},
		{"登場人物は仮名です。事件は実際に起きた。", false},
		{"市によると、登場人物は仮名", false},
		{"※価格は税込みです", false},
		// A story reporting what someone else did (review: a paragraph
		// mid-story read as the note): the past on a bare line, and a
		// reason clause with a topic of its own.
		{"報告書はプライバシーに配慮し、生徒の氏名を仮名とした。", false},
		{"報告書は生徒の氏名を仮名とした。", false},
		{"市はプライバシーに配慮し、生徒の名前は仮名です。", false},
		// A subject inside the note's reason clause is its own (review:
		// （個人が特定されないよう配慮し、…） read as a paragraph).
		{"（個人が特定されないよう配慮し、登場人物は仮名にしています）", true},
		{"（プライバシー保護のため、生徒の氏名を仮名にしました）", true},
	} {
		if got := pseudonymNote(tt.s); got != tt.want {
			t.Errorf("pseudonymNote(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	const top = "介護と仕事、両立の壁\n" +
		"　長野市の会社員、田中美咲さん（４５）は、母親の介護のために昨年、勤務時間を短くした。\n" +
		"　「休みを取るたびに同僚に頭を下げるのがつらかった」と話す。\n" +
		"　市によると、介護を理由にした離職の相談は昨年度、前年より２割増えた。\n"
	const next = "\n信州の冬、除雪ボランティア募集\n　長野市社会福祉協議会は、高齢者宅の除雪を手伝うボランティアを募集している。\n"
	for _, note := range []string{
		"（登場人物は仮名）\n",
		"　（文中の人名は仮名）\n",
		"※登場人物は仮名です\n",
		"（プライバシー保護のため、登場人物は仮名にしています）\n\n",
	} {
		d := mustRead(t, top+note+next)
		if len(d.Articles) != 2 {
			t.Fatalf("%q: %d articles, want 2", note, len(d.Articles))
		}
		want := strings.Trim(note, "　\n")
		ch := d.Articles[0].Children
		if last := ch[len(ch)-1]; last.Kind != doc.KindNote || last.Text != want {
			t.Errorf("%q: story 1 ends with %v %q, want note %q", note, last.Kind, last.Text, want)
		}
		if h := d.Articles[1].Children[0]; h.Kind != doc.KindHeadline || h.Text != "信州の冬、除雪ボランティア募集" {
			t.Errorf("%q: story 2 opens with %v %q", note, h.Kind, h.Text)
		}
		roundTrip(t, d)
	}
	// A look-alike sentence in the text stays in its paragraph.
	d := mustRead(t, top+"　田中さんはネットでは仮名を使っている。\n"+next)
	for _, n := range d.Articles[0].Children {
		if n.Kind == doc.KindNote {
			t.Errorf("look-alike read as a note: %q", n.Text)
		}
	}
	roundTrip(t, d)
}
