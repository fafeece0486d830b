package html

import (
	"strings"

	"github.com/paiban/paiban/internal/markup"
)

// Font stacks name the common fonts of each platform, in the order a
// reader is likely to have them: Noto/Source Han (Android, Linux), Apple's,
// then Windows'. Headings are set in sans, body text in serif. (The EPUB
// writer names the same fonts.)
const (
	serifHans = `"Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC", "Songti SC", "STSong", "SimSun", serif`
	serifHant = `"Noto Serif CJK TC", "Source Han Serif TC", "Noto Serif TC", "Songti TC", "PMingLiU", "MingLiU", serif`
	serifJa   = `"Noto Serif CJK JP", "Source Han Serif JP", "Noto Serif JP", "Hiragino Mincho ProN", "YuMincho", "Yu Mincho", "MS PMincho", serif`
	serifKo   = `"Noto Serif CJK KR", "Source Han Serif KR", "Noto Serif KR", "AppleMyungjo", "Batang", serif`
	sansHans  = `"Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif`
	sansHant  = `"Noto Sans CJK TC", "Source Han Sans TC", "Noto Sans TC", "PingFang TC", "Microsoft JhengHei", sans-serif`
	sansJa    = `"Noto Sans CJK JP", "Source Han Sans JP", "Noto Sans JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", "Meiryo", sans-serif`
	sansKo    = `"Noto Sans CJK KR", "Source Han Sans KR", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif`
)

// embeddedFamily is the font-family of the embedded body font subset.
const embeddedFamily = `"Paiban Body"`

// headings selects the elements set in the sans stack.
const headings = "h1, h2, h3, h4, h5, h6, .kicker, .subheadline, .dateline"

// languages are the per-language settings: the selector matching the
// language's tags and its font stacks.
var languages = []struct{ sel, serif, sans string }{
	{":lang(zh-Hant), :lang(zh-TW), :lang(zh-HK), :lang(zh-MO)", serifHant, sansHant},
	{":lang(ja)", serifJa, sansJa},
	{":lang(ko)", serifKo, sansKo},
}

