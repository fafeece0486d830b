package jsonfmt

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/paiban/paiban/convert/doc"
)

// parseError is a failure at a byte offset of the input.
type parseError struct {
	off int64
	err error
}

func (e *parseError) Error() string { return e.err.Error() }
func (e *parseError) Unwrap() error { return e.err }

// parser walks the token stream once, checking types and rules as it goes,
// so that every error knows both its JSON path and its input offset.
type parser struct {
	dec  *json.Decoder
	data []byte
	last int64 // where the last token read starts
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// parse reads exactly one document from data.
func parse(data []byte) (*doc.Document, error) {
	data = bytes.TrimPrefix(data, utf8BOM) // offsets shift by 3 bytes at most; lines do not
	t := bytes.TrimLeft(data, " \t\r\n")
	if len(t) == 0 || len(bytes.TrimSpace(t)) == 0 {
		return nil, &parseError{0, errors.New("empty input: no JSON document")}
	}
	// A NUL byte is never in JSON text (it must be escaped): near the
	// start, with or without a BOM, it is UTF-16, which the decoder would
	// report as an invalid character.
	if head := t[:min(len(t), 64)]; bytes.HasPrefix(t, []byte{0xFF, 0xFE}) || bytes.HasPrefix(t, []byte{0xFE, 0xFF}) || bytes.IndexByte(head, 0) >= 0 {
		return nil, &parseError{0, errors.New("not UTF-8: this looks like UTF-16; JSON files must be UTF-8")}
	}
	if !strings.ContainsRune("{[\"-0123456789tfn", rune(t[0])) {
		// Say what was found as a character, not as the byte the JSON
		// scanner would quote, which is unreadable for CJK text.
		r, _ := utf8.DecodeRune(t)
		return nil, &parseError{int64(len(data) - len(t)), fmt.Errorf("not JSON: want \"{\" at the start, found %q", string(r))}
	}
	if off := invalidUTF8(data); off >= 0 {
		return nil, errNotUTF8(data, off)
	}
	p := &parser{dec: json.NewDecoder(bytes.NewReader(data)), data: data}
	p.dec.UseNumber()
	d, err := p.document()
	if err != nil {
		return nil, err
	}
	off := p.dec.InputOffset()
	if _, err := p.dec.Token(); err != io.EOF {
		return nil, &parseError{off, errors.New("unexpected data after the document (one document per input; for JSON Lines, read the input as a stream of lines)")}
	}
	return d, nil
}

// here returns the offset of the next token: the decoder's offset moved
// past the separators it has not consumed yet, so a node's error points at
// its own line rather than the end of the previous one.
func (p *parser) here() int64 {
	off := p.dec.InputOffset()
	for off < int64(len(p.data)) {
		switch p.data[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
			continue
		}
		break
	}
	return off
}

func (p *parser) fail(path, format string, args ...any) error {
	return &parseError{p.last, &TreeError{Path: path, Msg: fmt.Sprintf(format, args...)}}
}

func (p *parser) failAt(off int64, path, format string, args ...any) error {
	return &parseError{off, &TreeError{Path: path, Msg: fmt.Sprintf(format, args...)}}
}

// token returns the next token, turning the decoder's errors into ours.
func (p *parser) token() (json.Token, error) {
	off := p.here()
	p.last = off
	t, err := p.dec.Token()
	if err == nil {
		return t, nil
	}
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		return nil, &parseError{se.Offset, fmt.Errorf("not valid JSON: %v", se)}
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		return nil, &parseError{off, errors.New("unexpected end of input: the JSON is truncated")}
	}
	return nil, &parseError{off, fmt.Errorf("not valid JSON: %w", err)}
}

// describe names a token's JSON type for messages.
func describe(t json.Token) string {
	switch v := t.(type) {
	case json.Delim:
		switch v {
		case '{':
			return "an object"
		case '[':
			return "an array"
		}
		return fmt.Sprintf("%q", string(v))
	case string:
		return fmt.Sprintf("the string %q", v)
	case json.Number:
		return "the number " + v.String()
	case bool:
		return fmt.Sprintf("%t", v)
	case nil:
		return "null"
	}
	return fmt.Sprintf("%v", t)
}

func (p *parser) beginObject(path string) error {
	t, err := p.token()
	if err != nil {
		return err
	}
	if t != json.Delim('{') {
		what := path
		if what == "" {
			what = "the document"
		}
		return p.fail(path, "%s must be an object, found %s", what, describe(t))
	}
	return nil
}

// key returns the next key of an object, or ok=false at its end.
func (p *parser) key(path string, seen map[string]bool) (string, bool, error) {
	if !p.dec.More() {
		_, err := p.token() // the closing brace
		return "", false, err
	}
	t, err := p.token()
	if err != nil {
		return "", false, err
	}
	k, _ := t.(string)
	if seen[k] {
		return "", false, p.fail(fieldPath(path, k), "duplicate field %q", k)
	}
	seen[k] = true
	return k, true, nil
}

