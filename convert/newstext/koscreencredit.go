package newstext

import "strings"

// A Korean broadcaster's web copy sets the source of the pictures on air
// where they stood, alone on its line between the paragraphs, in square
// brackets with no colon: [화면제공 안양 ○○아파트 주민모임], [화면출처
// 유튜브 'X'], [영상제공 소방청] (JTBC, MBN), with a colon or an equals
// sign too ([화면제공 : 경기도]). It is the picture's caption, as
// [연합뉴스 자료사진] is, never the start of the sentence under it (blind
// page ko-b56-jtbc-web). Inside a line, after text, the bracket is the
// text's.

// koScreenCreditWords open a broadcaster's credit for its pictures.
var koScreenCreditWords = []string{"화면제공", "화면 제공", "화면출처", "화면 출처", "영상제공", "영상 제공", "영상출처", "영상 출처"}

// koScreenCredit reports the inside of such a credit (see above): a
// credit word, then a colon or an equals sign or a space, and who
// supplied the pictures, 48 characters at most, no sentence in it
// (nor one ending in . or 다).
func koScreenCredit(in string) bool {
	if !atMost(in, 48) {
		return false
	}
	for _, w := range koScreenCreditWords {
		rest, ok := strings.CutPrefix(in, w)
		if !ok {
			continue
		}
		if rest == "" {
			return false
		}
		if r, _ := firstRune(rest); !isSpace(r) && r != ':' && r != '：' && r != '=' {
			return false // 화면제공자: a word, not the credit's
		}
		rest = trimSpace(strings.TrimLeft(trimSpace(rest), ":：="))
		last, _ := decodeLast(rest)
		return rest != "" && last != '.' && last != '다' && !hasSentencePunct(rest) && !hasClauseEnd(rest)
	}
	return false
}