// stylesheet returns the page's CSS. It is built from fixed parts, so the
// same options always give the same bytes.
func stylesheet(vertical, embedded bool) string {
	var sb strings.Builder
	// An embedded subset comes first in the body stack, vertical pages
	// included (its subset then carries 'vert' glyphs and vertical
	// metrics: markup.FontSubset); for headings it only fills in before
	// the generic family, as it has no bold.
	stack := func(s, generic string, first bool) string {
		if !embedded {
			return s
		}
		if first {
			return embeddedFamily + ", " + s
		}
		return strings.TrimSuffix(s, generic) + embeddedFamily + ", " + generic
	}
	sb.WriteString(`:root {
  color-scheme: light dark;
  --fg: #1b1b1b;
  --bg: #fcfcfa;
  --muted: #595959;
  --rule: #c8c8c4;
  --band: #efeee8;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e3e3de;
    --bg: #151515;
    --muted: #a9a9a3;
    --rule: #4a4a48;
    --band: #222220;
  }
}
html {
  background: var(--bg);
  color: var(--fg);
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}
`)
	if vertical {
		sb.WriteString(`html {
  -webkit-writing-mode: vertical-rl;
  writing-mode: vertical-rl;
}
`)
	}
	sb.WriteString(`body {
  margin: 0;
  font-family: ` + stack(serifHans, "serif", true) + `;
  font-size: clamp(1rem, 0.95rem + 0.25vw, 1.1875rem);
  line-height: 1.8;
  text-align: justify;
  -webkit-line-break: strict;
  line-break: strict;
  word-break: normal;
  overflow-wrap: anywhere;
  text-spacing-trim: normal;
  text-autospace: normal;
  font-kerning: normal;
}
main {
  box-sizing: border-box;
  max-inline-size: 38em;
  margin-inline: auto;
  padding-block: 1.5em 3em;
  padding-inline: 1.25em;
}
`)
	sb.WriteString(headings + " {\n  font-family: " + stack(sansHans, "sans-serif", false) + ";\n}\n")
	for _, l := range languages {
		// The subset has Simplified Chinese glyph shapes: for other
		// languages the reader's own fonts come first.
		sb.WriteString(l.sel + " {\n  font-family: " + stack(l.serif, "serif", false) + ";\n}\n")
		sb.WriteString(within(l.sel, headings) + " {\n  font-family: " + stack(l.sans, "sans-serif", false) + ";\n}\n")
	}
	// A Korean caption is set flush start, not justified: it ends in
	// units no break may split (2026.12.05 / e-mail), and a line before
	// one, spread letter by letter, opened holes, where the PDF leaves
	// such a loose line flush start (layout's koTooLoose).
	sb.WriteString(`:lang(zh-Hant), :lang(zh-TW), :lang(zh-HK), :lang(zh-MO), :lang(ko) {
  text-spacing-trim: space-all;
}
:lang(ko) {
  word-break: keep-all;
  text-justify: inter-character;
  text-autospace: no-autospace;
}
:lang(ko) figcaption {
  text-align: start;
}
:lang(ja) :is(h1, h2, h3, h4, h5, h6, .kicker, .subheadline) {
  word-break: auto-phrase;
}
h1, h2, h3, h4, h5, h6, .kicker, .subheadline {
  font-weight: bold;
  text-align: start;
  text-indent: 0;
  line-height: 1.4;
  text-wrap: balance;
  text-spacing-trim: trim-start;
  hyphens: none;
}
header {
  margin-block-end: 1.2em;
}
h1 {
  font-size: clamp(1.5em, 1.25em + 1.2vmin, 2.1em);
  margin-block: 0.25em;
}
.kicker, .subheadline {
  font-size: 1.05em;
  font-weight: normal;
  margin: 0;
}
.kicker {
  color: var(--muted);
}
h2 {
  font-size: 1.2em;
  margin-block: 1.4em 0.6em;
  padding-block: 0.15em;
  padding-inline: 0.5em;
  background: var(--band);
}
h3, h4, h5, h6 {
  font-size: 1.05em;
  margin-block: 1em 0.4em;
}
p {
  margin: 0;
  text-indent: 2em;
}
.dateline, address, figcaption, .jump, .folio, aside p {
  text-indent: 0;
}
p.verse {
  text-indent: 0;
  text-align: start;
  margin-block: 1em;
}
.dateline {
  font-weight: bold;
  margin-block: 0.6em 0;
}
.dateline.closing {
  text-align: end;
  margin-block: 0.4em;
}
address {
  font-style: normal;
  text-align: end;
  color: var(--muted);
  margin-block: 0.4em;
}
figure {
  margin-block: 0.8em;
  margin-inline: 0;
  padding-inline-start: 0.8em;
  border-inline-start: 0.2em solid var(--rule);
}
figcaption {
  font-size: 0.9em;
  color: var(--muted);
}
aside.note {
  margin-block: 1em;
  padding-block: 0.5em;
  padding-inline: 1em;
  border-inline-start: 0.2em solid var(--rule);
  background: var(--band);
}
.jump {
  text-align: end;
  font-size: 0.9em;
  color: var(--muted);
}
.folio {
  font-size: 0.75em;
  color: var(--muted);
  text-align: end;
}
.keep {
  white-space: nowrap;
}
article + article {
  margin-block-start: 2.5em;
  padding-block-start: 1.5em;
  border-block-start: 1px solid var(--rule);
}
`)
	sb.WriteString(markup.RowCSS)
	if vertical {
		sb.WriteString(`.tcy {
  -webkit-text-combine: horizontal;
  text-combine-upright: all;
}
.upright {
  -webkit-text-orientation: upright;
  text-orientation: upright;
}
` + markup.KoreanVerticalCSS)
	}
	sb.WriteString(`@media print {
  :root {
    --fg: #000;
    --bg: #fff;
    --muted: #333;
    --rule: #888;
    --band: #eee;
  }
  @page {
    margin: 18mm 15mm;
  }
  body {
    font-size: 10.5pt;
    line-height: 1.6;
  }
  main {
    max-inline-size: none;
    padding: 0;
  }
  article {
    columns: 2;
    column-gap: 2em;
    column-rule: 0.5pt solid var(--rule);
  }
  header {
    column-span: all;
  }
  h1, h2, h3, h4, h5, h6, .kicker {
    break-after: avoid;
  }
  figure, aside {
    break-inside: avoid;
  }
  p {
    orphans: 2;
    widows: 2;
  }
}
`)
	if !vertical {
		sb.WriteString(markup.KoreanNarrowCSS)
	}
	return sb.String()
}

// within limits each selector of list to elements inside sel's.
func within(sel, list string) string {
	var out []string
	for _, s := range strings.Split(sel, ", ") {
		for _, e := range strings.Split(list, ", ") {
			out = append(out, s+" "+e)
		}
	}
	return strings.Join(out, ", ")
}
