package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/paiban/paiban/convert"
	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/jsonfmt"
	"github.com/paiban/paiban/internal/atomicfile"
	"github.com/paiban/paiban/internal/batch"
)

// record is one line of --jsonl output for formats other than json and
// ninjs (json lines are the trees themselves, readable again with --jsonl;
// ninjs lines are its article items).
type record struct {
	Source    string `json:"source"`
	Format    string `json:"format"`
	MediaType string `json:"media_type"`
	Text      string `json:"text,omitempty"` // text formats
	Data      []byte `json:"data,omitempty"` // binary formats, base64
}

// runJSONL converts every input to one JSON Lines stream: trees for json,
// records for the other formats. Inputs named .jsonl/.ndjson and standard
// input (unless --from names another format) are JSON Lines of trees;
// other files are read as usual. A bad line is reported and skipped; the
// stream goes on. A record's source is the input's path relative to its
// root, as --out-dir would mirror it, so records map back to files. With
// --shard, document k of an input belongs to batch.ShareOf(input, k, n):
// the lines of a stream are dealt round the shares, and a lone document on
// standard input belongs to share 0.
func runJSONL(ctx context.Context, s *settings, inputs []batch.Input, e *env) (failed int, err error) {
	if s.outDir != "" {
		return 0, usagef("convert: --jsonl writes one stream: use -o FILE or standard output, not --out-dir")
	}
	var out io.Writer = e.stdout
	var file *atomicfile.File
	if s.outFile != "" && s.outFile != batch.Stdin {
		for _, in := range inputs {
			if in.Path != batch.Stdin && sameFile(in.Path, s.outFile) {
				return 0, usagef("convert: refusing to overwrite input %s", quoteName(in.Path))
			}
		}
		if file, err = atomicfile.CreateContext(ctx, s.outFile, 0o644); err != nil {
			return 0, err
		}
		file.SetSync(s.sync)
		defer file.Abort()
		out = file
	}
	// Records reach the output whole: each document's lines are made
	// apart and handed on complete, so a stop (Ctrl-C) leaves standard
	// output ending with a whole line, never a torn one.
	lines := &wholeLines{w: out}
	defer func() {
		if ctx.Err() != nil && file == nil {
			lines.flush() // what is complete, for a consumer reading on
		}
	}()
	reader := jsonfmt.NewReader(jsonfmt.WithMaxSize(s.opts.MaxSize))
	lineWriter := jsonfmt.NewWriter()
	s.rep.start(0)

	emit := func(path string, d *doc.Document) error {
		bw := new(bytes.Buffer) // this document's lines
		for _, dg := range d.Diagnostics {
			if !s.rep.quiet {
				s.rep.mu.Lock()
				s.rep.diagnostic(path, dg)
				s.rep.mu.Unlock()
			}
		}
		for _, f := range s.formats {
			if f.Name == "json" {
				if err := lineWriter.WriteLine(ctx, bw, d); err != nil {
					return err
				}
				continue
			}
			if s.reg.HasLines(f.Name, s.opts) {
				// A format with lines of its own (ninjs: an article a
				// line) streams them as they are, as json streams trees.
				var buf bytes.Buffer
				if err := s.reg.WriteLines(ctx, &buf, d, f.Name, s.opts); err != nil {
					return fmt.Errorf("%s: %w", f.Name, err)
				}
				bw.Write(buf.Bytes())
				continue
			}
			var buf bytes.Buffer
			if err := s.reg.Write(ctx, &buf, d, f.Name, s.opts); err != nil {
				return fmt.Errorf("%s: %w", f.Name, err)
			}
			rec := record{Source: d.Source.Name, Format: f.Name, MediaType: f.MediaType}
			if f.Binary {
				rec.Data = buf.Bytes()
			} else {
				rec.Text = buf.String()
			}
			line, err := json.Marshal(rec)
			if err != nil {
				return err
			}
			bw.Write(line)
			if err := bw.WriteByte('\n'); err != nil {
				return err
			}
		}
		return lines.add(bw.Bytes())
	}

	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return failed, err
		}
		name := in.Path
		stream := isJSONL(in.Path) || in.Path == batch.Stdin && (s.opts.From == "" || s.opts.From == "json")
		mine := func(k int) bool { return s.shardN <= 1 || batch.ShareOf(in, k, s.shardN) == s.shardI }
		if stream {
			r, _, closeIn, err := open(ctx, in, e)
			if err != nil {
				s.rep.failure(in.Path, err)
				failed++
				continue
			}
			k := -1
			for d, err := range reader.ReadLines(ctx, r, name) {
				// Another share's document or bad line is skipped; an
				// error that ends the stream is every share's.
				if k++; !mine(k) && ctx.Err() == nil && (err == nil || isLineError(err)) {
					continue
				}
				if err == nil {
					err = emit(in.Path, d)
				}
				if err != nil {
					if ctx.Err() != nil {
						closeIn()
						return failed, ctx.Err()
					}
					s.rep.failure(in.Path, err)
					failed++
				}
			}
			closeIn()
			continue
		}
		if !mine(0) {
			continue
		}
		d, err := s.readInputNamed(ctx, in, sourceName(in), e)
		if err == nil {
			err = emit(in.Path, d)
		}
		if err != nil {
			if ctx.Err() != nil {
				return failed, ctx.Err()
			}
			s.rep.failure(in.Path, err)
			failed++
		}
	}
	if err := lines.flush(); err != nil {
		return failed, &convert.IOError{Op: "write", Err: err}
	}
	if file != nil {
		if err := file.Commit(); err != nil {
			return failed, err
		}
	}
	return failed, nil
}

