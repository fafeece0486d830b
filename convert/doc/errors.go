package doc

import (
	"errors"
	"fmt"
)

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

// ErrTooLarge is wrapped in the *InputError of an input larger than the
// size limit a reader was given.
var ErrTooLarge = errors.New("input too large")

// DefaultMaxSize is the size limit of every reader when none is given:
// 64 MiB.
const DefaultMaxSize int64 = 64 << 20

// MaxSize is the one rule of every reader's size option: a positive n is
// the limit in bytes, 0 the default (DefaultMaxSize), a negative n no
// limit, returned as -1.
func MaxSize(n int64) int64 {
	switch {
	case n == 0:
		return DefaultMaxSize
	case n < 0:
		return -1
	}
	return n
}

// TooLarge is the error for input name larger than limit bytes, which it
// says in the unit the limit was likely given in (64 MiB, 100 bytes). It
// points to the option by its name, MaxSize, which a command line can
// replace by its flag's.
func TooLarge(name string, limit int64) *InputError {
	return &InputError{Name: name, Err: fmt.Errorf("%w: more than %s (see option MaxSize)", ErrTooLarge, byteCount(limit))}
}

func byteCount(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
