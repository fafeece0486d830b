package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Orientation is how a piece of text is set in a vertical line (縦組み,
// 竖排). Every writer that sets vertical text (PDF, EPUB, HTML) asks
// VerticalRuns, so a number or a Latin word looks the same in each.
type Orientation uint8

// Orientations, after jlreq §3.2 and clreq §5 (vertical text):
//
//   - Upright: Han, kana, Hangul and fullwidth forms, upright in a 1em cell.
//   - VerticalForm: punctuation, brackets, quotes, dashes and the
//     prolonged sound mark, drawn in their vertical form (VerticalGlyph).
//   - Combined: 縦中横 (tate-chu-yoko), one or two halfwidth characters
//     set side by side in one em: a number of one or two digits (8, 29),
//     or two capitals or a capital and a digit (AI, 5G).
//   - Stacked: longer numbers (2021, 6.3, 99.5%) and short capital
//     abbreviations (BIM, DDR5) with each character upright in its own em.
//   - Sideways: Latin words, phrases and URLs, turned 90° clockwise.
const (
	Upright Orientation = iota
	VerticalForm
	Combined
	Stacked
	Sideways
)

// String returns the orientation's name, for tests and diagnostics.
func (o Orientation) String() string {
	switch o {
	case Upright:
		return "upright"
	case VerticalForm:
		return "vertical-form"
	case Combined:
		return "tcy"
	case Stacked:
		return "stacked"
	case Sideways:
		return "sideways"
	}
	return "orientation(" + string(rune('0'+o)) + ")"
}

// VRun is a run of text [Start, End) (byte offsets) with one orientation.
// Combined, Stacked and Sideways runs are whole tokens: two of them are
// never adjacent and never merged.
type VRun struct {
	Start, End  int
	Orientation Orientation
}

// maxStacked is the longest capital abbreviation set with each letter
// upright (NHK, DDR5); longer ones (UNESCO) are turned sideways like words.
const maxStacked = 4

// VerticalRuns splits text into runs by how each part is set vertically.
func VerticalRuns(text string) []VRun { return AppendVerticalRuns(nil, text) }

// AppendVerticalRuns is VerticalRuns appending to dst, for callers that
// reuse a buffer.
func AppendVerticalRuns(dst []VRun, text string) []VRun {
	add := func(s, e int, o Orientation) {
		if n := len(dst); n > 0 && dst[n-1].End == s && dst[n-1].Orientation == o && o <= VerticalForm {
			dst[n-1].End = e
			return
		}
		dst = append(dst, VRun{Start: s, End: e, Orientation: o})
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if halfwidth(r) {
			e := tokenEnd(text, i)
			add(i, e, tokenOrientation(text[i:e]))
			i = e
			continue
		}
		o := Upright
		if hasVerticalForm(r) {
			o = VerticalForm
		}
		add(i, i+n, o)
		i += n
	}
	return dst
}

// tokenEnd returns the end of the halfwidth token starting at i: halfwidth
// characters and the single spaces between them (a phrase such as
// "Kobe Jazz Street" turns sideways as one piece).
func tokenEnd(text string, i int) int {
	e := i
	for j := i; j < len(text); {
		r, n := utf8.DecodeRuneInString(text[j:])
		switch {
		case halfwidth(r):
			j += n
			e = j
		case r == ' ' && e == j:
			if r2, _ := utf8.DecodeRuneInString(text[j+1:]); j+1 < len(text) && halfwidth(r2) {
				j++
				continue
			}
			return e
		default:
			return e
		}
	}
	return e
}

// tokenOrientation decides how a halfwidth token is set.
func tokenOrientation(tok string) Orientation {
	digits, upper, other := 0, 0, 0
	for _, r := range tok {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r >= 'A' && r <= 'Z':
			upper++
		default:
			other++
		}
	}
	n := digits + upper + other
	switch {
	case other == 0 && n <= 2:
		return Combined // 8, 29, AI, 5G
	case other == 0 && upper > 0 && n <= maxStacked:
		return Stacked // NHK, G20, DDR5
	case upper == 0 && isNumber(tok):
		return Stacked // 2021, 6.3, 99.5%, 1,000, 9:30
	}
	return Sideways
}

