package doc

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxDepth bounds node nesting (article, sections within sections …), so
// that a hostile tree cannot make a writer recurse without end. Real pages
// need three levels.
const MaxDepth = 64

// TreeError reports a tree that breaks the tree's rules. Path locates the
// node or field in the terms of the JSON form
// (children[0].children[3].line), Msg says what is wrong.
type TreeError struct {
	Path string
	Msg  string
}

// Error formats the error as "path: message".
func (e *TreeError) Error() string {
	if e.Path == "" {
		return e.Msg
	}
	return e.Path + ": " + e.Msg
}

// Validate reports the first place where d breaks the tree's rules, as a
// *TreeError, or nil. Writers may assume a valid tree: no nil nodes, known
// kinds, text only on text nodes, children only on containers, articles
// only at the top, sections that start with a heading, byline and dateline
// fields only on their own kinds, no negative lines, known severities. These
// are the rules the JSON form is read by, so every valid tree round-trips.
func (d *Document) Validate() error {
	if d == nil {
		return &TreeError{Msg: "nil document"}
	}
	for i, di := range d.Diagnostics {
		p := "diagnostics[" + strconv.Itoa(i) + "]"
		if di.Severity != SeverityWarning && di.Severity != SeverityError {
			return &TreeError{p + ".severity", fmt.Sprintf("severity %q: want %q or %q", di.Severity, SeverityWarning, SeverityError)}
		}
		if di.Line < 0 {
			return &TreeError{p + ".line", fmt.Sprintf("negative line %d", di.Line)}
		}
	}
	idx := make([]int, 1, 8)
	for i, a := range d.Articles {
		idx[0] = i
		if err := validNode(a, KindDocument, idx); err != nil {
			return err
		}
	}
	return nil
}

// validNode checks n, the child at the path idx of a parent of kind parent,
// and everything below it. Paths are built only for an error.
func validNode(n *Node, parent Kind, idx []int) error {
	fail := func(msg string) error { return &TreeError{indexPath(idx), msg} }
	if n == nil {
		return fail("nil node")
	}
	if len(idx) > MaxDepth {
		return fail(fmt.Sprintf("nodes nested deeper than %d levels", MaxDepth))
	}
	if msg := ShapeOf(n).Problem(); msg != "" {
		return fail(msg)
	}
	if msg := PlaceProblem(parent, n.Kind, idx[len(idx)-1]); msg != "" {
		return fail(msg)
	}
	if n.Line < 0 {
		return &TreeError{indexPath(idx) + ".line", fmt.Sprintf("negative line %d", n.Line)}
	}
	if field, msg := textFieldsProblem(n); msg != "" {
		return &TreeError{indexPath(idx) + "." + field, msg}
	}
	if n.Kind == KindSection && len(n.Children) == 0 {
		return fail(EmptySectionProblem)
	}
	idx = append(idx, 0)
	for j, c := range n.Children {
		idx[len(idx)-1] = j
		if err := validNode(c, n.Kind, idx); err != nil {
			return err
		}
	}
	return nil
}

// indexPath is the JSON path of the node at idx: children[0].children[3].
func indexPath(idx []int) string {
	var b strings.Builder
	for i, x := range idx {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString("children[")
		b.WriteString(strconv.Itoa(x))
		b.WriteByte(']')
	}
	return b.String()
}

// Shape is what a node carries, as far as the tree's rules care. Validate
// takes it from a node's non-empty fields (ShapeOf); a reader that checks
// as it parses can describe the fields present in its input instead.
type Shape struct {
	Kind     Kind
	Text     bool
	Children bool
	Byline   bool // org, roles or names
	Dateline bool // place or date
	// Furniture is the furniture mark, which only noise carries.
	Furniture bool
	// Row is the table-row mark, which only paragraphs carry.
	Row bool
}

// ShapeOf describes n by its non-empty fields.
func ShapeOf(n *Node) Shape {
	return Shape{
		Kind:     n.Kind,
		Text:     n.Text != "",
		Children: len(n.Children) > 0,
		Byline:   n.Org != "" || len(n.Roles) > 0 || len(n.Names) > 0,
		Dateline: n.Place != "" || n.Date != "",

		Furniture: n.Furniture,
		Row:       n.Row,
	}
}

