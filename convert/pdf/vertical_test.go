package pdf

import (
	"bytes"
	"context"
	"html"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/internal/testdoc"
	"github.com/paiban/paiban/internal/testtool"
	"github.com/paiban/paiban/layout"
)

// verticalDocs are the documents every vertical test sets: the Japanese and
// Big5 samples, and the seed when it is present.
func verticalDocs(t *testing.T) map[string]*doc.Document {
	t.Helper()
	ds := map[string]*doc.Document{}
	for _, name := range []string{"ja-kobe-jazz.txt", "big5-taipei.txt", "metro-line4.txt"} {
		ds[name] = testdoc.Read(t, filepath.Join(testtool.RepoRoot(), "samples", name))
	}
	if p := seedPath(); p != "" { // the seed is optional
		ds["seed"] = testdoc.Read(t, p)
	}
	return ds
}

// seedPath is the seed's path, or "" when it is absent.
func seedPath() string {
	p := filepath.Join(testtool.RepoRoot(), "..", "shared", "seed", "frontpage.txt")
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

// verticalBuild builds d's vertical pages as Write does, and the builder.
func verticalBuild(t *testing.T, d *doc.Document, opts ...Option) ([]*pageLayout, *builder, *config) {
	t.Helper()
	w := New(append([]Option{WithVertical(true), date}, opts...)...)
	cfg, err := w.config()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := prepare(cfg.turned(), d, layout.Break)
	pages := b.build(d)
	for _, p := range pages {
		turnPage(p, cfg.paperW)
	}
	return pages, b, cfg
}

// firstRune is the first rune of s.
func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

// TestVerticalGeometry checks the built pages: every line vertical; the
// lines of a block follow one another right to left in a tier, then on in
// the next tier down or on the next page; kinsoku on every line (through
// the one breaker, layout.Break); body lines justified to the tier's
// height; glyph orientation classes as layout.VerticalRuns says.
func TestVerticalGeometry(t *testing.T) {
	docs := verticalDocs(t)
	// The Japanese sample again in a user font (the body face loaded from
	// a file), which has no vertical alternates: ー turned, kana moved.
	body, heading := embedded(t)
	ub, err := fonts.Load(writeFontFile(t, body.Data()))
	if err != nil {
		t.Fatal(err)
	}
	uh, err := fonts.Load(writeFontFile(t, heading.Data()))
	if err != nil {
		t.Fatal(err)
	}
	docs["ja user font"] = docs["ja-kobe-jazz.txt"]
	for name, d := range docs {
		t.Run(name, func(t *testing.T) {
			user := name == "ja user font"
			var opts []Option
			if user {
				opts = append(opts, WithFonts(ub, uh))
			}
			pages, b, cfg := verticalBuild(t, d, opts...)
			// Tier ends down the page: the builder's column right edges.
			var ends []float64
			for _, x := range b.xs {
				ends = append(ends, x+b.colW)
			}
			r := &renderer{}
			r.vlang = layout.LangOf(d.Lang)
			kinds := map[vkind]int{}
			justified := 0
			for pi, p := range pages {
				var prev *placedLine
				for li := range p.Lines {
					l := &p.Lines[li]
					if !l.Vertical {
						t.Fatalf("page %d line %d is not vertical", pi+1, li)
					}
					if l.X <= 0 || l.X >= cfg.paperW || l.Y < 0 || l.Y >= cfg.paperH {
						t.Errorf("page %d: line at (%.1f, %.1f) off the paper", pi+1, l.X, l.Y)
					}
					gs := l.Line.Glyphs
					if len(gs) == 0 {
						continue
					}
					// Reading order inside a block.
					if prev != nil && prev.Block == l.Block && l.Block >= 0 && !l.Artifact {
						sameTier := math.Abs(prev.Y+prev.Line.Glyphs[0].X-(l.Y+gs[0].X)) < 3*l.Size
						if sameTier && l.X >= prev.X-0.5 {
							t.Errorf("page %d: line %q is not left of the line before it (%.1f after %.1f)", pi+1, lineText(*l), l.X, prev.X)
						}
						if !sameTier && l.Y <= prev.Y {
							t.Errorf("page %d: line %q starts a tier above the line before it", pi+1, lineText(*l))
						}
					}
					prev = l
					// Kinsoku on the line's edges.
					text := strings.TrimSpace(lineText(*l))
					if !l.Line.Last && text != "" {
						last, _ := utf8.DecodeLastRuneInString(text)
						if layout.NotEnd(last) {
							t.Errorf("page %d: line ends with %q: %s", pi+1, last, text)
						}
					}
					if li > 0 && prev.Block == l.Block && layout.NotStart(firstRune(text), layout.KinsokuStrict) {
						t.Errorf("page %d: line starts with %q: %s", pi+1, firstRune(text), text)
					}
					// Justification to the tier's height.
					if !l.Line.Last && !l.Line.Ragged && !l.Line.Hard && l.Size == cfg.bodySize && !l.Gray && len(gs) > 8 {
						end := l.Y + gs[0].X + l.Line.Width
						ok := false
						for _, e := range ends {
							ok = ok || math.Abs(end-e) < 0.01
						}
						if !ok {
							t.Errorf("page %d: line %q ends at %.2f, not at a tier's end %v", pi+1, text, end, ends)
						}
						justified++
					}
					for gi, g := range gs {
						vg := r.planAt(l, gi)
						kinds[vg.kind]++
						checkPlan(t, l.setAt(gi), g, vg, r.vlang)
					}
				}
			}
			if justified == 0 {
				t.Error("no justified body line checked")
			}
			for _, k := range []vkind{vUpright, vForm, vCombined} {
				if kinds[k] == 0 {
					t.Errorf("no glyph drawn as kind %d", k)
				}
			}
			if user && d.Lang == "ja" && (kinds[vShift] == 0 || kinds[vTurn] == 0) {
				t.Errorf("Japanese sample in a user font: small kana %d, turned ー %d", kinds[vShift], kinds[vTurn])
			}
		})
	}
}

// writeFontFile writes a font to a temporary file and returns its path.
func writeFontFile(t *testing.T, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "face.ttf")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// checkPlan checks how one glyph is drawn against its character.
func checkPlan(t *testing.T, set *faceSet, g layout.Glyph, vg vglyph, lang layout.Lang) {
	t.Helper()
	r := firstRune(g.Text)
	if strings.ContainsRune("ーッョ", r) && vg.face >= 0 {
		// The default faces have Noto's own vertical alternates; other
		// faces turn ー and move small kana.
		if alt, ok := verticalAlternate(set.table.faces[vg.face], r); ok {
			if vg.kind != vForm || vg.text != string(alt) {
				t.Errorf("%q drawn as kind %d %q, want its alternate %q", g.Text, vg.kind, vg.text, alt)
			}
			return
		}
	}
	want := map[rune]struct {
		kind vkind
		text string
	}{
		'、': {vForm, "︑"}, '。': {vForm, "︒"}, '，': {vForm, "︐"}, '「': {vForm, "﹁"}, '」': {vForm, "﹂"},
		'（': {vForm, "︵"}, '—': {vForm, "︱"}, '…': {vForm, "︙"},
		'ー': {vTurn, "ー"}, 'ッ': {vShift, "ッ"}, 'ョ': {vShift, "ョ"}, '漢': {vUpright, "漢"},
	}
	if lang != layout.LangJa {
		want['“'] = struct {
			kind vkind
			text string
		}{vForm, "﹁"}
	}
	if w, ok := want[r]; ok && (vg.kind != w.kind || vg.text != w.text) {
		t.Errorf("%q drawn as kind %d %q, want kind %d %q", g.Text, vg.kind, vg.text, w.kind, w.text)
	}
	switch g.Orientation {
	case layout.Combined:
		if vg.kind != vCombined {
			t.Errorf("縦中横 %q drawn as kind %d", g.Text, vg.kind)
		}
	case layout.Sideways:
		if vg.kind != vSideways && vg.kind != vBlank {
			t.Errorf("sideways %q drawn as kind %d", g.Text, vg.kind)
		}
	}
}

// TestVerticalPDF checks the file: Identity-V fonts, right-to-left binding,
// a valid structure (qpdf, when installed), byte-identical output.
func TestVerticalPDF(t *testing.T) {
	d := testdoc.Read(t, filepath.Join(testtool.RepoRoot(), "samples", "ja-kobe-jazz.txt"))
	out, w := writePDF(t, d, date, WithVertical(true))
	again, _ := writePDF(t, d, date, WithVertical(true))
	if !bytes.Equal(out, again) {
		t.Error("two renders differ")
	}
	if ws := w.Warnings(); len(ws) > 0 {
		t.Errorf("warnings: %v", ws)
	}
	for _, want := range []string{"/Encoding /Identity-V", "/ViewerPreferences <</Direction /R2L>>"} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("no %s in the PDF", want)
		}
	}
	// Sideways Latin is drawn with the horizontal font.
	metro := testdoc.Read(t, filepath.Join(testtool.RepoRoot(), "samples", "metro-line4.txt"))
	if m, _ := writePDF(t, metro, date, WithVertical(true)); !bytes.Contains(m, []byte("/Encoding /Identity-H")) {
		t.Error("metro sample: no horizontal font for its Latin")
	}
	if regexp.MustCompile(`/BaseFont /utf8`).Match(out) {
		t.Error("a font without its subset tag")
	}
	horizontal, _ := writePDF(t, d, date)
	if bytes.Contains(horizontal, []byte("Identity-V")) || bytes.Contains(horizontal, []byte("/Direction")) {
		t.Error("a horizontal PDF has vertical fonts or right-to-left binding")
	}
	if testtool.Required() || hasTool("qpdf") {
		qpdf := testtool.Need(t, "qpdf")
		path := savePDF(t, "vertical-ja.pdf", out)
		if msg, err := exec.Command(qpdf, "--check", path).CombinedOutput(); err != nil {
			t.Errorf("qpdf --check: %v\n%s", err, msg)
		}
	}
}

