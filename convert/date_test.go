package convert

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/paiban/paiban/internal/testtool"
)

// TestFixedDateAgrees: without --date the PDF and the EPUB of one page
// carry the same derived date, and it is not in the future.
func TestFixedDateAgrees(t *testing.T) {
	page := "# 地铁四号线北延段今日通车\n\n本报讯 今天上午，地铁四号线北延段正式通车。\n"
	ctx := context.Background()
	d, err := Read(ctx, strings.NewReader(page), Options{Name: "p.txt"})
	if err != nil {
		t.Fatal(err)
	}
	var pdfOut, epubOut bytes.Buffer
	if err := Write(ctx, &pdfOut, d, "pdf", Options{}); err != nil {
		t.Fatal(err)
	}
	if err := Write(ctx, &epubOut, d, "epub", Options{}); err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`/CreationDate \(D:(\d{8})`).FindSubmatch(pdfOut.Bytes())
	if m == nil {
		t.Fatal("no CreationDate in the PDF")
	}
	opf := testtool.ZipEntry(t, epubOut.Bytes(), ".opf")
	e := regexp.MustCompile(`dcterms:modified">(\d{4})-(\d\d)-(\d\d)T`).FindStringSubmatch(opf)
	if e == nil {
		t.Fatalf("no dcterms:modified in the OPF")
	}
	if got, want := e[1]+e[2]+e[3], string(m[1]); got != want {
		t.Errorf("EPUB dated %s, PDF %s", got, want)
	}
	if fd := d.FixedDate(); fd.After(time.Now()) || fd.Year() < 2000 || fd.Format("20060102") != string(m[1]) {
		t.Errorf("FixedDate %v (PDF %s)", fd, m[1])
	}
}
