package fonts

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"encoding/binary"
	"fmt"
	"image"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"github.com/paiban/paiban/internal/testtool"
)

// checkPath checks the structural promises of Path: contours start with
// MoveTo, end on their start point and are followed by Close; every point
// lies within [−0.2, 1.2] em. It returns the number of contours.
func checkPath(t *testing.T, what string, p Path) int {
	t.Helper()
	contours := 0
	var start, cur Point
	open := false
	for i, s := range p.Segments {
		if s.Op != Close {
			for _, q := range s.Pts[:s.Op.points()] {
				if q.X < -0.2 || q.X > 1.2 || q.Y < -0.2 || q.Y > 1.2 || math.IsNaN(q.X) || math.IsNaN(q.Y) {
					t.Errorf("%s: segment %d: point %v outside [−0.2, 1.2] em", what, i, q)
				}
			}
		}
		switch s.Op {
		case MoveTo:
			if open {
				t.Errorf("%s: segment %d: MoveTo inside an open contour", what, i)
			}
			open, start, cur = true, s.Pts[0], s.Pts[0]
			contours++
		case LineTo, QuadTo, CubeTo:
			if !open {
				t.Errorf("%s: segment %d: %v outside a contour", what, i, s.Op)
			}
			cur = s.Pts[s.Op.points()-1]
		case Close:
			if !open || cur != start {
				t.Errorf("%s: segment %d: Close at %v, contour started at %v", what, i, cur, start)
			}
			open = false
		}
	}
	if open {
		t.Errorf("%s: last contour not closed", what)
	}
	return contours
}

func TestOutlineBMP(t *testing.T) {
	for _, f := range []*Face{mustBody(t), mustHeading(t)} {
		p, ok := f.Outline('一')
		if !ok {
			t.Fatalf("%s: no outline for 一", f.Name())
		}
		if n := checkPath(t, f.Name()+" 一", p); n != 1 {
			t.Errorf("%s: 一 has %d contours, want 1", f.Name(), n)
		}
		lo, hi, _ := p.Bounds()
		// A horizontal stroke across most of the em, thin, above the baseline
		// and below the ascender.
		if w, h := hi.X-lo.X, hi.Y-lo.Y; w < 0.7 || w > 1 || h <= 0 || h > 0.2 || lo.Y < 0 || hi.Y > f.Ascent() || lo.X < 0 {
			t.Errorf("%s: 一 bounds %v–%v", f.Name(), lo, hi)
		}
		if p.Advance != f.Advance('一') {
			t.Errorf("%s: 一 advance %v, Advance says %v", f.Name(), p.Advance, f.Advance('一'))
		}
		if sp, ok := f.Outline(' '); !ok || len(sp.Segments) != 0 || sp.Advance <= 0 {
			t.Errorf("%s: space: ok=%v, %d segments, advance %v; want a blank glyph", f.Name(), ok, len(sp.Segments), sp.Advance)
		}
		if !f.HasOutline('永') || f.HasOutline('\uF8FF') {
			t.Errorf("%s: HasOutline(永)=%v HasOutline(U+F8FF)=%v", f.Name(), f.HasOutline('永'), f.HasOutline('\uF8FF'))
		}
	}
}

