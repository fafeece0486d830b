package convert_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/paiban/paiban/convert"
	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/layout"
	xhtml "golang.org/x/net/html"
)

// hostile returns the hostile inputs, generated here rather than
// committed: each must give a good result or a clear error through every
// writer, never a panic or a hang.
func hostile(short bool) []struct {
	name string
	data []byte
} {
	big := 5 << 20
	heads := 50000
	hashes := 100000
	if short {
		big, heads, hashes = 200<<10, 2000, 5000
	}
	var sb strings.Builder
	for i := range heads {
		fmt.Fprintf(&sb, "# 标题%d\n\n", i)
	}
	return []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"blank", []byte(" \n\t\n\u3000\n\r\n")},
		{"binary", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")},
		{"invalid UTF-8", []byte("# 标题\n\n正文\xff\xfe\xc3\x28第二句。\n")},
		{"NUL", []byte("# 标题\n\n正文\x00正文。\n")},
		{"5 MB single line", bytes.Repeat([]byte("长沙地铁开通运营，"), big/27)},
		{"50,000 headlines", []byte(sb.String())},
		{"100,000 #", bytes.Repeat([]byte("#"), hashes)},
		{"100,000 # lines", bytes.Repeat([]byte("#\n"), hashes/2)},
		{"deep brackets", []byte("# 标题\n\n" + strings.Repeat("（【「『", 5000) + "正文" + strings.Repeat("』」】）", 5000) + "。\n")},
		{"markup and entities", []byte("# <script>alert(1)</script> &amp; &lt;b&gt;\n\n正文<![CDATA[x]]> &#x4e2d; &nbsp; <img src=x onerror=alert(1)> \"引号\" 'a' ]]>。\n")},
		{"mixed CR and CRLF", []byte("湘江新区\r# 地铁通车\r\n\r\n本报讯 正文第一段，\r继续。\n\r\n第二段。\r")},
		{"only punctuation", []byte("。，、；：？！\n\n……——\n")},
		{"lone surrogates as UTF-16", []byte("\xff\xfe\x00\xd8\x41\x00")},
		// Issue 16: format characters have no ink (no font search in PDF),
		// a run of leading jamo is one grapheme cluster, an escape sequence
		// is binary.
		{"format characters", []byte("# 标题\u061c\n\n正文\u061c一\u180e二\u200b三\u2060四\ufeff五\u00ad六。\n")},
		{"leading jamo run", []byte("# 제목\n\n" + strings.Repeat("\u1100", 400) + "\u1161 끝.\n")},
		{"escape sequence", []byte("# 标题\n\n\x1b[2J\x1b]0;owned\x07正文。\n")},
	}
}

func TestHostileInputsThroughEveryWriter(t *testing.T) {
	reg := convert.Default()
	ctx := context.Background()
	for _, in := range hostile(testing.Short()) {
		t.Run(in.name, func(t *testing.T) {
			start := time.Now()
			d, err := reg.Read(ctx, bytes.NewReader(in.data), convert.Options{Name: "hostile.txt"})
			if err != nil {
				if !convert.IsInputError(err) || strings.TrimSpace(err.Error()) == "" {
					t.Fatalf("read: %v (%T): want a *doc.InputError with a message", err, err)
				}
				t.Logf("refused in %v: %v", time.Since(start), err)
				return
			}
			for _, f := range reg.Writable() {
				start := time.Now()
				out, err, ok := writeWithin(reg, d, f, hangLimit)
				if !ok {
					t.Errorf("%s: no result after %v: a hang, or far too slow", f, hangLimit)
					continue
				}
				if errors.Is(err, context.DeadlineExceeded) {
					t.Errorf("%s: not done after %v: far too slow", f, hangLimit)
					continue
				}
				if err != nil {
					var ie *doc.InputError
					if !errors.As(err, &ie) && strings.TrimSpace(err.Error()) == "" {
						t.Errorf("%s: error without a message", f)
					}
					t.Logf("%s: refused in %v: %v", f, time.Since(start), err)
					continue
				}
				if out.Len() == 0 {
					t.Errorf("%s: empty output without an error", f)
				}
				t.Logf("%s: %d bytes in %v", f, out.Len(), time.Since(start))
				if in.name == "markup and entities" {
					checkEscaped(t, f, out.Bytes())
				}
				if f == "txt" {
					checkWidth(t, out.String(), d.Lang)
				}
			}
		})
	}
}

// hangLimit is how long one write may take before the test calls it a
// hang. It is a hang detector, not a speed goal (issue 6's seconds are
// checked by benchmarks): the 5 MB line's PDF takes 8 s on a machine
// under load 7, several times that under load 25, so 60 s was not enough.
const hangLimit = 10 * time.Minute

