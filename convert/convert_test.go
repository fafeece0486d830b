package convert

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// lineReader is a toy reader: one paragraph per line; "!" in the input is
// bad input.
type lineReader struct{}

func (lineReader) Read(ctx context.Context, r io.Reader, name string) (*doc.Document, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("toy: %w", err) // wrapped, as real readers do
	}
	if bytes.Contains(b, []byte("!")) {
		return nil, &doc.InputError{Name: name, Line: 1, Err: errors.New("bang")}
	}
	a := &doc.Node{Kind: doc.KindArticle}
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		a.Children = append(a.Children, &doc.Node{Kind: doc.KindParagraph, Text: l})
	}
	return &doc.Document{Source: doc.Source{Name: name}, Articles: []*doc.Node{a}}, nil
}

// upperWriter writes every paragraph in upper case, one per line.
type upperWriter struct{ prefix string }

func (w upperWriter) Write(ctx context.Context, out io.Writer, d *doc.Document) error {
	var err error
	d.WalkDocument(func(n *doc.Node) bool {
		if err == nil && n.Kind == doc.KindParagraph {
			_, err = fmt.Fprintln(out, w.prefix+strings.ToUpper(n.Text))
		}
		return true
	})
	if err != nil {
		return fmt.Errorf("upper: %w", err)
	}
	return nil
}

func toyRegistry() *Registry {
	return NewRegistry(
		Codec{Format: Format{Name: "lines", Extensions: []string{".lines"}},
			NewReader: func(Options) (Reader, error) { return lineReader{}, nil }},
		Codec{Format: Format{Name: "newstext", Extensions: []string{".txt"}},
			NewReader: func(Options) (Reader, error) { return lineReader{}, nil }},
		Codec{Format: Format{Name: "upper", Extensions: []string{".up"}},
			NewWriter: func(o Options) (Writer, error) { return upperWriter{prefix: o.Title}, nil }},
	)
}

type failingWriter struct{ after int }

func (f *failingWriter) Write(p []byte) (int, error) {
	if f.after <= 0 {
		return 0, errors.New("disk full")
	}
	f.after--
	return len(p), nil
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("device gone") }

func TestConvertErrors(t *testing.T) {
	reg := toyRegistry()
	ctx := context.Background()
	canceled, cancel := context.WithCancel(ctx)
	cancel()
	tests := []struct {
		name  string
		ctx   context.Context
		in    io.Reader
		out   io.Writer
		o     Options
		check func(error) bool
	}{
		{"ok", ctx, strings.NewReader("a\nb"), io.Discard, Options{To: "upper"}, func(err error) bool { return err == nil }},
		{"unknown output lists the known", ctx, strings.NewReader("a"), io.Discard, Options{To: "nope"}, func(err error) bool {
			var fe *FormatError
			return errors.As(err, &fe) && strings.Contains(err.Error(), "known: upper")
		}},
		{"input-only format as output", ctx, strings.NewReader("a"), io.Discard, Options{To: "lines"}, func(err error) bool {
			var fe *FormatError
			return errors.As(err, &fe)
		}},
		{"unknown input", ctx, strings.NewReader("a"), io.Discard, Options{To: "upper", From: "nope"}, func(err error) bool {
			var fe *FormatError
			return errors.As(err, &fe) && strings.Contains(err.Error(), "lines, newstext")
		}},
		{"bad input is an InputError", ctx, strings.NewReader("a!"), io.Discard, Options{To: "upper"}, func(err error) bool {
			return IsInputError(err) && !isIO(err)
		}},
		{"failing input is an IOError", ctx, failingReader{}, io.Discard, Options{To: "upper"}, func(err error) bool {
			return isIO(err) && !IsInputError(err) && strings.Contains(err.Error(), "device gone")
		}},
		{"failing output is an IOError", ctx, strings.NewReader("a\nb"), &failingWriter{after: 1}, Options{To: "upper"}, func(err error) bool {
			return isIO(err) && !IsInputError(err)
		}},
		{"too large is an InputError", ctx, strings.NewReader(strings.Repeat("x", 100)), io.Discard, Options{To: "upper", MaxSize: 10}, func(err error) bool {
			return IsInputError(err) && errors.Is(err, ErrTooLarge)
		}},
		{"exactly the limit is fine", ctx, strings.NewReader(strings.Repeat("x", 10)), io.Discard, Options{To: "upper", MaxSize: 10}, func(err error) bool {
			return err == nil
		}},
		{"no limit", ctx, strings.NewReader(strings.Repeat("x", 1<<17)), io.Discard, Options{To: "upper", MaxSize: -1}, func(err error) bool {
			return err == nil
		}},
		{"cancelled", canceled, strings.NewReader("a"), io.Discard, Options{To: "upper"}, func(err error) bool {
			return errors.Is(err, context.Canceled) && !isIO(err)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := reg.Convert(tt.ctx, tt.in, tt.out, tt.o)
			if !tt.check(err) {
				t.Errorf("err = %v (%T)", err, err)
			}
		})
	}
}

func isIO(err error) bool {
	var ioe *IOError
	return errors.As(err, &ioe)
}

func TestInputFormat(t *testing.T) {
	reg := toyRegistry()
	tests := []struct {
		o    Options
		want string
	}{
		{Options{Name: "x.lines"}, "lines"},
		{Options{Name: "X.LINES"}, "lines"},
		{Options{Name: "x.txt"}, "newstext"},
		{Options{Name: "x.unknown"}, "newstext"},
		{Options{Name: "x.up"}, "newstext"}, // writable only: not an input format
		{Options{Name: "x.txt", From: "lines"}, "lines"},
	}
	for _, tt := range tests {
		c, err := reg.InputFormat(tt.o)
		if err != nil || c.Format.Name != tt.want {
			t.Errorf("%+v: %s, %v; want %s", tt.o, c.Format.Name, err, tt.want)
		}
	}
}