// hasTool reports whether name is on PATH.
func hasTool(name string) bool { _, err := exec.LookPath(name); return err == nil }

// TestVerticalExtraction extracts the text of vertical pages with
// pdftotext and compares it with the tree: every phrase (text cut after
// ，。、！？；：) of every node is read back whole, in order inside it.
// Poppler orders the tiers of different articles as it likes, so a
// phrase across two tiers of one article may be read apart: at most 2% of
// the text may be.
func TestVerticalExtraction(t *testing.T) {
	pdftotext := testtool.Need(t, "pdftotext")
	cut := regexp.MustCompile(`[^，。、！？；：]*[，。、！？；：]?`)
	for name, d := range verticalDocs(t) {
		t.Run(name, func(t *testing.T) {
			out, _ := writePDF(t, d, date, WithVertical(true))
			body := squash(extract(t, pdftotext, savePDF(t, "v.pdf", out)))
			total, found := 0, 0
			d.WalkDocument(func(n *doc.Node) bool {
				for _, p := range cut.FindAllString(squash(n.Text), -1) {
					if p == "" {
						continue
					}
					total += len(p)
					if strings.Contains(body, p) {
						found += len(p)
					} else if name != "metro-line4.txt" && name != "seed" {
						t.Errorf("line %d: %q not read back", n.Line, p)
					}
				}
				return true
			})
			if total == 0 || float64(found) < 0.97*float64(total) {
				t.Errorf("%d of %d bytes of text read back", found, total)
			}
		})
	}
}

