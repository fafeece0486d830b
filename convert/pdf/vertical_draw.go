package pdf

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/paiban/paiban/layout"
)

// Drawing vertical lines.
//
// Upright text is drawn with a second copy of each face whose encoding is
// Identity-V (fpdf writes Identity-H; finishVertical rewrites the one
// word): a PDF vertical font sets each glyph centred on the pen's x with
// the em box's top at the pen's y and moves the pen one em down, so
// viewers place the glyphs where vertical type goes, and text extraction
// (poppler's pdftotext, MuPDF) knows the writing mode and reads each
// column top to bottom, columns right to left. That is what upLaTeX with
// dvipdfmx and LuaTeX-ja do; ActualText alone cannot give poppler the
// direction of a line.
//
// What each glyph is, layout.VerticalRuns says (Glyph.Orientation):
//
//   - upright: the vertical font;
//   - vertical forms (、。，「」（）—— …): the Unicode vertical presentation
//     form (U+FE10–FE19, U+FE30–FE4F, in the default faces), inside a
//     marked-content span whose ActualText is the original character, so
//     that copying gives 、 and not ︑; ー ～ 〜 and the small kana (ゃ ッ)
//     in the default faces: Noto CJK's own vertical alternates, which
//     `make fonts` keeps at private-use code points (fonts.VerticalAlternate),
//     in the same kind of span;
//   - in other faces: ー ～ and marks with no presentation form are the
//     horizontal glyph turned 90° clockwise in its cell (how Noto CJK draws
//     them), small kana move 0.15em right and 0.14em up (as its alternates
//     do), and 、。，． without a form move to the upper right;
//   - 縦中横 (two digits in one em): the vertical font, side by side,
//     narrowed to fit the em, with an ActualText of the pair;
//   - sideways (Latin words): the horizontal font, turned 90° clockwise,
//     its em box centred on the column's axis.

// vertical is the renderer's state for vertical lines.
type vertical struct {
	vlang layout.Lang
	vids  []string // fpdf's resource name of each face's vertical copy
	hant  hant     // Traditional Chinese marks, centred (hant.go)
}

// vkind is how one glyph of a vertical line is drawn.
type vkind uint8

const (
	vBlank    vkind = iota // a space: nothing drawn
	vUpright               // the vertical font
	vForm                  // a vertical presentation form (vertical font) for another character
	vShift                 // the vertical font, moved (small kana, a mark with no form)
	vTurn                  // the horizontal font, turned 90° clockwise in the cell
	vSideways              // part of a sideways run: horizontal font, turned
	vCombined              // part of a 縦中横 pair: vertical font, side by side
	vOutline               // drawn from outlines (characters outside the BMP)
	vMissing               // no face and no stand-in: an empty box
)

// vglyph is how one glyph is drawn: kind, face, the text drawn, and for
// vShift (and a centred Traditional Chinese mark's vForm) the move in em
// (right, up).
type vglyph struct {
	kind   vkind
	face   int
	text   string
	d      drawing // for vOutline and vMissing
	dx, dy float64
}

// Small kana in vertical text sit this much (em) right and up of where
// horizontal text puts them (Noto CJK's vertical alternates: 0.16, 0.14).
const smallKanaDX, smallKanaDY = 0.15, 0.14

