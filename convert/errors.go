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

// OptionError reports Options that the chosen format's reader or writer
// cannot use: an unknown paper size, encoding or language, a width too
// narrow, a column count out of range, a font that does not load. It is a
// usage error: nothing was read or written. The codec's own error is
// wrapped, so errors.Is still finds, say, fs.ErrNotExist for a missing font.
type OptionError struct {
	Format string // the format whose codec refused the options
	Role   string // "reader" or "writer"
	Err    error
}

// Error names the codec and says what is wrong: "txt writer: width 3: …".
func (e *OptionError) Error() string { return e.Format + " " + e.Role + ": " + e.Err.Error() }

// Unwrap returns the codec's error.
func (e *OptionError) Unwrap() error { return e.Err }

// ErrTooLarge is wrapped in a *doc.InputError when the input exceeds
// Options.MaxSize (it is doc.ErrTooLarge, which every reader uses).
var ErrTooLarge = doc.ErrTooLarge

// IsInputError reports whether err is, or wraps, a *doc.InputError: the
// input cannot be converted, and retrying will not help.
func IsInputError(err error) bool {
	var ie *doc.InputError
	return errors.As(err, &ie)
}