// Problem returns what is wrong with a node of shape s on its own, or "".
func (s Shape) Problem() string {
	switch {
	case !s.Kind.Valid():
		return fmt.Sprintf("unknown type %q (known: %s)", s.Kind, knownKinds())
	case s.Kind == KindDocument:
		return `a "document" cannot be nested inside another node`
	case s.Kind.IsContainer() && s.Text:
		return fmt.Sprintf(`"text" on %s: a container holds "children", not text`, an(s.Kind))
	case !s.Kind.IsContainer() && s.Children:
		return fmt.Sprintf(`"children" on %s: a text node holds "text", not children`, an(s.Kind))
	case s.Byline && s.Kind != KindByline && s.Kind != KindDateline:
		return fmt.Sprintf(`"org", "roles" or "names" on %s: only bylines and datelines have them`, an(s.Kind))
	case s.Dateline && s.Kind != KindDateline:
		return fmt.Sprintf(`"place" or "date" on %s: only datelines have them`, an(s.Kind))
	case s.Furniture && s.Kind != KindNoise:
		return fmt.Sprintf(`"furniture" on %s: only noise is page furniture`, an(s.Kind))
	case s.Row && s.Kind != KindParagraph:
		return fmt.Sprintf(`"row" on %s: only a paragraph is a table row`, an(s.Kind))
	}
	return ""
}

// PlaceProblem returns what is wrong with a child of kind child at
// position i inside a parent of kind parent, or "".
func PlaceProblem(parent, child Kind, i int) string {
	switch {
	case parent == KindDocument && child != KindArticle:
		return fmt.Sprintf("the document holds articles, found %s", an(child))
	case parent != KindDocument && child == KindArticle:
		return fmt.Sprintf("an article cannot be nested inside %s", an(parent))
	case parent == KindSection && i == 0 && child != KindHeading:
		return fmt.Sprintf("a section must start with a heading, found %s", an(child))
	}
	return ""
}

// EmptySectionProblem is what is wrong with a section with no children.
const EmptySectionProblem = "a section must start with a heading, found no children"

// an puts the indefinite article before a kind's name.
func an(k Kind) string {
	if k != "" && strings.ContainsRune("aeiou", rune(k[0])) {
		return "an " + string(k)
	}
	return "a " + string(k)
}

// knownKinds lists the kinds a node may have, for messages.
func knownKinds() string {
	names := make([]string, 0, len(Kinds))
	for _, k := range Kinds {
		if k != KindDocument {
			names = append(names, string(k))
		}
	}
	return strings.Join(names, ", ")
}

// TextProblem returns what is wrong with s as the text of a node or a
// byline or dateline field, or "": bytes that are not UTF-8 (no reader
// puts them in a tree, the JSON form cannot hold them, and a writer could
// only drop or replace them), a line break (the text of a node is one
// line of the tree; newstext would write it as two) or a control character
// other than tab, vertical tab and form feed (the text reader refuses them
// as binary data, so the tree could not be written as text and read back).
//
// Every tree's text passes through here before each write, and writers
// rely on it not to check UTF-8 again: ASCII is cleared eight bytes at a
// time, and three-byte characters (all of CJK) two at a time by a look at
// their lead bytes and one at their continuation bytes, without decoding
// them: the check and UTF-8 validation together take less time than
// utf8.ValidString alone.
func TextProblem(s string) string {
	i, n := 0, len(s)
	for i < n {
		c := s[i]
		if c < utf8.RuneSelf {
			if i+8 <= n && !asciiSuspect(load64(s, i)) {
				i += 8
				continue
			}
			if c < 0x20 || c == 0x7F {
				if msg := controlProblem(rune(c)); msg != "" {
					return msg
				}
			}
			i++
			continue
		}
		// Two three-byte characters at a time, while both lead bytes need
		// no more than continuation bytes and neither is U+2028 or U+2029
		// (E2 80 A8, E2 80 A9; the word is little-endian).
		for i+8 <= n {
			x := load64(s, i)
			if !plainLead3[byte(x)] || !plainLead3[byte(x>>24)] || x&0xC0C000C0C000 != 0x808000808000 ||
				x&0xFEFFFF == 0xA880E2 || x&0xFEFFFF000000 == 0xA880E2000000 {
				break
			}
			i += 6
		}
		if c = s[i]; c < utf8.RuneSelf {
			continue
		}
		if plainLead3[c] && i+2 < n && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			if c == 0xE2 && s[i+1] == 0x80 && s[i+2]&^1 == 0xA8 {
				return lineBreak(0x2000 + rune(s[i+2]-0x80))
			}
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return fmt.Sprintf("not UTF-8: byte 0x%02x is not part of a character", c)
		}
		if r <= 0x9F {
			if msg := controlProblem(r); msg != "" {
				return msg
			}
		}
		i += size
	}
	return ""
}

