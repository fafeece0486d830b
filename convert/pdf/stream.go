package pdf

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"

	"codeberg.org/go-pdf/fpdf"
	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/fonts"
)

// A long document is written in flat memory, page by page, in two passes
// over the laid-out text:
//
//  1. the pages are laid out and dropped one by one, keeping only the runes
//     each face draws and the bookmarks: fpdf embeds each font subset, and
//     names it in every content stream by a hash of that subset, so both
//     must be known before the first page is drawn;
//  2. fpdf makes the skeleton of the document (fonts, page objects with
//     empty contents, bookmarks, information, catalogue) and the pages are
//     laid out again, each drawn (content), compressed by one reused zlib
//     writer and written out at once in place of fpdf's empty one, and
//     then the rest of the skeleton with its cross-reference table moved.
//
// A short document (keepGlyphs) keeps its pages from the first pass
// instead of being laid out again. The bytes are the same as fpdf drawing
// every page itself would give; fpdf would hold every page's content until
// the end, and the whole file twice.

// skeleton is fpdf's document with every page's content empty: everything
// but the pages' drawing.
type skeleton struct {
	pdf   []byte
	off   []int // byte offset of each object, by number (from fpdf's xref)
	xref  int   // offset of the cross-reference table
	pages int
	ids   []string // fpdf's font resource name per face ("" if unused)
	fams  []string // fpdf family per face ("" if unused)
	used  [][]rune // runes drawn per face, sorted
	any   int      // a face in use (-1 if none; maxFaces+i for a vertical copy)
	v     verticalFonts
}

// keepGlyphs is the most glyphs a document keeps laid out between the two
// passes (some ten pages, a megabyte): a longer one is laid out again.
const keepGlyphs = 20000

// subsetData gives fpdf each face subset to the runes used: subsetting
// first spares fpdf parsing (and cutting) the whole font for every
// document (see BenchmarkFpdfFontParse).
func subsetData(table *fontTable) fontData {
	return func(i int, runes []rune) ([]byte, error) {
		if f, ok := table.faces[i].(*fonts.Face); ok {
			return fonts.Subset(f, runes)
		}
		return table.faces[i].Data(), nil
	}
}

// fontData returns the font program to embed for face i, given the runes
// the pages draw with it.
type fontData func(i int, runes []rune) ([]byte, error)

// newSkeleton has fpdf make the document around pages pages, with the
// given bookmarks per page, fonts for the runes used, paper w×h points.
func newSkeleton(table *fontTable, used, vused [][]rune, marks [][]outlineMark, data fontData, w, h float64, m meta) (*skeleton, error) {
	f := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: w, Ht: h}})
	// Page contents stay uncompressed here (they are replaced); fpdf
	// compresses UTF-8 font streams whatever this says.
	f.SetCompression(false)
	f.SetCatalogSort(true)
	f.SetCreationDate(m.date)
	f.SetModificationDate(m.date)
	f.SetAutoPageBreak(false, 0)
	f.SetMargins(0, 0, 0)
	f.SetProducer(infoText(m.creator), true)
	f.SetCreator(infoText(m.creator), true)
	f.SetTitle(infoText(m.title), true)
	f.SetAuthor(infoText(m.author), true)
	f.SetSubject(infoText(m.subject), true)
	f.SetKeywords(infoText(m.keywords), true)
	f.SetLang(m.lang)
	s := &skeleton{pages: len(marks), used: used, any: -1}
	s.fams = make([]string, len(table.faces))
	s.ids = make([]string, len(table.faces))
	for i, face := range table.faces {
		if i >= len(used) || len(used[i]) == 0 {
			continue // fpdf would embed a font even if nothing uses it
		}
		b, err := data(i, used[i])
		if err != nil {
			return nil, fmt.Errorf("font %s: %w", face.Name(), err)
		}
		s.fams[i] = family(i, face)
		f.AddUTF8FontFromBytes(s.fams[i], "", b)
		if f.Err() {
			return nil, fmt.Errorf("font %s: %w", face.Name(), f.Error())
		}
		if s.any < 0 {
			s.any = i
		}
	}
	s.v.rtl = m.vertical != ""
	if err := s.addVertical(f, table, vused, data); err != nil {
		return nil, err
	}
	fams, fused := s.allFams()
	for p, ms := range marks {
		f.AddPage()
		if p == 0 {
			// Each font once, before any text (their resource names are
			// read back from here), then its runes, which fpdf subsets by.
			for _, fam := range fams {
				if fam != "" {
					f.SetFont(fam, "", 10)
				}
			}
			for i, fam := range fams {
				if fam != "" {
					f.SetFont(fam, "", 10)
					f.Text(0, 0, string(fused[i]))
				}
			}
		}
		for _, mk := range ms {
			if s.any >= 0 {
				f.SetFont(s.family(s.any), "", 10) // Bookmark encodes its title as UTF-16 only while a UTF-8 font is current
			}
			f.Bookmark(cesu8(mk.Title), mk.Level, mk.Y)
		}
	}
	if f.Err() {
		return nil, fmt.Errorf("pdf: %w", f.Error())
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return nil, fmt.Errorf("pdf output: %w", err)
	}
	pdf, err := s.finishVertical(buf.Bytes())
	if err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	s.pdf = pdf
	if err := s.parse(); err != nil {
		return nil, fmt.Errorf("pdf: fpdf's output: %w", err)
	}
	return s, nil
}