func TestRegisterValidates(t *testing.T) {
	reg := NewRegistry()
	w := func(Options) (Writer, error) { return upperWriter{}, nil }
	bad := []Codec{
		{Format: Format{Name: ""}, NewWriter: w},
		{Format: Format{Name: "a,b"}, NewWriter: w},
		{Format: Format{Name: "x"}},
		{Format: Format{Name: "x", Extensions: []string{"pdf"}}, NewWriter: w},
	}
	for _, c := range bad {
		if err := reg.Register(c); err == nil {
			t.Errorf("Register(%+v) accepted", c.Format)
		}
	}
	if len(reg.Formats()) != 0 {
		t.Errorf("registry holds %v after refusals", reg.Formats())
	}
	if err := reg.Register(Codec{Format: Format{Name: "X"}, NewWriter: w}); err != nil {
		t.Fatal(err)
	}
	if _, ok := reg.Lookup("x"); !ok {
		t.Error("lookup is not case-insensitive")
	}
}

func TestRegistriesAreIndependent(t *testing.T) {
	a, b := Default(), Default()
	if err := a.Register(Codec{Format: Format{Name: "extra"}, NewWriter: func(Options) (Writer, error) { return upperWriter{}, nil }}); err != nil {
		t.Fatal(err)
	}
	if _, ok := b.Lookup("extra"); ok {
		t.Error("registering in one registry changed another")
	}
	if _, ok := shared().Lookup("extra"); ok {
		t.Error("registering changed the package-level registry")
	}
}

func TestConcurrentUse(t *testing.T) {
	reg := toyRegistry()
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for i := range 32 {
		wg.Add(2)
		go func() {
			defer wg.Done()
			var out bytes.Buffer
			in := fmt.Sprintf("line %d", i)
			if err := reg.Convert(context.Background(), strings.NewReader(in), &out, Options{To: "upper"}); err != nil {
				errs <- err
			} else if out.String() != strings.ToUpper(in)+"\n" {
				errs <- fmt.Errorf("got %q for %q", out.String(), in)
			}
		}()
		go func() {
			defer wg.Done()
			name := fmt.Sprintf("f%d", i)
			if err := reg.Register(Codec{Format: Format{Name: name}, NewWriter: func(Options) (Writer, error) { return upperWriter{}, nil }}); err != nil {
				errs <- err
			}
			reg.Formats()
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

type bookWriter struct{ upperWriter }

func (b bookWriter) WriteBook(ctx context.Context, out io.Writer, docs []*doc.Document) error {
	for _, d := range docs {
		if err := b.Write(ctx, out, d); err != nil {
			return err
		}
	}
	return nil
}

func TestWriteBook(t *testing.T) {
	reg := toyRegistry()
	reg.Register(Codec{Format: Format{Name: "book"}, NewWriter: func(Options) (Writer, error) { return bookWriter{}, nil }})
	ctx := context.Background()
	var docs []*doc.Document
	for _, s := range []string{"a", "b"} {
		d, err := reg.Read(ctx, strings.NewReader(s), Options{From: "lines"})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	var out bytes.Buffer
	if err := reg.WriteBook(ctx, &out, docs, "book", Options{}); err != nil || out.String() != "A\nB\n" {
		t.Errorf("WriteBook = %q, %v", out.String(), err)
	}
	if reg.CanCombine("upper", Options{}) || !reg.CanCombine("book", Options{}) {
		t.Error("CanCombine wrong")
	}
	var fe *FormatError
	if err := reg.WriteBook(ctx, &out, docs, "upper", Options{}); !errors.As(err, &fe) {
		t.Errorf("WriteBook to a plain writer: %v, want a FormatError", err)
	}
}

// TestPrepare checks that Registry.Prepare calls a codec's Prepare with
// the options, before Convert reads, and that its wait is never nil.
func TestPrepare(t *testing.T) {
	var order []string
	reg := NewRegistry(
		Codec{Format: Format{Name: "in"}, NewReader: func(Options) (Reader, error) {
			return readerFunc(func(ctx context.Context, r io.Reader, name string) (*doc.Document, error) {
				order = append(order, "read")
				return &doc.Document{}, nil
			}), nil
		}},
		Codec{
			Format: Format{Name: "out"},
			NewWriter: func(Options) (Writer, error) {
				return writerFunc(func(context.Context, io.Writer, *doc.Document) error { order = append(order, "write"); return nil }), nil
			},
			Prepare: func(o Options) func() {
				order = append(order, "prepare "+o.Title)
				return func() { order = append(order, "wait") }
			},
		},
	)
	if err := reg.Convert(context.Background(), strings.NewReader("x"), io.Discard, Options{From: "in", To: "out", Title: "t"}); err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(order, ", "), "prepare t, read, write, wait"; got != want {
		t.Errorf("order: %s, want %s", got, want)
	}
	reg.Prepare("no such format", Options{})() // a no-op, not a nil func
	reg.Prepare("in", Options{})()
}

type readerFunc func(ctx context.Context, r io.Reader, name string) (*doc.Document, error)

func (f readerFunc) Read(ctx context.Context, r io.Reader, name string) (*doc.Document, error) {
	return f(ctx, r, name)
}

type writerFunc func(ctx context.Context, out io.Writer, d *doc.Document) error

func (f writerFunc) Write(ctx context.Context, out io.Writer, d *doc.Document) error {
	return f(ctx, out, d)
}
