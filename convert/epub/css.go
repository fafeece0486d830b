package epub

import (
	"strings"

	"github.com/paiban/paiban/internal/markup"
)

// Font stacks name the common fonts of each platform, in the order a reader
// is likely to have them: Noto/Source Han (Android, Linux, many e-readers),
// Apple's, then Windows'. Headings are set in sans, body text in serif.
const (
	serifHans = `"Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC", "Songti SC", "STSong", "SimSun", "宋体", serif`
	serifHant = `"Noto Serif CJK TC", "Source Han Serif TC", "Noto Serif TC", "Songti TC", "PMingLiU", "MingLiU", "新細明體", serif`
	serifJa   = `"Noto Serif CJK JP", "Source Han Serif JP", "Noto Serif JP", "Hiragino Mincho ProN", "YuMincho", "Yu Mincho", "MS PMincho", serif`
	serifKo   = `"Noto Serif CJK KR", "Source Han Serif KR", "Noto Serif KR", "AppleMyungjo", "Batang", "바탕", serif`
	sansHans  = `"Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "微软雅黑", sans-serif`
	sansHant  = `"Noto Sans CJK TC", "Source Han Sans TC", "Noto Sans TC", "PingFang TC", "Microsoft JhengHei", "微軟正黑體", sans-serif`
	sansJa    = `"Noto Sans CJK JP", "Source Han Sans JP", "Noto Sans JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", "Meiryo", sans-serif`
	sansKo    = `"Noto Sans CJK KR", "Source Han Sans KR", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", "맑은 고딕", sans-serif`
)

// embeddedFamily is the font-family of the embedded body font subset.
const embeddedFamily = `"Paiban Body"`

// Names of the embedded font and its licence in the book's fonts folder.
const (
	fontFile    = "body.ttf"
	licenseFile = "OFL.txt"     // the default font's
	noticeFile  = "LICENSE.txt" // a user's font's (fonts.Face.Notice)
)

// stylesheet returns the book's CSS. It is plain text built from fixed
// parts, so the same options always give the same bytes.
func stylesheet(vertical, embedded bool) string {
	var sb strings.Builder
	sb.WriteString("@charset \"UTF-8\";\n")
	if embedded {
		sb.WriteString("@font-face {\n  font-family: " + embeddedFamily + ";\n  src: url(\"../fonts/" + fontFile + "\") format(\"truetype\");\n}\n")
	}
	if vertical {
		// Prefixed forms first, for the EPUB 3.0 readers (-epub-) and the
		// WebKit ones that still need them.
		sb.WriteString(`html {
  -epub-writing-mode: vertical-rl;
  -webkit-writing-mode: vertical-rl;
  writing-mode: vertical-rl;
}
`)
	}
	// Font stacks per language: the lang attribute on <html> picks one.
	// An embedded subset comes first in the body stack and just before the
	// generic family in the heading stack, so that a reader with no CJK
	// font still shows every character. In vertical books too: the subset
	// then carries 'vert' glyphs and vertical metrics (fonts.SubsetVertical).
	stack := func(s, generic string, first bool) string {
		if !embedded {
			return s
		}
		if first {
			return embeddedFamily + ", " + s
		}
		return strings.TrimSuffix(s, generic) + embeddedFamily + ", " + generic
	}
	// Margins of the body's own: a reader such as a browser adds none,
	// and text that touches the screen's edge is hard to read.
	sb.WriteString(`body {
  margin: 1em 1.5em;
  font-family: ` + stack(serifHans, "serif", true) + `;
  line-height: 1.8;
  text-align: justify;
  -epub-line-break: strict;
  -webkit-line-break: strict;
  line-break: strict;
  word-break: normal;
  overflow-wrap: break-word;
  text-spacing-trim: normal;
  text-autospace: normal;
}
`)
	sb.WriteString(headings + " {\n  font-family: " + stack(sansHans, "sans-serif", false) + ";\n}\n")
	for _, l := range []struct {
		tags        []string
		serif, sans string
	}{
		// A tree may say zh-TW or zh-HK (JSON input keeps its tag), which
		// :lang(zh-Hant) does not match: Taiwan and Hong Kong fonts set
		// 。，、 in the centre of the em, as their readers expect.
		{[]string{"zh-Hant", "zh-TW", "zh-HK", "zh-MO"}, serifHant, sansHant},
		{[]string{"ja"}, serifJa, sansJa},
		{[]string{"ko"}, serifKo, sansKo},
	} {
		// The subset has Simplified Chinese glyph shapes: for other
		// languages the reader's own fonts come first.
		var body, heads []string
		for _, tag := range l.tags {
			body = append(body, ":lang("+tag+") body")
			heads = append(heads, langHeadings(tag))
		}
		sb.WriteString(strings.Join(body, ", ") + " { font-family: " + stack(l.serif, "serif", false) + "; }\n")
		sb.WriteString(strings.Join(heads, ", ") +
			" { font-family: " + stack(l.sans, "sans-serif", false) + "; }\n")
	}
	// Korean breaks lines between words, not between syllables.
	sb.WriteString(":lang(ko) body { word-break: keep-all; }\n")
	sb.WriteString(headings + ` {
  font-weight: bold;
  text-align: start;
  text-indent: 0;
  line-height: 1.4;
  -epub-hyphens: none;
  hyphens: none;
}
header { margin-block-end: 1.5em; }
h1 { font-size: 1.6em; margin: 0.2em 0; }
h2 { font-size: 1.2em; margin-block: 1.2em 0.6em; }
h3, h4, h5, h6 { font-size: 1.05em; margin-block: 1em 0.4em; }
.kicker, .subheadline { font-size: 1em; font-weight: normal; margin: 0; }
p {
  margin: 0;
  text-indent: 2em;
}
.dateline, .byline, .caption, .jump, .kicker, .subheadline { text-indent: 0; }
p.verse { text-indent: 0; text-align: start; margin-block: 1em; }
.dateline { font-weight: bold; }
.byline { text-align: end; margin-block: 0.5em; }
.dateline.closing { text-align: end; }
.caption { font-size: 0.9em; color: #444; margin-block: 0.5em; }
.jump { text-align: end; font-size: 0.9em; }
aside.note {
  margin-block: 1em;
  padding: 0.5em 1em;
  border-inline-start: 0.2em solid #999;
}
aside.note p { text-indent: 0; }
.folio { text-indent: 0; font-size: 0.75em; color: #666; text-align: end; }
.keep { white-space: nowrap; }
.titlepage ol { list-style: none; padding: 0; margin-block: 1.5em; }
.titlepage li { margin-block: 0.4em; }
.titlepage .date { text-indent: 0; }
a { color: inherit; text-decoration: none; }
`)
	sb.WriteString(markup.RowCSS)
	if !vertical {
		sb.WriteString(markup.KoreanNarrowCSS)
	}
	if vertical {
		sb.WriteString(`.tcy {
  -epub-text-combine: horizontal;
  -webkit-text-combine: horizontal;
  text-combine-upright: all;
}
.upright {
  -epub-text-orientation: upright;
  -webkit-text-orientation: upright;
  text-orientation: upright;
}
` + markup.KoreanVerticalCSS)
	}
	return sb.String()
}

// headings selects the elements set in the sans stack.
const headings = "h1, h2, h3, h4, h5, h6, .kicker, .subheadline, .booktitle"

// langHeadings is headings limited to one language.
func langHeadings(tag string) string {
	parts := strings.Split(headings, ", ")
	for i, p := range parts {
		parts[i] = ":lang(" + tag + ") " + p
	}
	return strings.Join(parts, ", ")
}