// unihanAstral reads the characters outside the BMP that Unihan lists
// under field, or skips when Debian's unicode-data is absent.
func unihanAstral(t *testing.T, field string) []rune {
	t.Helper()
	fh, err := os.Open("/usr/share/unicode/Unihan_OtherMappings.txt.bz2")
	if err != nil {
		t.Skipf("no Unihan data: %v", err)
	}
	defer fh.Close()
	var out []rune
	sc := bufio.NewScanner(bzip2.NewReader(fh))
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 || f[1] != field || !strings.HasPrefix(f[0], "U+") {
			continue
		}
		if n, err := strconv.ParseUint(f[0][2:], 16, 32); err == nil && n > 0xFFFF {
			out = append(out, rune(n))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestOutlineAstral checks the Ext faces through Body and Heading: the
// characters outside the BMP of the 通用规范汉字表 and JIS X 0213, 𠮷 and
// 𠮟, have outlines — while Has stays false, so none reaches fpdf as text.
func TestOutlineAstral(t *testing.T) {
	want := map[string][]rune{
		"samples, 常用漢字表": []rune("𠮷𠮟𬌗"),
		"通用规范汉字表":        unihanAstral(t, "kTGH"),
		"JIS X 0213":     unihanAstral(t, "kJIS0213"),
	}
	if len(want["通用规范汉字表"]) < 100 || len(want["JIS X 0213"]) < 100 {
		t.Fatalf("Unihan lists too few characters: %d, %d", len(want["通用规范汉字表"]), len(want["JIS X 0213"]))
	}
	for _, f := range []*Face{mustBody(t), mustHeading(t)} {
		for set, rs := range want {
			bad := 0
			for _, r := range rs {
				p, ok := f.Outline(r)
				if !ok || !f.HasOutline(r) || f.Has(r) || len(p.Segments) < 8 || p.Advance != 1 {
					bad++
					t.Errorf("%s, %s: %q (%U): ok=%v HasOutline=%v Has=%v, %d segments, advance %v", f.Name(), set, r, r,
						ok, f.HasOutline(r), f.Has(r), len(p.Segments), p.Advance)
				}
				// Bold strokes may merge into one contour, but never none.
				if checkPath(t, fmt.Sprintf("%s %U", f.Name(), r), p) < 1 {
					t.Errorf("%s: %U: no contours", f.Name(), r)
				}
				if bad > 5 {
					t.Fatal("giving up")
				}
			}
		}
	}
}

func TestOutlineMissing(t *testing.T) {
	body := mustBody(t)
	yong, err := parseData(subsetOf(t, body, "永"), 0, "yong")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		f *Face
		r rune
	}{
		{body, '\U0010FFFD'}, {body, '\uF8FF'}, {body, -1}, {body, 0x110000},
		{yong, '𠮷'}, // a user font has no Ext face
		{yong, '一'},
		{&Face{}, '一'}, // the zero Face
	} {
		if p, ok := c.f.Outline(c.r); ok || len(p.Segments) != 0 || c.f.HasOutline(c.r) {
			t.Errorf("%v: Outline(%U) = %d segments, %v; HasOutline %v", c.f, c.r, len(p.Segments), ok, c.f.HasOutline(c.r))
		}
	}
	if _, ok := yong.Outline('永'); !ok {
		t.Error("subset font: no outline for 永")
	}
}

// simpleGlyph encodes a simple glyph (word coordinates, no repeats).
func simpleGlyph(contours ...[]pt) []byte {
	be := binary.BigEndian
	b := be.AppendUint16(nil, uint16(len(contours)))
	b = append(b, make([]byte, 8)...) // bbox: not read
	n := 0
	for _, c := range contours {
		n += len(c)
		b = be.AppendUint16(b, uint16(n-1))
	}
	b = be.AppendUint16(b, 0) // no instructions
	for _, c := range contours {
		for _, q := range c {
			b = append(b, map[bool]byte{true: 1, false: 0}[q.on])
		}
	}
	for axis := 0; axis < 2; axis++ {
		prev := 0.0
		for _, c := range contours {
			for _, q := range c {
				v := q.x
				if axis == 1 {
					v = q.y
				}
				b = be.AppendUint16(b, uint16(int16(v-prev)))
				prev = v
			}
		}
	}
	return b
}

// testOutliner serves the given glyphs, with a long loca.
func testOutliner(gs ...[]byte) *outliner {
	var glyf, loca []byte
	for _, g := range gs {
		loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))
		glyf = append(glyf, g...)
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
	}
	loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))
	return &outliner{g: &glyphs{glyf: glyf, loca: loca, long: true, n: len(gs)}}
}

func on(x, y float64) pt  { return pt{x, y, true} }
func off(x, y float64) pt { return pt{x, y, false} }

func mv(x, y float64) Segment { return Segment{Op: MoveTo, Pts: [3]Point{{x, y}}} }
func ln(x, y float64) Segment { return Segment{Op: LineTo, Pts: [3]Point{{x, y}}} }
func qd(cx, cy, x, y float64) Segment {
	return Segment{Op: QuadTo, Pts: [3]Point{{cx, cy}, {x, y}}}
}

var closeSeg = Segment{Op: Close}

