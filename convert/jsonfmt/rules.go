package jsonfmt

import (
	"fmt"
	"strings"

	"github.com/paiban/paiban/convert/doc"
)

// TreeError reports a tree that breaks the format's rules: Path locates the
// node or field in JSON terms (children[0].children[3].line), Msg says what
// is wrong. Read wraps it in a *doc.InputError; Write returns it wrapped.
type TreeError struct {
	Path string
	Msg  string
}

// Error formats the error as "path: message".
func (e *TreeError) Error() string { return e.Path + ": " + e.Msg }

// shape is what a node carries, as far as the rules care: both the parser
// (which sees which fields are present) and the writer's check (which sees
// which fields are non-empty) describe a node this way.
type shape struct {
	kind     doc.Kind
	text     bool
	children bool
	byline   bool // org, roles or names
	dateline bool // place or date
}

// ownProblem returns what is wrong with a node on its own, or "".
func ownProblem(s shape) string {
	switch {
	case !s.kind.Valid():
		return fmt.Sprintf("unknown type %q (known: %s)", s.kind, knownKinds())
	case s.kind == doc.KindDocument:
		return `a "document" cannot be nested inside another node`
	case s.kind.IsContainer() && s.text:
		return fmt.Sprintf(`"text" on %s: a container holds "children", not text`, an(s.kind))
	case !s.kind.IsContainer() && s.children:
		return fmt.Sprintf(`"children" on %s: a text node holds "text", not children`, an(s.kind))
	case s.byline && s.kind != doc.KindByline:
		return fmt.Sprintf(`"org", "roles" or "names" on %s: only bylines have them`, an(s.kind))
	case s.dateline && s.kind != doc.KindDateline:
		return fmt.Sprintf(`"place" or "date" on %s: only datelines have them`, an(s.kind))
	}
	return ""
}

// placeProblem returns what is wrong with a child of the given kind at
// position i inside parent, or "".
func placeProblem(parent, child doc.Kind, i int) string {
	switch {
	case parent == doc.KindDocument && child != doc.KindArticle:
		return fmt.Sprintf("the document holds articles, found %s", an(child))
	case parent != doc.KindDocument && child == doc.KindArticle:
		return fmt.Sprintf("an article cannot be nested inside %s", an(parent))
	case parent == doc.KindSection && i == 0 && child != doc.KindHeading:
		return fmt.Sprintf("a section must start with a heading, found %s", an(child))
	}
	return ""
}

// emptySectionProblem is the message for a section with no children.
const emptySectionProblem = "a section must start with a heading, found no children"

// an puts the indefinite article before a kind's name.
func an(k doc.Kind) string {
	if k != "" && strings.ContainsRune("aeiou", rune(k[0])) {
		return "an " + string(k)
	}
	return "a " + string(k)
}

func knownKinds() string {
	names := make([]string, 0, len(doc.Kinds))
	for _, k := range doc.Kinds {
		if k != doc.KindDocument {
			names = append(names, string(k))
		}
	}
	return strings.Join(names, ", ")
}

func validSeverity(s doc.Severity) bool {
	return s == doc.SeverityWarning || s == doc.SeverityError
}

// childPath returns the JSON path of child i under the node at path.
func childPath(path string, i int) string {
	if path == "" {
		return fmt.Sprintf("children[%d]", i)
	}
	return fmt.Sprintf("%s.children[%d]", path, i)
}

// fieldPath returns the JSON path of a field of the node at path.
func fieldPath(path, field string) string {
	if path == "" {
		return field
	}
	return path + "." + field
}

// check validates a tree before it is written, by the same rules Read
// applies, so that everything Write produces can be read back. Paths are
// built only for an error, from the stack of child indexes.
func check(d *doc.Document) error {
	for i, di := range d.Diagnostics {
		p := fmt.Sprintf("diagnostics[%d]", i)
		if !validSeverity(di.Severity) {
			return &TreeError{p + ".severity", fmt.Sprintf("severity %q: want %q or %q", di.Severity, doc.SeverityWarning, doc.SeverityError)}
		}
		if di.Line < 0 {
			return &TreeError{p + ".line", fmt.Sprintf("negative line %d", di.Line)}
		}
	}
	idx := make([]int, 1, 8)
	for i, a := range d.Articles {
		idx[0] = i
		if err := checkNode(a, doc.KindDocument, idx); err != nil {
			return err
		}
	}
	return nil
}

func indexPath(idx []int) string {
	p := ""
	for _, i := range idx {
		p = childPath(p, i)
	}
	return p
}

func checkNode(n *doc.Node, parent doc.Kind, idx []int) error {
	fail := func(msg string) error { return &TreeError{indexPath(idx), msg} }
	if n == nil {
		return fail("nil node")
	}
	if len(idx) > maxDepth {
		return fail(fmt.Sprintf("nodes nested deeper than %d levels", maxDepth))
	}
	s := shape{
		kind:     n.Kind,
		text:     n.Text != "",
		children: len(n.Children) > 0,
		byline:   n.Org != "" || len(n.Roles) > 0 || len(n.Names) > 0,
		dateline: n.Place != "" || n.Date != "",
	}
	if msg := ownProblem(s); msg != "" {
		return fail(msg)
	}
	if msg := placeProblem(parent, n.Kind, idx[len(idx)-1]); msg != "" {
		return fail(msg)
	}
	if n.Line < 0 {
		return &TreeError{fieldPath(indexPath(idx), "line"), fmt.Sprintf("negative line %d", n.Line)}
	}
	if n.Kind == doc.KindSection && len(n.Children) == 0 {
		return fail(emptySectionProblem)
	}
	idx = append(idx, 0)
	for j, c := range n.Children {
		idx[len(idx)-1] = j
		if err := checkNode(c, n.Kind, idx); err != nil {
			return err
		}
	}
	return nil
}
