package doc

import "fmt"

// InputError reports input that cannot be converted: not text, undecodable,
// too large, or malformed for its format. Callers tell it apart from I/O
// failures with errors.As.
type InputError struct {
	Name string // the input's name, "" if unknown
	Line int    // 1-based line where it helps, else 0
	Err  error  // what is wrong
}

// Error formats the error as "name:line: message", leaving out what is unknown.
func (e *InputError) Error() string {
	switch {
	case e.Name != "" && e.Line > 0:
		return fmt.Sprintf("%s:%d: %v", e.Name, e.Line, e.Err)
	case e.Name != "":
		return fmt.Sprintf("%s: %v", e.Name, e.Err)
	case e.Line > 0:
		return fmt.Sprintf("line %d: %v", e.Line, e.Err)
	}
	return e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *InputError) Unwrap() error { return e.Err }
