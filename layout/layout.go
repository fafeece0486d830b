// Package layout breaks and justifies paragraphs of CJK and Latin text into
// lines, following W3C clreq (Chinese), jlreq (Japanese) and klreq (Korean).
//
// It knows nothing of PDF or terminals: a Measurer supplies advances in the
// writer's own units (font units for PDF, display columns for bulletins), and
// the result places every glyph at an x position a writer can draw as is.
// One line breaker serves every writer; no writer wraps lines on its own.
//
// # Rules
//
// Break opportunities come from UAX #14 (github.com/rivo/uniseg, with
// Unicode 15.1's LB19a for quotation marks in CJK text), then tailored:
//
//   - Kinsoku: the strict sets of clreq (Chinese) and jlreq level 3
//     (Japanese: small kana, ー and iteration marks may not start a line);
//     they include every character /shared/tools/cjkcheck.py enforces.
//     KinsokuNormal and KinsokuLoose lift the small-kana rule only.
//   - ——, ……, ⋯⋯ and ‥‥ never split; Latin words, runs of digits, URLs and
//     numbers with units (5G, 99.5%, 300Mbps, 2.6万) break only as below.
//   - Long Latin runs (URLs, paths, e-mail addresses, words, numbers): a run
//     that does not fit, is longer than a third of the measure and would
//     leave the line before it stretched by more than ½em a gap breaks at
//     its soft places instead: after . (before a letter) ? & = _ #, and
//     before @. Never after - (text extraction takes a line-end hyphen for
//     a soft one and drops it) nor at / (kinsoku forbids / at either edge).
//     Words are never hyphenated. A run longer than the measure with no
//     soft place that serves breaks at the last place that fits, so the
//     line is full; the little left over is spread between its letters (at
//     most ⅛em each; on a grid the line may end one column short). Line
//     text always adds up to the paragraph.
//   - No line ends in a hyphen (- ‐ ﹣ －), in a word (well-known) or
//     between spaces (이데일리 - 무단전재): text extraction takes a line-end
//     hyphen for hyphenation and drops it, and kinsoku keeps it from
//     starting a line, so a spaced hyphen holds its neighbours together.
//   - A number keeps its counter (32岁, 2019年) unless that would leave a
//     Chinese line before it stretched by more than ⅕em a gap: the line
//     then ends after the digits, if that sets it at most half as loose.
//     Never before the number's own magnitude or approximation (2.6万,
//     30多), in fullwidth digits too (３兆２千億円: its counter, ８００ / 円,
//     may start a line).
//   - Korean (klreq) breaks only at spaces, never inside a 어절.
//   - Push in before push out: when the next piece would overflow the line
//     (a prohibited mark, or simply the next word), the line is first
//     squeezed to take it; only if that fails does text move down.
//   - The last line of a paragraph is never a lone Han character when the
//     line above can give one up.
//
// Lines are set greedily (first fit), so a paragraph costs one pass, and
// Breaker.Start and Next give them one at a time in bounded memory, however
// long the paragraph: a writer places each line as it comes.
//
// # Widths and justification
//
// With CompressPunct, two adjacent fullwidth marks (。” ）、 ，“) take at most
// 1.5em; squeezing then takes, in order, the ¼em CJK–Latin spaces, word
// spaces (to 80%), the empty halves of marks next to other marks, and last
// those of lone marks, at most ¼em each, so a single mid-line comma keeps
// ¾em or more. Stretching spreads the remaining space evenly over word
// spaces and the gaps between characters, never inside Latin words, ——/……,
// a number and its unit, after an opening bracket or before closing
// punctuation; Korean and Latin lines stretch only their word spaces.
//
// Line edges (clreq 3.1.7, jlreq 3.1.5): with CompressPunct, in Simplified
// Chinese and Japanese set with corner-style marks, a closing mark at a
// line's end and an opening mark at its start are set at their inked half
// (Advance ½em; an opening mark's Offset is −½em), so the ink is flush with
// the measure and the empty half lies outside it. A flush-right line
// (AlignEnd) keeps its last mark's full cell. Traditional Chinese keeps
// full cells at both edges (centred marks, as Taiwan and Hong Kong set
// them), and so does a terminal grid. With Hanging set, a line-end 。，、
// may hang outside instead.
//
// With Grid > 0 (terminals, Grid 1 column) every position is a whole number
// of grid units: the ¼em CJK–Latin space rounds down to none, and stretching
// hands out whole columns, centred over the gaps. Between fullwidth
// characters only an even number of columns is spread, so with an odd
// measure such a line may end one column short.
package layout

