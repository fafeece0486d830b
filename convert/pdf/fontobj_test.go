package pdf

import (
	"bytes"
	"compress/zlib"
	"context"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/internal/testdoc"
	"github.com/paiban/paiban/internal/testtool"
)

// pdfObject returns the text of object n of pdf up to its endobj, found
// through the cross-reference table.
func pdfObject(t *testing.T, pdf []byte, n int) []byte {
	t.Helper()
	k := bytes.LastIndex(pdf, []byte("startxref\n"))
	x, _ := strconv.Atoi(strings.TrimSpace(string(pdf[k+len("startxref\n") : len(pdf)-len("%%EOF\n")])))
	p := bytes.IndexByte(pdf[x+len("xref\n"):], '\n') + x + len("xref\n") + 1
	o, err := strconv.Atoi(string(pdf[p+20*n : p+20*n+10]))
	if err != nil {
		t.Fatalf("xref entry %d: %v", n, err)
	}
	if !bytes.HasPrefix(pdf[o:], []byte(strconv.Itoa(n)+" 0 obj\n")) {
		t.Fatalf("object %d is not at its xref offset %d", n, o)
	}
	e := bytes.Index(pdf[o:], []byte("endobj\n"))
	return pdf[o : o+e]
}

// ref reads the object number after key in obj ("/Key n 0 R").
func ref(t *testing.T, obj []byte, key string) int {
	t.Helper()
	m := regexp.MustCompile(`/` + key + ` \[?(\d+) 0 R`).FindSubmatch(obj)
	if m == nil {
		t.Fatalf("no %s in %q", key, obj)
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

// streamData returns a stream object's data, inflated.
func streamData(t *testing.T, obj []byte) []byte {
	t.Helper()
	s := bytes.Index(obj, []byte(">>\nstream\n")) + len(">>\nstream\n")
	e := bytes.LastIndex(obj, []byte("\nendstream"))
	zr, err := zlib.NewReader(bytes.NewReader(obj[s:e]))
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestFontObjects reads back every font the writer embeds for a sample,
// horizontal and vertical: the resource dictionary names each; its CID
// font's CIDToGIDMap sends every code to the glyph the embedded subset's
// own cmap gives that character; its widths are the face's; its
// descriptor's ascent and descent are the largest of all the fonts (see
// fontWriter.write for why).
func TestFontObjects(t *testing.T) {
	d := testdoc.Read(t, testtool.RepoRoot()+"/samples/ja-kobe-jazz.txt")
	for _, vertical := range []bool{false, true} {
		out, _ := writePDF(t, d, WithVertical(vertical))
		res := pdfObject(t, out, 2)
		fontRefs := regexp.MustCompile(`/F(\w+) (\d+) 0 R`).FindAllSubmatch(res, -1)
		if len(fontRefs) < 2 {
			t.Fatalf("vertical=%v: %d fonts in the resources %q; want body and heading at least", vertical, len(fontRefs), res)
		}
		var ascents, descents []string
		encodings := map[string]bool{}
		for _, fr := range fontRefs {
			n, _ := strconv.Atoi(string(fr[2]))
			t0 := pdfObject(t, out, n)
			encodings[string(regexp.MustCompile(`/Encoding /(\S+)`).FindSubmatch(t0)[1])] = true
			cid := pdfObject(t, out, ref(t, t0, "DescendantFonts"))
			desc := pdfObject(t, out, ref(t, cid, "FontDescriptor"))
			ascents = append(ascents, string(regexp.MustCompile(`/Ascent (-?\d+)`).FindSubmatch(desc)[1]))
			descents = append(descents, string(regexp.MustCompile(`/Descent (-?\d+)`).FindSubmatch(desc)[1]))
			file := streamData(t, pdfObject(t, out, ref(t, desc, "FontFile2")))
			sub, err := fonts.Parse(file, "subset")
			if err != nil {
				t.Fatalf("FontFile2 of %s: %v", fr[1], err)
			}
			gids := streamData(t, pdfObject(t, out, ref(t, cid, "CIDToGIDMap")))
			if len(gids) != 2<<16 {
				t.Fatalf("CIDToGIDMap of %s: %d bytes; want %d", fr[1], len(gids), 2<<16)
			}
			// The subset's own cmap maps each of its characters to its
			// glyph: the map must agree, and send nothing else anywhere.
			covered := 0
			for r := range rune(0x10000) {
				got := uint16(gids[2*r])<<8 | uint16(gids[2*r+1])
				if want := sub.GlyphIndex(r); got != want {
					t.Fatalf("font %s: CIDToGIDMap[%04X] = %d; the subset's cmap says %d", fr[1], r, got, want)
				}
				if got != 0 {
					covered++
				}
			}
			if covered < 20 {
				t.Fatalf("font %s maps %d characters", fr[1], covered)
			}
			// Widths: every code in /W has the subset's advance.
			w := regexp.MustCompile(`/W \[([^\]]*(\][^\]]*)*)\]\n`).FindSubmatch(cid)
			if w == nil {
				t.Fatalf("no /W in %q", cid)
			}
			checkWidths(t, string(w[1]), sub)
		}
		for _, v := range [][]string{ascents, descents} {
			for _, x := range v {
				if x != v[0] {
					t.Errorf("vertical=%v: ascents %v, descents %v: want one of each for all fonts", vertical, ascents, descents)
				}
			}
		}
		if vertical != encodings["Identity-V"] {
			t.Errorf("vertical=%v: encodings %v", vertical, encodings)
		}
	}
}

// checkWidths checks /W entries of the form "first [w1 w2 …]" against f.
func checkWidths(t *testing.T, w string, f *fonts.Face) {
	t.Helper()
	n := 0
	for _, m := range regexp.MustCompile(`(\d+) \[([\d ]+)\]`).FindAllStringSubmatch(w, -1) {
		first, _ := strconv.Atoi(m[1])
		for i, s := range strings.Fields(m[2]) {
			got, _ := strconv.Atoi(s)
			if want := f.Width(rune(first + i)); got != want {
				t.Errorf("width of U+%04X: %d; the font's is %d", first+i, got, want)
			}
			n++
		}
	}
	if n == 0 && strings.TrimSpace(w) != "" {
		t.Errorf("unreadable /W %q", w)
	}
}

// TestCacheShared writes documents from several goroutines through Writers
// sharing one Cache, as a batch does, and wants each document's bytes to
// be those it has written alone: the cache holds nothing one document
// leaves for another to see.
func TestCacheShared(t *testing.T) {
	var docs []*doc.Document
	for _, name := range []string{"metro-line4", "ja-kobe-jazz", "ko-busan", "commentary"} {
		docs = append(docs, testdoc.Read(t, testtool.RepoRoot()+"/samples/"+name+".txt"))
	}
	want := make([][]byte, len(docs))
	for i, d := range docs {
		want[i], _ = writePDF(t, d)
	}
	c := NewCache()
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(docs))
	for range 4 {
		for i, d := range docs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var buf bytes.Buffer
				if err := New(WithCache(c)).Write(context.Background(), &buf, d); err != nil {
					errs <- err.Error()
					return
				}
				if !bytes.Equal(buf.Bytes(), want[i]) {
					errs <- "document " + strconv.Itoa(i) + " differs with a shared cache"
				}
			}()
		}
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
