package convert

import (
	"errors"
	"fmt"
	"strings"

	"github.com/paiban/paiban/convert/doc"
)

// FormatError reports a format name the registry does not know, a format
// used in a direction it does not support, or an invalid codec. It is a
// usage error: nothing was read or written.
type FormatError struct {
	Name   string   // the format asked for
	Reason string   // what is wrong
	Known  []string // the formats that would have been accepted, sorted
}

// Error reports the format and, where useful, the known ones.
func (e *FormatError) Error() string {
	var b strings.Builder
	if e.Name != "" {
		fmt.Fprintf(&b, "format %q: ", e.Name)
	}
	b.WriteString(e.Reason)
	if len(e.Known) > 0 {
		fmt.Fprintf(&b, " (known: %s)", strings.Join(e.Known, ", "))
	}
	return b.String()
}

// IOError reports a failure to read the input or write the output stream,
// as opposed to input that cannot be converted (*doc.InputError).
type IOError struct {
	Op  string // "read" or "write"
	Err error
}

// Error formats the error with its operation.
func (e *IOError) Error() string { return e.Op + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *IOError) Unwrap() error { return e.Err }

// ErrTooLarge is wrapped in a *doc.InputError when the input exceeds
// Options.MaxSize.
var ErrTooLarge = errors.New("input too large")

// IsInputError reports whether err is, or wraps, a *doc.InputError: the
// input cannot be converted, and retrying will not help.
func IsInputError(err error) bool {
	var ie *doc.InputError
	return errors.As(err, &ie)
}
