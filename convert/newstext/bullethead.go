package newstext

// bulletHead reports a short head under a head's bullet, ◇男子, ◆決勝,
// ■女子１０キロ, ◇開票結果（選管最終）: the bullet, then at most twelve
// characters with no clause or sentence punctuation (brackets allowed).
// Japanese sports and results pages set such a head over each box of
// rows; set to a narrow measure with no blank lines, it stands well
// short of the measure, as no wrapped line of a sentence opening with a
// bullet does. An item of a bulleted list runs longer or ends its
// sentence (◇参加費は無料です。), and stays to the rules for items.
func bulletHead(s string) bool {
	r, w := firstRune(s)
	switch r {
	case '◇', '◆', '■', '□':
	default:
		return false
	}
	rest := s[w:]
	if rest == "" || !atMost(rest, 12) {
		return false
	}
	if q, _ := firstRune(rest); isSpace(q) {
		return false // (◇　…: a spaced bullet leads a list's item or a row)
	}
	return !hasAnyRune(rest, "。、，,．！？!?；;：:　 ")
}