// plan decides how glyph g of a line set in s is drawn.
func (v *vertical) plan(s *faceSet, g layout.Glyph) vglyph {
	if isBlank(g.Text) {
		return vglyph{kind: vBlank}
	}
	d := s.drawing(g.Text)
	switch {
	case d.face < 0 && d.outline < 0:
		return vglyph{kind: vMissing, face: -1, d: d}
	case d.outline >= 0:
		return vglyph{kind: vOutline, face: d.face, text: d.text, d: d}
	}
	up := vglyph{kind: vUpright, face: d.face, text: d.text}
	r, n := utf8.DecodeRuneInString(g.Text)
	single := n == len(g.Text) && d.text == g.Text
	switch g.Orientation {
	case layout.Sideways:
		return vglyph{kind: vSideways, face: d.face, text: d.text}
	case layout.Combined:
		up.kind = vCombined
		return up
	case layout.Stacked:
		if single && r == '.' {
			// A stacked number's decimal point, in its half-em cell
			// (layout): moved to the cell's middle.
			if dx, dy, ok := pointShift(s.table.faces[d.face]); ok {
				return vglyph{kind: vShift, face: d.face, text: d.text, dx: dx, dy: dy}
			}
		}
	case layout.VerticalForm:
		if !single {
			return up
		}
		if dx, dy, ok := v.hant.shift(s.table, d.face, d.text); ok {
			// Centred, upright (hant.go): drawn and extracted with the
			// vertical forms it is squeezed among (。」, 」，).
			return vglyph{kind: vForm, face: d.face, text: d.text, dx: dx, dy: dy}
		}
		form, turn, ok := layout.VerticalGlyph(r, v.vlang)
		if !ok {
			return up
		}
		if turn {
			if alt, ok := verticalAlternate(s.table.faces[d.face], r); ok {
				return vglyph{kind: vForm, face: d.face, text: string(alt)}
			}
			return vglyph{kind: vTurn, face: d.face, text: d.text}
		}
		if df := s.drawing(string(form)); df.face >= 0 && df.outline < 0 && df.text == string(form) {
			return vglyph{kind: vForm, face: df.face, text: df.text}
		}
		// The face has no presentation form: move a corner mark to the
		// upper right (its place in vertical text), turn the others.
		if strings.ContainsRune("、，。．", r) {
			if dx, dy, ok := mirrorShift(s.table.faces[d.face], r); ok {
				return vglyph{kind: vShift, face: d.face, text: d.text, dx: dx, dy: dy}
			}
			return up
		}
		return vglyph{kind: vTurn, face: d.face, text: d.text}
	}
	if single && layout.SmallKana(r) {
		if alt, ok := verticalAlternate(s.table.faces[d.face], r); ok {
			return vglyph{kind: vForm, face: d.face, text: string(alt)}
		}
		return vglyph{kind: vShift, face: d.face, text: d.text, dx: smallKanaDX, dy: smallKanaDY}
	}
	return up
}

// verticalAlternate is f's glyph for r in vertical text, when f is one of
// the embedded faces, which carry the vertical alternates of Noto CJK at
// private-use code points (fonts.Face.VerticalAlternate).
func verticalAlternate(f Face, r rune) (rune, bool) {
	if va, ok := f.(interface{ VerticalAlternate(rune) (rune, bool) }); ok {
		return va.VerticalAlternate(r)
	}
	return 0, false
}

// planAt is plan for glyph i of line l, in the face set that draws it
// (a run-in dateline's bold glyphs have their own).
func (v *vertical) planAt(l *placedLine, i int) vglyph {
	g := l.Line.Glyphs[i]
	if v.vlang == layout.LangKo && g.Orientation == layout.VerticalForm && (g.Text == "\"" || g.Text == "'") {
		// A Korean straight quote set upright (layout): 『』 or 「」 by
		// what precedes it on the line; none is a line's start, where
		// only an opening quote may stand.
		before := ""
		if i > 0 {
			before = l.Line.Glyphs[i-1].Text
		}
		form := layout.KoreanQuoteForm(rune(g.Text[0]), layout.KoreanQuoteOpens(before))
		s := l.setAt(i)
		if df := s.drawing(string(form)); df.face >= 0 && df.outline < 0 && df.text == string(form) {
			return vglyph{kind: vForm, face: df.face, text: df.text}
		}
	}
	return v.plan(l.setAt(i), g)
}

// mirrorShift returns the move (em, right and up) that takes r's ink from
// its corner of the em box to the opposite one: from the lower left, where
// GB and JIS fonts draw 、。 across, to the upper right, where vertical
// text wants them. The em box is the ideographic one, −0.12 to 0.88.
func mirrorShift(f Face, r rune) (dx, dy float64, ok bool) {
	of, isOutline := f.(outlineFace)
	if !isOutline {
		return 0, 0, false
	}
	p, ok := of.Outline(r)
	if !ok {
		return 0, 0, false
	}
	lo, hi, ok := p.Bounds()
	if !ok {
		return 0, 0, false
	}
	return p.Advance - hi.X - lo.X, 0.76 - hi.Y - lo.Y, true
}

// pointShift is the move (em, right and up) that centres a decimal point
// drawn upright in a vertical line in the half-em cell layout gives it:
// the vertical font hangs the glyph from the cell's top (the ascender,
// 0.88em above the baseline) and centres its advance on the axis, so the
// dot's ink, near the baseline, would fall in the next digit's cell.
func pointShift(f Face) (dx, dy float64, ok bool) {
	of, isOutline := f.(outlineFace)
	if !isOutline {
		return 0, 0, false
	}
	p, ok := of.Outline('.')
	if !ok {
		return 0, 0, false
	}
	lo, hi, ok := p.Bounds()
	if !ok {
		return 0, 0, false
	}
	return p.Advance/2 - (lo.X+hi.X)/2, 0.88 - (lo.Y+hi.Y)/2 - 0.25, true
}