// writeWithin writes d as format, giving up after limit. The context is
// cancelled then too, so a writer that honours it stops; one that does
// not runs on in the background until the test binary exits.
func writeWithin(reg *convert.Registry, d *doc.Document, format string, limit time.Duration) (*bytes.Buffer, error, bool) {
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	type res struct {
		out *bytes.Buffer
		err error
	}
	done := make(chan res, 1)
	go func() {
		var out bytes.Buffer
		err := reg.Write(ctx, &out, d, format, convert.Options{})
		done <- res{&out, err}
	}()
	select {
	case r := <-done:
		return r.out, r.err, true
	case <-time.After(limit + 5*time.Second):
		return nil, nil, false
	}
}

// checkEscaped makes sure markup in the text stays text: never a live
// element in EPUB or HTML (nor in ninjs' HTML body), and the same
// characters back from JSON and ninjs.
func checkEscaped(t *testing.T, format string, out []byte) {
	t.Helper()
	switch format {
	case "epub":
		zr, err := zip.NewReader(bytes.NewReader(out), int64(len(out)))
		if err != nil {
			t.Fatalf("epub: %v", err)
		}
		found := false
		for _, f := range zr.File {
			if !strings.HasSuffix(f.Name, "html") {
				continue
			}
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			s := string(b)
			if strings.Contains(s, "<script") || strings.Contains(s, "<img src=x") {
				t.Errorf("epub %s: markup from the text is live", f.Name)
			}
			if strings.Contains(s, "&lt;script&gt;") {
				found = true
			}
		}
		if !found {
			t.Error("epub: the escaped <script> text is missing")
		}
	case "html":
		root, err := xhtml.Parse(bytes.NewReader(out))
		if err != nil {
			t.Fatalf("html: %v", err)
		}
		var scripts, imgs int
		var h1 string
		var walk func(*xhtml.Node)
		walk = func(n *xhtml.Node) {
			if n.Type == xhtml.ElementNode {
				switch n.Data {
				case "script":
					scripts++
				case "img":
					imgs++
				case "h1":
					if h1 == "" {
						h1 = textContent(n) // (a long Latin run's marks sit in keep spans: markup.KeepAt)
					}
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(root)
		if scripts != 1 || imgs != 0 {
			t.Errorf("html: %d <script> (want the JSON-LD alone) and %d <img>: markup from the text is live", scripts, imgs)
		}
		if want := "<script>alert(1)</script> &amp; &lt;b&gt;"; h1 != want {
			t.Errorf("html: headline reads %q, want %q", h1, want)
		}
	case "ninjs":
		var p struct {
			Associations []struct {
				Headlines []struct{ Role, Value string }
				Bodies    []struct{ ContentType, Value string }
			}
		}
		if err := json.Unmarshal(out, &p); err != nil || len(p.Associations) != 1 {
			t.Fatalf("ninjs: %v, %d articles", err, len(p.Associations))
		}
		a := p.Associations[0]
		if len(a.Headlines) == 0 || a.Headlines[0].Value != "<script>alert(1)</script> &amp; &lt;b&gt;" {
			t.Errorf("ninjs: headlines %q lost their characters", a.Headlines)
		}
		for _, b := range a.Bodies {
			if b.ContentType == "text/html" && (strings.Contains(b.Value, "<img") || !strings.Contains(b.Value, "&lt;img src=x onerror=alert(1)&gt;")) {
				t.Errorf("ninjs: markup from the text is live in the HTML body: %s", b.Value)
			}
			if b.ContentType == "text/plain" && !strings.Contains(b.Value, "<img src=x onerror=alert(1)>") {
				t.Errorf("ninjs: the plain body lost characters: %s", b.Value)
			}
		}
	case "json":
		d, err := convert.Read(context.Background(), bytes.NewReader(out), convert.Options{From: "json"})
		if err != nil {
			t.Fatalf("json read back: %v", err)
		}
		if !strings.Contains(d.Title(), "<script>alert(1)</script> &amp; &lt;b&gt;") {
			t.Errorf("json: title %q lost its characters", d.Title())
		}
	}
}

// checkWidth makes sure no bulletin line is wider than the default 72
// columns, whatever the input (a run of leading jamo was one 800-column
// character).
func checkWidth(t *testing.T, out, lang string) {
	t.Helper()
	wide := strings.HasPrefix(lang, "zh") || lang == "ja" || lang == "ko"
	for i, line := range strings.Split(out, "\n") {
		cols := 0
		for _, r := range line {
			cols += layout.RuneColumns(r, wide)
		}
		if cols > 72 {
			t.Errorf("txt: line %d is %d columns wide: %.60q…", i+1, cols, line)
			return
		}
	}
}

// textContent returns the text of n and of every node below it, as a
// browser shows it.
func textContent(n *xhtml.Node) string {
	if n.Type == xhtml.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textContent(c))
	}
	return b.String()
}