// parse reads the skeleton's cross-reference table and its fonts' resource
// names, and checks that its layout is the one the page writer relies on:
// page i's object 2i+1 and its content 2i+2 one after the other from the
// header on, and every other object after them.
func (s *skeleton) parse() error {
	pdf := s.pdf
	const eof = "%%EOF\n"
	k := bytes.LastIndex(pdf, []byte("startxref\n"))
	if k < 0 || !bytes.HasSuffix(pdf, []byte(eof)) {
		return errors.New("no startxref")
	}
	x, err := strconv.Atoi(string(pdf[k+len("startxref\n") : len(pdf)-len(eof)-1]))
	if err != nil || x <= 0 || x >= k || !bytes.HasPrefix(pdf[x:], []byte("xref\n0 ")) {
		return errors.New("bad startxref")
	}
	s.xref = x
	p := x + len("xref\n0 ")
	e := bytes.IndexByte(pdf[p:], '\n')
	if e < 0 {
		return errors.New("bad xref")
	}
	n, err := strconv.Atoi(string(pdf[p : p+e]))
	p += e + 1 + 20 // the free entry
	const entry = 20
	if err != nil || n < 3+2*s.pages || p+(n-1)*entry > k {
		return errors.New("bad xref size")
	}
	s.off = make([]int, n)
	for j := 1; j < n; j++ {
		o, err := strconv.Atoi(string(pdf[p : p+10]))
		if err != nil || o <= 0 || o >= x {
			return fmt.Errorf("bad xref entry %d", j)
		}
		s.off[j] = o
		p += entry
	}
	last := 2 + 2*s.pages
	for j := 3; j <= last; j++ {
		next := s.off[1]
		if j < last {
			next = s.off[j+1]
		}
		if s.off[j] >= next || !bytes.HasPrefix(pdf[s.off[j]:], []byte(strconv.Itoa(j)+" 0 obj\n")) {
			return fmt.Errorf("object %d out of place", j)
		}
	}
	for j := 1; j < n; j++ {
		if (j < 3 || j > last) && s.off[j] < s.off[1] {
			return fmt.Errorf("object %d before the pages", j)
		}
	}
	// The fonts' resource names: page 1 selects each font before any text.
	end := s.off[1]
	if last > 4 {
		end = s.off[5]
	}
	c := pdf[s.off[4]:end]
	fams, _ := s.allFams()
	for k, fam := range fams {
		if fam == "" {
			continue
		}
		j := bytes.Index(c, []byte("BT /F"))
		if j < 0 {
			return errors.New("font names not found")
		}
		c = c[j+len("BT /F"):]
		e := bytes.IndexByte(c, ' ')
		if e <= 0 {
			return errors.New("bad font name")
		}
		if k < len(s.fams) {
			s.ids[k] = string(c[:e])
		} else {
			s.v.ids[k-len(s.fams)] = string(c[:e])
		}
	}
	return nil
}

