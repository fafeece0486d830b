package pdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"math"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/internal/testdoc"
	"github.com/paiban/paiban/internal/testtool"
	"github.com/paiban/paiban/layout"
)

func TestIsHant(t *testing.T) {
	for tag, want := range map[string]bool{
		"zh-Hant": true, "zh-TW": true, "zh-HK": true, "zh-MO": true, "zh-hant-tw": true, "zh-Hant-HK": true,
		"zh-Hans": false, "zh": false, "zh-CN": false, "zh-SG": false, "ja": false, "": false,
	} {
		if got := isHant(tag); got != want {
			t.Errorf("isHant(%q) = %v", tag, got)
		}
	}
}

// TestCentreShift: the move measured for each mark of the embedded SC
// faces puts its ink in the middle of the em (across; down too for 。，、);
// a face that centres its marks already is left alone.
func TestCentreShift(t *testing.T) {
	body, heading := embedded(t)
	for _, f := range []interface {
		outliner
		Name() string
	}{body, heading} {
		for _, r := range hantMarks {
			s := centreShift(f, r)
			if !s.ok {
				t.Errorf("%s %c: not moved", f.Name(), r)
				continue
			}
			p, _ := f.(outliner).Outline(r)
			lo, hi, _ := p.Bounds()
			if cx := (lo.X+hi.X)/2 + s.dx; math.Abs(cx-p.Advance/2) > 0.01 {
				t.Errorf("%s %c: ink centred at %.3f em across", f.Name(), r, cx)
			}
			cy := (lo.Y+hi.Y)/2 + s.dy
			if strings.ContainsRune("。，、", r) && math.Abs(cy-hantCentreY) > 0.01 {
				t.Errorf("%s %c: ink centred at %.3f em up", f.Name(), r, cy)
			}
			if !strings.ContainsRune("。，、", r) && s.dy != 0 {
				t.Errorf("%s %c: moved %.3f em up", f.Name(), r, s.dy)
			}
		}
	}
	if s := centreShift(boxFace{0.4, 0.6}, '：'); s.ok {
		t.Errorf("a centred mark moved by %+v", s)
	}
}

// draw is one text-showing operator of a content stream.
type draw struct {
	x, y, size, tc    float64
	text              string
	invisible, hidden bool // 3 Tr; inside an empty ActualText span
	spanned           bool // inside a span with text of its own
	// ink is the box (x0, y0, x1, y1) of the paths filled since the text
	// drawn before, when inked: a glyph drawn from its outline.
	ink   [4]float64
	inked bool
}

// contentDraws inflates every stream of pdf and reads its Td … Tj
// operators, with the state that decides how each is seen.
func contentDraws(t *testing.T, pdf []byte) []draw {
	t.Helper()
	streamRE := regexp.MustCompile(`(?s)stream\r?\n(.*?)\r?\nendstream`)
	opRE := regexp.MustCompile(`(?s)^BT ([-\d.]+) ([-\d.]+) Td \(((?:\\.|[^\\)])*)\) Tj ET`)
	var out []draw
	for _, m := range streamRE.FindAllSubmatch(pdf, -1) {
		zr, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue
		}
		c, err := io.ReadAll(zr)
		if err != nil || !bytes.Contains(c, []byte(" Td (")) {
			continue
		}
		var st draw
		var spans []bool // per open span: hidden
		var path, filled [4]float64
		inPath, hasFill := false, false
		for len(c) > 0 {
			var line []byte
			if tj := opRE.FindSubmatch(c); tj != nil {
				d := st
				d.x, _ = strconv.ParseFloat(string(tj[1]), 64)
				d.y, _ = strconv.ParseFloat(string(tj[2]), 64)
				d.text = decodeLiteral(tj[3])
				d.ink, d.inked = filled, hasFill
				hasFill = false
				out = append(out, d)
				line = tj[0]
			} else {
				line, _, _ = bytes.Cut(c, []byte("\n"))
				f := strings.Fields(string(line))
				switch {
				case len(f) >= 3 && len(f)%2 == 1 && (f[len(f)-1] == "m" || f[len(f)-1] == "l" || f[len(f)-1] == "c"):
					for i := 0; i+1 < len(f)-1; i += 2 {
						x, _ := strconv.ParseFloat(f[i], 64)
						y, _ := strconv.ParseFloat(f[i+1], 64)
						if !inPath {
							path, inPath = [4]float64{x, y, x, y}, true
						}
						path = [4]float64{min(path[0], x), min(path[1], y), max(path[2], x), max(path[3], y)}
					}
				case string(line) == "f" && inPath:
					if hasFill {
						filled = [4]float64{min(filled[0], path[0]), min(filled[1], path[1]), max(filled[2], path[2]), max(filled[3], path[3])}
					} else {
						filled, hasFill = path, true
					}
					inPath = false
				case string(line) == "/Span <</ActualText <FEFF>>> BDC":
					spans = append(spans, true)
				case strings.HasSuffix(string(line), "BDC"):
					spans = append(spans, false)
				case string(line) == "EMC" && len(spans) > 0:
					spans = spans[:len(spans)-1]
				case string(line) == "3 Tr":
					st.invisible = true
				case string(line) == "0 Tr":
					st.invisible = false
				case len(f) == 2 && f[1] == "Tc":
					st.tc, _ = strconv.ParseFloat(f[0], 64)
				case len(f) == 5 && f[3] == "Tf":
					st.size, _ = strconv.ParseFloat(f[2], 64)
				}
				st.hidden, st.spanned = false, false
				for _, h := range spans {
					st.hidden = st.hidden || h
					st.spanned = st.spanned || !h
				}
			}
			c = c[min(len(c), len(line)+1):]
		}
	}
	return out
}