// isNumber reports whether tok is a number: an optional sign, digits with
// single . , or : between them (at most one .), and an optional % at the end.
func isNumber(tok string) bool {
	if tok != "" && (tok[0] == '+' || tok[0] == '-') {
		tok = tok[1:]
	}
	if tok != "" && tok[len(tok)-1] == '%' {
		tok = tok[:len(tok)-1]
	}
	if tok == "" {
		return false
	}
	prevDigit, points := false, 0
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		switch {
		case c >= '0' && c <= '9':
			prevDigit = true
		case (c == '.' || c == ',' || c == ':') && prevDigit && i+1 < len(tok):
			prevDigit = false
			if c == '.' {
				points++
			}
		default:
			return false
		}
	}
	return prevDigit && points <= 1 // 1.2.3 is a version, not a number
}

// halfwidth reports whether r is a proportional (halfwidth) letter, digit
// or symbol that vertical text sets as part of a token: printable ASCII and
// the Latin letters and marks up to U+036F. The Latin-1 symbols CJK fonts
// draw full width (· × ÷ §) stay upright, as do Greek and Cyrillic, which
// JIS X 0208 and GB2312 set like ideographs.
func halfwidth(r rune) bool {
	switch {
	case r > 0x20 && r < 0x7f:
		return true
	case r < 0xc0, r == 0xd7, r == 0xf7:
		return false
	case r < 0x250:
		return unicode.IsLetter(r)
	}
	return r >= 0x300 && r <= 0x36f
}

// hasVerticalForm reports whether r is drawn differently in vertical text
// (VerticalGlyph gives the form).
func hasVerticalForm(r rune) bool {
	_, _, ok := verticalGlyph(r, LangZhHans)
	return ok
}

// VerticalGlyph returns what to draw for r in a vertical line in lang: the
// Unicode vertical presentation form (U+FE10–FE19, U+FE30–FE4F), or r
// itself with rotate set when the form is the horizontal glyph turned 90°
// clockwise (ー ～ — and the like, which have no presentation form). ok is
// false when r is drawn as it is. Chinese quotation marks “” ‘’ become the
// corner brackets ﹁﹂﹃﹄ (clreq: vertical text quotes with 「」), Japanese
// “” the double prime quotes 〝〟.
func VerticalGlyph(r rune, lang Lang) (form rune, rotate, ok bool) {
	return verticalGlyph(r, lang)
}

func verticalGlyph(r rune, lang Lang) (rune, bool, bool) {
	switch r {
	case '.', ',', '?', '!':
		// Korean only (koreanVertical marks them; other text turns
		// them with the word they end): 고리점, 모점.
		if lang == LangKo {
			return koForm(r), false, true
		}
	case '，':
		return '︐', false, true
	case '、':
		return '︑', false, true
	case '。':
		return '︒', false, true
	case '：':
		return '︓', false, true
	case '；':
		return '︔', false, true
	case '！':
		return '︕', false, true
	case '？':
		return '︖', false, true
	case '〖':
		return '︗', false, true
	case '〗':
		return '︘', false, true
	case '…':
		return '︙', false, true
	case '‥':
		return '︰', false, true
	case '—', '―':
		return '︱', false, true
	case '–':
		return '︲', false, true
	case '（':
		return '︵', false, true
	case '）':
		return '︶', false, true
	case '｛':
		return '︷', false, true
	case '｝':
		return '︸', false, true
	case '〔':
		return '︹', false, true
	case '〕':
		return '︺', false, true
	case '【':
		return '︻', false, true
	case '】':
		return '︼', false, true
	case '《':
		return '︽', false, true
	case '》':
		return '︾', false, true
	case '〈':
		return '︿', false, true
	case '〉':
		return '﹀', false, true
	case '「':
		return '﹁', false, true
	case '」':
		return '﹂', false, true
	case '『':
		return '﹃', false, true
	case '』':
		return '﹄', false, true
	case '＿':
		return '︳', false, true
	case '［':
		return '﹇', false, true
	case '］':
		return '﹈', false, true
	case '“':
		switch lang {
		case LangJa:
			return '〝', false, true
		case LangKo:
			return '﹃', false, true // 겹낫표 『
		}
		return '﹁', false, true
	case '”':
		switch lang {
		case LangJa:
			return '〟', false, true
		case LangKo:
			return '﹄', false, true // 』
		}
		return '﹂', false, true
	case '‘':
		switch lang {
		case LangJa:
			return r, true, true
		case LangKo:
			return '﹁', false, true // 낫표 「
		}
		return '﹃', false, true
	case '’':
		switch lang {
		case LangJa:
			return r, true, true
		case LangKo:
			return '﹂', false, true // 」
		}
		return '﹄', false, true
	case 'ー', '～', '〜', '⋯', '─', '━', '－', '＝', '〰', '⸺', '｟', '｠', '〘', '〙', '〚', '〛', '＜', '＞', '→', '←', '｜', 'ｰ':
		return r, true, true
	}
	return r, false, false
}

