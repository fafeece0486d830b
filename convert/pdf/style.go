package pdf

import (
	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/layout"
)

// role picks the face set: Song/Ming for reading text, Hei for display.
type role int

const (
	roleBody role = iota
	roleHeading
)

// blockStyle is how one kind of node is set in the column flow. Sizes are
// multiples of the body size; vertical space is counted in body line slots
// so that baselines stay on one grid across columns.
type blockStyle struct {
	role   role
	size   float64
	align  layout.Align
	indent float64 // first-line indent, em
	before int     // empty slots above, dropped at a column top
	keep   bool    // keep with the next block
	ruled  bool    // rules above and below (editor's note)
	gray   bool
}

// flowStyle returns the style of a node kind in the column flow.
func flowStyle(k doc.Kind) blockStyle {
	switch k {
	case doc.KindHeading, doc.KindHeadline, doc.KindKicker, doc.KindSubheadline:
		return blockStyle{role: roleHeading, size: 1.15, align: layout.AlignCenter, before: 1, keep: true}
	case doc.KindDateline:
		return blockStyle{role: roleHeading, size: 1, align: layout.AlignJustify, keep: true}
	case doc.KindByline:
		return blockStyle{role: roleHeading, size: 0.9, align: layout.AlignJustify}
	case doc.KindCaption:
		return blockStyle{role: roleBody, size: 0.85, align: layout.AlignJustify, gray: true}
	case doc.KindNote:
		return blockStyle{role: roleBody, size: 0.95, align: layout.AlignJustify, indent: 2, ruled: true}
	case doc.KindJump:
		return blockStyle{role: roleBody, size: 0.9, align: layout.AlignEnd}
	case doc.KindNoise:
		return blockStyle{role: roleBody, size: 0.8, align: layout.AlignJustify, gray: true}
	}
	return blockStyle{role: roleBody, size: 1, align: layout.AlignJustify, indent: 2}
}

// isHead reports whether a node kind belongs to an article's head, set
// across all columns when it comes before the body.
func isHead(k doc.Kind) bool {
	return k == doc.KindKicker || k == doc.KindHeadline || k == doc.KindSubheadline
}

// layoutLang maps the tree's language tag to the breaker's rule set.
func layoutLang(tag string) layout.Lang {
	switch tag {
	case "zh-Hant", "zh-TW", "zh-HK":
		return layout.LangZhHant
	case "ja":
		return layout.LangJa
	case "ko":
		return layout.LangKo
	case "en":
		return layout.LangLatin
	}
	return layout.LangZhHans
}

// pdfLang maps the tree's language tag to the catalog's /Lang.
func pdfLang(tag string) string {
	switch tag {
	case "zh-Hant", "zh-TW", "zh-HK":
		return "zh-TW"
	case "ja":
		return "ja"
	case "ko":
		return "ko"
	case "en":
		return "en"
	}
	return "zh-CN"
}