// TestOutlineImpliedPoints: two off-curve points in a row imply an
// on-curve point at their midpoint, and a contour may start off-curve.
func TestOutlineImpliedPoints(t *testing.T) {
	for _, c := range []struct {
		name    string
		contour []pt
		want    []Segment
	}{
		{"all on: lines", []pt{on(0, 0), on(100, 0), on(100, 100)},
			[]Segment{mv(0, 0), ln(1, 0), ln(1, 1), ln(0, 0), closeSeg}},
		{"on off on", []pt{on(0, 0), off(100, 0), on(100, 100)},
			[]Segment{mv(0, 0), qd(1, 0, 1, 1), ln(0, 0), closeSeg}},
		{"off off between ons", []pt{on(0, 0), off(100, 0), off(100, 100), on(0, 100)},
			[]Segment{mv(0, 0), qd(1, 0, 1, 0.5), qd(1, 1, 0, 1), ln(0, 0), closeSeg}},
		{"starts off, ends on", []pt{off(100, 0), on(100, 100), on(0, 0)},
			[]Segment{mv(100.0/100, 1), ln(0, 0), qd(1, 0, 1, 1), closeSeg}},
		{"all off: a circle-ish", []pt{off(0, 0), off(100, 0), off(100, 100), off(0, 100)},
			[]Segment{mv(0, 0.5), qd(0, 0, 0.5, 0), qd(1, 0, 1, 0.5), qd(1, 1, 0.5, 1), qd(0, 1, 0, 0.5), closeSeg}},
		{"ends off: closing curve", []pt{on(0, 0), on(100, 0), off(100, 100)},
			[]Segment{mv(0, 0), ln(1, 0), qd(1, 1, 0, 0), closeSeg}},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := testOutliner(simpleGlyph(c.contour)).path(0, 100)
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(p.Segments) != fmt.Sprint(c.want) {
				t.Errorf("got  %v\nwant %v", p.Segments, c.want)
			}
			checkPath(t, c.name, p)
		})
	}
}

// composite encodes a composite glyph from (flags, glyph, args…, transform…) words.
func composite(words ...uint16) []byte {
	b := binary.BigEndian.AppendUint16(nil, 0xFFFF) // numberOfContours −1
	b = append(b, make([]byte, 8)...)
	for _, w := range words {
		b = binary.BigEndian.AppendUint16(b, w)
	}
	return b
}

func TestOutlineComposite(t *testing.T) {
	tri := simpleGlyph([]pt{on(0, 0), off(100, 0), on(100, 100)})
	const (
		xyWords = argWords | argsAreXY
		more    = moreComps
	)
	neg := func(v int16) uint16 { return uint16(v) }
	o := testOutliner(
		tri,
		composite(xyWords, 0, 50, neg(-20)), // 1: moved
		composite(xyWords|haveScale, 0, 0, 0, 0x2000),               // 2: half size
		composite(xyWords|more, 0, 0, 0, xyWords, 1, 0, 0),          // 3: tri + (1, nested)
		composite(xyWords|more, 0, 0, 0, argWords, 0, 2, 0),         // 4: point 2 of tri onto point 0 of tri
		composite(xyWords, 5, 0, 0),                                 // 5: itself
		composite(xyWords|have2x2, 0, 0, 0, 0, 0x4000, 0x4000, 0),   // 6: swap x and y
		composite(xyWords, 40, 0, 0),                                // 7: no such glyph
		composite(xyWords|more, 0, 0, 0, argWords, 0, 9, 0),         // 8: no point 9
		composite(xyWords|haveScale|scaledOffset, 0, 10, 0, 0x2000), // 9: offset scaled too
	)
	base := []Segment{mv(0, 0), qd(1, 0, 1, 1), ln(0, 0), closeSeg}
	moved := []Segment{mv(0.5, -0.2), qd(1.5, -0.2, 1.5, 0.8), ln(0.5, -0.2), closeSeg}
	for _, c := range []struct {
		g    uint16
		want []Segment // nil: an error
	}{
		{1, moved},
		{2, []Segment{mv(0, 0), qd(0.5, 0, 0.5, 0.5), ln(0, 0), closeSeg}},
		{3, append(append([]Segment{}, base...), moved...)},
		{4, append(append([]Segment{}, base...), mv(1, 1), qd(2, 1, 2, 2), ln(1, 1), closeSeg)},
		{5, nil},
		{6, []Segment{mv(0, 0), qd(0, 1, 1, 1), ln(0, 0), closeSeg}},
		{7, nil},
		{8, nil},
		{9, []Segment{mv(0.05, 0), qd(0.55, 0, 0.55, 0.5), ln(0.05, 0), closeSeg}},
	} {
		p, err := o.path(c.g, 100)
		switch {
		case c.want == nil && err == nil:
			t.Errorf("glyph %d: no error, got %v", c.g, p.Segments)
		case c.want != nil && err != nil:
			t.Errorf("glyph %d: %v", c.g, err)
		case c.want != nil && fmt.Sprint(p.Segments) != fmt.Sprint(c.want):
			t.Errorf("glyph %d:\ngot  %v\nwant %v", c.g, p.Segments, c.want)
		}
	}
}

