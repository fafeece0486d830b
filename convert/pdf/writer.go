package pdf

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
)

// Writer renders document trees as PDF newspaper pages. It satisfies
// convert.Writer and is safe for concurrent use.
type Writer struct {
	opts  []Option
	cache *Cache // for its documents, unless an option gives one

	mu    sync.Mutex
	warns []doc.Diagnostic
}

// New returns a Writer with the given options.
func New(opts ...Option) *Writer { return &Writer{opts: opts, cache: NewCache()} }

// Warnings returns the warnings of the last Write, such as characters no
// font covers, each tied to its source line.
func (w *Writer) Warnings() []doc.Diagnostic {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]doc.Diagnostic(nil), w.warns...)
}

// Write renders d as PDF to out, page by page (see stream.go).
func (w *Writer) Write(ctx context.Context, out io.Writer, d *doc.Document) error {
	warns, err := w.write(ctx, out, d, nil) // nil: layout.Breaker, a line at a time
	w.mu.Lock()
	w.warns = warns
	w.mu.Unlock()
	return err
}

// Check reports options that cannot make a page (a paper too narrow for
// its columns, a body size out of range …), without loading any font, so
// that a caller can refuse them before reading its input. The error names
// the option, not the package: a caller wraps it with its own context (the
// convert registry's *OptionError says "pdf writer: …").
func (w *Writer) Check() error {
	cfg := &config{}
	for _, o := range w.opts {
		o(cfg)
	}
	return cfg.resolve()
}

// config builds the resolved configuration, loading the default faces
// where none were given.
func (w *Writer) config() (*config, error) {
	cfg := &config{}
	for _, o := range w.opts {
		o(cfg)
	}
	if err := cfg.resolve(); err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	if cfg.cache == nil {
		cfg.cache = w.cache
	}
	if cfg.cache == nil { // a Writer not made by New
		cfg.cache = NewCache()
	}
	if cfg.body == nil {
		f, err := fonts.Body()
		if err != nil {
			return nil, fmt.Errorf("pdf: body font: %w", err)
		}
		cfg.body = f
	}
	if cfg.heading == nil {
		f, err := fonts.Heading()
		if err != nil {
			return nil, fmt.Errorf("pdf: heading font: %w", err)
		}
		cfg.heading = f
	}
	return cfg, nil
}

// prepare makes the font table and the builder for one document.
func prepare(cfg *config, d *doc.Document, brk breakFunc) (*builder, *fontTable) {
	table := &fontTable{}
	fb := cfg.fallbacks
	if len(fb) > maxFaces-2 {
		fb = fb[:maxFaces-2]
	}
	body := table.newFaceSet(cfg.body, append([]Face{cfg.heading}, fb...)...)
	heading := table.newFaceSet(cfg.heading, append([]Face{cfg.body}, fb...)...)
	body.memo.cache, heading.memo.cache = cfg.cache, cfg.cache
	b := newBuilder(cfg, body, heading, brk, d.Lang)
	b.source = cfg.sourceName
	if b.source == "" {
		b.source = d.Source.Name
	}
	if b.source == "-" {
		b.source = ""
	}
	if !cfg.date.IsZero() {
		b.date = cfg.date.Format("2006-01-02")
	}
	return b, table
}

// maxKeywords bounds the Keywords entry, the headlines in order: whole
// headlines up to 4 KiB of them (the first is always there). A page of
// 100,000 headlines would otherwise carry megabytes of them, several
// times over while the file is made (issue 16).
const maxKeywords = 4 << 10

// metaOf collects the document information.
func metaOf(cfg *config, d *doc.Document) meta {
	m := meta{
		title:   d.Title(),
		author:  strings.Join(d.Authors(), ", "),
		creator: "paiban",
		lang:    pdfLang(d.Lang),
		date:    cfg.date,
	}
	if cfg.vertical {
		m.vertical = layout.LangOf(d.Lang)
	}
	if cfg.version != "" {
		m.creator += " " + cfg.version
	}
	if cfg.title != "" {
		m.title = cfg.title
	}
	var keys strings.Builder
	full := false
	for _, a := range d.Articles {
		for _, c := range a.Children {
			switch {
			case m.subject == "" && (c.Kind == doc.KindSubheadline || c.Kind == doc.KindKicker):
				m.subject = c.Text
			case c.Kind == doc.KindHeadline && !full:
				if keys.Len() > 0 && keys.Len()+2+len(c.Text) > maxKeywords {
					full = true
					continue
				}
				if keys.Len() > 0 {
					keys.WriteString("; ")
				}
				keys.WriteString(c.Text)
			}
		}
	}
	m.keywords = keys.String()
	if m.date.IsZero() {
		m.date = d.FixedDate()
	}
	m.date = m.date.UTC()
	return m
}
