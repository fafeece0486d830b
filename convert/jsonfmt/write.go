package jsonfmt

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/paiban/paiban/convert/doc"
)

// flushAt is the buffer size at which the encoder hands bytes to the
// destination, so memory stays bounded on large documents.
const flushAt = 64 << 10

// Write renders d as indented JSON (or compact, with WithCompact) followed
// by a newline. It refuses a tree that Read would refuse, with a *TreeError.
func (w *Writer) Write(ctx context.Context, out io.Writer, d *doc.Document) error {
	return w.write(ctx, out, d, w.compact)
}

// WriteLine renders d as one line of compact JSON followed by a newline: a
// record of a JSON Lines stream, as ReadLines reads it.
func (w *Writer) WriteLine(ctx context.Context, out io.Writer, d *doc.Document) error {
	return w.write(ctx, out, d, true)
}

func (w *Writer) write(ctx context.Context, out io.Writer, d *doc.Document, compact bool) error {
	if d == nil {
		return errors.New("jsonfmt: nil document")
	}
	if !w.trusted {
		if err := d.Validate(); err != nil {
			return fmt.Errorf("jsonfmt: invalid tree: %w", err)
		}
	}
	// Room for a flush's worth and the article that crosses it: growing
	// from small would copy, and leave behind, every smaller buffer.
	e := &encoder{out: out, compact: compact, buf: make([]byte, 0, flushAt+flushAt/4)}
	if err := e.document(ctx, d); err != nil {
		return err
	}
	e.buf = append(e.buf, '\n')
	e.flush()
	if e.err != nil {
		return fmt.Errorf("jsonfmt: %w", e.err)
	}
	return nil
}

// encoder appends JSON to buf in the exact layout encoding/json's
// MarshalIndent(v, "", "  ") (or Marshal) gives for the same fields with
// HTML escaping off, so standard tools re-indenting it change nothing.
type encoder struct {
	out     io.Writer
	buf     []byte
	compact bool
	err     error
}

func (e *encoder) flush() {
	if e.err == nil && len(e.buf) > 0 {
		_, e.err = e.out.Write(e.buf)
	}
	e.buf = e.buf[:0]
}

func (e *encoder) newline(depth int) {
	if e.compact {
		return
	}
	if n := 1 + 2*depth; n <= len(indents) {
		e.buf = append(e.buf, indents[:n]...)
		return
	}
	e.buf = append(e.buf, '\n')
	for range depth {
		e.buf = append(e.buf, "  "...)
	}
}

// indents is a newline and the indentation of the deepest common level:
// one append instead of one per level.
const indents = "\n" + "                                                                "

// object writes one JSON object's fields at an indentation depth.
type object struct {
	e     *encoder
	depth int
	n     int
}

func (e *encoder) beginObject(depth int) object {
	e.buf = append(e.buf, '{')
	return object{e: e, depth: depth}
}

func (o *object) key(k string) {
	e := o.e
	if o.n > 0 {
		e.buf = append(e.buf, ',')
	}
	o.n++
	e.newline(o.depth + 1)
	e.buf = append(e.buf, '"')
	e.buf = append(e.buf, k...)
	e.buf = append(e.buf, '"', ':')
	if !e.compact {
		e.buf = append(e.buf, ' ')
	}
}

func (o *object) str(k, v string) {
	if v == "" {
		return
	}
	o.key(k)
	o.e.buf = appendString(o.e.buf, v)
}

func (o *object) int(k string, v int) {
	if v == 0 {
		return
	}
	o.key(k)
	o.e.buf = strconv.AppendInt(o.e.buf, int64(v), 10)
}

// text is str for the text fields of nodes, which doc.Document.Validate
// has checked (Write runs it unless the caller has, see
// WithValidatedTrees): see appendText.
func (o *object) text(k, v string) {
	if v == "" {
		return
	}
	o.key(k)
	o.e.buf = appendText(o.e.buf, v)
}

// texts writes a list of text fields (see text).
func (o *object) texts(k string, vs []string) {
	if len(vs) == 0 {
		return
	}
	o.key(k)
	e := o.e
	e.buf = append(e.buf, '[')
	for i, v := range vs {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.newline(o.depth + 2)
		e.buf = appendText(e.buf, v)
	}
	e.newline(o.depth + 1)
	e.buf = append(e.buf, ']')
}

func (o *object) end() {
	if o.n > 0 {
		o.e.newline(o.depth)
	}
	o.e.buf = append(o.e.buf, '}')
}

