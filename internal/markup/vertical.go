// Package markup holds what the markup writers (EPUB, HTML) set the same
// way, so that a vertical page reads alike in both.
package markup

import (
	"strings"
	"unicode/utf8"

	"github.com/paiban/paiban/layout"
)

// Vertical writes s for a vertical page following layout.VerticalRuns: a
// run set side by side in one em is wrapped in <span class="tcy">, one set
// upright character by character in <span class="upright">, the rest is
// left to the reader's default (CJK upright, words sideways). Each piece
// of text goes through escape. buf is reused and returned.
func Vertical(sb *strings.Builder, buf []layout.VRun, s string, escape func(string)) []layout.VRun {
	return vertical(sb, buf, s, escape, func(lo, hi int) { escape(s[lo:hi]) })
}

// VerticalKorean is Vertical for Korean text, which also sets its marks
// by layout.KoreanVerticalMark, the rule of the PDF's vertical lines: a
// sentence's . , ? ! as 。、？！, quotes as 『』「」. Each such mark is
// written as <span class="kv" data-v="。"><span>. </span></span>: the
// stylesheet (KoreanVerticalCSS) shows the mark before its source bytes
// and sets those at no size, so that the page reads as the PDF does while
// copying and searching still give the source text (the word space after
// an ASCII mark, which the mark's empty lower half stands for, with it).
// shown is called with each mark shown, for the embedded font.
func VerticalKorean(sb *strings.Builder, buf []layout.VRun, s string, escape func(string), shown func(rune)) []layout.VRun {
	return vertical(sb, buf, s, escape, func(lo, hi int) {
		from := lo
		for i := lo; i < hi; {
			m, n := layout.KoreanVerticalMark(s, i)
			if m == 0 || i+n > hi {
				_, size := utf8.DecodeRuneInString(s[i:])
				i += size
				continue
			}
			if from < i {
				escape(s[from:i])
			}
			shown(m)
			// A mark whose space is followed by what may not start a
			// line (다. /김태윤 기자): the space, set in the mark at
			// no size, is the only break before it, and a browser took
			// it, starting the line with the slash. The mark and what
			// KeepAt keeps from its space are kept on one line.
			tail := 0
			if s[i+n-1] == ' ' {
				if k := KeepAt(s, i+n-1); k > 1 && i+n-1+k <= hi {
					tail = k - 1
				}
			}
			if tail > 0 {
				sb.WriteString(`<span class="keep">`)
			}
			sb.WriteString(`<span class="kv" data-v="` + string(m) + `"><span>`)
			escape(s[i : i+n])
			sb.WriteString("</span></span>")
			i += n
			if tail > 0 {
				escape(s[i : i+tail])
				sb.WriteString("</span>")
				i += tail
			}
			from = i
		}
		if from < hi {
			escape(s[from:hi])
		}
	})
}

// KoreanVerticalCSS is the stylesheet of VerticalKorean's marks, and of
// Korean vertical text's justification: as on the PDF pages (layout's
// Korean vertical rule), a line is filled between its syllables, every
// one in its em, and the word spaces keep the font's own narrow width,
// not opened into holes that read as breaks down the column.
const KoreanVerticalCSS = `.kv::before {
  content: attr(data-v);
}
.kv > span {
  font-size: 0;
}
:lang(ko) {
  text-justify: inter-character;
}
`

// vertical is Vertical with the text left to the default written by
// plainText(lo, hi), the bytes of s it covers.
func vertical(sb *strings.Builder, buf []layout.VRun, s string, escape func(string), plainText func(lo, hi int)) []layout.VRun {
	buf = layout.AppendVerticalRuns(buf[:0], s)
	plain := -1 // start of the text left to the default not yet written
	for _, run := range buf {
		class := ""
		switch run.Orientation {
		case layout.Combined:
			class = "tcy"
		case layout.Stacked:
			class = "upright"
		}
		if class == "" {
			// Neighbouring default runs (2024.12.3/ and 뉴스) go to
			// escape as one text, which may keep characters across
			// their boundary together.
			if plain < 0 {
				plain = run.Start
			}
			continue
		}
		if plain >= 0 {
			plainText(plain, run.Start)
			plain = -1
		}
		sb.WriteString(`<span class="` + class + `">`)
		escape(s[run.Start:run.End])
		sb.WriteString("</span>")
	}
	if plain >= 0 {
		plainText(plain, len(s))
	}
	return buf
}