// TestVerticalGlyphBoxes reads MuPDF's glyph boxes of the Japanese sample:
// upright characters in columns an em wide, read top to bottom, columns
// right to left; the Latin of the metro sample turned (direction 0 1).
func TestVerticalGlyphBoxes(t *testing.T) {
	mutool := testtool.Need(t, "mutool")
	charRE := regexp.MustCompile(`<char quad="([^"]+)"[^>]*c="([^"]*)"`)
	lineRE := regexp.MustCompile(`(?s)<line [^>]*wmode="(\d)" dir="([^"]+)">(.*?)</line>`)
	stext := func(name string) string {
		d := testdoc.Read(t, filepath.Join(testtool.RepoRoot(), "samples", name))
		out, _ := writePDF(t, d, date, WithVertical(true))
		path := savePDF(t, "v-"+name+".pdf", out)
		x, err := exec.Command(mutool, "draw", "-F", "stext", "-o", "-", path).Output()
		if err != nil {
			t.Fatalf("mutool: %v", err)
		}
		return string(x)
	}
	type box struct{ x0, y0, x1, y1 float64 }
	vertical, lastX := 0, math.Inf(1)
	for _, m := range lineRE.FindAllStringSubmatch(stext("ja-kobe-jazz.txt"), -1) {
		if m[1] != "1" {
			continue
		}
		vertical++
		var boxes []box
		var text strings.Builder
		for _, c := range charRE.FindAllStringSubmatch(m[3], -1) {
			q := strings.Fields(c[1])
			v := make([]float64, 8)
			for i := range v {
				v[i], _ = strconv.ParseFloat(q[i], 64)
			}
			ch := html.UnescapeString(c[2])
			text.WriteString(ch)
			// Only ideographs and kana: MuPDF gives a narrow glyph of a
			// vertical font (a digit) a box an em wide from its origin,
			// not the glyph's place (drawn centred, as the PNG shows).
			if r := firstRune(ch); !(r >= 0x3040 && r <= 0x30FF || r >= 0x4E00 && r <= 0x9FFF) {
				continue
			}
			boxes = append(boxes, box{v[0], v[1], v[6], v[7]})
		}
		for i := 1; i < len(boxes); i++ {
			if boxes[i].y0 < boxes[i-1].y0 {
				t.Errorf("column %q: glyph %d above the one before it", text.String(), i)
			}
			if math.Abs((boxes[i].x0+boxes[i].x1)-(boxes[0].x0+boxes[0].x1)) > 0.2 {
				t.Errorf("column %q: glyph %d off the column's axis", text.String(), i)
			}
		}
		// Body columns of the first tier come right to left.
		if len(boxes) > 10 && boxes[0].y0 < 200 {
			if boxes[0].x0 > lastX {
				t.Errorf("column %q right of the one before it", text.String())
			}
			lastX = boxes[0].x0
		}
	}
	if vertical < 10 {
		t.Errorf("only %d vertical lines in MuPDF's reading", vertical)
	}
	sideways := false
	for _, m := range lineRE.FindAllStringSubmatch(stext("metro-line4.txt"), -1) {
		var text strings.Builder
		for _, c := range charRE.FindAllStringSubmatch(m[3], -1) {
			text.WriteString(html.UnescapeString(c[2]))
		}
		if strings.Contains(text.String(), "Metro") {
			sideways = m[1] == "0" && m[2] == "0 1"
		}
	}
	if !sideways {
		t.Error("Metro Guide is not set sideways (turned 90° clockwise)")
	}
}

