package epub

import (
	"archive/zip"
	"bufio"
	"bytes"
	"fmt"
	"hash/crc32"
	"io"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/klauspost/compress/flate"
)

// finish completes the files go-epub wrote and writes the book. The
// files that grow with the number of articles (the article files, the
// navigation documents and the title page) are written straight into
// their compressors, each from what the book holds of it, and only their
// compressed bytes are kept until the zip is written, so that a book of
// very many small articles holds little more than its entries
// (issue 16).
func (b *book) finish(out io.Writer, files map[string][]byte) error {
	var err error
	// go-epub logs rather than returns some write errors: make sure every
	// file it should have written (and expand made of its template) is
	// there.
	want := []string{opfPath, navPath, ncxPath, cssDir + cssFile}
	for _, p := range b.parts {
		want = append(want, xhtmlDir+p.file)
	}
	if b.titled {
		want = append(want, xhtmlDir+coverFile)
	}
	if b.font != nil {
		want = append(want, fontsDir+fontFile)
	}
	for _, n := range want {
		if files[n] == nil {
			return fmt.Errorf("epub: go-epub did not write %s", n)
		}
	}

	if b.font != nil {
		files[fontsDir+b.licFile] = b.license
	}
	if files[opfPath], err = b.fixPackage(files[opfPath]); err != nil {
		return err
	}
	made := map[string]func(*bufio.Writer) error{
		navPath: b.navDoc,
		ncxPath: b.ncxDoc,
	}
	if b.titled {
		n := xhtmlDir + coverFile
		fill, err := filler(files[n], b.lang)
		if err != nil {
			return fmt.Errorf("epub: %s: %w", n, err)
		}
		made[n] = func(w *bufio.Writer) error {
			return fill(w, func(w *bufio.Writer) error {
				return b.titlePage(&renderer{vertical: b.vertical}, w)
			})
		}
	}
	for _, p := range b.parts {
		n := xhtmlDir + p.file
		fill, err := filler(files[n], p.lang)
		if err != nil {
			return fmt.Errorf("epub: %s: %w", n, err)
		}
		made[n] = func(w *bufio.Writer) error {
			err := fill(w, func(w *bufio.Writer) error {
				_, err := w.Write(p.body)
				return err
			})
			p.body = nil // packed: no longer needed
			return err
		}
	}
	return b.pack(out, files, made)
}

// filler splits go-epub's file of a part (or the title page), in lang,
// around bodyMark, and returns what writes the file, the body written by
// its argument in place of the mark, the language on the root element.
func filler(data []byte, lang string) (func(w *bufio.Writer, body func(*bufio.Writer) error) error, error) {
	if n := bytes.Count(data, []byte(bodyMark)); n != 1 {
		return nil, fmt.Errorf("found %q %d times, want once", bodyMark, n)
	}
	head, tail, _ := bytes.Cut(data, []byte(bodyMark))
	head, err := replaceOnce(head, htmlStart, htmlStart+langAttrs(lang))
	if err != nil {
		return nil, err
	}
	return func(w *bufio.Writer, body func(*bufio.Writer) error) error {
		w.Write(head)
		if err := body(w); err != nil {
			return err
		}
		_, err := w.Write(tail)
		return err
	}, nil
}

// htmlStart opens the root element of go-epub's XHTML files, which carries
// no language.
const htmlStart = `<html xmlns="http://www.w3.org/1999/xhtml"`

// fixPackage completes go-epub's package document: dcterms:modified from
// the book's date instead of the clock, one dc:creator per byline name and
// dc:date when the caller gave a date, and the font licence in the
// manifest.
func (b *book) fixPackage(opf []byte) ([]byte, error) {
	if b.font != nil {
		var err error
		opf, err = replaceOnce(opf, "  </manifest>",
			`    <item id="font-license" href="fonts/`+b.licFile+`" media-type="text/plain"></item>`+"\n  </manifest>")
		if err != nil {
			return nil, fmt.Errorf("epub: package.opf: %w", err)
		}
	}
	m := modifiedRE().FindAllIndex(opf, -1)
	if len(m) != 1 {
		return nil, fmt.Errorf("epub: package.opf: found %d dcterms:modified", len(m))
	}
	var sb strings.Builder
	sb.Write(opf[:m[0][0]])
	sb.WriteString(`<meta property="dcterms:modified">` + b.date.Format("2006-01-02T15:04:05Z") + "</meta>")
	for i, c := range b.creators {
		id := "creator" + strconv.Itoa(i+1)
		sb.WriteString("\n    <dc:creator id=\"" + id + "\">" + escape(c) + "</dc:creator>")
		sb.WriteString("\n    <meta refines=\"#" + id + "\" property=\"role\" scheme=\"marc:relators\">aut</meta>")
	}
	if b.dated {
		sb.WriteString("\n    <dc:date>" + b.date.Format("2006-01-02T15:04:05Z") + "</dc:date>")
	}
	// A book of pages in several languages names them all, the book's
	// own (go-epub's dc:language) first.
	var langs []string
	for _, p := range b.parts {
		if p.lang != b.lang {
			langs = appendNew(langs, p.lang)
		}
	}
	for _, l := range langs {
		sb.WriteString("\n    <dc:language>" + escape(l) + "</dc:language>")
	}
	sb.Write(opf[m[0][1]:])
	return []byte(sb.String()), nil
}

var modifiedRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`<meta property="dcterms:modified">[^<]*</meta>`)
})

// replaceOnce replaces old in data with new, failing unless old occurs
// exactly once: a sign that go-epub's output is not what this package
// was written against.
func replaceOnce(data []byte, old, new string) ([]byte, error) {
	if n := bytes.Count(data, []byte(old)); n != 1 {
		return nil, fmt.Errorf("found %q %d times, want once", old, n)
	}
	return bytes.Replace(data, []byte(old), []byte(new), 1), nil
}

