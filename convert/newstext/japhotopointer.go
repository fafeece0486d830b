package newstext

import (
	"strings"
	"unicode/utf8"
)

// Japanese sports papers point a story at its photo with 写真 in round
// brackets, （写真）, and set the photo's caption as a line of its own
// opened by the same pointer: （写真）初座長公演への意気込みを語る星野あかり
// (blind page ja-supo-geino-15), the photo's place glued on or after ・
// as the story points at it, （写真右）, （写真・上）. The line is a caption,
// never a paragraph's line: a phrase with kana and no full stop after
// the pointer (a caption describes the picture), led by no particle. The
// pointer run into a sentence, …と語った（写真）。, a sentence after it,
// （写真）は市が提供した。, the pointer alone, and a word going on from
// 写真 inside the bracket, （写真集）, （写真・山田太郎） (a credit), are
// none.

// photoPointers are the pointers a Japanese story sets at its photo.
var photoPointers = []string{"（写真）", "(写真)"}

// photoPointerPlaces are the places a pointer may name, glued on or after
// ・: （写真上）, （写真・右）.
var photoPointerPlaces = []string{"上", "下", "左", "右", "中", "左上", "右上", "左下", "右下"}

// photoPointerLead returns the rest of s after a photo pointer opening it:
// （写真）, (写真), （写真右）, （写真・上）.
func photoPointerLead(s string) (string, bool) {
	for _, p := range photoPointers {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	in, end, ok := leadingBracket(s)
	if !ok || !strings.HasPrefix(s, "（") && !strings.HasPrefix(s, "(") {
		return "", false
	}
	pos, ok := strings.CutPrefix(in, "写真")
	if !ok {
		return "", false
	}
	pos = strings.TrimPrefix(pos, "・")
	for _, p := range photoPointerPlaces {
		if pos == p {
			return s[end:], true
		}
	}
	return "", false
}

// photoPointerCaption reports a Japanese caption opened by a photo
// pointer (see above): the phrase after it at most 60 runes, with kana,
// no full stop, led by no hiragana (a particle: the pointer in a
// sentence).
func photoPointerCaption(s string) bool {
	if !atMost(s, 80) {
		return false
	}
	desc, ok := photoPointerLead(s)
	if !ok {
		return false
	}
	desc = trimSpace(desc)
	if desc == "" || !atMost(desc, 60) || strings.ContainsAny(desc, "。.") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(desc)
	return (r < 0x3041 || r > 0x3096) && strings.ContainsFunc(desc, isKana)
}