// BenchmarkPDFVertical measures seed → vertical PDF bytes in process; the
// goal is the whole process under 100 ms (`make bench` times that).
func BenchmarkPDFVertical(b *testing.B) {
	d := testdoc.Seed(b)
	w := New(WithVertical(true))
	for b.Loop() {
		if err := w.Write(context.Background(), io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
}

// TestVerticalNewspaper checks a vertical newspaper page (the make-up on
// A3): horizontal tiers of short vertical lines, about 12 characters, as
// Japanese newspapers set them; the strip separators drawn down the page
// with the vertical font; the file valid and extractable.
func TestVerticalNewspaper(t *testing.T) {
	for name, d := range verticalDocs(t) {
		t.Run(name, func(t *testing.T) {
			pages, _, cfg := verticalBuild(t, d, WithPaper("A3"), WithLayout(LayoutNewspaper))
			if cfg.columns < 6 {
				t.Errorf("%d tiers on A3", cfg.columns)
			}
			full := 0
			for _, p := range pages {
				for _, l := range p.Lines {
					if !l.Vertical {
						t.Fatal("a line is not vertical")
					}
					if l.Size != cfg.bodySize || l.Line.Last || l.Line.Ragged || l.Separator || l.Artifact {
						continue
					}
					// Ems down the tier (Latin sideways is narrower
					// than an em a letter).
					n := l.Line.Width / l.Size
					if n > 16 {
						t.Errorf("tier line of %.1f em: %s", n, lineText(l))
					}
					if n >= 10 {
						full++
					}
				}
			}
			if full == 0 {
				t.Error("no full tier line")
			}
			out, _ := writePDF(t, d, date, WithVertical(true), WithPaper("A3"), WithLayout(LayoutNewspaper))
			if testtool.Required() || hasTool("qpdf") {
				qpdf := testtool.Need(t, "qpdf")
				path := savePDF(t, "np.pdf", out)
				if msg, err := exec.Command(qpdf, "--check", path).CombinedOutput(); err != nil {
					t.Errorf("qpdf --check: %v\n%s", err, msg)
				}
			}
			if testtool.Required() || hasTool("pdftotext") {
				path := savePDF(t, "np.pdf", out)
				msg, err := exec.Command(testtool.Need(t, "pdftotext"), path, "-").CombinedOutput()
				if err != nil || strings.Contains(string(msg), "Syntax Error") {
					t.Errorf("pdftotext: %v %s", err, firstLine(string(msg)))
				}
			}
		})
	}
}

// firstLine is the first line of s.
func firstLine(s string) string { l, _, _ := strings.Cut(s, "\n"); return l }

// TestVerticalDefaultLayout checks that a vertical page with no layout
// given is made up as its paper asks (newspaper pages on A3 and larger,
// flowing ones below), as a horizontal page is: the turned paper the
// builder works on must not decide it (A3 turned is 297 mm tall, under the
// newspaper's 390 mm, and came out as flowing pages in the newspaper's
// tiers).
func TestVerticalDefaultLayout(t *testing.T) {
	d := testdoc.Seed(t)
	for _, c := range []struct {
		paper     string
		newspaper bool
	}{{"A4", false}, {"B5", false}, {"A3", true}, {"Tabloid", true}, {"Broadsheet", true}} {
		t.Run(c.paper, func(t *testing.T) {
			pages, b, cfg := verticalBuild(t, d, WithPaper(c.paper))
			if got := b.cfg.newspaper(); got != c.newspaper || cfg.newspaper() != c.newspaper {
				t.Fatalf("builder newspaper=%v, page newspaper=%v, want %v", got, cfg.newspaper(), c.newspaper)
			}
			blocks := 0
			for _, p := range pages {
				blocks += len(p.Blocks)
			}
			if (blocks > 0) != c.newspaper {
				t.Errorf("%d article blocks on %s, newspaper=%v", blocks, c.paper, c.newspaper)
			}
		})
	}
}