// vertical reports whether k draws with a face's vertical copy.
func (k vkind) vertical() bool {
	return k == vUpright || k == vForm || k == vShift || k == vCombined || k == vOutline
}

// verticalSets gathers, page by page, the runes vertical lines draw with
// each face's vertical copy; those they draw turned, with the horizontal
// face, go into the horizontal sets.
type verticalSets struct {
	lang layout.Lang
	v    runeSets
}

// add adds the runes of page p's vertical lines.
func (vs *verticalSets) add(p *pageLayout, h *runeSets) {
	v := &vertical{vlang: vs.lang, hant: hant{on: vs.lang == layout.LangZhHant}}
	put := func(sets *runeSets, n, face int, text string) {
		if face >= 0 {
			sets.put(n, face, text)
		}
	}
	for li := range p.Lines {
		l := &p.Lines[li]
		if !l.Vertical {
			continue
		}
		n := len(l.Set.table.faces)
		if l.Separator {
			// Drawn with the horizontal face, turned (vSeparator).
			for _, g := range l.Line.Glyphs {
				if fi, t := l.Set.resolve(g.Text); fi >= 0 {
					put(h, n, fi, t)
				}
			}
			continue
		}
		for gi := range l.Line.Glyphs {
			vg := v.planAt(l, gi)
			switch {
			case vg.kind == vBlank, vg.kind == vMissing:
			case vg.kind.vertical():
				put(&vs.v, n, vg.face, vg.text)
			default:
				put(h, n, vg.face, vg.text)
			}
			if vg.kind == vShift || vg.kind == vTurn || vg.kind == vSideways || vg.kind == vCombined || vg.kind == vForm {
				put(&vs.v, n, vg.face, "\u3000") // anchors
			}
		}
	}
}

// verticalFonts are the vertical copies of the faces in the skeleton.
type verticalFonts struct {
	ids  []string // resource name per face ("" if unused)
	used [][]rune // runes drawn per face, sorted
	rtl  bool     // the document has vertical pages: bind on the right
}

// addVertical adds to the fonts to embed the vertical copy (Identity-V) of
// every face that vertical lines draw upright with.
func (s *skeleton) addVertical(table *fontTable, used [][]rune) {
	v := &s.v
	v.used = used
	v.ids = make([]string, len(table.faces))
	for i, runes := range used {
		if i >= len(table.faces) || len(runes) == 0 {
			continue
		}
		face := table.faces[i]
		name := psName(face.Name())
		v.ids[i] = resourceName("V", i)
		// The tag differs from the horizontal copy's even for the same
		// runes: the two are different fonts.
		tag := subsetTag("vertical "+name, runes)
		s.fonts = append(s.fonts, docFont{face: face, id: v.ids[i], name: tag + "+" + name, vertical: true, runes: runes})
	}
}

// setVFont selects the vertical copy of face i at size.
func (r *renderer) setVFont(i int, size float64) {
	if maxFaces+i != r.font || size != r.size {
		r.f.setFont(r.vids[i], size)
		r.font, r.size = maxFaces+i, size
	}
}

// turnAbout starts a graphics state turned 90° clockwise about (x, y)
// (top-down page coordinates, as everything the renderer draws).
func (r *renderer) turnAbout(x, y float64) {
	py := r.f.h - y
	r.transform(0, -1, 1, 0, x-py, py+x)
}

// narrowAbout starts a graphics state narrowed to sx across, about x.
func (r *renderer) narrowAbout(sx, x float64) {
	r.transform(sx, 0, 0, 1, x*(1-sx), 0)
}

// transform writes q and the matrix.
func (r *renderer) transform(a, b, c, d, e, f float64) {
	buf := append(r.f.buf, "q "...)
	for _, v := range []float64{a, b, c, d, e, f} {
		buf = strconv.AppendFloat(buf, v, 'f', 5, 64)
		buf = append(buf, ' ')
	}
	r.f.buf = append(buf, "cm\n"...)
}

// restore ends a transform. Q also restores the font, which the renderer
// then no longer knows: the next text selects its font again.
func (r *renderer) restore() {
	r.f.buf = append(r.f.buf, "Q\n"...)
	r.font = -1
}

