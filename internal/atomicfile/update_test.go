package atomicfile

// testtool registers -update, so that `go test ./... -update` (which
// rewrites the golden files elsewhere) runs here too.
import _ "github.com/paiban/paiban/internal/testtool"