func TestCubic(t *testing.T) {
	p := Path{Segments: []Segment{mv(0, 0), qd(0.5, 1, 1, 0), ln(0, 0), closeSeg}, Advance: 1}
	c := p.Cubic()
	if len(c.Segments) != 4 || c.Segments[1].Op != CubeTo || c.Advance != 1 {
		t.Fatalf("Cubic: %v", c)
	}
	// Equal curves: same ends, same point at t = ½ (quad: ¼p0 + ½q + ¼p2;
	// cubic: ⅛p0 + ⅜c1 + ⅜c2 + ⅛p3).
	s := c.Segments[1].Pts
	midX := 0.375*s[0].X + 0.375*s[1].X + 0.125*s[2].X
	midY := 0.375*s[0].Y + 0.375*s[1].Y + 0.125*s[2].Y
	if s[2] != (Point{1, 0}) || math.Abs(midX-0.5) > 1e-12 || math.Abs(midY-0.5) > 1e-12 {
		t.Errorf("cubic %v: midpoint (%v, %v), want (0.5, 0.5)", s, midX, midY)
	}
	if lo, hi, ok := p.Bounds(); !ok || lo != (Point{0, 0}) || hi != (Point{1, 1}) {
		t.Errorf("Bounds = %v %v %v", lo, hi, ok)
	}
	if _, _, ok := (Path{}).Bounds(); ok {
		t.Error("empty path has bounds")
	}
}

// TestExtFilesSmall guards the Ext faces' size and that they are
// outline-only: no format-4 cmap, so Has is false and fpdf never gets them.
func TestExtFilesSmall(t *testing.T) {
	for name, load := range map[string]func() (*Face, error){"body": bodyExt, "heading": headingExt} {
		f, err := load()
		if err != nil {
			t.Fatal(err)
		}
		// About 1 MB with HKSCS's BMP characters; the limit catches a
		// set added by mistake (HKSCS's astral ones would double it).
		if n := len(f.Data()); n == 0 || n >= 1280<<10 {
			t.Errorf("%s Ext face: %d bytes, want 1 … %d", name, n, 1280<<10-1)
		}
		if f.cmap.seg != 0 || f.Has('𠮷') || !f.HasOutline('𠮷') {
			t.Errorf("%s Ext face: format-4 cmap %v, Has(𠮷)=%v HasOutline(𠮷)=%v", name, f.cmap.seg != 0, f.Has('𠮷'), f.HasOutline('𠮷'))
		}
		// HKSCS characters in the BMP the main faces lack: 氹 (氹仔,
		// Macau), Cantonese 啲 嘅 喺 㗎 (冇 is in the main faces).
		for _, r := range "氹啲嘅喺㗎" {
			if f.Has(r) || !f.HasOutline(r) {
				t.Errorf("%s Ext face: Has(%c)=%v HasOutline(%c)=%v", name, r, f.Has(r), r, f.HasOutline(r))
			}
		}
	}
}

func TestOutlineConcurrent(t *testing.T) {
	f, err := loadEmbedded(bodyTTF, "body", sync.OnceValues(func() (*Face, error) { return loadExt(bodyExtTTF, "ext") }))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	got := make([]int, 8)
	for i := range got {
		wg.Go(func() {
			for _, r := range "永𠮷一𠮟" {
				p, _ := f.Outline(r)
				got[i] += len(p.Segments)
			}
		})
	}
	wg.Wait()
	for _, n := range got {
		if n != got[0] || n == 0 {
			t.Fatalf("segment counts differ between goroutines: %v", got)
		}
	}
}