func (p *parser) str(path string) (string, error) {
	t, err := p.token()
	if err != nil {
		return "", err
	}
	s, ok := t.(string)
	if !ok {
		return "", p.fail(path, "want a string, found %s", describe(t))
	}
	if strings.ContainsRune(s, utf8.RuneError) {
		// encoding/json decodes a lone surrogate escape as U+FFFD: say so,
		// rather than lose the character silently.
		if esc := loneSurrogate(p.data[p.last:p.dec.InputOffset()]); esc != "" {
			return "", p.fail(path, "%s is half of a UTF-16 surrogate pair, not a character", esc)
		}
	}
	return s, nil
}

// boolean reads true or false.
func (p *parser) boolean(path string) (bool, error) {
	t, err := p.token()
	if err != nil {
		return false, err
	}
	b, ok := t.(bool)
	if !ok {
		return false, p.fail(path, "want true or false, found %s", describe(t))
	}
	return b, nil
}

// nonNegInt reads a non-negative integer that fits an int.
func (p *parser) nonNegInt(path string) (int, error) {
	t, err := p.token()
	if err != nil {
		return 0, err
	}
	n, ok := t.(json.Number)
	if !ok {
		return 0, p.fail(path, "want an integer, found %s", describe(t))
	}
	v, err := strconv.ParseInt(n.String(), 10, 0)
	if err != nil || v < 0 {
		return 0, p.fail(path, "want a non-negative integer, found %s", n)
	}
	return int(v), nil
}

// array calls each for every element of a JSON array at path.
func (p *parser) array(path string, each func(i int, path string) error) error {
	t, err := p.token()
	if err != nil {
		return err
	}
	if t != json.Delim('[') {
		return p.fail(path, "want an array, found %s", describe(t))
	}
	for i := 0; p.dec.More(); i++ {
		if err := each(i, fmt.Sprintf("%s[%d]", path, i)); err != nil {
			return err
		}
	}
	_, err = p.token() // the closing bracket
	return err
}

// text reads a string that is a node's text or field, which holds no line
// breaks or control characters (doc.TextProblem).
func (p *parser) text(path string) (string, error) {
	s, err := p.str(path)
	if err != nil {
		return "", err
	}
	if msg := doc.TextProblem(s); msg != "" {
		return "", p.fail(path, "%s", msg)
	}
	return s, nil
}

// texts reads an array of text strings.
func (p *parser) texts(path string) ([]string, error) {
	var out []string
	err := p.array(path, func(_ int, ep string) error {
		s, err := p.text(ep)
		out = append(out, s)
		return err
	})
	return out, err
}

func (p *parser) document() (*doc.Document, error) {
	start := p.here()
	if err := p.beginObject(""); err != nil {
		return nil, err
	}
	d := &doc.Document{}
	seen := map[string]bool{}
	var offs []int64
	for {
		k, ok, err := p.key("", seen)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		switch k {
		case "type":
			s, err := p.str("type")
			if err != nil {
				return nil, err
			}
			if s != string(doc.KindDocument) {
				return nil, p.fail("type", "the top level must have type %q, found %q", doc.KindDocument, s)
			}
		case "version":
			t, err := p.token()
			if err != nil {
				return nil, err
			}
			n, ok := t.(json.Number)
			switch {
			case !ok:
				return nil, p.fail("version", "want the number %d, found %s", doc.Version, describe(t))
			case n.String() != strconv.Itoa(doc.Version):
				return nil, p.fail("version", "unsupported version %s: this reader knows version %d", n, doc.Version)
			}
		case "lang":
			if d.Lang, err = p.str("lang"); err != nil {
				return nil, err
			}
			if msg := LangProblem(d.Lang); msg != "" {
				return nil, p.fail("lang", "%s", msg)
			}
		case "source":
			if err := p.source(&d.Source); err != nil {
				return nil, err
			}
		case "children":
			err = p.array("children", func(i int, path string) error {
				offs = append(offs, p.here())
				n, err := p.node(path, 1)
				d.Articles = append(d.Articles, n)
				return err
			})
			if err != nil {
				return nil, err
			}
		case "diagnostics":
			err = p.array("diagnostics", func(i int, path string) error {
				di, err := p.diagnostic(path)
				d.Diagnostics = append(d.Diagnostics, di)
				return err
			})
			if err != nil {
				return nil, err
			}
		default:
			return nil, p.fail(k, "unknown field %q in the document", k)
		}
	}
	switch {
	case !seen["type"]:
		return nil, p.failAt(start, "type", `missing "type": the top level must have type "document"`)
	case !seen["version"]:
		return nil, p.failAt(start, "version", `missing "version": want %d`, doc.Version)
	}
	for i, a := range d.Articles {
		if msg := doc.PlaceProblem(doc.KindDocument, a.Kind, i); msg != "" {
			return nil, p.failAt(offs[i], childPath("", i), "%s", msg)
		}
	}
	return d, nil
}

