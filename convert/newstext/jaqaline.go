package newstext

import (
	"strings"
	"unicode/utf8"
)

// A Japanese paper's Q&A column (くらし相談, 法律相談, 医療Ｑ＆Ａ) sets the
// reader's question after Ｑ and the answer after Ａ, each opening a
// paragraph flush with the column, the marks followed by a U+3000, a full
// stop or a colon (Ｑ　８０代の母の…, Ａ　雇用保険の…, Ｑ１．…, Ａ１．…).
// On a page with no blank lines the question's line sits right under the
// column's title, which may run wider than the column (介護で仕事を休む間
// 収入を支える制度は, its phrase open at は), and the answer right under
// the question's last line, which may close with who asks (…ありますか。
// （長 / 野市、女性・５２歳）) rather than with a full stop: neither line is
// the wrap of the line above. The marks after a letter of prose are no
// such lines: ＱＲコード, Q&A, a quarter opening a business headline
// (jaQuestionLine), an answer's Ａ with no question above it.

// jaAnswerLine reports an answer's line of a Japanese Q&A: Ａ (or A), a
// number after it allowed, then a U+3000 or a space, a full stop or a
// colon, and the answer (Ａ　雇用保険の…, Ａ１．…).
func jaAnswerLine(s string) bool {
	rest, ok := strings.CutPrefix(s, "Ａ")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "A"); !ok {
			return false
		}
	}
	for rest != "" {
		r, _ := firstRune(rest)
		if !(r >= '0' && r <= '9' || r >= '０' && r <= '９') {
			break
		}
		rest = rest[utf8.RuneLen(r):]
	}
	for _, m := range [...]string{"　", " ", "．", ".", "：", ":"} {
		if a, ok := strings.CutPrefix(rest, m); ok {
			return trimSpace(a) != ""
		}
	}
	return false
}

// jaQAOpens reports line i of the block being cut, on a Japanese page, as
// the opening of a Q&A's question or answer (see above): a question's
// line (jaQuestionLine) wherever it stands, an answer's under a unit
// opened by a question's, or a question's under an answer's.
func (b *builder) jaQAOpens(start, i int) bool {
	if b.lang != "ja" {
		return false
	}
	s := b.block.ls[i].text
	switch r, _ := firstRune(s); r {
	case 'Ｑ', 'Q':
		return jaQuestionLine(s)
	case 'Ａ', 'A':
		return jaAnswerLine(s) && jaQuestionLine(b.block.ls[start].text)
	}
	return false
}

// qaTurn reports paragraph c a Japanese Q&A's answer under its question
// p, or its next question under an answer (jaQuestionLine, jaAnswerLine):
// a column or page break never leaves one inside the other, whatever p
// left open (…ありますか。（長野市、女性・５２歳）).
func qaTurn(p, c string) bool {
	pr, _ := firstRune(p)
	cr, _ := firstRune(c)
	switch {
	case (cr == 'Ａ' || cr == 'A') && (pr == 'Ｑ' || pr == 'Q'):
		return jaAnswerLine(c) && jaQuestionLine(p)
	case (cr == 'Ｑ' || cr == 'Q') && (pr == 'Ａ' || pr == 'A'):
		return jaQuestionLine(c) && jaAnswerLine(p)
	}
	return false
}
