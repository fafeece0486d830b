// Package markup holds what the markup writers (EPUB, HTML) set the same
// way, so that a vertical page reads alike in both.
package markup

import (
	"strings"

	"github.com/paiban/paiban/layout"
)

// Vertical writes s for a vertical page following layout.VerticalRuns: a
// run set side by side in one em is wrapped in <span class="tcy">, one set
// upright character by character in <span class="upright">, the rest is
// left to the reader's default (CJK upright, words sideways). Each piece
// of text goes through escape. buf is reused and returned.
func Vertical(sb *strings.Builder, buf []layout.VRun, s string, escape func(string)) []layout.VRun {
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
			escape(s[plain:run.Start])
			plain = -1
		}
		sb.WriteString(`<span class="` + class + `">`)
		escape(s[run.Start:run.End])
		sb.WriteString("</span>")
	}
	if plain >= 0 {
		escape(s[plain:])
	}
	return buf
}