// SmallKana reports whether r is a small kana (ぁ ゃ ッ ㇰ …), which vertical
// text sets in the upper right of its cell rather than the lower left.
func SmallKana(r rune) bool {
	switch {
	case r >= 0x31F0 && r <= 0x31FF:
		return true
	case r < 0x3041 || r > 0x30FA:
		return false
	}
	switch r {
	case 'ぁ', 'ぃ', 'ぅ', 'ぇ', 'ぉ', 'っ', 'ゃ', 'ゅ', 'ょ', 'ゎ', 'ゕ', 'ゖ',
		'ァ', 'ィ', 'ゥ', 'ェ', 'ォ', 'ッ', 'ャ', 'ュ', 'ョ', 'ヮ', 'ヵ', 'ヶ':
		return true
	}
	return false
}

// verticalAdvance returns the advance down a vertical line of cluster c,
// whose advance across is w; *ri walks runs along with the clusters.
func (b *Breaker) verticalAdvance(c *cluster, w float64, runs []VRun, ri *int) float64 {
	for *ri < len(runs)-1 && int(c.start) >= runs[*ri].End {
		*ri++
	}
	run := runs[*ri]
	c.vo = run.Orientation
	switch {
	case run.Orientation == Sideways, w == 0, c.cls == clsSpace:
		return w
	case run.Orientation == Combined:
		// Only ASCII digits and capitals combine: one cluster per byte.
		return b.em / float64(run.End-run.Start)
	case run.Orientation == Stacked && c.r == '.':
		// A stacked number's decimal point takes half an em (the
		// drawing centres it there): a full em left a gap, 1 .8%.
		return b.em / 2
	}
	return b.em
}

// koreanVertical adjusts cluster i of Korean text set down a vertical
// line, of advance w: a word space takes a quarter em (klreq's usual word
// space; the font's space is a Latin one, and wider gaps down the column
// read as breaks between lines of text), and a sentence's . , ? ! on
// their own are set upright in a full em cell as the vertical forms of
// 。、？！: Korean vertical text writes 고리점 and 모점 for the full stop
// and the comma (한글 맞춤법, 1988), which VerticalGlyph draws; a straight
// quote beside Hangul likewise becomes 『』 or 「」 (KoreanQuoteForm), as
// “” and ‘’ do.
func koreanVertical(cl []cluster, i int, w, em float64, text string) float64 {
	c := &cl[i]
	switch {
	case c.cls == clsSpace && c.r == ' ' && i > 0 && cl[i-1].vo == VerticalForm && cl[i-1].r < 0x80:
		// After 。、 set for . , the mark's empty lower half is the
		// word space: another quarter em under it reads as a hole
		// (KoreanVerticalMark counts the space with the mark).
		return 0
	case c.cls == clsSpace && c.r == ' ' && w > em/4:
		return em / 4
	case c.vo == Sideways && c.end-c.start == 1:
		m, _ := KoreanVerticalMark(text, int(c.start))
		switch m {
		case 0:
			return w
		case '『', '「':
			c.cls = clsOpen
		case '』', '」', '。', '、':
			c.cls = clsClose // 。、: ink in the upper right, the lower half may go
		default:
			c.cls = clsFixed
		}
		c.vo = VerticalForm
		return em
	}
	return w
}