// KindTextProblem is TextProblem for the text of a node of kind k: a
// verse node's text is its stanza's lines joined by line feeds, each line
// non-empty and passing TextProblem (a blank line parts stanzas, which
// are nodes of their own); any other kind's text is one line.
func KindTextProblem(k Kind, s string) string {
	if k != KindVerse || strings.IndexByte(s, '\n') < 0 {
		return TextProblem(s)
	}
	for i, l := range strings.Split(s, "\n") {
		if l == "" {
			return fmt.Sprintf("empty line %d in a verse's text: a stanza's lines are joined by one line feed, and stanzas are nodes of their own", i+1)
		}
		if msg := TextProblem(l); msg != "" {
			return msg
		}
	}
	return ""
}

// controlProblem is TextProblem's verdict on a C0 or C1 control
// character or DEL.
func controlProblem(r rune) string {
	switch r {
	case '\t', '\v', '\f':
		return ""
	case '\n', '\r':
		return "line break in text: a node's text is one line (only a verse parts its lines with line feeds)"
	case 0x85:
		return lineBreak(r)
	}
	return fmt.Sprintf("control character U+%04X in text", r)
}

func lineBreak(r rune) string {
	return fmt.Sprintf("line break (U+%04X) in text: a node's text is one line", r)
}

// load64 returns s[i:i+8] as a little-endian word.
func load64(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// asciiSuspect reports whether the 8 bytes of x are not all ASCII other
// than C0 controls and DEL, by the usual bit tricks (exact for "any" once
// every byte is below 0x80).
func asciiSuspect(x uint64) bool {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	del := x ^ (lo * 0x7F)
	return (x|(x-lo*0x20)&^x|(del-lo)&^del)&hi != 0
}

// plainLead3 marks the lead bytes of three-byte characters whose
// continuation bytes may be any of 80–BF: all but E0 (overlong forms) and
// ED (surrogates).
var plainLead3 = [256]bool{
	0xE1: true, 0xE2: true, 0xE3: true, 0xE4: true, 0xE5: true, 0xE6: true, 0xE7: true,
	0xE8: true, 0xE9: true, 0xEA: true, 0xEB: true, 0xEC: true, 0xEE: true, 0xEF: true,
}

// textFieldsProblem applies TextProblem to every string field of n and
// returns the first failing field's JSON name and the problem.
func textFieldsProblem(n *Node) (field, msg string) {
	check := func(f, s string) bool {
		if m := TextProblem(s); m != "" {
			field, msg = f, m
			return true
		}
		return false
	}
	if m := KindTextProblem(n.Kind, n.Text); m != "" {
		return "text", m
	}
	if check("org", n.Org) || check("place", n.Place) || check("date", n.Date) {
		return field, msg
	}
	for i, r := range n.Roles {
		if check("roles["+strconv.Itoa(i)+"]", r) {
			return field, msg
		}
	}
	for i, nm := range n.Names {
		if check("names["+strconv.Itoa(i)+"]", nm) {
			return field, msg
		}
	}
	return "", ""
}