func (p *parser) source(s *doc.Source) error {
	if err := p.beginObject("source"); err != nil {
		return err
	}
	seen := map[string]bool{}
	for {
		k, ok, err := p.key("source", seen)
		if err != nil || !ok {
			return err
		}
		switch k {
		case "name":
			s.Name, err = p.str("source.name")
		case "encoding":
			s.Encoding, err = p.str("source.encoding")
		default:
			err = p.fail("source."+k, "unknown field %q in source", k)
		}
		if err != nil {
			return err
		}
	}
}

func (p *parser) diagnostic(path string) (doc.Diagnostic, error) {
	var di doc.Diagnostic
	start := p.here()
	if err := p.beginObject(path); err != nil {
		return di, err
	}
	seen := map[string]bool{}
	for {
		k, ok, err := p.key(path, seen)
		if err != nil {
			return di, err
		}
		if !ok {
			break
		}
		fp := fieldPath(path, k)
		switch k {
		case "line":
			di.Line, err = p.nonNegInt(fp)
		case "severity":
			var s string
			s, err = p.str(fp)
			di.Severity = doc.Severity(s)
			if err == nil && !validSeverity(di.Severity) {
				err = p.fail(fp, "unknown severity %q: want %q or %q", s, doc.SeverityWarning, doc.SeverityError)
			}
		case "message":
			di.Message, err = p.str(fp)
		default:
			err = p.fail(fp, "unknown field %q in a diagnostic", k)
		}
		if err != nil {
			return di, err
		}
	}
	if !seen["severity"] {
		return di, p.failAt(start, path, `missing "severity"`)
	}
	return di, nil
}

// node reads one node object at path; depth counts node levels from the
// document's children (1).
func (p *parser) node(path string, depth int) (*doc.Node, error) {
	start := p.here()
	if depth > maxDepth {
		return nil, p.failAt(start, path, "nodes nested deeper than %d levels", maxDepth)
	}
	if err := p.beginObject(path); err != nil {
		return nil, err
	}
	n := &doc.Node{}
	seen := map[string]bool{}
	var offs []int64
	var textOff int64 // where "text" starts, checked once the kind is known
	for {
		k, ok, err := p.key(path, seen)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		fp := fieldPath(path, k)
		switch k {
		case "type":
			var s string
			s, err = p.str(fp)
			n.Kind = doc.Kind(s)
		case "text":
			// Checked below: a verse's text holds its lines
			// (doc.KindTextProblem), and "type" may come after it.
			textOff = p.here()
			n.Text, err = p.str(fp)
		case "line":
			n.Line, err = p.nonNegInt(fp)
		case "org":
			n.Org, err = p.text(fp)
		case "roles":
			n.Roles, err = p.texts(fp)
		case "names":
			n.Names, err = p.texts(fp)
		case "place":
			n.Place, err = p.text(fp)
		case "date":
			n.Date, err = p.text(fp)
		case "furniture":
			n.Furniture, err = p.boolean(fp)
		case "row":
			n.Row, err = p.boolean(fp)
		case "children":
			err = p.array(fp, func(i int, cp string) error {
				offs = append(offs, p.here())
				c, err := p.node(cp, depth+1)
				n.Children = append(n.Children, c)
				return err
			})
		default:
			err = p.fail(fp, "unknown field %q in a node", k)
		}
		if err != nil {
			return nil, err
		}
	}
	if !seen["type"] {
		return nil, p.failAt(start, path, `missing "type"`)
	}
	s := doc.Shape{
		Kind:     n.Kind,
		Text:     seen["text"],
		Children: seen["children"],
		Byline:   seen["org"] || seen["roles"] || seen["names"],
		Dateline: seen["place"] || seen["date"],

		Furniture: n.Furniture,
		Row:       n.Row,
	}
	if msg := s.Problem(); msg != "" {
		return nil, p.failAt(start, path, "%s", msg)
	}
	if msg := doc.KindTextProblem(n.Kind, n.Text); seen["text"] && msg != "" {
		return nil, p.failAt(textOff, fieldPath(path, "text"), "%s", msg)
	}
	if n.Kind == doc.KindSection && len(n.Children) == 0 {
		return nil, p.failAt(start, path, "%s", doc.EmptySectionProblem)
	}
	for i, c := range n.Children {
		if msg := doc.PlaceProblem(n.Kind, c.Kind, i); msg != "" {
			return nil, p.failAt(offs[i], childPath(path, i), "%s", msg)
		}
	}
	return n, nil
}