// decodeLiteral reads a PDF literal string of UTF-16BE code units.
func decodeLiteral(b []byte) string {
	var raw []byte
	for i := 0; i < len(b); i++ {
		if b[i] == '\\' && i+1 < len(b) {
			i++
			if b[i] == 'r' {
				raw = append(raw, '\r')
				continue
			}
		}
		raw = append(raw, b[i])
	}
	u := make([]uint16, len(raw)/2)
	for i := range u {
		u[i] = uint16(raw[2*i])<<8 | uint16(raw[2*i+1])
	}
	return string(utf16.Decode(u))
}

// placedMark is a mark as layout set it: its cell's left edge, its set
// box, its natural advance and its baseline, in PDF coordinates (y up).
type placedMark struct {
	r                    rune
	origin, lo, hi, base float64
	natural              float64
}

// TestHantMarksCentred reads the drawing of Traditional Chinese text set
// with the embedded SC face: every 。，、：；！？ of the text is drawn moved
// to the middle of its em (down too for 。，、) as a filled outline, which
// text extraction does not see, its ink inside the box layout set it in
// (never over the character before or after, however it is squeezed), and
// drawn again invisibly as text where layout set it; no mark is drawn as
// visible text. Simplified Chinese marks stay where the face draws them.
func TestHantMarksCentred(t *testing.T) {
	const size = 10.5
	para := strings.Repeat("他說。「好，」我們、也是；今年營收成長８％，創新高！真的嗎？是：對。", 10)
	page := func(lang string) *doc.Document {
		return &doc.Document{Lang: lang, Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
			{Kind: doc.KindHeadline, Text: "臺北報導"}, {Kind: doc.KindParagraph, Text: para}}}}}
	}
	for _, lang := range []string{"zh-Hant", "zh-TW", "zh-HK"} {
		d := page(lang)
		opts := []Option{date, WithBodySize(size)}
		// Where layout set each mark (the same build the writer makes).
		cfg, err := New(opts...).config()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := prepare(cfg, d, layout.Break)
		var marks []placedMark
		for _, p := range b.build(d) {
			for _, l := range p.Lines {
				for _, g := range l.Line.Glyphs {
					if r := firstRune(g.Text); strings.ContainsRune(hantMarks, r) {
						marks = append(marks, placedMark{r, l.X + g.X + g.Offset, l.X + g.X, l.X + g.X + g.Advance,
							cfg.paperH - l.Y, g.Natural})
					}
				}
			}
		}
		out, _ := writePDF(t, d, opts...)
		draws := contentDraws(t, out)
		k := 0
		for _, dr := range draws {
			r := firstRune(dr.text)
			if dr.size != size || !strings.ContainsAny(dr.text, hantMarks) {
				continue
			}
			if !dr.invisible {
				t.Errorf("%s: %q drawn as text: poppler would read a moved mark where it is drawn", lang, dr.text)
				continue
			}
			if !dr.inked || utf8.RuneCountInString(dr.text) != 1 {
				continue // an invisible copy of another kind (a span's reach)
			}
			if k >= len(marks) {
				t.Fatalf("%s: more marks drawn than set", lang)
			}
			m := marks[k]
			k++
			if m.r != r {
				t.Fatalf("%s: mark %d drawn %c, set %c", lang, k, r, m.r)
			}
			if math.Abs(dr.x-m.origin) > 0.01 || math.Abs(dr.y-m.base) > 0.01 {
				t.Errorf("%s %c: invisible copy at (%.2f, %.2f), set at (%.2f, %.2f)", lang, r, dr.x, dr.y, m.origin, m.base)
			}
			inkLo, inkHi := dr.ink[0], dr.ink[2]
			if cx := (inkLo + inkHi) / 2; math.Abs(cx-(m.origin+m.natural/2)) > 0.04*size {
				t.Errorf("%s %c: ink centred %.2f pt from its em's middle", lang, r, cx-(m.origin+m.natural/2))
			}
			if inkLo < m.lo-0.01 || inkHi > m.hi+0.01 {
				t.Errorf("%s %c: ink %.2f–%.2f outside its box %.2f–%.2f", lang, r, inkLo, inkHi, m.lo, m.hi)
			}
			if cy := (dr.ink[1] + dr.ink[3]) / 2; strings.ContainsRune("。，、", r) && math.Abs(cy-(m.base+hantCentreY*size)) > 0.04*size {
				t.Errorf("%s %c: ink centred %.2f pt above its em's middle", lang, r, cy-(m.base+hantCentreY*size))
			}
		}
		if k != len(marks) || k < 90 {
			t.Errorf("%s: %d marks drawn, %d set", lang, k, len(marks))
		}
	}
	out, _ := writePDF(t, page("zh-Hans"), date)
	for _, d := range contentDraws(t, out) {
		if d.inked && d.invisible && strings.ContainsRune(hantMarks, firstRune(d.text)) {
			t.Fatalf("zh-Hans: %q drawn from its outline (moved)", d.text)
		}
	}
}

