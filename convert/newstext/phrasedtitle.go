package newstext

import (
	"strings"
	"unicode/utf8"
)

// phrasedTitle reports a title line of two or three phrases parted by an
// ideographic space, one asking or exclaiming and one giving what a
// source said after a colon: 高雄夜市攤商集體漲價？　自治會：原物料連3漲撐
// 不住, as Taiwanese and Hong Kong sites set a headline. exclaimedTitle
// refuses the colon (他问：这是真的吗？ is speech) and attributedTitle the
// question mark, so the two together made the line a sentence; parted by
// U+3000, which the page sets and OCR does not, each phrase is a title's
// by itself. A phrase that both quotes and asks (問：為什麼？) is speech,
// so an interview's 問：…？　答：… stays text. At most 48 characters, not
// opening with a bracket, quotation mark or dash.
func phrasedTitle(s string) bool {
	if !atMost(s, 48) || !strings.Contains(s, "\u3000") || endsClause(s) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); closeFor(r) != 0 || r == '“' || r == '‘' || r == '「' || r == '『' || r == '"' || r == '-' || r == '—' || r == '―' {
		return false
	}
	asks, quotes, n := 0, 0, 0
	for _, p := range strings.Split(s, "\u3000") {
		if p = trimSpace(p); p == "" {
			continue
		}
		n++
		switch {
		case attributedTitle(p):
			quotes++
		case exclaimedTitle(p):
			asks++
		case hasSentencePunct(p):
			return false // 。；, or a colon or stop in a form neither takes
		}
	}
	return n <= 3 && asks >= 1 && quotes == 1
}
