package samples

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// generated lists the samples made from UTF-8, LF sources in src/, so that
// pages in legacy encodings, with CRLF line ends or a byte-order mark stay
// reproducible and editable. `go test ./samples -run TestGenerated -update`
// rewrites them; without -update the test checks they are up to date.
var generated = []struct {
	name string
	enc  encoding.Encoding // nil: UTF-8
	crlf bool
	bom  bool
}{
	{name: "gb18030-tech.txt", enc: simplifiedchinese.GB18030},
	{name: "big5-taipei.txt", enc: traditionalchinese.Big5},
	{name: "crlf-county.txt", crlf: true},
	{name: "ko-busan.txt", bom: true},
	{name: "crlf-benbao.txt", crlf: true},
	{name: "gb18030-county.txt", enc: simplifiedchinese.GB18030},
	{name: "big5-lantern.txt", enc: traditionalchinese.Big5},
	{name: "crlf-tw-benbao.txt", crlf: true},
	{name: "big5-hk-singtao.txt", enc: traditionalchinese.Big5},
	{name: "gb18030-jjrb.txt", enc: simplifiedchinese.GB18030},
}

func generate(src []byte, enc encoding.Encoding, crlf, bom bool) ([]byte, error) {
	s := string(src)
	if crlf {
		s = strings.ReplaceAll(s, "\n", "\r\n")
	}
	if bom {
		s = "\ufeff" + s
	}
	if enc == nil {
		return []byte(s), nil
	}
	// The encoder fails on a character the encoding lacks, rather than
	// writing a substitute that would make the sample lie.
	return enc.NewEncoder().Bytes([]byte(s))
}

func TestGenerated(t *testing.T) {
	for _, g := range generated {
		src, err := os.ReadFile(filepath.Join("src", g.name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := generate(src, g.enc, g.crlf, g.bom)
		if err != nil {
			t.Fatalf("%s: encode: %v", g.name, err)
		}
		if *update {
			if err := os.WriteFile(g.name, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(g.name)
		if err != nil {
			t.Fatalf("%v (go test ./samples -run TestGenerated -update makes it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is not what src/%s generates (go test ./samples -run TestGenerated -update)", g.name, g.name)
		}
		if g.enc != nil && bytes.Equal(got, src) {
			t.Errorf("%s: encoding changed nothing", g.name)
		}
	}
}
