package pdf

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf16"

	"codeberg.org/go-pdf/fpdf"
	"github.com/paiban/paiban/convert/doc"
)

// A document is written in flat memory, page by page, in one pass over
// the text: each page, as the builder finishes it, is drawn (content),
// compressed by a reused zlib writer (on a goroutine of its own, while the
// next is laid out) and written out with its page object, keeping only the
// runes each face draws and the bookmarks. Then fpdf makes the skeleton of
// the document (page objects with empty contents, bookmarks, information,
// catalogue), whose page objects are those already written (fpdf writes
// the same for every page but for the numbers; finish checks that they
// are), and the rest of it follows with the fonts, each subset to the
// runes the pages draw with it (fontobj.go), and a cross-reference table
// pointing at where everything is. The page streams are those fpdf drawing
// every page itself would give (TestContentMatchesFpdf); fpdf would hold
// every page's content until the end, and the whole file twice.

// skeleton is fpdf's document with every page's content empty: everything
// but the pages' drawing.
type skeleton struct {
	pdf   []byte
	off   []int // byte offset of each object, by number (from fpdf's xref)
	xref  int   // offset of the cross-reference table
	pages int
	marks int       // bookmarks in it
	h, k  float64   // page height in fpdf's unit, and points per unit
	ids   []string  // font resource name per face ("" if unused)
	fonts []docFont // the fonts to embed, horizontal then vertical copies
	used  [][]rune  // runes drawn per face, sorted
	v     verticalFonts
}

// newSkeleton has fpdf make the document around pages pages, with the
// given bookmarks, paper w×h points: everything but the pages' drawing and
// the fonts, which the page writer adds (fontobj.go). used and vused are
// the runes drawn with each face and with its vertical copy. The writer
// gives it only the first bookmark and writes the others itself
// (pageWriter.outline).
func newSkeleton(table *fontTable, used, vused [][]rune, pages int, marks []flatMark, w, h float64, m meta) (*skeleton, error) {
	f := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: w, Ht: h}})
	// Page contents stay uncompressed here (they are replaced).
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
	s := &skeleton{pages: pages, marks: len(marks), used: used}
	s.ids = make([]string, len(table.faces))
	for i, face := range table.faces {
		if i >= len(used) || len(used[i]) == 0 {
			continue
		}
		name := psName(face.Name())
		s.ids[i] = resourceName("", i)
		s.fonts = append(s.fonts, docFont{face: face, id: s.ids[i], name: subsetTag(name, used[i]) + "+" + name, runes: used[i]})
	}
	s.v.rtl = m.vertical != ""
	s.addVertical(table, vused)
	for p := 1; p <= pages; p++ {
		f.AddPage()
		for len(marks) > 0 && int(marks[0].page) == p {
			f.Bookmark(utf16Text(marks[0].title), int(marks[0].level), marks[0].y)
			marks = marks[1:]
		}
	}
	if len(marks) > 0 {
		return nil, fmt.Errorf("pdf: a bookmark on page %d of %d", marks[0].page, pages)
	}
	s.h = h
	if pages > 0 {
		_, s.h = f.GetPageSize()
	}
	s.k = f.GetConversionRatio()
	if f.Err() {
		return nil, fmt.Errorf("pdf: %w", f.Error())
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return nil, fmt.Errorf("pdf output: %w", err)
	}
	pdf := buf.Bytes()
	if s.v.rtl {
		var err error
		if pdf, err = rightToLeft(pdf); err != nil {
			return nil, err
		}
	}
	s.pdf = pdf
	if err := s.parse(); err != nil {
		return nil, fmt.Errorf("pdf: fpdf's output: %w", err)
	}
	return s, nil
}

// utf16Text is s as a PDF text string's bytes, before escaping: a byte
// order mark and UTF-16BE (fpdf encodes a bookmark's title so only while a
// UTF-8 font is selected, and none is: the fonts are not fpdf's).
func utf16Text(s string) string {
	b := make([]byte, 0, 2+2*len(s))
	b = append(b, 0xFE, 0xFF)
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return string(b)
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
	return nil
}

