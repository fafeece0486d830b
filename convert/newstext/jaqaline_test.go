package newstext

import (
	"strings"
	"testing"
)

// TestJaQAColumn: a 地方紙's Q&A column on a page with no blank lines
// (blind page ja-kurashi-recipe-77, item 2b): the column's label over its
// title, wider than the column and open at は, the reader's question
// after Ｑ, closed by who asks in brackets on a short line, and the
// answer after Ａ: the title is the headline under its kicker, the Ｑ
// line opens the question's paragraph and the Ａ line the answer's (the
// title, question and answer had been one paragraph). The numbered form,
// Ｑ１．/Ａ１．, reads the same. Look-alikes kept: ＱＲコード and an
// answer's mark with no question above it, a line of the paragraph.
func TestJaQAColumn(t *testing.T) {
	for _, c := range []struct {
		s          string
		answer, qa bool // jaAnswerLine; qaTurn under the question Ｑ　…
	}{
		{"Ａ　雇用保険の被保険者なら、家", true, true},
		{"Ａ１．自治体の窓口で相談を", true, true},
		{"Ａ：まずは主治医に", true, true},
		{"Ａ", false, false},
		{"Ａ　", false, false},
		{"ＡＩを使った相談窓口も", false, false},
		{"Ａ４判の用紙に", false, false},
		{"Ｑ　次の質問です", false, false},
	} {
		if got := jaAnswerLine(c.s); got != c.answer {
			t.Errorf("jaAnswerLine(%q) = %v, want %v", c.s, got, c.answer)
		}
		if got := qaTurn("Ｑ　８０代の母の介護が必要にな", c.s); got != c.qa {
			t.Errorf("qaTurn(Ｑ…, %q) = %v, want %v", c.s, got, c.qa)
		}
	}
	if !qaTurn("Ａ　雇用保険の被保険者なら、家", "Ｑ２．年金の受け取り方は") || qaTurn("ＱＲコードを読み取る", "Ａ　雇用保険の") {
		t.Error("qaTurn: the next question under an answer, or an answer under no question")
	}

	const head = "２０２６年（令和８年）１２月７日　月曜日　くらし　１１\n" +
		"ふるさと便り\n　上田市の農家が冬の市を開いた。\n（小林彩）\n"
	for _, m := range [][2]string{{"Ｑ　", "Ａ　"}, {"Ｑ１．", "Ａ１．"}} {
		page := head + "くらし相談\n介護で仕事を休む間　収入を支える制度は\n" +
			m[0] + "８０代の父の介護が必要にな\nり、仕事を休むことを考えてい\nます。収入を支える制度はあり\nますか。（上田市、男性・５５\n歳）\n" +
			m[1] + "雇用保険の被保険者なら、家\n族の介護で休業した場合に給付\n金を受け取れます。\n" +
			"　申請は勤務先を通じて行いま\nす。\n"
		d := mustRead(t, page)
		got := strings.Join(pageLeafKinds(d), "\n") + "\n"
		wantIn(t, got, "kicker くらし相談\nheadline 介護で仕事を休む間　収入を支える制度は\n"+
			"paragraph "+m[0]+"８０代の父の介護が必要になり、仕事を休むことを考えています。収入を支える制度はありますか。（上田市、男性・５５歳）\n"+
			"paragraph "+m[1]+"雇用保険の被保険者なら、家族の介護で休業した場合に給付金を受け取れます。\n"+
			"paragraph 申請は勤務先を通じて行います。\n")
		roundTrip(t, d)
	}
	// Look-alikes: a paragraph's wrap opening with ＱＲ or with Ａ and no
	// question above it goes on.
	for _, tail := range []string{"ＱＲコードを読み取ると、予約\n", "Ａ　４判の用紙に書いて送る\n"} {
		page := head + "介護で休む間の収入を支える制度\n　介護のために仕事を休む人が増\nえている。申請には所定の様式\nを使い、\n" + tail + "ページから申し込める。\n"
		d := mustRead(t, page)
		got := strings.Join(pageLeafKinds(d), "\n") + "\n"
		wantIn(t, got, "を使い、"+strings.TrimSuffix(tail, "\n")+"ページから申し込める。\n")
		roundTrip(t, d)
	}
}