// verticalLine draws one vertical line: X is its axis, Y its top.
func (r *renderer) verticalLine(l placedLine) {
	gs := l.Line.Glyphs
	size := l.Size
	if l.Separator {
		r.vSeparator(l)
		return
	}
	for i := 0; i < len(gs); {
		g := gs[i]
		vg := r.planAt(&l, i)
		top := l.Y + g.X + g.Offset
		switch vg.kind {
		case vBlank:
			i++
		case vMissing:
			r.missed++
			r.f.SetLineWidth(0.4)
			r.f.Rect(l.X-0.4*size, top+0.05*size, 0.8*size, 0.9*size, "D")
			i++
		case vOutline:
			r.vOutlined(vg, g.Text, l.X, top, size)
			i++
		case vUpright:
			// A run of upright glyphs each exactly an em after the
			// last is one string; others are placed one by one.
			j := i + 1
			var sb strings.Builder
			sb.WriteString(vg.text)
			for ; j < len(gs); j++ {
				prev, next := gs[j-1], gs[j]
				if next.Offset != 0 || prev.Advance+prev.Gap != size || prev.Natural != size {
					break
				}
				nv := r.planAt(&l, j)
				if nv.kind != vUpright || nv.face != vg.face {
					break
				}
				sb.WriteString(nv.text)
			}
			r.setVFont(vg.face, size)
			r.f.Text(l.X, top, sb.String())
			i = j
		case vForm:
			i = r.forms(l, i)
		case vShift:
			// Moved off the axis, the glyph would start a new word for
			// poppler: the anchor gives it the cell on the axis.
			r.span(g.Text)
			r.anchor(vg.face, l.X, top, size)
			r.setVFont(vg.face, size)
			r.f.Text(l.X+vg.dx*size, top-vg.dy*size, vg.text)
			r.endAnchored(vg.face, l.X, top, size)
			i++
		case vTurn:
			r.span(g.Text)
			r.anchor(vg.face, l.X, top, size)
			r.setFont(vg.face, size)
			adv := l.Set.table.faces[vg.face].Advance([]rune(vg.text)[0]) * size
			cy := top + g.Natural/2
			r.turnAbout(l.X, cy)
			r.f.Text(l.X-adv/2, cy+0.38*size, vg.text)
			r.restore()
			r.endAnchored(vg.face, l.X, top, size)
			i++
		case vSideways:
			i = r.sideways(l, i)
		case vCombined:
			j := i
			for j < len(gs) && gs[j].Orientation == layout.Combined {
				j++
			}
			r.combined(l, i, j, top)
			i = j
		}
	}
}

// Poppler's text extraction takes every character of a vertical font,
// and every ActualText span drawn with one, for exactly one em ending at
// its first glyph's pen, whatever the glyph's advance: two such boxes that
// overlap by half an em or more split the line there, and a gap of more
// than a tenth of an em between them reads as a word space. So marks
// squeezed to half an em go together into spans of about an em (。” 」、),
// each anchored where its text begins. A sideways run is one span: poppler
// reads the gap after its one-em box as a word space, the same space it
// reads for the ¼em before it.

// forms draws the vertical forms from glyph i on, as spans of about an
// em, and returns the index after them.
func (r *renderer) forms(l placedLine, i int) int {
	gs := l.Line.Glyphs
	size := l.Size
	j, length := i, 0.0
	var text strings.Builder
	for j < len(gs) && (j == i || length < 0.9*size) {
		if r.planAt(&l, j).kind != vForm {
			break
		}
		text.WriteString(gs[j].Text)
		length += gs[j].Advance + gs[j].Gap
		j++
	}
	cell := l.Y + gs[i].X
	first := r.planAt(&l, i)
	r.span(text.String())
	// A span shorter than an em starts a little early, so that its box
	// overlaps neither neighbour by half an em.
	r.anchor(first.face, l.X, cell-max(0, size-length)/4, size)
	for k := i; k < j; k++ {
		vg := r.planAt(&l, k)
		r.setVFont(vg.face, size)
		if r.dashRun && isDash(gs[k].Text) && dashInRun(gs, k) {
			r.vDashRule(l, k, vg)
			continue
		}
		r.f.Text(l.X+vg.dx*size, l.Y+gs[k].X+gs[k].Offset-vg.dy*size, vg.text)
	}
	r.endSpan()
	return j
}

