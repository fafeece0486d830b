package convert

import (
	"slices"
	"sort"
	"strings"
	"sync"
)

// Registry maps format names and file extensions to codecs. A Registry is
// a value its owner builds (NewRegistry, Default) and passes around; there
// is no global one to mutate. It is safe for concurrent use.
type Registry struct {
	mu     sync.RWMutex
	codecs map[string]Codec
}

// NewRegistry returns a registry holding codecs. A later codec replaces an
// earlier one of the same name. It panics if a codec is invalid (no name,
// or neither reader nor writer): that is a programming error, as with
// regexp.MustCompile. Use Register to add codecs that come from elsewhere.
func NewRegistry(codecs ...Codec) *Registry {
	r := &Registry{codecs: make(map[string]Codec, len(codecs))}
	for _, c := range codecs {
		if err := r.Register(c); err != nil {
			panic("convert.NewRegistry: " + err.Error())
		}
	}
	return r
}

// Register adds c to the registry, replacing any codec with the same
// format name, so a program can add a writer, or replace a built-in one,
// without touching paiban.
func (r *Registry) Register(c Codec) error {
	if err := c.validate(); err != nil {
		return err
	}
	c.Format.Extensions = slices.Clone(c.Format.Extensions)
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.codecs == nil {
		r.codecs = map[string]Codec{}
	}
	r.codecs[strings.ToLower(c.Format.Name)] = c
	return nil
}

// Lookup returns the codec named name (case-insensitive).
func (r *Registry) Lookup(name string) (Codec, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	c, ok := r.codecs[strings.ToLower(name)]
	return c, ok
}

// Codecs returns every codec, sorted by name.
func (r *Registry) Codecs() []Codec {
	r.mu.RLock()
	out := make([]Codec, 0, len(r.codecs))
	for _, c := range r.codecs {
		out = append(out, c)
	}
	r.mu.RUnlock()
	sort.Slice(out, func(i, j int) bool { return out[i].Format.Name < out[j].Format.Name })
	return out
}

// Formats returns every registered format, sorted by name.
func (r *Registry) Formats() []Format {
	cs := r.Codecs()
	out := make([]Format, len(cs))
	for i, c := range cs {
		out[i] = c.Format
	}
	return out
}

// Readable returns the names of the formats that can be read, sorted.
func (r *Registry) Readable() []string { return r.names(Codec.CanRead) }

// Writable returns the names of the formats that can be written, sorted.
func (r *Registry) Writable() []string { return r.names(Codec.CanWrite) }

func (r *Registry) names(keep func(Codec) bool) []string {
	var out []string
	for _, c := range r.Codecs() {
		if keep(c) {
			out = append(out, c.Format.Name)
		}
	}
	return out
}

// ReaderFor returns the codec that reads name, an input file name, by its
// extension. Only readable formats are considered; when several claim the
// extension the first by name wins, so the answer is deterministic.
func (r *Registry) ReaderFor(name string) (Codec, bool) {
	for _, c := range r.Codecs() {
		if c.CanRead() && c.Format.HasExt(name) {
			return c, true
		}
	}
	return Codec{}, false
}

// Writer returns the codec that writes format name, or a *FormatError
// listing the writable formats.
func (r *Registry) Writer(name string) (Codec, error) {
	c, ok := r.Lookup(name)
	if !ok {
		return Codec{}, &FormatError{Name: name, Reason: "unknown output format", Known: r.Writable()}
	}
	if !c.CanWrite() {
		return Codec{}, &FormatError{Name: name, Reason: "format cannot be written", Known: r.Writable()}
	}
	return c, nil
}

// Reader returns the codec that reads format name, or a *FormatError
// listing the readable formats.
func (r *Registry) Reader(name string) (Codec, error) {
	c, ok := r.Lookup(name)
	if !ok {
		return Codec{}, &FormatError{Name: name, Reason: "unknown input format", Known: r.Readable()}
	}
	if !c.CanRead() {
		return Codec{}, &FormatError{Name: name, Reason: "format cannot be read", Known: r.Readable()}
	}
	return c, nil
}

// InputFormat resolves the input format of o: o.From if set, else by the
// extension of o.Name, else newstext.
func (r *Registry) InputFormat(o Options) (Codec, error) {
	if o.From != "" {
		return r.Reader(o.From)
	}
	if c, ok := r.ReaderFor(o.Name); ok {
		return c, nil
	}
	return r.Reader("newstext")
}
