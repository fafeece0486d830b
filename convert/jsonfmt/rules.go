package jsonfmt

import (
	"fmt"

	"github.com/paiban/paiban/convert/doc"
)

// TreeError reports a tree that breaks the format's rules, which are the
// tree's own (doc.Document.Validate): Path locates the node or field in
// JSON terms (children[0].children[3].line), Msg says what is wrong. Read
// wraps it in a *doc.InputError; Write returns it wrapped.
type TreeError = doc.TreeError

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