// vDashRule draws glyph k of l, a dash in a run of dashes (dash.go), as a
// rule down the axis through its cell, into the next dash's, short of the
// run's ends, and its vertical form invisibly for text extraction.
func (r *renderer) vDashRule(l placedLine, k int, vg vglyph) {
	g := l.Line.Glyphs[k]
	size := l.Size
	y0, y1 := dashExtent(l.Line.Glyphs, k, size)
	w := r.dashOf(vg.face).weight * size
	r.setInk()
	r.f.Rect(l.X-w/2, l.Y+y0, w, y1-y0, "F")
	r.f.RawWriteStr("3 Tr")
	r.f.Text(l.X+vg.dx*size, l.Y+g.X+g.Offset-vg.dy*size, vg.text)
	r.f.RawWriteStr("0 Tr")
}

// sideways draws the sideways run from glyph i on (Latin words, turned 90°
// clockwise about the run's top on the axis) in one span, and returns the
// index after it.
func (r *renderer) sideways(l placedLine, i int) int {
	gs := l.Line.Glyphs
	size := l.Size
	top := l.Y + gs[i].X + gs[i].Offset
	j := i
	var text strings.Builder
	for j < len(gs) && gs[j].Orientation == layout.Sideways {
		if k := r.planAt(&l, j).kind; k != vSideways && k != vBlank {
			break
		}
		text.WriteString(gs[j].Text)
		j++
	}
	first := r.planAt(&l, i)
	// A run shorter than half an em (a hyphen between two syllables:
	// 전재-재배포) would overlap the next glyph by half an em or more in
	// poppler's boxes, which give every span drawn with a vertical font an
	// em: poppler splits the line there, and drops a hyphen that then ends
	// a line as a word broken at the line's end (전재재배포). The run takes
	// an upright glyph right after it into its span, which then ends where
	// that glyph's em ends.
	var next vglyph
	if last := gs[j-1]; j < len(gs) && l.Y+last.X+last.Advance-top <= size/2 {
		if next = r.planAt(&l, j); next.kind != vUpright || gs[j].Natural != size || gs[j].Offset != 0 {
			next = vglyph{}
		}
	}
	if next.kind == vUpright {
		r.span(text.String() + gs[j].Text)
	} else {
		r.span(strings.TrimRight(text.String(), " "))
	}
	r.anchor(first.face, l.X, l.Y+gs[i].X, size)
	r.turnAbout(l.X, top)
	for k := i; k < j; k++ {
		g := gs[k]
		sg := r.planAt(&l, k)
		if sg.kind != vSideways {
			continue
		}
		r.setFont(sg.face, size)
		r.f.Text(l.X+(l.Y+g.X+g.Offset-top), top+0.38*size, sg.text)
	}
	r.restore()
	if next.kind == vUpright {
		nextTop := l.Y + gs[j].X
		r.setVFont(next.face, size)
		r.f.Text(l.X, nextTop, next.text)
		r.endAnchored(first.face, l.X, nextTop, size)
		return j + 1
	}
	// The closing anchor ends where the run ends: poppler spreads the
	// span's characters over its length, so the next one follows on.
	last := gs[j-1]
	r.endAnchored(first.face, l.X, l.Y+last.X+last.Advance-size, size)
	return max(j, i+1)
}

// combined draws a 縦中横 group: its glyphs side by side across the axis,
// narrowed to 0.9em if wider, in the cell that starts at top.
func (r *renderer) combined(l placedLine, i, j int, top float64) {
	size := l.Size
	var text strings.Builder
	var plans []vglyph
	var widths []float64
	total := 0.0
	for k := i; k < j; k++ {
		g := l.Line.Glyphs[k]
		vg := r.planAt(&l, k)
		text.WriteString(g.Text)
		w := 0.0
		for _, ru := range vg.text {
			w += l.Set.table.faces[vg.face].Advance(ru)
		}
		plans = append(plans, vg)
		widths = append(widths, w*size)
		total += w * size
	}
	scale := 1.0
	if total > 0.9*size {
		scale = 0.9 * size / total
	}
	multi := len(plans) > 1
	if multi {
		r.span(text.String())
		r.anchor(plans[0].face, l.X, top, size)
		r.narrowAbout(scale, l.X)
	}
	x := l.X - total/2
	for k, vg := range plans {
		r.setVFont(vg.face, size)
		r.f.Text(x+widths[k]/2, top, vg.text)
		x += widths[k]
	}
	if multi {
		r.restore()
		r.endAnchored(plans[0].face, l.X, top, size)
	}
}