func (e *encoder) document(ctx context.Context, d *doc.Document) error {
	o := e.beginObject(0)
	o.str("type", string(doc.KindDocument))
	o.key("version")
	e.buf = strconv.AppendInt(e.buf, doc.Version, 10)
	o.str("lang", d.Lang)
	if d.Source.Name != "" || d.Source.Encoding != "" {
		o.key("source")
		s := e.beginObject(1)
		s.str("name", d.Source.Name)
		s.str("encoding", d.Source.Encoding)
		s.end()
	}
	if len(d.Articles) > 0 {
		o.key("children")
		e.buf = append(e.buf, '[')
		for i, a := range d.Articles {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("jsonfmt: %w", err)
			}
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			e.newline(2)
			e.node(a, 2)
			if len(e.buf) >= flushAt {
				e.flush()
			}
		}
		e.newline(1)
		e.buf = append(e.buf, ']')
	}
	if len(d.Diagnostics) > 0 {
		o.key("diagnostics")
		e.buf = append(e.buf, '[')
		for i, di := range d.Diagnostics {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			e.newline(2)
			g := e.beginObject(2)
			g.int("line", di.Line)
			g.str("severity", string(di.Severity))
			g.str("message", di.Message)
			g.end()
			if len(e.buf) >= flushAt {
				e.flush()
			}
		}
		e.newline(1)
		e.buf = append(e.buf, ']')
	}
	o.end()
	return nil
}

// node writes n; the field order here is the format's field order.
func (e *encoder) node(n *doc.Node, depth int) {
	o := e.beginObject(depth)
	o.text("type", string(n.Kind))
	o.text("text", n.Text)
	o.int("line", n.Line)
	o.text("org", n.Org)
	o.texts("roles", n.Roles)
	o.texts("names", n.Names)
	o.text("place", n.Place)
	o.text("date", n.Date)
	if n.Furniture {
		o.key("furniture")
		e.buf = append(e.buf, "true"...)
	}
	if n.Row {
		o.key("row")
		e.buf = append(e.buf, "true"...)
	}
	if len(n.Children) > 0 {
		o.key("children")
		e.buf = append(e.buf, '[')
		for i, c := range n.Children {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			e.newline(depth + 2)
			e.node(c, depth+2)
		}
		e.newline(depth + 1)
		e.buf = append(e.buf, ']')
	}
	o.end()
}

const hex = "0123456789abcdef"

// appendString appends s as a JSON string the way encoding/json does with
// HTML escaping off: CJK and <>& stay as they are; quotes, backslashes and
// control characters are escaped; U+2028 and U+2029 are escaped so the
// output is also valid JavaScript; invalid UTF-8 becomes \ufffd.
func appendString(b []byte, s string) []byte {
	if !utf8.ValidString(s) {
		return appendInvalid(b, s)
	}
	// Valid UTF-8: only ASCII bytes and the E2 80 A8/A9 of U+2028/U+2029
	// need a look, so multi-byte characters (all of CJK) are not decoded.
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		// Skip eight bytes at a time while none of them needs a look.
		for i+8 <= len(s) && !mayEscape(load64(s, i)) {
			i += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c != 0xe2 {
			continue
		}
		if c == 0xe2 {
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xa8 || s[i+2] == 0xa9) {
				b = append(b, s[start:i]...)
				b = append(b, '\\', 'u', '2', '0', '2', hex[s[i+2]-0xa0])
				i += 2
				start = i + 1
			}
			continue
		}
		b = append(b, s[start:i]...)
		b = appendEscape(b, c)
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendText is appendString for the text of a valid tree
// (doc.TextProblem): UTF-8, with no control character but tab, vertical
// tab and form feed, and no U+2028 or U+2029. So only quotes, backslashes
// and those three need a look; the curly quotes and dashes of Chinese
// text (E2 80 xx, as U+2028 is) pass at full speed.
func appendText(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		for i+8 <= len(s) && !mayEscapeText(load64(s, i)) {
			i += 8
		}
		if i >= len(s) {
			break
		}
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' {
			b = append(b, s[start:i]...)
			b = appendEscape(b, c)
			start = i + 1
		}
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// load64 returns s[i:i+8] as a little-endian word.
func load64(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// mayEscape reports whether any byte of x is below 0x20, a quote, a
// backslash or 0xE2 (which starts U+2028 and U+2029), by the usual
// bit tricks for finding a byte in a word: exact for "any".
func mayEscape(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	zero := func(v uint64) uint64 { return (v - ones) &^ v & highs }
	return (x-ones*0x20)&^x&highs|zero(x^(ones*'"'))|zero(x^(ones*'\\'))|zero(x^(ones*0xe2)) != 0
}

// mayEscapeText is mayEscape without 0xE2, for appendText.
func mayEscapeText(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	zero := func(v uint64) uint64 { return (v - ones) &^ v & highs }
	return (x-ones*0x20)&^x&highs|zero(x^(ones*'"'))|zero(x^(ones*'\\')) != 0
}

// appendEscape appends the escape of an ASCII byte JSON cannot hold as is.
func appendEscape(b []byte, c byte) []byte {
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	}
	return append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
}

// appendInvalid is appendString for text that is not valid UTF-8, which
// the reader never produces but a tree built by hand may hold.
func appendInvalid(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			b = appendEscape(b, c)
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