// pageWriter writes the document to out: the skeleton's header, then each
// page's object and content as it is drawn, then the rest of the skeleton.
type pageWriter struct {
	header []byte // up to page 1's object
	pageA  []byte // a page object up to its number …
	pageB  []byte // … between its number and its content's …
	pageC  []byte // … and after it
	w      *bufio.Writer
	n      int    // bytes written
	off    []int  // offsets of the page objects written, by number
	page   int    // pages written
	cache  *Cache // the compressors, and where w and z come from
	z      *bytes.Buffer
	obj    []byte
	err    error
}

// newPageWriter starts the document with the header of proto, a skeleton
// of one page whose page object is the pattern of every page's.
func newPageWriter(out io.Writer, proto *skeleton, cache *Cache) (*pageWriter, error) {
	pw := &pageWriter{w: cache.writer(out), off: make([]int, 3), cache: cache, z: cache.buffer()}
	pw.header = proto.pdf[:proto.off[3]]
	obj := proto.pdf[proto.off[3]:proto.off[4]]
	const first, contents = "3 0 obj\n", "/Contents 4 0 R>>"
	k := bytes.Index(obj, []byte(contents))
	if !bytes.HasPrefix(obj, []byte(first)) || k < 0 || bytes.Count(obj, []byte(contents)) != 1 {
		return nil, fmt.Errorf("fpdf's page object %q is not as expected", obj)
	}
	pw.pageA = obj[len("3"):k]
	pw.pageB = []byte("/Contents ")
	pw.pageC = obj[k+len("/Contents 4"):]
	pw.write(pw.header)
	return pw, nil
}

// ownSets moves the lines of p from the builder's face sets (from) to the
// renderer's (to), role for role, and reports whether every line's were
// the builder's.
func ownSets(p *pageLayout, from, to [2]*faceSet) bool {
	move := func(s **faceSet) bool {
		switch *s {
		case nil:
		case from[roleBody]:
			*s = to[roleBody]
		case from[roleHeading]:
			*s = to[roleHeading]
		default:
			return false
		}
		return true
	}
	for i := range p.Lines {
		if !move(&p.Lines[i].Set) || !move(&p.Lines[i].BoldSet) {
			return false
		}
	}
	return true
}

// fontIDs are the resource names of the fonts of n faces, after "/F":
// "a", "b"… with prefix "" (the faces), "Va", "Vb"… with "V" (their
// vertical copies).
func fontIDs(n int, prefix string) []string {
	ids := make([]string, n)
	for i := range ids {
		ids[i] = resourceName(prefix, i)
	}
	return ids
}

// resourceName is the resource name of face i's font (see fontIDs).
func resourceName(prefix string, i int) string { return prefix + string(rune('a'+i)) }