// unzip returns the regular files of a zip by name.
func unzip(raw []byte) (map[string][]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil, fmt.Errorf("epub: reading go-epub's output: %w", err)
	}
	files := make(map[string][]byte, len(zr.File))
	for _, f := range zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("epub: reading %s: %w", f.Name, err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("epub: reading %s: %w", f.Name, err)
		}
		files[f.Name] = data
	}
	return files, nil
}

// pack writes files as an EPUB container: the mimetype entry first and
// stored, then every other file in name order, compressed, all stamped
// with the book's date (1980 at the earliest, as zip cannot go earlier).
// A file with a function in made is what that function writes, not its
// bytes in files. The files are compressed in parallel: deflating CJK
// text is most of the cost of packing.
func (b *book) pack(out io.Writer, files map[string][]byte, made map[string]func(*bufio.Writer) error) error {
	when := b.date
	if when.Before(zipEpoch) {
		when = zipEpoch
	}
	if when.After(zipEnd) {
		when = zipEnd
	}
	names := make([]string, 0, len(files))
	for n := range files {
		if n != mimetype {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	writes := make([]func(*bufio.Writer) error, len(names))
	for i, n := range names {
		if f := made[n]; f != nil {
			writes[i] = f
			continue
		}
		data := files[n]
		writes[i] = func(w *bufio.Writer) error {
			_, err := w.Write(data)
			return err
		}
	}
	packed, err := deflateAll(names, writes)
	if err != nil {
		return err
	}
	date, clock := dosTime(when)
	zw := zip.NewWriter(out)
	// The MS-DOS fields alone carry the time: setting Modified would add
	// an extra field, which the mimetype entry must not have.
	w, err := zw.CreateHeader(&zip.FileHeader{Name: mimetype, Method: zip.Store, ModifiedDate: date, ModifiedTime: clock})
	if err == nil {
		_, err = io.WriteString(w, epubMedia)
	}
	if err != nil {
		return fmt.Errorf("epub: zip %s: %w", mimetype, err)
	}
	for i, n := range names {
		p := packed[i]
		w, err := zw.CreateRaw(&zip.FileHeader{
			Name: n, Method: zip.Deflate, ModifiedDate: date, ModifiedTime: clock,
			CreatorVersion: zipVersion20, ReaderVersion: zipVersion20, // as CreateHeader sets them
			CRC32: p.crc, UncompressedSize64: p.size,
			CompressedSize64: uint64(len(p.data)),
		})
		if err == nil {
			_, err = w.Write(p.data)
		}
		if err != nil {
			return fmt.Errorf("epub: zip %s: %w", n, err)
		}
		packed[i].data = nil
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("epub: zip: %w", err)
	}
	return nil
}

// packedFile is a file compressed for the zip, with its checksum and size.
type packedFile struct {
	data []byte
	crc  uint32
	size uint64
}

// measured passes writes on, keeping their checksum and length.
type measured struct {
	w    io.Writer
	crc  uint32
	size uint64
}

func (m *measured) Write(p []byte) (int, error) {
	m.crc = crc32.Update(m.crc, crc32.IEEETable, p)
	m.size += uint64(len(p))
	return m.w.Write(p)
}

// deflateAll compresses what writes[i] writes into the i-th result,
// spreading the files over one worker per CPU.
func deflateAll(names []string, writes []func(*bufio.Writer) error) ([]packedFile, error) {
	packed := make([]packedFile, len(names))
	errs := make([]error, len(names))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(names)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			fw, _ := flate.NewWriter(&buf, zipLevel) // a valid level: no error
			m := &measured{w: fw}
			bw := bufio.NewWriterSize(m, 32<<10)
			for i := range next {
				buf.Reset()
				fw.Reset(&buf)
				*m = measured{w: fw}
				bw.Reset(m)
				err := writes[i](bw)
				if err == nil {
					err = bw.Flush()
				}
				if err == nil {
					err = fw.Close()
				}
				packed[i], errs[i] = packedFile{data: bytes.Clone(buf.Bytes()), crc: m.crc, size: m.size}, err
			}
		}()
	}
	// The article files first: their markup is let go once packed, before
	// the navigation documents' packed bytes pile up.
	for i, n := range names {
		if strings.HasPrefix(n, xhtmlDir) {
			next <- i
		}
	}
	for i, n := range names {
		if !strings.HasPrefix(n, xhtmlDir) {
			next <- i
		}
	}
	close(next)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("epub: compress %s: %w", names[i], err)
		}
	}
	return packed, nil
}

// zipLevel is klauspost/compress's fastest level: on a 100-article book
// it takes two thirds of the time of level 5 (archive/zip's default) for
// a book 7% larger, and compressing is a third of the time of a book.
const zipLevel = 1

// zipVersion20 is the zip version a deflated entry needs (2.0), which
// CreateRaw, unlike CreateHeader, leaves for the caller to set.
const zipVersion20 = 20

// The first and last times a zip entry can carry (MS-DOS dates).
var (
	zipEpoch = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	zipEnd   = time.Date(2107, 12, 31, 23, 59, 58, 0, time.UTC)
)

// dosTime returns t as a zip entry's MS-DOS date and time (UTC, two-second
// resolution).
func dosTime(t time.Time) (date, clock uint16) {
	t = t.UTC()
	date = uint16(t.Day() + int(t.Month())<<5 + (t.Year()-1980)<<9)
	clock = uint16(t.Second()/2 + t.Minute()<<5 + t.Hour()<<11)
	return date, clock
}