// FuzzOutlineGlyph decodes arbitrary glyph bytes, alone and as the target
// of a composite: errors are fine, panics and open contours are not.
func FuzzOutlineGlyph(f *testing.F) {
	body := mustBody(f)
	o := body.outliner()
	yi, err := o.g.glyph(body.glyphID('一'))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(yi)
	f.Add(simpleGlyph([]pt{off(0, 0), off(100, 0), off(100, 100)}))
	f.Add(composite(argWords|argsAreXY|moreComps, 0, 1, 2, argWords, 1, 0, 3))
	f.Fuzz(func(t *testing.T, g []byte) {
		for _, gl := range []uint16{0, 1} {
			p, err := testOutliner(g, composite(argWords|argsAreXY|moreComps, 0, 10, 10, argWords|argsAreXY, 0, 0, 0)).path(gl, 1000)
			if err != nil {
				continue
			}
			_ = p.Cubic()
			// Structure only: fuzzed coordinates may lie anywhere.
			open := false
			for _, s := range p.Segments {
				switch s.Op {
				case MoveTo:
					open = true
				case Close:
					open = false
				}
			}
			if open {
				t.Errorf("glyph %d: open contour", gl)
			}
		}
	})
}

// drawOutline draws r as a filled path with fpdf in points: baseline at
// (x, y) in fpdf's top-down coordinates, size in points. This is how the
// PDF writer draws a character fpdf cannot draw as text.
func drawOutline(pdf *fpdf.Fpdf, p Path, x, y, size float64) {
	at := func(q Point) (float64, float64) { return x + q.X*size, y - q.Y*size }
	for _, s := range p.Cubic().Segments {
		switch s.Op {
		case MoveTo:
			pdf.MoveTo(at(s.Pts[0]))
		case LineTo:
			pdf.LineTo(at(s.Pts[0]))
		case CubeTo:
			x1, y1 := at(s.Pts[0])
			x2, y2 := at(s.Pts[1])
			x3, y3 := at(s.Pts[2])
			pdf.CurveBezierCubicTo(x1, y1, x2, y2, x3, y3)
		case Close:
			pdf.ClosePath()
		}
	}
	pdf.DrawPath("F")
}

// render rasterizes page 1 of pdf at 72 dpi (1 pixel per point), gray.
func render(t *testing.T, pdf []byte) *image.Gray {
	t.Helper()
	bin := testtool.Need(t, "pdftoppm")
	dir := t.TempDir()
	in := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(bin, "-r", "72", "-gray", "-png", "-singlefile", in, filepath.Join(dir, "out")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	fh, err := os.Open(filepath.Join(dir, "out.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	img, err := png.Decode(fh)
	if err != nil {
		t.Fatal(err)
	}
	g := image.NewGray(img.Bounds())
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			g.Set(x, y, img.At(x, y))
		}
	}
	return g
}

// ink counts dark pixels in r.
func ink(g *image.Gray, r image.Rectangle) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if g.GrayAt(x, y).Y < 128 {
				n++
			}
		}
	}
	return n
}

