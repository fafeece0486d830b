package newstext

import "strings"

// A Korean paper sets an editor's note on a series or a feature as the
// Chinese papers set 编者按: labelled 편집자주 (편집자 주, 편집자 註), in
// square or angle brackets before the note's text, [편집자주] 충북 도내 …,
// <편집자 주> …, or bare with a colon, 편집자주: …; or, as often, after
// its last sentence, … 짚어본다. <편집자 주>. Either way the line is the
// paper's note on the story, not the reporter's text (koEditorsNote).
// The words in a sentence stay text: 편집자 주도의 개편, 편집자주의.

// koEditorsNoteEnds reports, from its first and last runes and the rune
// before the last, a line that may be a Korean editor's note: one opening
// with 편집자 after any bracket, or ending in a bracket closed after 주
// (註). It is the gate's question and koEditorsNote's first one, cheap
// for every bracketed line.
func koEditorsNoteEnds(s string, first rune, w int, last rune) bool {
	if first == '편' || (closeFor(first) != 0 || angleCloseFor(first) != 0) && strings.HasPrefix(s[w:], "편집자") {
		return true
	}
	if !isCloseBracket(last) && !koAngleClose(last) {
		return false
	}
	_, lw := decodeLast(s)
	before, _ := decodeLast(s[:len(s)-lw])
	return before == '주' || before == '註'
}

// koEditorsNoteLabel reports the length in bytes of an editor's note's
// label opening s (see above): a bracket of any shape around 편집자주,
// or 편집자주 bare before a colon. 0 means none.
func koEditorsNoteLabel(s string) int {
	open, w := firstRune(s)
	cl := closeFor(open)
	if cl == 0 {
		cl = angleCloseFor(open)
	}
	if cl == 0 {
		w = 0
	}
	rest, ok := strings.CutPrefix(s[w:], "편집자")
	if !ok {
		return 0
	}
	rest = strings.TrimLeft(rest, " ")
	if r, ok := strings.CutPrefix(rest, "주"); ok {
		rest = r
	} else if r, ok := strings.CutPrefix(rest, "註"); ok {
		rest = r
	} else {
		return 0
	}
	if cl != 0 {
		r, rw := firstRune(rest)
		if r != cl {
			return 0
		}
		return len(s) - len(rest) + rw
	}
	t := strings.TrimLeft(rest, " ")
	r, rw := firstRune(t)
	if r != ':' && r != '：' {
		return 0
	}
	return len(s) - len(t) + rw
}

// koEditorsNote reports a Korean editor's note on a line of its own (see
// above): its label opening the line, with the note's text after it or
// alone, or a bracketed label closing the note's last sentence.
func koEditorsNote(s string) bool {
	first, w := firstRune(s)
	last, _ := decodeLast(s)
	if !koEditorsNoteEnds(s, first, w, last) {
		return false
	}
	if n := koEditorsNoteLabel(s); n > 0 {
		return !particleAfter(s[n:]) // <편집자 주>는 … is a sentence about the label
	}
	k := strings.LastIndex(s, "편집자")
	if !isCloseBracket(last) && !koAngleClose(last) || k < 0 {
		return false
	}
	// The label's opening bracket right before 편집자, text before it.
	open, ow := decodeLast(s[:k])
	if ow == 0 || closeFor(open) == 0 && angleCloseFor(open) == 0 {
		return false
	}
	body := strings.TrimRight(s[:k-ow], " ")
	if body == "" || koEditorsNoteLabel(s[k-ow:]) != len(s)-(k-ow) {
		return false
	}
	end, _ := decodeLast(body)
	return strings.ContainsRune(".?!。\"”’'…", end)
}

// particleAfter reports text opening with a Korean particle standing
// alone as a word (는 …, 의), glued to what came before it.
func particleAfter(s string) bool {
	r, w := firstRune(s)
	if !strings.ContainsRune("는은이가을를의에도와과로", r) {
		return false
	}
	next, _ := firstRune(s[w:])
	return w == len(s) || next == ' '
}
