package pdf

import (
	"bytes"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/internal/testtool"
)

// outlineTestFace is testFace with a square outline for the runes in has.
type outlineTestFace struct {
	testFace
	has string
}

func (f outlineTestFace) HasOutline(r rune) bool { return strings.ContainsRune(f.has, r) }

func (f outlineTestFace) Outline(r rune) (fonts.Path, bool) {
	if !f.HasOutline(r) {
		return fonts.Path{}, false
	}
	at := func(x, y float64) fonts.Point { return fonts.Point{X: x, Y: y} }
	sq := []fonts.Point{at(0.1, 0), at(0.9, 0), at(0.9, 0.8), at(0.1, 0.8), at(0.1, 0)}
	p := fonts.Path{Advance: 1, Segments: []fonts.Segment{{Op: fonts.MoveTo, Pts: [3]fonts.Point{sq[0]}}}}
	for _, q := range sq[1:] {
		p.Segments = append(p.Segments, fonts.Segment{Op: fonts.LineTo, Pts: [3]fonts.Point{q}})
	}
	p.Segments = append(p.Segments, fonts.Segment{Op: fonts.Close})
	return p, true
}

func TestStandIn(t *testing.T) {
	plain := testFace{missing: "乙"}
	noGeta := testFace{missing: "乙〓"}
	ext := outlineTestFace{testFace: noGeta, has: "𠮷乙"}
	tests := []struct {
		name    string
		faces   []Face
		cluster string
		want    drawing // faces as indexes into the set's order
	}{
		{"covered", []Face{plain, ext}, "甲", drawing{0, "甲", -1, 0}},
		{"outline in a fallback", []Face{plain, ext}, "𠮷", drawing{0, "〓", 1, 0}},
		{"outline for a BMP rune", []Face{plain, ext}, "乙", drawing{0, "〓", 1, 0}},
		{"outline, no 〓 anywhere", []Face{noGeta, ext}, "𠮷", drawing{-1, "", 1, 0}},
		{"no outline: 〓", []Face{plain}, "𠮷", drawing{0, "〓", -1, 0}},
		{"no outline, no 〓: box", []Face{noGeta}, "𠮷", drawing{-1, "", -1, 0}},
		{"cluster half outlined", []Face{plain, ext}, "𠮷\U0002A6A5", drawing{0, "〓", -1, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			table := &fontTable{}
			set := table.newFaceSet(tt.faces[0], tt.faces[1:]...)
			got := set.drawing(tt.cluster)
			got.advance = 0 // the test faces' advances are not the point
			if got != tt.want {
				t.Errorf("drawing(%q) = %+v; want %+v", tt.cluster, got, tt.want)
			}
		})
	}
}

// TestOutlineExtracted renders characters outside the BMP with the default
// fonts: 𠮷 and 𠮟 are drawn from the Ext faces' outlines without a warning
// and extracted as themselves, with ink in their cells; a character no face
// has still gets 〓 and a warning.
func TestOutlineExtracted(t *testing.T) {
	pdftotext := testtool.Need(t, "pdftotext")
	pdftoppm := testtool.Need(t, "pdftoppm")
	a := &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindHeadline, Text: "𠮷水村", Line: 1},
		{Kind: doc.KindParagraph, Text: "前文。", Line: 2}, // 𠮷 not on the column's first line
		{Kind: doc.KindParagraph, Text: "古𠮷丁说，𠮟る。", Line: 3},
		{Kind: doc.KindParagraph, Text: "私用\U000F0001字", Line: 5},
	}}
	d := &doc.Document{Articles: []*doc.Node{a}}
	out, w := writePDF(t, d, date)
	ws := w.Warnings()
	if len(ws) != 1 || ws[0].Line != 5 || !strings.Contains(ws[0].Message, "U+F0001") {
		t.Errorf("warnings %v; want one, for U+F0001 on line 5", ws)
	}
	path := savePDF(t, "outline.pdf", out)
	body := squash(extract(t, pdftotext, path))
	for _, want := range []string{"𠮷水村", "古𠮷丁说，𠮟る。", "私用〓字"} {
		if !strings.Contains(body, want) {
			t.Errorf("extracted %q; want %q in it", body, want)
		}
	}
	info, err := exec.Command(testtool.Need(t, "pdfinfo"), "-enc", "UTF-8", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(info), "Title:           〓水村") {
		t.Errorf("document information %s; want the title 〓水村", info)
	}
	if layout := extract(t, pdftotext, path, "-bbox-layout"); !utf8.ValidString(layout) {
		t.Errorf("pdftotext -bbox-layout output is not valid UTF-8:\n%.600s", layout)
	}
	// 𠮷's cell, the second of the word, has ink.
	bbox := extract(t, pdftotext, path, "-bbox")
	var box [4]float64
	for _, m := range wordBoxRE.FindAllStringSubmatch(bbox, -1) {
		if strings.HasPrefix(m[5], "古𠮷丁") {
			for i := range box {
				box[i], _ = strconv.ParseFloat(m[i+1], 64)
			}
		}
	}
	if box[2] == 0 {
		t.Fatalf("no word starting 古𠮷丁 in\n%s", bbox)
	}
	em := (box[2] - box[0]) / 8 // eight one-em cells
	h := box[3] - box[1]
	n := inkPixels(t, pdftoppm, path, box[0]+1.15*em, box[1]+0.3*h, 0.7*em, 0.4*h) // the middle of 𠮷's cell
	if n < 40 {
		t.Errorf("%d dark pixels in the middle of 𠮷's cell; want its ink there", n)
	}
}