// TestOutlineDrawsInPDF draws 𠮷 as a path and 永 both as text (fpdf with
// the embedded face) and as a path, renders the page with pdftoppm and
// checks that 𠮷's ink lies in its em box and that the two 永 match pixel
// for pixel but for anti-aliasing: the outline decoding is the font's.
func TestOutlineDrawsInPDF(t *testing.T) {
	body := mustBody(t)
	size, base := 72.0, 90.0 // points; baseline 90 pt from the top
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: 300, Ht: 120}})
	pdf.SetCompression(false)
	pdf.AddUTF8FontFromBytes("body", "", subsetOf(t, body, "永"))
	pdf.AddPage()
	pdf.SetFillColor(0, 0, 0)
	ji, ok := body.Outline('𠮷')
	if !ok {
		t.Fatal("no outline for 𠮷")
	}
	drawOutline(pdf, ji, 10, base, size)
	yong, _ := body.Outline('永')
	drawOutline(pdf, yong, 110, base, size)
	pdf.SetFont("body", "", size)
	pdf.Text(210, base, "永")
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	if *keepPDF != "" {
		if err := os.WriteFile(filepath.Join(*keepPDF, "outline.pdf"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	g := render(t, buf.Bytes())
	// 𠮷's em box: x 10…82, y from base−0.88 em to base+0.12 em.
	em := image.Rect(10, int(base-0.88*size), 10+int(size), int(base+0.12*size))
	inside, all := ink(g, em), ink(g, image.Rect(0, 0, 100, 120))
	if inside < 400 || inside != all {
		t.Errorf("𠮷: %d dark pixels in its em box %v, %d in its column: want many, all inside", inside, em, all)
	}
	// Its two parts, 𠮷 = 土 over 口: ink in the top and bottom halves.
	mid := (em.Min.Y + em.Max.Y) / 2
	if top, bot := ink(g, image.Rect(em.Min.X, em.Min.Y, em.Max.X, mid)), ink(g, image.Rect(em.Min.X, mid, em.Max.X, em.Max.Y)); top < 100 || bot < 100 {
		t.Errorf("𠮷: %d dark pixels in the top half, %d in the bottom", top, bot)
	}
	diff, dark := 0, 0
	for y := 0; y < 120; y++ {
		for x := 0; x < 90; x++ { // the page is 300 pt wide
			a, b := g.GrayAt(110+x, y).Y, g.GrayAt(210+x, y).Y
			if a < 128 {
				dark++
			}
			if d := int(a) - int(b); d > 64 || d < -64 {
				diff++
			}
		}
	}
	if dark < 400 || diff > dark/20 {
		t.Errorf("永 as path vs as text: %d of %d dark pixels differ", diff, dark)
	}
	t.Logf("𠮷: %d dark pixels; 永: %d dark, %d differ from the text rendering", inside, dark, diff)
}

// TestOutlineActualText proves the recipe for keeping a path-drawn
// character in the text layer: poppler ignores an ActualText span that
// holds no text, so the span also draws an invisible (Tr 3) placeholder 〓
// of the same advance, which extractors honouring ActualText replace by 𠮷.
func TestOutlineActualText(t *testing.T) {
	bin := testtool.Need(t, "pdftotext")
	body := mustBody(t)
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: 300, Ht: 120}})
	pdf.AddUTF8FontFromBytes("body", "", subsetOf(t, body, "前后〓"))
	pdf.AddPage()
	pdf.SetFont("body", "", 24)
	pdf.Text(10, 50, "前")
	ji, _ := body.Outline('𠮷')
	pdf.RawWriteStr("/Span <</ActualText <FEFFD842DFB7>>> BDC") // UTF-16BE with BOM
	drawOutline(pdf, ji, 34, 50, 24)
	pdf.SetTextRenderingMode(3)
	pdf.Text(34, 50, "〓")
	pdf.SetTextRenderingMode(0)
	pdf.RawWriteStr("EMC")
	pdf.Text(34+ji.Advance*24, 50, "后")
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(t.TempDir(), "at.pdf")
	if err := os.WriteFile(in, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-enc", "UTF-8", in, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(strings.Fields(string(out)), ""); got != "前𠮷后" {
		t.Errorf("pdftotext: %q, want 前𠮷后", got)
	}
}

// FuzzOutlineFont feeds arbitrary font bytes to the outline-only parser (the
// Ext faces' path, format-12 cmap included): Outline may fail, never panic.
func FuzzOutlineFont(f *testing.F) {
	small, err := Subset(mustBody(f), []rune("永一"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(small)
	f.Add(bodyExtTTF)
	f.Fuzz(func(t *testing.T, data []byte) {
		face, err := parseSFNT(data, "fuzz", false)
		if err != nil {
			return
		}
		for _, r := range "永一𠮷\U0010FFFF\x00" {
			_ = face.HasOutline(r)
			if p, ok := face.Outline(r); ok {
				_, _, _ = p.Cubic().Bounds()
			}
		}
	})
}

// BenchmarkOutline decodes one BMP and one Ext glyph per iteration, as the
// PDF writer does for each character it draws as a path.
func BenchmarkOutline(b *testing.B) {
	f := mustBody(b)
	for b.Loop() {
		for _, r := range "永𠮷" {
			if p, ok := f.Outline(r); !ok || len(p.Cubic().Segments) == 0 {
				b.Fatal("no outline")
			}
		}
	}
}