// pageWriter writes the document to out: the skeleton's header, then each
// page's object and content as it is drawn, then the rest of the skeleton.
type pageWriter struct {
	s    *skeleton
	w    *bufio.Writer
	n    int   // bytes written
	off  []int // offsets of the page objects written, by number
	page int   // pages written
	zw   *zlib.Writer
	z    bytes.Buffer
	err  error
}

func newPageWriter(out io.Writer, s *skeleton) *pageWriter {
	pw := &pageWriter{s: s, w: bufio.NewWriterSize(out, 64<<10), off: make([]int, 3+2*s.pages)}
	// fpdf's own compression: zlib at its fastest level. Reset gives the
	// same bytes as a new writer, without a new writer's megabyte.
	pw.zw, _ = zlib.NewWriterLevel(&pw.z, zlib.BestSpeed)
	pw.write(s.pdf[:s.off[3]])
	return pw
}

func (pw *pageWriter) write(b []byte) {
	if pw.err != nil {
		return
	}
	n, err := pw.w.Write(b)
	pw.n += n
	pw.err = err
}

func (pw *pageWriter) writeString(str string) {
	if pw.err != nil {
		return
	}
	n, err := pw.w.WriteString(str)
	pw.n += n
	pw.err = err
}

// add writes the next page, given its content stream.
func (pw *pageWriter) add(content []byte) {
	if pw.err != nil {
		return
	}
	if pw.page == pw.s.pages {
		pw.err = errors.New("more pages than laid out before")
		return
	}
	pw.page++
	obj := 2*pw.page + 1
	pw.off[obj] = pw.n
	pw.write(pw.s.pdf[pw.s.off[obj]:pw.s.off[obj+1]]) // the page object, as fpdf wrote it
	pw.z.Reset()
	pw.zw.Reset(&pw.z)
	if _, err := pw.zw.Write(content); err != nil {
		pw.err = err
		return
	}
	if err := pw.zw.Close(); err != nil {
		pw.err = err
		return
	}
	pw.off[obj+1] = pw.n
	var hdr []byte
	hdr = strconv.AppendInt(hdr, int64(obj+1), 10)
	hdr = append(hdr, " 0 obj\n<</Filter /FlateDecode /Length "...)
	hdr = strconv.AppendInt(hdr, int64(pw.z.Len()), 10)
	hdr = append(hdr, ">>\nstream\n"...)
	pw.write(hdr)
	pw.write(pw.z.Bytes())
	pw.writeString("\nendstream\nendobj\n")
}

// pageQueue hands drawn pages to a goroutine that compresses and writes
// them (pageWriter.add) in order, so that the two cores share the work.
type pageQueue struct {
	pages chan []byte
	free  chan []byte
	done  chan struct{}
}

// async starts the goroutine; add queues a page (a copy of content), wait
// waits until every queued page is written.
func (pw *pageWriter) async() *pageQueue {
	q := &pageQueue{pages: make(chan []byte, 2), free: make(chan []byte, 3), done: make(chan struct{})}
	for range cap(q.free) {
		q.free <- nil
	}
	go func() {
		defer close(q.done)
		for c := range q.pages {
			pw.add(c)
			q.free <- c
		}
	}()
	return q
}

func (q *pageQueue) add(content []byte) {
	b := <-q.free
	q.pages <- append(b[:0], content...)
}

func (q *pageQueue) wait() {
	close(q.pages)
	<-q.done
}