// readInput reads one input into a tree, in the format --from names or its
// extension implies.
func (s *settings) readInput(ctx context.Context, in batch.Input, e *env) (*doc.Document, error) {
	return s.readInputNamed(ctx, in, baseName(in.Path), e)
}

// readInputNamed is readInput with the document's source name given.
func (s *settings) readInputNamed(ctx context.Context, in batch.Input, name string, e *env) (*doc.Document, error) {
	r, size, closeIn, err := open(ctx, in, e)
	if err != nil {
		return nil, err
	}
	defer closeIn()
	o := s.opts
	o.Name = name
	if o.From == "" {
		if c, ok := s.reg.ReaderFor(in.Path); ok {
			o.From = c.Format.Name
		}
	}
	return s.reg.Read(ctx, batch.SizedReader(bufio.NewReader(r), size), o)
}

// open opens an input for reading, interruptibly; size is its size when
// it is a regular file, else -1.
func open(ctx context.Context, in batch.Input, e *env) (r io.Reader, size int64, closeIn func(), err error) {
	if in.Path == batch.Stdin {
		return batch.Interruptible(ctx, e.stdin), -1, func() {}, nil
	}
	f, size, err := batch.OpenInput(ctx, in.Path)
	if err != nil {
		return nil, -1, nil, err
	}
	return f, size, func() { f.Close() }, nil
}

// sourceName is the name a --jsonl record carries for an input: its path
// relative to its root (a tree's 2023/01/p.txt, not p.txt), or "-".
func sourceName(in batch.Input) string {
	if in.Path == batch.Stdin || in.Rel == "" {
		return baseName(in.Path)
	}
	return in.Rel
}

func baseName(p string) string {
	if p == batch.Stdin {
		return p
	}
	return filepath.Base(p)
}

// wholeLines passes complete records on to w, 256 KiB at a time: never
// part of one, so the output ends with a whole line however paiban stops.
type wholeLines struct {
	w   io.Writer
	buf []byte
	err error
}

// add queues p, one or more complete lines.
func (l *wholeLines) add(p []byte) error {
	l.buf = append(l.buf, p...)
	if len(l.buf) >= 256<<10 {
		return l.flush()
	}
	return l.err
}

// flush writes what is queued.
func (l *wholeLines) flush() error {
	if l.err == nil && len(l.buf) > 0 {
		_, l.err = l.w.Write(l.buf)
	}
	l.buf = l.buf[:0]
	return l.err
}

// sameFile reports whether a and b name the same existing file.
func sameFile(a, b string) bool {
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

// isLineError reports an error about one line of a JSON Lines stream, after
// which the stream goes on.
func isLineError(err error) bool {
	var ie *doc.InputError
	return errors.As(err, &ie) && ie.Line > 0
}