// TestHantExtraction: the text pdftotext reads from Traditional Chinese
// pages, horizontal and vertical, is the tree's, marks in place: no space
// before a centred mark, no line split before one.
func TestHantExtraction(t *testing.T) {
	pdftotext := testtool.Need(t, "pdftotext")
	for _, name := range []string{"big5-taipei.txt", "hk-mingpao.txt", "cna-taipei.txt"} {
		d := testdoc.Read(t, filepath.Join(testtool.RepoRoot(), "samples", name))
		for _, opts := range [][]Option{{date}, {date, WithVertical(true)}} {
			out, _ := writePDF(t, d, opts...)
			text := extract(t, pdftotext, savePDF(t, "hant-"+name+".pdf", out))
			flat := strings.Join(strings.Fields(text), "")
			for _, a := range d.Articles {
				doc.Walk(a, func(n *doc.Node) bool {
					if n.Kind == doc.KindParagraph && !strings.Contains(flat, strings.Join(strings.Fields(n.Text), "")) {
						t.Errorf("%s (%d options): paragraph %q not extracted whole", name, len(opts), n.Text)
					}
					return true
				})
			}
			// A mark read apart from the character before it: a space
			// (its box too far right) or a line break (boxes overlapping).
			for _, line := range strings.Split(text, "\n") {
				if r := firstRune(line); strings.ContainsRune(hantMarks, r) {
					t.Errorf("%s (%d options): extracted line starts with %c: %q", name, len(opts), r, line)
				}
				for _, r := range hantMarks {
					if strings.Contains(line, " "+string(r)) {
						t.Errorf("%s (%d options): extracted line has a space before %c: %q", name, len(opts), r, line)
					}
				}
			}
		}
	}
}

// TestHantVerticalMarks: in a vertical zh-Hant page the marks stay
// themselves (no upper-right presentation form), moved so that their ink
// is in the middle of the em (Taiwan and Hong Kong set them so in vertical
// text too); in zh-Hans they become the presentation forms.
func TestHantVerticalMarks(t *testing.T) {
	text := "他說。「好，」我們、也是；今年營收成長，創新高！真的嗎？是：對。"
	mk := func(lang string) *doc.Document {
		return &doc.Document{Lang: lang, Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
			{Kind: doc.KindHeadline, Text: "臺北報導"}, {Kind: doc.KindParagraph, Text: text}}}}}
	}
	for _, lang := range []string{"zh-Hant", "zh-Hans"} {
		pages, _, _ := verticalBuild(t, mk(lang))
		v := &vertical{vlang: layout.LangOf(lang), hant: hant{on: isHant(lang)}}
		seen := 0
		for _, p := range pages {
			for li := range p.Lines {
				l := &p.Lines[li]
				for gi, g := range l.Line.Glyphs {
					r := firstRune(g.Text)
					if !strings.ContainsRune(hantMarks, r) {
						continue
					}
					seen++
					vg := v.planAt(l, gi)
					form, _, _ := layout.VerticalGlyph(r, layout.LangZhHans)
					if lang == "zh-Hans" {
						if vg.kind != vForm || vg.text != string(form) || vg.dx != 0 || vg.dy != 0 {
							t.Errorf("zh-Hans %c: %+v, want the form %c", r, vg, form)
						}
						continue
					}
					if vg.kind != vForm || vg.text != g.Text {
						t.Errorf("zh-Hant %c: %+v, want the mark itself", r, vg)
						continue
					}
					f := l.setAt(gi).table.faces[vg.face].(outliner)
					p, _ := f.Outline(r)
					lo, hi, _ := p.Bounds()
					if cx := (lo.X+hi.X)/2 + vg.dx; math.Abs(cx-p.Advance/2) > 0.01 {
						t.Errorf("zh-Hant %c: ink %.3f em off the column's axis", r, cx-p.Advance/2)
					}
					if cy := (lo.Y+hi.Y)/2 + vg.dy; strings.ContainsRune("。，、", r) && math.Abs(cy-hantCentreY) > 0.01 {
						t.Errorf("zh-Hant %c: ink %.3f em off the em's middle", r, cy-hantCentreY)
					}
				}
			}
		}
		if seen == 0 {
			t.Fatalf("%s: no marks laid out", lang)
		}
	}
}