// finish writes the rest of the skeleton, its cross-reference table
// pointing at where every object now is, and the trailer.
func (pw *pageWriter) finish() error {
	s := pw.s
	if pw.err == nil && pw.page != s.pages {
		pw.err = fmt.Errorf("%d pages drawn, %d laid out before", pw.page, s.pages)
	}
	if pw.err != nil {
		return pw.err
	}
	tail := s.tagFonts(s.pdf[s.off[1]:s.xref])
	tail = evenMetrics(tail)
	start := pw.n
	pw.write(tail)
	xref := pw.n
	b := []byte("xref\n0 ")
	b = strconv.AppendInt(b, int64(len(s.off)), 10)
	b = append(b, "\n0000000000 65535 f \n"...)
	for j := 1; j < len(s.off); j++ {
		o := s.off[j] - s.off[1] + start
		if j >= 3 && j < len(pw.off) {
			o = pw.off[j]
		}
		b = fmt.Appendf(b, "%010d 00000 n \n", o)
	}
	t := bytes.Index(s.pdf[s.xref:], []byte("trailer\n"))
	k := bytes.LastIndex(s.pdf, []byte("startxref\n"))
	if t < 0 {
		return errors.New("pdf: fpdf's output has no trailer")
	}
	b = append(b, s.pdf[s.xref+t:k+len("startxref\n")]...)
	b = strconv.AppendInt(b, int64(xref), 10)
	b = append(b, "\n%%EOF\n"...)
	pw.write(b)
	if pw.err == nil {
		pw.err = pw.w.Flush()
	}
	return pw.err
}

// write lays out d twice (see above) and writes the PDF to out; it returns
// the warnings of the layout.
func (w *Writer) write(ctx context.Context, out io.Writer, d *doc.Document, brk breakFunc) ([]doc.Diagnostic, error) {
	cfg, err := w.config()
	if err != nil {
		return nil, err
	}
	searchWarns := addSearchedFallbacks(cfg, d)
	bcfg := cfg
	if cfg.vertical {
		bcfg = cfg.turned() // see vertical.go
	}
	m := metaOf(cfg, d)
	b, table := prepare(bcfg, d, brk)
	b.ctx = ctx
	b.warns = append(searchWarns, b.warns...)
	var used runeSets
	vused := verticalSets{lang: m.vertical}
	var marks [][]outlineMark
	// A short document keeps its pages for drawing: laying it out again
	// would cost more than its pages' glyphs take.
	var kept []*pageLayout
	keep, glyphs := true, 0
	b.emit = func(p *pageLayout) {
		if cfg.vertical {
			turnPage(p, cfg.paperW)
		}
		used.add(p)
		vused.add(p, &used)
		marks = append(marks, p.Marks)
		if keep {
			for _, l := range p.Lines {
				glyphs += len(l.Line.Glyphs)
			}
			kept = append(kept, p)
			if glyphs > keepGlyphs {
				keep, kept = false, nil
			}
		}
	}
	b.build(d)
	warns := b.warns
	if b.err != nil {
		return warns, b.err
	}
	for _, x := range warns {
		if cfg.warn != nil {
			cfg.warn(x)
		}
	}
	runes := used.sorted()
	s, err := newSkeleton(table, runes, vused.v.sorted(), marks, subsetData(table), cfg.paperW, cfg.paperH, m)
	if err != nil {
		return warns, err
	}

	pw := newPageWriter(out, s)
	r := &renderer{f: newContent(cfg.paperH), table: table, ids: s.ids, anyFont: s.any, font: -1}
	r.vlang, r.vids = m.vertical, s.v.ids
	r.hant.on = isHant(d.Lang)
	if keep {
		for _, p := range kept { // turned already, if vertical
			r.page(p)
			pw.add(r.f.bytes())
		}
	} else {
		b2, table2 := prepare(bcfg, d, brk)
		b2.ctx = ctx
		r.table = table2
		// Each page is compressed and written while the next is laid
		// out and drawn.
		q := pw.async()
		b2.emit = func(p *pageLayout) {
			if b2.cancelled() {
				return
			}
			if cfg.vertical {
				turnPage(p, cfg.paperW)
			}
			r.page(p)
			q.add(r.f.bytes())
		}
		b2.build(d)
		q.wait()
		if b2.err != nil {
			return warns, b2.err
		}
	}
	if err := pw.finish(); err != nil {
		return warns, fmt.Errorf("pdf: %w", err)
	}
	return warns, nil
}