// Measurer gives the advance of each rune in the caller's units.
type Measurer interface {
	// Advance returns the advance width of r. Combining marks and other
	// zero-width runes return 0.
	Advance(r rune) float64
	// Em returns the size of one em in the same units: the font size for
	// PDF, 2 display columns for a terminal.
	Em() float64
}

// Lang selects the rule set.
type Lang string

// Languages with their own rules; anything else is treated as Latin text.
const (
	LangZhHans Lang = "zh-Hans"
	LangZhHant Lang = "zh-Hant"
	LangJa     Lang = "ja"
	LangKo     Lang = "ko"
	LangLatin  Lang = "en"
)

// Kinsoku is the strictness of line-start and line-end prohibitions.
type Kinsoku int

// Kinsoku levels, from clreq/jlreq. Strict is the default.
const (
	KinsokuStrict Kinsoku = iota
	KinsokuNormal
	KinsokuLoose
)

// Align is how a paragraph's lines sit in the measure.
type Align int

// Alignments. Justify stretches every line but the last to both edges.
const (
	AlignJustify Align = iota
	AlignStart
	AlignCenter
	AlignEnd
)

// Options controls one call to Break. The zero value is not useful: Width
// must be set; see DefaultOptions.
type Options struct {
	Width  float64 // the measure, in Measurer units
	Lang   Lang
	Indent float64 // first-line indent in em (2 for body paragraphs)
	// Hang, if positive, indents by Hang em every line that continues
	// one the measure broke: not the paragraph's first line, nor a line
	// after a hard line break, which start at the margin. A stanza of
	// verse, its lines parted by hard breaks, wraps a line too long for
	// the measure under itself with a hanging indent.
	Hang    float64
	Kinsoku Kinsoku
	Align   Align
	// CompressPunct allows fullwidth punctuation to be set in half an em
	// (pairs such as 。” in 1.5em, an opening bracket at line start, and as
	// the first adjustment when fitting or filling a line). Off for
	// terminals, where a glyph cannot be narrower than its cell.
	CompressPunct bool
	// CJKLatinSpace is the space between Han/kana/Hangul and Latin letters
	// or digits, in em (0.25 by default, 0 for Korean, which writes
	// 10조 원 and DDR5와 solid); 0 disables it.
	CJKLatinSpace float64
	// Punct says where the font draws 、，。．：； in the em square, which
	// decides which half of them may be squeezed.
	Punct PunctStyle
	// Hanging lets a line-end 。，、 hang outside the measure.
	Hanging bool
	// Grid, if positive, makes every position and adjustment a multiple of
	// Grid (1 for terminal columns). On a terminal grid (an em of two
	// columns) justification adds only whole cells between two full-width
	// characters, so they stay aligned from line to line, and a Chinese or
	// Japanese line ends up to maxGridShort columns short rather than take
	// a cell inside a word.
	Grid float64
	// Phrases marks a display line (headline, kicker): in Chinese and
	// Japanese its spaces separate phrases, and when it does not fit on one
	// line it breaks at the space that best balances two lines that fit
	// (5G基站突破2.6万个 / 全市网络覆盖率达99.5%), else after a clause's
	// comma, not wherever the measure runs out; one that needs three lines
	// or more is set in even lines broken between phrases and words
	// (加快构建 / 全方位对外 / 开放新格局).
	Phrases bool
	// Fields marks a table row set as text (its table does not fit the
	// measure): its spaces part its fields, and a line breaks only at a
	// space between them, as many whole fields on each line as fit, so a
	// figure is never cut from its unit (▲２１３ / 円１０銭). A field
	// wider than a line (one hung by Hang) breaks where it must.
	Fields bool
	// Vertical sets the text top to bottom: the Measurer's advances still
	// serve for text turned sideways (Latin words), while upright
	// characters and vertical forms take one em each and a 縦中横 pair
	// shares one em (VerticalRuns decides which is which). Kinsoku,
	// punctuation compression and justification are the same as across;
	// X is then the distance down the column. The ¼em CJK–Latin space is
	// kept only next to sideways text.
	Vertical bool
	// MaxGap, if positive, is the most space in em that justification
	// adds at any one place of a line: a line that would need more is
	// set flush start and reported Ragged. Small print such as a web
	// page's time stamp (2026/12/05 14:32 （12/05) wraps in a narrow
	// column with two or three places to stretch, and spread to the
	// measure its words stand apart as separate items. Lines stretched
	// at their word spaces only (Korean, Latin) are not limited.
	MaxGap float64
	// LeadBytes and LeadMeasurer, when both are set, measure the text's
	// first LeadBytes bytes with LeadMeasurer instead of the Measurer
	// Break is given: a run-in dateline drawn in a bold face before the
	// paragraph it leads, whose digits and middle dot (12月5日, 中青报·中青网)
	// are wider than the body face's.
	LeadBytes    int
	LeadMeasurer Measurer
}

