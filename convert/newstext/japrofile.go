package newstext

import (
	"strings"
	"unicode/utf8"
)

// A Japanese paper closes a contributed piece (寄稿, 私の視点, 論点) with
// the writer's profile in brackets on a line of its own, opened by the
// reading of the writer's name in hiragana, surname and given name parted
// by ・, then a space and who the writer is: （おおもり・はるみ　１９７１年
// 生まれ。専門は交通経済学） (blind page ja-zenkoku-shasetsu-kikou-koe).
// It is the piece's byline with no attributes, as the Chinese note on the
// author closing a piece is (（作者为…副教授）: authornote.go), not body
// text, and the piece ends there: a title line under it opens the next.
// The line stands under a finished paragraph and over no more of the
// piece's text. A bracketed reading alone (（おおもり・はるみ）), a bracket
// opened by other words, or one with more body text under it is none.

// jaProfile reports a line that is one bracket holding a name's reading
// (two runs of hiragana parted by ・), a space and the profile after it.
func jaProfile(s string) bool {
	if !strings.HasPrefix(s, "（") || !strings.HasSuffix(s, "）") || !atMost(s, 100) {
		return false
	}
	in := s[len("（") : len(s)-len("）")]
	if strings.Contains(in, "（") || strings.Contains(in, "）") {
		return false
	}
	k := indexAnyRune(in, "　 ")
	if k <= 0 {
		return false
	}
	reading, rest := in[:k], trimSpace(in[k:])
	sur, given, ok := strings.Cut(reading, "・")
	return ok && hiraganaRun(sur) && hiraganaRun(given) && utf8.RuneCountInString(rest) >= 2
}

// hiraganaRun reports one to eight hiragana.
func hiraganaRun(s string) bool {
	n := 0
	for _, r := range s {
		if r < 'ぁ' || r > 'ゖ' {
			return false
		}
		n++
	}
	return n >= 1 && n <= 8
}

// markJapaneseProfiles makes a byline with no attributes of each
// writer's profile (jaProfile) standing apart, not indented, under a
// finished paragraph and over no more body text (nothing, a title line
// that opens the next piece, or the page's foot).
func (b *builder) markJapaneseProfiles(sc *scorer) {
	if b.lang != "ja" {
		return
	}
	us := sc.us
	for i := 1; i < len(us); i++ {
		u := &us[i]
		if u.kind != uText || u.verbatim || u.para || u.lastLine > u.line || !jaProfile(u.text) {
			continue
		}
		p := sc.prevContent(i)
		if p < 0 || us[p].kind != uText || sc.fs[p].title || !sc.fs[p].ended {
			continue
		}
		if n := sc.nextContent(i); n < len(us) && us[n].kind == uText && !sc.fs[n].title && !sc.footLines(n) {
			continue // more of the piece's text under it
		}
		u.kind, u.cr = uByline, nil
		bodyOnly(&sc.fs[i], false)
		b.warnParts(u.line, "writer's profile closing the piece taken as its byline: ", u.text)
	}
}