// pageObject appends page object n as fpdf writes it to b.
func (pw *pageWriter) pageObject(b []byte, n int) []byte {
	b = strconv.AppendInt(b, int64(n), 10)
	b = append(b, pw.pageA...)
	b = append(b, pw.pageB...)
	b = strconv.AppendInt(b, int64(n+1), 10)
	return append(b, pw.pageC...)
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
	pw.page++
	obj := 2*pw.page + 1
	pw.off = append(pw.off, pw.n, 0)
	pw.obj = pw.pageObject(pw.obj[:0], obj)
	pw.write(pw.obj)
	pw.z.Reset()
	if err := pw.cache.compress(pw.z, content); err != nil {
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

// release gives the writer's buffers back to its cache; pw must not be
// used after.
func (pw *pageWriter) release() {
	pw.cache.putWriter(pw.w)
	pw.cache.putBuffer(pw.z)
	pw.w, pw.z = nil, nil
}

// pageQueue hands laid-out pages to a goroutine that draws (renderer),
// compresses and writes them (pageWriter.add) in order, so that the two
// cores share the work: the builder lays out the next page meanwhile.
// The goroutine starts with the second page: a one-page document (every
// file of a batch of one-page files) is drawn by wait, on the builder's
// goroutine, with no hand-over between threads, and a batch on two jobs
// keeps each to its core.
type pageQueue struct {
	pw    *pageWriter
	r     *renderer
	first *pageLayout // held until a second page comes, or wait
	pages chan *pageLayout
	done  chan struct{}
}

// async returns the queue, which draws with r; add queues a page, wait
// waits until every queued page is written. The queue owns r, and the
// pages it is given: their lines must draw with r's face sets (see
// ownSets), whose memos are not safe for concurrent use.
func (pw *pageWriter) async(r *renderer) *pageQueue {
	return &pageQueue{pw: pw, r: r}
}

func (q *pageQueue) draw(p *pageLayout) {
	if q.pw.err == nil {
		q.r.page(p)
		q.pw.add(q.r.f.bytes())
	}
}

func (q *pageQueue) add(p *pageLayout) {
	switch {
	case q.pages != nil:
		q.pages <- p
	case q.first == nil:
		q.first = p
	default:
		q.pages = make(chan *pageLayout, 2)
		q.done = make(chan struct{})
		go func() {
			defer close(q.done)
			for p := range q.pages {
				q.draw(p)
			}
		}()
		q.pages <- q.first
		q.pages <- p
		q.first = nil
	}
}

func (q *pageQueue) wait() {
	if q.pages == nil {
		if q.first != nil {
			q.draw(q.first)
			q.first = nil
		}
		return
	}
	close(q.pages)
	<-q.done
}

// finish writes the rest of s, the skeleton of all the pages written, its
// cross-reference table pointing at where every object now is, and the
// trailer. The header and page objects written must be s's. s holds
// either every bookmark of ol or only the first: then the others are
// written here, in fpdf's form, after it (see outline), and the objects
// fpdf numbered after it (information and catalogue) renumbered.
func (pw *pageWriter) finish(s *skeleton, ol *outline) error {
	if pw.err == nil && pw.page != s.pages {
		pw.err = fmt.Errorf("%d pages drawn, %d in the skeleton", pw.page, s.pages)
	}
	if pw.err != nil {
		return pw.err
	}
	if !bytes.Equal(s.pdf[:s.off[3]], pw.header) {
		return errors.New("fpdf's header differs from the one written")
	}
	for p := 1; p <= s.pages; p++ {
		obj := 2*p + 1
		pw.obj = pw.pageObject(pw.obj[:0], obj)
		if !bytes.Equal(s.pdf[s.off[obj]:s.off[obj+1]], pw.obj) {
			return fmt.Errorf("fpdf's page object %d differs from the one written", obj)
		}
	}
	// With the first bookmark only, fpdf numbers its objects after the
	// pages (n = 2 + 2×pages): 1 (the page tree), 2 (resources), n+1 (the
	// bookmark), n+2 (the outline), n+3 (information), n+4 (catalogue).
	n := 2 + 2*s.pages
	splice := len(ol.marks) != s.marks
	extra := 0 // objects this adds before fpdf's last two
	if splice {
		if s.marks != 1 || len(s.off) != n+5 || !bytes.HasPrefix(s.pdf[s.off[n+1]:], []byte(strconv.Itoa(n+1)+" 0 obj\n<</Title ")) ||
			!bytes.HasPrefix(s.pdf[s.off[n+2]:], []byte(strconv.Itoa(n+2)+" 0 obj\n<</Type /Outlines ")) {
			return errors.New("pdf: fpdf's objects after the pages are not as expected")
		}
		extra = len(ol.marks) - 1
	}
	// The fonts go after fpdf's objects, numbered on from them, and into
	// the resource dictionary (object 2), which fpdf wrote with none.
	fw := fontWriter{cache: pw.cache, first: len(s.off) + extra, buf: pw.cache.buffer(), z: pw.cache.buffer()}
	defer func() { pw.cache.putBuffer(fw.buf); pw.cache.putBuffer(fw.z) }()
	nums, err := fw.write(s.fonts)
	if err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	tail := s.pdf[s.off[1]:s.xref]
	const fontDict = "/Font <<\n"
	ins := -1
	if k := bytes.Index(tail[s.off[2]-s.off[1]:], []byte(fontDict)); k >= 0 {
		ins = s.off[2] - s.off[1] + k + len(fontDict)
	}
	if ins < 0 || splice && ins >= s.off[n+1]-s.off[1] {
		return errors.New("pdf: fpdf's resource dictionary has no font dictionary")
	}
	var refs []byte
	for i, f := range s.fonts {
		refs = append(refs, "/F"...)
		refs = append(refs, f.id...)
		refs = append(refs, ' ')
		refs = strconv.AppendInt(refs, int64(nums[i]), 10)
		refs = append(refs, " 0 R\n"...)
	}
	start := pw.n
	pw.write(tail[:ins])
	pw.write(refs)
	var marks []int // offsets of the bookmarks and the outline written here
	var infoAt, catAt int
	if !splice {
		pw.write(tail[ins:])
	} else {
		pw.write(tail[ins : s.off[n+1]-s.off[1]])
		marks = pw.outline(ol, n, s.h, s.k)
		info, err := renumber(s.pdf[s.off[n+3]:s.off[n+4]], n+3, extra, "")
		if err != nil {
			return err
		}
		catalog, err := renumber(s.pdf[s.off[n+4]:s.xref], n+4, extra, "/Outlines "+strconv.Itoa(n+2)+" 0 R")
		if err != nil {
			return err
		}
		infoAt = pw.n
		pw.write(info)
		catAt = pw.n
		pw.write(catalog)
	}
	fonts := pw.n
	pw.write(fw.buf.Bytes())
	xref := pw.n
	size := len(s.off) + extra + len(fw.off)
	b := []byte("xref\n0 ")
	b = strconv.AppendInt(b, int64(size), 10)
	b = append(b, "\n0000000000 65535 f \n"...)
	for j := 1; j < size; j++ {
		var o int
		switch {
		case j >= len(s.off)+extra:
			o = fonts + fw.off[j-len(s.off)-extra]
		case j >= 3 && j < len(pw.off):
			o = pw.off[j]
		case splice && j > n && j <= n+len(marks):
			o = marks[j-n-1]
		case splice && j == n+len(marks)+1:
			o = infoAt
		case splice && j == n+len(marks)+2:
			o = catAt
		default:
			o = s.off[j] - s.off[1] + start
			if s.off[j]-s.off[1] >= ins {
				o += len(refs)
			}
		}
		b = appendXref(b, o)
		if len(b) >= 64<<10 {
			pw.write(b)
			b = b[:0]
		}
	}
	t := bytes.Index(s.pdf[s.xref:], []byte("trailer\n"))
	k := bytes.LastIndex(s.pdf, []byte("startxref\n"))
	if t < 0 {
		return errors.New("pdf: fpdf's output has no trailer")
	}
	trailer := s.pdf[s.xref+t : k+len("startxref\n")]
	trailer, err = renumber(trailer, 0, size-len(s.off), "/Size "+strconv.Itoa(len(s.off))+"\n")
	if err == nil && splice {
		trailer, err = renumber(trailer, 0, extra, "/Root "+strconv.Itoa(n+4)+" 0 R\n")
		if err == nil {
			trailer, err = renumber(trailer, 0, extra, "/Info "+strconv.Itoa(n+3)+" 0 R\n")
		}
	}
	if err != nil {
		return fmt.Errorf("pdf: fpdf's trailer: %w", err)
	}
	b = append(b, trailer...)
	b = strconv.AppendInt(b, int64(xref), 10)
	b = append(b, "\n%%EOF\n"...)
	pw.write(b)
	if pw.err == nil {
		pw.err = pw.w.Flush()
	}
	return pw.err
}

// appendXref appends a cross-reference entry for offset o.
func appendXref(b []byte, o int) []byte {
	const digits = "0000000000"
	d := strconv.AppendInt(make([]byte, 0, 20), int64(o), 10)
	if len(d) < len(digits) {
		b = append(b, digits[len(d):]...)
	}
	b = append(b, d...)
	return append(b, " 00000 n \n"...)
}

// renumber returns obj, fpdf's object number num (0: not an object) with
// its number moved on by shift, and the reference ref in it (if any, which
// must occur once) likewise: "/Outlines 9 0 R" becomes "/Outlines 12 0 R"
// with shift 3.
func renumber(obj []byte, num, shift int, ref string) ([]byte, error) {
	out := obj
	if num > 0 {
		head := strconv.Itoa(num) + " 0 obj\n"
		if !bytes.HasPrefix(obj, []byte(head)) {
			return nil, fmt.Errorf("pdf: fpdf's object %d is not where it should be", num)
		}
		out = append([]byte(strconv.Itoa(num+shift)+" 0 obj\n"), obj[len(head):]...)
	}
	if ref == "" {
		return out, nil
	}
	if bytes.Count(out, []byte(ref)) != 1 {
		return nil, fmt.Errorf("pdf: %q not once in fpdf's object %d", ref, num)
	}
	// The number is the reference's first run of digits.
	i := strings.IndexFunc(ref, func(r rune) bool { return r >= '0' && r <= '9' })
	j := i
	for j < len(ref) && ref[j] >= '0' && ref[j] <= '9' {
		j++
	}
	v, _ := strconv.Atoi(ref[i:j])
	return bytes.Replace(out, []byte(ref), []byte(ref[:i]+strconv.Itoa(v+shift)+ref[j:]), 1), nil
}

// write lays d out and writes the PDF to out page by page, in one pass
// (see above); it returns the warnings of the layout.
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
	// The page objects fpdf writes are the same for every page but for
	// their numbers: a one-page skeleton shows them, and the header.
	proto, err := newSkeleton(table, nil, nil, 1, nil, cfg.paperW, cfg.paperH, m)
	if err != nil {
		return nil, err
	}
	pw, err := newPageWriter(out, proto, cfg.cache)
	if err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	defer pw.release()
	var used runeSets
	vused := verticalSets{lang: m.vertical}
	var ol outline
	pages := 0
	// The renderer draws on a goroutine of its own (pageQueue), with face
	// sets of its own: the same faces, in the same order.
	rb, rtable := prepare(bcfg, d, brk)
	// Every page is drawn by the time write returns (q.wait below).
	defer cfg.cache.release(append(b.sets[:], rb.sets[:]...)...)
	r := &renderer{f: newContent(cfg.paperH), table: rtable, ids: fontIDs(len(rtable.faces), ""), font: -1}
	r.vlang, r.vids = m.vertical, fontIDs(len(rtable.faces), "V")
	r.hant.on = isHant(d.Lang)
	r.dashRun = dashRuns(d.Lang)
	q := pw.async(r)
	b.emit = func(p *pageLayout) {
		if b.cancelled() {
			return
		}
		if cfg.vertical {
			turnPage(p, cfg.paperW)
		}
		used.add(p)
		vused.add(p, &used)
		pages++
		ol.add(pages, p.Marks)
		if !ownSets(p, b.sets, rb.sets) {
			b.err = errors.New("pdf: a line set with a face set of no role")
			return
		}
		q.add(p)
	}
	b.build(d)
	q.wait()
	warns := b.warns
	if b.err != nil {
		return warns, b.err
	}
	for _, x := range warns {
		if cfg.warn != nil {
			cfg.warn(x)
		}
	}
	// fpdf is given the first bookmark only, which puts the outline in
	// its catalogue; finish writes the others in its place.
	given := ol.marks[:min(1, len(ol.marks))]
	if cfg.fpdfMarks {
		given = ol.marks
	}
	s, err := newSkeleton(table, used.sorted(), vused.v.sorted(), pages, given, cfg.paperW, cfg.paperH, m)
	if err != nil {
		return warns, err
	}
	if err := pw.finish(s, &ol); err != nil {
		return warns, fmt.Errorf("pdf: %w", err)
	}
	return warns, nil
}