// vOutlined draws a character outside the BMP (or an emoji) from its
// outlines, upright in its cell, with an invisible stand-in of the vertical font inside a
// span whose ActualText is the character.
func (r *renderer) vOutlined(vg vglyph, cluster string, x, top, size float64) {
	d := vg.d
	adv := d.advance
	if of, ok := r.table.faces[d.outline].(outlineFace); ok {
		adv = 0
		for _, ru := range cluster {
			if p, ok := of.Outline(ru); ok {
				adv += p.Advance
			}
		}
	}
	paths := d
	paths.face = -1 // the stand-in is drawn below, in the vertical font
	s := size
	if adv > 1 {
		// A cluster of several emoji (👍🏽 with its skin-tone swatch, a
		// flag's two letters 🇹🇼, 👨‍👩‍👧) is wider than the column, and
		// its cell one em high: it is shrunk into the cell, centred on
		// the em box's centre (0.38 em above the baseline), as digits
		// set across the line are.
		s = size / adv
	}
	r.outlined(paths, cluster, s, x-adv*s/2, top+0.5*size+0.38*s, x+adv*s/2, false)
	if d.face < 0 {
		return
	}
	r.span(cluster)
	r.setVFont(d.face, size)
	r.f.RawWriteStr("3 Tr")
	r.f.Text(x, top, d.text)
	r.f.RawWriteStr("0 Tr")
	r.endSpan()
}

// anchor draws an ideographic space of face i's vertical copy with its cell's top at
// (x, y). Inside a span it marks where the span's text sits for poppler,
// which reads an ActualText span as one piece from the pen position of its
// first glyph to the end of its last: anchors on the line's axis keep a
// turned, moved or combined glyph in its line. It is an em wide like the
// line's ideographs, so poppler takes it for one on the same axis. A space
// draws nothing, and MuPDF, which ignores ActualText, reads only white
// space from it.
func (r *renderer) anchor(i int, x, y, size float64) {
	if r.artifact {
		return
	}
	r.setVFont(i, size)
	r.f.Text(x, y, "\u3000")
}

// span opens a marked-content span whose ActualText is text (none inside
// page furniture, which is hidden from extraction as a whole).
func (r *renderer) span(text string) {
	if !r.artifact {
		r.f.RawWriteStr("/Span <</ActualText " + utf16Hex(text) + ">> BDC")
	}
}

// endAnchored closes a span opened with an anchor in which a glyph was
// turned, scaled or moved: a second anchor, at (x, y), one em before the
// span's end, ends it. Poppler measures a span from its first glyph's position to its
// last glyph's end, each in the coordinates current when it was drawn,
// and adds the text with the font current at the end: a turned last glyph
// would scatter the text, a horizontal font take it out of the line.
func (r *renderer) endAnchored(i int, x, y, size float64) {
	r.anchor(i, x, y, size)
	r.endSpan()
}

// endSpan closes span.
func (r *renderer) endSpan() {
	if !r.artifact {
		r.f.RawWriteStr("EMC")
	}
}

// vSeparator is renderer.separator turned: an invisible line down the page
// (between two strips of a vertical newspaper page, or between a block's
// head and its tiers), a span whose ActualText is a soft hyphen, opened by
// an invisible glyph at the line's top and closed by one at its foot. The
// glyphs are the horizontal face's, turned 90° clockwise, as a sideways run
// is: poppler takes a span of a vertical font for one em whatever its
// length, but a turned horizontal span for its whole length, so the line
// is one block as tall as the page, which keeps the blocks on either side
// apart in poppler's reading order (Breuel's rule 2 needs a block between
// them).
func (r *renderer) vSeparator(l placedLine) {
	gs := l.Line.Glyphs
	if len(gs) < 2 {
		return
	}
	fi, t := l.Set.resolve(gs[0].Text)
	if fi < 0 {
		return
	}
	actual := "<FEFF00AD>" // a soft hyphen
	if l.Actual != "" {
		actual = utf16Hex(l.Actual)
	}
	r.f.RawWriteStr("/Span <</ActualText " + actual + ">> BDC")
	r.setTc(0)
	r.turnAbout(l.X, l.Y)
	r.setFont(fi, l.Size)
	r.f.RawWriteStr("3 Tr")
	r.f.Text(l.X+gs[0].X, l.Y+0.38*l.Size, t)
	r.f.Text(l.X+gs[1].X, l.Y+0.38*l.Size, t)
	r.f.RawWriteStr("0 Tr")
	// The span ends inside the turn: poppler takes the font and matrix
	// current at its end for the whole span.
	r.f.RawWriteStr("EMC")
	r.restore()
}