// KoreanVerticalMark reports how Korean text set down a vertical line
// sets the character at byte i of text, the rule of the PDF's vertical
// lines (koreanVertical, VerticalGlyph): a sentence's . , ? ! ending a
// word as 。、？！ (고리점 and 모점, 한글 맞춤법 1988), a straight quote
// beside Hangul or Han and the curly quotes as 『』 (double) or 「」
// (single). It returns that ideographic mark and n, the bytes of text it
// stands for: the character, and the word space after an ASCII mark,
// which the mark's empty lower half stands for; n is 0 (and mark 0) when
// the character is set as it is. The markup writers (HTML, EPUB) show the
// mark in place of those bytes and keep them as text.
func KoreanVerticalMark(text string, i int) (mark rune, n int) {
	if i < 0 || i >= len(text) {
		return 0, 0
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	switch r {
	case '.', ',', '?', '!':
		if !koPunctAlone(text, i) {
			return 0, 0
		}
		switch r {
		case '.':
			mark = '。'
		case ',':
			mark = '、'
		case '?':
			mark = '？'
		default:
			mark = '！'
		}
	case '"', '\'':
		if !koQuoteAlone(text, i) {
			return 0, 0
		}
		open := KoreanQuoteOpens(text[:i])
		switch {
		case r == '"' && open:
			mark = '『'
		case r == '"':
			mark = '』'
		case open:
			mark = '「'
		default:
			mark = '」'
		}
	case '“':
		return '『', size
	case '”':
		return '』', size
	case '‘':
		return '「', size
	case '’':
		return '」', size
	default:
		return 0, 0
	}
	if i+1 < len(text) && text[i+1] == ' ' {
		return mark, 2
	}
	return mark, 1
}

// koQuoteAlone reports whether the straight quote at i stands beside
// Hangul (or Han) on either side: a Korean quotation, not a Latin one.
func koQuoteAlone(text string, i int) bool {
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	next, _ := utf8.DecodeRuneInString(text[i+1:])
	return isHangul(prev) || isHangul(next) || isHan(prev) || isHan(next)
}

// KoreanQuoteOpens reports whether a straight quote (" ') after before
// opens a quotation: at the start, after a space or an opening bracket.
// Korean vertical text sets it as 『 or 「 then, else as 』 or 」
// (KoreanQuoteForm).
func KoreanQuoteOpens(before string) bool {
	prev, _ := utf8.DecodeLastRuneInString(before)
	return before == "" || unicode.IsSpace(prev) || strings.ContainsRune("([{（「『“‘<《〈", prev)
}

// KoreanQuoteForm is the vertical form of a straight quote in Korean
// vertical text (한글 맞춤법 1988: 겹낫표 『』 for double quotes, 낫표 「」
// for single ones).
func KoreanQuoteForm(r rune, opening bool) rune {
	switch {
	case r == '"' && opening:
		return '﹃'
	case r == '"':
		return '﹄'
	case opening:
		return '﹁'
	}
	return '﹂'
}

// koPunctAlone reports whether the mark at i ends a Korean word: a Hangul
// syllable or closing mark before it, and no letter or digit after it
// (1.8, yna.co.kr keep theirs).
func koPunctAlone(text string, i int) bool {
	if i == 0 || i+1 > len(text) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	next, _ := utf8.DecodeRuneInString(text[i+1:])
	if i+1 < len(text) && (next < 0x80 && (unicode.IsLetter(next) || unicode.IsDigit(next))) {
		return false
	}
	return isHangul(prev) || isHan(prev) || strings.ContainsRune("”’」』)）", prev)
}

// koForm is the vertical form of a Korean sentence mark . , ? !.
func koForm(r rune) rune {
	switch r {
	case '.':
		return '︒'
	case ',':
		return '︑'
	case '?':
		return '︖'
	}
	return '︕'
}