// Line is one laid-out line.
type Line struct {
	Glyphs []Glyph
	// Width is the set width of the line, from the first glyph's X to the
	// end of the last glyph's Advance (equal to Options.Width minus any
	// indent for a justified line that is not a paragraph's last).
	Width float64
	// Start and End are byte offsets of the line's text in the paragraph.
	Start, End int
	// Last reports whether this is the paragraph's last line.
	Last bool
	// Ragged reports a line that should have been justified but is not
	// flush with both edges: it had no place to add space (one long word or
	// URL), or one glyph is wider than the measure.
	Ragged bool
	// Hard reports a line ending at a hard line break in the text (U+000A
	// and the like); like a paragraph's last line it is not justified.
	Hard bool
}

// Glyph is one rune (or cluster) placed on a line.
type Glyph struct {
	Text    string  // the rune(s) to draw
	X       float64 // left edge of the glyph's cell, from the start of the measure
	Advance float64 // width the glyph occupies after adjustment
	Natural float64 // the Measurer's advance, before adjustment
	// Offset is where to draw the glyph relative to X: negative when the
	// empty left half of an opening bracket is squeezed out.
	Offset float64
	// Gap is the space set after the glyph (CJK–Latin space and
	// justification), so the next glyph's X is X + Advance + Gap. Word
	// spaces stretch or shrink their own Advance instead.
	Gap float64
	// Orientation is how the glyph is set in a vertical line (only with
	// Options.Vertical; Upright otherwise).
	Orientation Orientation
}

// PunctStyle is where a font sets the marks 、，。．：； in the em square.
// Compressing the wrong half would draw a mark over its neighbour, so a
// writer that knows its font says which it is.
type PunctStyle uint8

const (
	// PunctByLang assumes the usual font for the language: centred for
	// Traditional Chinese (Taiwan, Hong Kong), in the lower left corner
	// for Simplified Chinese (GB) and Japanese.
	PunctByLang PunctStyle = iota
	// PunctCorner: the marks sit in the left half (GB and JIS fonts, such
	// as Noto CJK SC and JP); their right half may be squeezed.
	PunctCorner
	// PunctCentred: the marks sit in the centre (Noto CJK TC and HK);
	// a quarter em may be squeezed on each side.
	PunctCentred
)

// edgePunct reports whether line-edge punctuation is set at its inked
// half: in Simplified Chinese and Japanese with corner-style marks (clreq
// 3.1.7, jlreq 3.1.5 and 3.8), when punctuation may be compressed at all.
// Traditional Chinese sets its centred marks in full cells at the edges, as
// Taiwan and Hong Kong papers do; Korean text uses Western punctuation.
func (o *Options) edgePunct() bool {
	return o.CompressPunct && o.Grid == 0 && (o.Lang == LangZhHans || o.Lang == LangJa) && !o.Punct.centred(o.Lang)
}

// centred reports whether marks are centred for text in lang.
func (p PunctStyle) centred(lang Lang) bool {
	return p == PunctCentred || p == PunctByLang && lang == LangZhHant
}