var wordBoxRE = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)

// inkPixels renders a w×h point area at (x, y) of page 1 at 288 dpi and
// counts its dark pixels.
func inkPixels(t *testing.T, pdftoppm, path string, x, y, w, h float64) int {
	t.Helper()
	const scale = 4.0 // 288 dpi
	px := func(v float64) string { return strconv.Itoa(int(v * scale)) }
	img, err := exec.Command(pdftoppm, "-r", "288", "-gray", "-f", "1", "-l", "1",
		"-x", px(x), "-y", px(y), "-W", px(w), "-H", px(h), path).Output()
	if err != nil {
		t.Fatal(err)
	}
	// PGM: "P5\n<w> <h>\n255\n" then one byte per pixel.
	fields := bytes.SplitN(img, []byte("\n"), 4)
	if len(fields) < 4 || string(fields[0]) != "P5" {
		t.Fatalf("pdftoppm gave no PGM image")
	}
	n := 0
	for _, v := range fields[3] {
		if v < 128 {
			n++
		}
	}
	return n
}

// TestOutlineMatchesFpdf: the outline the page writer writes itself, with
// fpdf given only the first bookmark, gives the bytes fpdf writes when
// given every bookmark: articles and sections over many pages, titles
// with bytes fpdf escapes (parentheses, a backslash, a carriage return,
// and CJK whose UTF-16 holds them: 丨 is U+4E28, 尩 U+5C29), vertical
// pages, newspaper make-up, and a page with a single bookmark.
func TestOutlineMatchesFpdf(t *testing.T) {
	var arts []*doc.Node
	for i := range 120 {
		title := "第" + strconv.Itoa(i) + "条（标题）"
		if i%7 == 3 {
			title = `a(b)c\d` + "\r" + "丨尩"
		}
		a := &doc.Node{Kind: doc.KindArticle, Children: []*doc.Node{{Kind: doc.KindHeadline, Text: title},
			{Kind: doc.KindParagraph, Text: strings.Repeat("正文文字，", 1+i%5)}}}
		if i%3 == 0 {
			a.Children = append(a.Children, &doc.Node{Kind: doc.KindSection, Children: []*doc.Node{
				{Kind: doc.KindHeading, Text: "小标题" + strconv.Itoa(i)}, {Kind: doc.KindParagraph, Text: "一段。"}}})
		}
		arts = append(arts, a)
	}
	many := &doc.Document{Lang: "zh-Hans", Articles: arts}
	one := &doc.Document{Lang: "zh-Hans", Articles: arts[:1]}
	fpdfMarks := func(c *config) { c.fpdfMarks = true }
	for _, tt := range []struct {
		name string
		d    *doc.Document
		opts []Option
	}{
		{"flow", many, nil},
		{"one", one, nil},
		{"vertical", many, []Option{WithVertical(true)}},
		{"newspaper", many, []Option{WithPaper("A3"), WithLayout(LayoutNewspaper)}},
	} {
		got, _ := writePDF(t, tt.d, tt.opts...)
		want, _ := writePDF(t, tt.d, append(tt.opts, fpdfMarks)...)
		if !bytes.Equal(got, want) {
			i := 0
			for i < min(len(got), len(want)) && got[i] == want[i] {
				i++
			}
			t.Errorf("%s: differs from fpdf's at byte %d: %q, want %q", tt.name, i, got[i:min(len(got), i+200)], want[i:min(len(want), i+200)])
		}
		if n := bytes.Count(got, []byte("/Title (")); n < 2 && tt.d == many {
			t.Errorf("%s: %d bookmarks", tt.name, n)
		}
	}
}
