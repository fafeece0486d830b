package layout

import (
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ems measures in em: fullwidth characters 1, narrow ones ½ (ambiguous wide).
type ems struct{}

func (ems) Em() float64            { return 1 }
func (ems) Advance(r rune) float64 { return float64(RuneColumns(r, true)) / 2 }

// points imitates a proportional font at 10pt: CJK 10, Latin 5.5, space 2.5.
type points struct{}

func (points) Em() float64 { return 10 }
func (points) Advance(r rune) float64 {
	switch c := RuneColumns(r, true); {
	case r == ' ':
		return 2.5
	case c == 2:
		return 10
	case c == 0:
		return 0
	}
	return 5.5
}

// The checkers' character sets (/work/shared/tools/cjkcheck.py), copied as an
// independent oracle for the property tests.
const (
	oracleNotStart = "、，。．：；！？‼⁇⁈⁉,.:;!?" + "”’）》〉」』】〕〗〙］｝｠)]}" + "～-–—〜‐" + "·・‧" + "／/" + "⸺…⋯" +
		"’”）〕］｝〉》」』】⦆｠〙〗»〟)]}" + "‐〜゠–" + "！？‼⁇⁈⁉!?" + "・：；:;" + "。．." + "、，," + "ヽヾゝゞ〻" +
		"ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ" + "%‰°′″℃％"
	oracleNotEnd = "“‘（《〈「『【〔〖〘［｛｟([{" + "／/" + "‘“（〔［｛〈《「『【⦅｟〘〖«〝([{" + "$£¥＄￥"
)

var oraclePairs = []string{"——", "……", "‥‥"}

// lineText is the text of a line's glyphs.
func lineText(l Line) string {
	var sb strings.Builder
	for _, g := range l.Glyphs {
		sb.WriteString(g.Text)
	}
	return sb.String()
}

func joinLines(ls []Line) string {
	s := make([]string, len(ls))
	for i, l := range ls {
		s[i] = lineText(l)
	}
	return strings.Join(s, "|")
}

// propOpts selects which properties checkLines enforces.
type propOpts struct {
	kinsoku bool // no prohibited start/end or split pair
	full    bool // every non-final line of a justified paragraph is full
}

// checkLines verifies the properties every layout must have and returns the
// first violation.
func checkLines(text string, ls []Line, o Options, m Measurer, p propOpts) error {
	em := m.Em()
	prevEnd := 0
	for i, l := range ls {
		if len(l.Glyphs) == 0 {
			return fmt.Errorf("line %d empty", i)
		}
		if l.Last != (i == len(ls)-1) {
			return fmt.Errorf("line %d: Last=%v", i, l.Last)
		}
		// Text: lines cover the paragraph in order; only white space between.
		if l.Start < prevEnd || l.End < l.Start || l.End > len(text) {
			return fmt.Errorf("line %d: bad range %d..%d after %d", i, l.Start, l.End, prevEnd)
		}
		if strings.TrimFunc(text[prevEnd:l.Start], unicode.IsSpace) != "" {
			return fmt.Errorf("line %d: text dropped before it: %q", i, text[prevEnd:l.Start])
		}
		if got := lineText(l); got != text[l.Start:l.End] {
			return fmt.Errorf("line %d: glyphs %q != text %q", i, got, text[l.Start:l.End])
		}
		prevEnd = l.End
		start := 0.0
		if i == 0 {
			start = o.Indent * em
			if o.Grid > 0 {
				start = math.Round(start/o.Grid) * o.Grid
			}
		}
		first, last := l.Glyphs[0], l.Glyphs[len(l.Glyphs)-1]
		end := last.X + last.Advance
		single := len(l.Glyphs) == 1
		// With edge punctuation (zh-Hans, ja) a line-end closing mark and a
		// line-start opening mark keep only their inked half inside the
		// measure: their boxes stick out by half an em, their ink is flush
		// (so do a Simplified Chinese ？！, inked in the left half).
		over, under := 0.0, 0.0
		if lr := []rune(last.Text)[0]; o.edgePunct() && o.Align != AlignEnd && last.Natural >= 0.9*em && (setClose.has(lr) || hangsFixed(lr, &o)) {
			over = 0.5 * em
			if !near(last.Natural-last.Advance, over) || last.Offset != 0 {
				return fmt.Errorf("line %d %q: line-end %q set %.3f wide, want its inked half", i, lineText(l), last.Text, last.Advance)
			}
		}
		if fr := []rune(first.Text)[0]; first.Natural >= 0.9*em && (o.edgePunct() && setOpen.has(fr) || koQuoteHalf(&o, fr)) {
			under = 0.5 * em
			if !near(-first.Offset, under) {
				return fmt.Errorf("line %d %q: line-start %q offset %.3f, want its inked half", i, lineText(l), first.Text, first.Offset)
			}
		}
		if end > o.Width+1e-6 && !single {
			return fmt.Errorf("line %d %q: ends at %.3f beyond the measure %.3f", i, lineText(l), end, o.Width)
		}
		if box := last.X + last.Offset + last.Natural; box > o.Width+over+1e-6 && !single {
			return fmt.Errorf("line %d: last glyph box ends at %.3f beyond %.3f", i, box, o.Width)
		}
		if o.Align == AlignJustify && math.Abs(first.X+first.Offset+under-start) > 1e-6 {
			return fmt.Errorf("line %d: first glyph ink starts at %.3f, not the edge %.3f", i, first.X+first.Offset+under, start)
		}
		if first.X+first.Offset+under < start-1e-6 {
			return fmt.Errorf("line %d: first glyph ink starts at %.3f before %.3f", i, first.X+first.Offset+under, start)
		}
		if math.Abs(l.Width-(end-first.X)) > 1e-6 {
			return fmt.Errorf("line %d: Width %.3f != %.3f", i, l.Width, end-first.X)
		}
		for k, g := range l.Glyphs {
			if k > 0 && g.X < l.Glyphs[k-1].X-1e-9 {
				return fmt.Errorf("line %d: glyph %d goes backwards", i, k)
			}
			if o.Grid > 0 && (g.X != math.Round(g.X) || g.Advance != math.Round(g.Advance)) {
				return fmt.Errorf("line %d: glyph %d off the grid: x=%v adv=%v", i, k, g.X, g.Advance)
			}
		}
		if o.Grid > 0 && math.Abs(em-2*o.Grid) < 1e-9 {
			// Between two full-width glyphs only whole cells are added,
			// so the characters stay on the character grid.
			for k := 0; k+1 < len(l.Glyphs); k++ {
				g, h := l.Glyphs[k], l.Glyphs[k+1]
				if g.Natural >= em-1e-9 && h.Natural >= em-1e-9 && int(math.Round(g.Gap/o.Grid))%2 != 0 {
					return fmt.Errorf("line %d %q: odd gap %.0f after glyph %d", i, lineText(l), g.Gap, k)
				}
			}
		}
		if p.full && !l.Last && !l.Ragged && !l.Hard && o.Align == AlignJustify {
			short := o.Width - end
			tol := 1e-6
			if o.Grid > 0 {
				tol = o.Grid
			}
			if o.Grid > 0 && math.Abs(em-2*o.Grid) < 1e-9 && (o.Lang == LangZhHans || o.Lang == LangZhHant || o.Lang == LangJa) {
				// A Chinese or Japanese line on a terminal's grid ends up
				// to maxGridShort columns short rather than take blank
				// cells inside its words, and one more for an odd column.
				tol = float64(maxGridShort+1) * o.Grid
			}
			if short > tol || o.Grid == 0 && math.Abs(last.X+last.Offset+last.Natural-over-o.Width) > 1e-6 {
				return fmt.Errorf("line %d %q: not full, %.3f short", i, lineText(l), short)
			}
		}
		if p.kinsoku {
			t := lineText(l)
			r0, _ := utf8.DecodeRuneInString(t)
			r1, _ := utf8.DecodeLastRuneInString(t)
			if i > 0 && strings.ContainsRune(oracleNotStart, r0) {
				return fmt.Errorf("line %d %q starts with %q", i, t, r0)
			}
			if !l.Last && strings.ContainsRune(oracleNotEnd, r1) {
				return fmt.Errorf("line %d %q ends with %q", i, t, r1)
			}
			if !l.Last {
				n, _ := utf8.DecodeRuneInString(lineText(ls[i+1]))
				for _, pr := range oraclePairs {
					if strings.HasPrefix(pr, string(r1)) && strings.HasSuffix(pr, string(n)) {
						return fmt.Errorf("line %d splits %s", i, pr)
					}
				}
			}
		}
	}
	if strings.TrimFunc(text[prevEnd:], unicode.IsSpace) != "" {
		return fmt.Errorf("text dropped at the end: %q", text[prevEnd:])
	}
	return nil
}

// koQuoteHalf reports an opening quotation mark of Korean text set across,
// which is set in half an em at a line's start too (koreanQuote).
func koQuoteHalf(o *Options, r rune) bool {
	return o.Lang == LangKo && o.CompressPunct && o.Grid == 0 && !o.Vertical && (r == '‘' || r == '“')
}
