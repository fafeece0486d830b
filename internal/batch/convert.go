package batch

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/paiban/paiban/convert"
	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/newstext"
	"github.com/paiban/paiban/internal/atomicfile"
)

// Converter converts one job: it reads the input once and writes every
// output, all or nothing. It is safe for concurrent use.
type Converter struct {
	Registry *convert.Registry
	Options  convert.Options
	// SkipUnchanged skips jobs whose outputs all exist, are no older than
	// the input and were made by the same Recipe.
	SkipUnchanged bool
	// Recipe says what makes the outputs besides the input: the program's
	// version and every option that changes them. Each output records it
	// with its format (an extended attribute), so that SkipUnchanged
	// notices changed options (--width 40 after --width 72).
	Recipe string
	// Sync flushes each output to stable storage before renaming it.
	Sync bool
	// Explain collects the reader's decision for every unit of text into
	// the Result (paiban convert --explain).
	Explain bool
	// Stdin and Stdout stand for "-".
	Stdin  io.Reader
	Stdout io.Writer
}

// inputBuffers holds the 64 KB buffered readers inputs are read through,
// reused from job to job: a new one per file was a twentieth of the CPU of
// a batch of small files. (A reader is put back only when its job is done,
// so nothing read through it can still be in use.)
var inputBuffers = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 64<<10) }}

// largeInput is the input size above which Do collects garbage between
// reading and writing: one collection is little beside the conversion of
// so much text.
const largeInput = 16 << 20

// Do runs job; it matches the signature Run wants.
func (c *Converter) Do(ctx context.Context, job Job) Result {
	r := Result{Job: job}
	if err := ctx.Err(); err != nil {
		r.Err = err
		return r
	}
	if c.SkipUnchanged && c.upToDate(job) {
		r.Skipped = true
		return r
	}
	o := c.Options
	o.Name = job.Input.Path
	var in io.Reader
	size := int64(-1)
	if job.Input.Path == Stdin {
		in = Interruptible(ctx, c.Stdin)
	} else {
		f, n, err := OpenInput(ctx, job.Input.Path)
		if err != nil {
			r.Err = err
			return r
		}
		defer f.Close()
		in, size = f, n
		// The tree records the base name, so the same file gives the same
		// tree wherever it sits.
		o.Name = filepath.Base(job.Input.Path)
	}
	if o.From == "" {
		// Pick the reader by the real path's extension, then hand the
		// reader the short name.
		if cd, ok := c.Registry.ReaderFor(job.Input.Path); ok {
			o.From = cd.Format.Name
		}
	}
	// Writers may start work that needs only the options (go-epub's frame
	// of a book) while the input is read; it is waited for whatever
	// happens, so that none is cut off at exit.
	for _, out := range job.Outputs {
		defer c.Registry.Prepare(out.Format.Name, o)()
	}
	if c.Explain {
		o.With = append(o.With[:len(o.With):len(o.With)], newstext.WithExplain(func(d newstext.Decision) {
			r.Explanations = append(r.Explanations, d)
		}))
	}
	br := inputBuffers.Get().(*bufio.Reader)
	br.Reset(in)
	defer func() { br.Reset(nil); inputBuffers.Put(br) }()
	d, err := c.Registry.Read(ctx, SizedReader(br, size), o)
	if err != nil {
		r.Err = err
		return r
	}
	if size > largeInput {
		// Reading a large input held its bytes and the reader's working
		// memory besides the tree; collecting now sizes the heap's next
		// growth by the tree alone (the CLI collects at a multiple of the
		// live heap, see cmd/paiban/gc.go), not by that passing peak.
		runtime.GC()
	}
	r.Diagnostics = slices.Clone(d.Diagnostics)
	// Writers' warnings (a character no font covers) join the reader's.
	var mu sync.Mutex
	o.Warn = func(dg doc.Diagnostic) {
		mu.Lock()
		r.Diagnostics = append(r.Diagnostics, dg)
		mu.Unlock()
	}

	var pending []*atomicfile.File
	defer func() {
		for _, f := range pending {
			f.Abort()
		}
	}()
	for _, out := range job.Outputs {
		if out.Path == Stdin {
			bw := bufio.NewWriterSize(c.Stdout, 64<<10)
			if err := c.Registry.Write(ctx, bw, d, out.Format.Name, o); err != nil {
				r.Err = formatError(out.Format.Name, err)
				return r
			}
			if err := bw.Flush(); err != nil {
				r.Err = &convert.IOError{Op: "write", Err: err}
				return r
			}
			continue
		}
		f, err := atomicfile.CreateContext(ctx, out.Path, 0o644)
		if err != nil {
			r.Err = &convert.IOError{Op: "write", Err: err}
			return r
		}
		f.SetSync(c.Sync)
		setRecipe(f, c.recipeOf(out.Format.Name))
		pending = append(pending, f)
		aw := newAsyncWriter(f)
		err = c.Registry.Write(ctx, aw, d, out.Format.Name, o)
		if ferr := aw.Close(); err == nil && ferr != nil {
			err = &convert.IOError{Op: "write", Err: ferr}
		}
		if err != nil {
			r.Err = formatError(out.Format.Name, err)
			return r
		}
	}
	// Every output is complete: only now do they replace anything.
	for i, f := range pending {
		if err := f.Commit(); err != nil {
			r.Err = &convert.IOError{Op: "write", Err: err}
			pending = pending[i+1:]
			return r
		}
	}
	pending = nil
	return r
}

// SizedReader returns a buffered input that still tells readers its size
// (-1: unknown), so that they can refuse a file over the size limit before
// reading it, and allocate once for the whole input.
func SizedReader(r *bufio.Reader, size int64) io.Reader { return sizedReader{r, size} }

type sizedReader struct {
	*bufio.Reader
	size int64
}

// Size returns the input's size in bytes, or -1 if unknown.
func (s sizedReader) Size() int64 { return s.size }

// upToDate reports whether every output of job exists, is at least as
// new as its input and was made by c's recipe.
func (c *Converter) upToDate(job Job) bool {
	if job.Input.Path == Stdin || len(job.Outputs) == 0 {
		return false
	}
	in, err := os.Stat(job.Input.Path)
	if err != nil {
		return false
	}
	for _, out := range job.Outputs {
		if out.Path == Stdin {
			return false
		}
		st, err := os.Stat(out.Path)
		if err != nil || st.ModTime().Before(in.ModTime()) || !madeBy(out.Path, c.recipeOf(out.Format.Name)) {
			return false
		}
	}
	return true
}

// IsCanceled reports whether err comes from cancellation.
func IsCanceled(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}

// formatError names the output format an error belongs to, unless the
// writer's own message already starts with it ("epub: no articles", not
// "epub: epub: no articles").
func formatError(format string, err error) error {
	if strings.HasPrefix(err.Error(), format+":") {
		return err
	}
	return fmt.Errorf("%s: %w", format, err)
}
