package newstext

import (
	"strings"
	"unicode/utf8"
)

// A Japanese paper's poetry columns (俳壇, 歌壇, 柳壇) print the readers'
// poems one a line, each the poem, U+3000, the contributor's town in
// round brackets and the name: 冬耕の鍬の音のみ谷の村　（佐久市）荻原照子.
// Such an entry is a line ended on purpose, wider than the body's measure
// or not, and body text: a paragraph each, never a title line, however
// unpunctuated (a haiku sets no 。). The selector signs the column under
// its name, the name, U+3000 and 選: 小野寺千秋　選, the column's byline,
// role 選 (blind round 85; README silent). 衆院選, 知事選 set no space
// before 選, and a line with more after 選 is no credit.

// jaPoetTownEnds end the name of the town a poem's contributor writes
// from, in brackets (where 町 and 村 are no surname's: jaTownEnds).
var jaPoetTownEnds = []string{"市", "町", "村", "区", "県", "都", "府", "道", "郡"}

// jaPoemEntry reports a poetry column's entry (above): at least five
// runes of the poem, U+3000, a town of two to eight runes in round
// brackets ending as a town's name does, and a name right after it.
func jaPoemEntry(s string) bool {
	if !atMost(s, 48) {
		return false
	}
	k := strings.Index(s, "\u3000（")
	if k <= 0 || utf8.RuneCountInString(s[:k]) < 5 || strings.ContainsAny(s[:k], "。、") {
		return false
	}
	rest := s[k+len("\u3000"):]
	town, end, ok := leadingBracket(rest)
	if !ok || !atMost(town, 8) || utf8.RuneCountInString(town) < 2 || !hasAnySuffix(town, jaPoetTownEnds) {
		return false
	}
	return jaPenName(trimSpace(rest[end:]))
}

// jaSelectorGate reports a line that may be a selector's line: it ends
// in a space and 選 (gate.go's test).
func jaSelectorGate(s string) bool {
	return strings.HasSuffix(s, "\u3000選") || strings.HasSuffix(s, " 選")
}

// jaSelectorCredit parses a poetry column's selector's line (above).
func jaSelectorCredit(s string) (credit, bool) {
	name, ok := strings.CutSuffix(s, "選")
	if !ok || !atMost(s, 12) {
		return credit{}, false
	}
	if r, _ := decodeLast(name); r != '\u3000' && r != ' ' {
		return credit{}, false
	}
	name = trimSpace(name)
	if !jaPenName(name) {
		return credit{}, false
	}
	return credit{roles: []string{"選"}, names: []string{name}}, true
}
