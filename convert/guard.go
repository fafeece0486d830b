package convert

import (
	"context"
	"fmt"
	"io"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/jsonfmt"
	"github.com/paiban/paiban/internal/readall"
)

// guardReader sits between the caller's stream and a reader. It stops at
// the size limit, notices cancellation between reads and remembers the
// first failure of the stream, so that Read can tell I/O errors from bad
// input whatever the codec did with them.
type guardReader struct {
	ctx  context.Context
	r    io.Reader
	left int64 // bytes still allowed; negative: no limit
	max  int64 // the limit, for the message
	name string
	err  error
}

func (g *guardReader) Read(p []byte) (int, error) {
	if g.err != nil {
		return 0, g.err
	}
	if err := g.ctx.Err(); err != nil {
		return 0, err
	}
	if g.left >= 0 && int64(len(p)) > g.left+1 {
		p = p[:g.left+1]
	}
	n, err := g.r.Read(p)
	if g.left >= 0 {
		if int64(n) > g.left {
			g.err = doc.TooLarge(g.name, g.max)
			return 0, g.err
		}
		g.left -= int64(n)
	}
	if err != nil && err != io.EOF {
		g.err = err
	}
	return n, err
}

// Size is a hint for readers that read everything: the bytes the caller's
// stream still holds, or -1 when it cannot tell. It lets a reader allocate
// its buffer once (the guard itself hides the stream's own methods).
func (g *guardReader) Size() int64 {
	return readall.Size(g.r)
}

// guardWriter remembers the first failure of the caller's stream.
type guardWriter struct {
	w   io.Writer
	err error
}

func (g *guardWriter) Write(p []byte) (int, error) {
	if g.err != nil {
		return 0, g.err
	}
	n, err := g.w.Write(p)
	if err != nil {
		g.err = err
	}
	return n, err
}

// checkedWriter refuses a tree that breaks the rules of
// doc.Document.Validate before its writer sees it, so that no writer has
// to guard against nil nodes or misplaced kinds on its own.
type checkedWriter struct{ w Writer }

func (c checkedWriter) Write(ctx context.Context, out io.Writer, d *doc.Document) error {
	if err := validate(d, ""); err != nil {
		return err
	}
	return c.w.Write(ctx, out, d)
}

// checkedBookWriter is a checkedWriter whose writer can combine documents;
// it checks every one of them.
type checkedBookWriter struct {
	checkedWriter
	bw BookWriter
}

func (c checkedBookWriter) WriteBook(ctx context.Context, out io.Writer, docs []*doc.Document) error {
	for i, d := range docs {
		if err := validate(d, fmt.Sprintf("document %d: ", i+1)); err != nil {
			return err
		}
	}
	return c.bw.WriteBook(ctx, out, docs)
}

// checked wraps w in the checking writer that keeps its abilities.
func checked(w Writer) Writer {
	if bw, ok := w.(BookWriter); ok {
		return checkedBookWriter{checkedWriter{w}, bw}
	}
	return checkedWriter{w}
}

// validate refuses a tree the writers could not trust, as bad input; where
// names which document of several it is.
func validate(d *doc.Document, where string) error {
	err := d.Validate()
	if err == nil {
		// A language tag that is not BCP 47 (zh_CN) would make an EPUB
		// that readers and epubcheck refuse.
		msg := jsonfmt.LangProblem(d.Lang)
		if msg == "" {
			return nil
		}
		err = &doc.TreeError{Path: "lang", Msg: msg}
	}
	name := ""
	if d != nil {
		name = d.Source.Name
	}
	return &doc.InputError{Name: name, Err: fmt.Errorf("%sinvalid tree: %w", where, err)}
}
