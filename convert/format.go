package convert

import "strings"

// Format describes a document format apart from the code that reads or
// writes it: its name on the command line, the file extensions that select
// it, its media type and whether its output is binary.
type Format struct {
	// Name is the format's name as used by --to and --from: "pdf", "json" …
	Name string
	// Extensions are the file extensions of the format, with the dot, the
	// first being the one outputs get: [".pdf"].
	Extensions []string
	// MediaType is the IANA media type: "application/pdf".
	MediaType string
	// Description is a one-line summary for `paiban formats`.
	Description string
	// Binary reports whether output is binary (not meant for a terminal).
	Binary bool
}

// Ext returns the extension outputs in this format get (".pdf"), or "" if
// the format declares none.
func (f Format) Ext() string {
	if len(f.Extensions) == 0 {
		return ""
	}
	return f.Extensions[0]
}

// HasExt reports whether name ends in one of the format's extensions,
// ignoring case. An extension may have several parts: "p.ninjs.json" has
// ".ninjs.json" and ".json".
func (f Format) HasExt(name string) bool {
	name = strings.ToLower(name)
	for _, e := range f.Extensions {
		if strings.HasSuffix(name, strings.ToLower(e)) {
			return true
		}
	}
	return false
}

// NewReaderFunc builds a Reader configured by o.
type NewReaderFunc func(o Options) (Reader, error)

// NewWriterFunc builds a Writer configured by o. The writer may assume a
// valid tree (doc.Document.Validate): the Registry's Write, WriteBook and
// Convert check every tree before handing it over.
type NewWriterFunc func(o Options) (Writer, error)

// Codec binds a Format to the code that reads and writes it. Either
// function may be nil: a format can be input only or output only.
type Codec struct {
	Format    Format
	NewReader NewReaderFunc
	NewWriter NewWriterFunc
	// Prepare, if set, lets the writer start work that depends only on
	// the options, before the input is read, and returns a function that
	// waits for that work (see Registry.Prepare).
	Prepare func(o Options) (wait func())
	// Uses, if set, returns the names of the writer-specific fields of o
	// ("Paper", "Columns" …; see Registry.Ignored) that the writer honours
	// given o. nil means it honours none of them.
	Uses func(o Options) []string
}

// CanRead reports whether the codec reads its format.
func (c Codec) CanRead() bool { return c.NewReader != nil }

// CanWrite reports whether the codec writes its format.
func (c Codec) CanWrite() bool { return c.NewWriter != nil }

func (c Codec) validate() error {
	switch {
	case c.Format.Name == "":
		return &FormatError{Reason: "codec has no format name"}
	case strings.ContainsAny(c.Format.Name, ", \t\n/"):
		return &FormatError{Name: c.Format.Name, Reason: "format name must not contain commas, spaces or slashes"}
	case c.NewReader == nil && c.NewWriter == nil:
		return &FormatError{Name: c.Format.Name, Reason: "codec has neither reader nor writer"}
	}
	for _, e := range c.Format.Extensions {
		if !strings.HasPrefix(e, ".") || len(e) < 2 {
			return &FormatError{Name: c.Format.Name, Reason: "extension " + e + " must start with a dot"}
		}
	}
	return nil
}
