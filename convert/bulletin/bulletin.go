// Package bulletin writes a document tree as a fixed-width plain-text
// bulletin (format "txt"): for terminals, mail, wire feeds and SMS.
//
// Every line is broken and justified by package layout on a grid of display
// columns (UAX #11), so CJK text follows the same kinsoku rules as the PDF
// pages. Body paragraphs are indented with two U+3000; their lines are
// filled at their spaces and Latin words' edges, and a Chinese or Japanese
// line ends up to four columns short rather than take a blank cell inside
// a word; no line is ever wider than the width.
package bulletin

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/paiban/paiban/convert/doc"
)

// DefaultWidth is the line width in display columns when none is given.
const DefaultWidth = 72

// MinWidth is the narrowest width accepted; narrower requests use it.
const MinWidth = 8

// Writer renders documents as plain-text bulletins. It is safe for
// concurrent use: Write keeps its state on the stack.
type Writer struct {
	width     int
	ambNarrow bool
	brief     bool
}

// Option configures a Writer.
type Option func(*Writer)

// WithWidth sets the line width in display columns (default 72). Values
// below MinWidth are raised to it; 0 keeps the default.
func WithWidth(n int) Option {
	return func(w *Writer) {
		switch {
		case n == 0:
			w.width = DefaultWidth
		case n < MinWidth:
			w.width = MinWidth
		default:
			w.width = n
		}
	}
}

// WithAmbiguousNarrow counts East Asian ambiguous characters (“”‘’…—·■)
// as one column instead of two. By default they take two columns in
// Chinese, Japanese and Korean documents, as CJK terminals show them, and
// one in others.
func WithAmbiguousNarrow(narrow bool) Option {
	return func(w *Writer) { w.ambNarrow = narrow }
}

// WithBrief writes a news bulletin: per article only the kicker, headline,
// dateline and first paragraph.
func WithBrief(brief bool) Option {
	return func(w *Writer) { w.brief = brief }
}

// New returns a Writer with the given options.
func New(opts ...Option) *Writer {
	w := &Writer{width: DefaultWidth}
	for _, o := range opts {
		o(w)
	}
	return w
}

// Write renders d to out as UTF-8 text with LF line ends. Articles are laid
// out independently, so a large document is set by several goroutines at
// once and written in order; the output is the same as from one.
func (w *Writer) Write(ctx context.Context, out io.Writer, d *doc.Document) error {
	if d == nil {
		return fmt.Errorf("bulletin: nil document")
	}
	bw := bufio.NewWriterSize(out, 64<<10)
	if err := w.write(ctx, bw, d); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("bulletin: %w", err)
	}
	return nil
}

// write sets the articles in batches, each batch shared among the workers,
// and joins their text as one renderer would have written it: a blank line
// before an article's first block unless nothing precedes it, and a rule
// between articles.
func (w *Writer) write(ctx context.Context, bw *bufio.Writer, d *doc.Document) error {
	workers := min(runtime.GOMAXPROCS(0), len(d.Articles))
	if textSize(d) < parallelMin {
		workers = 1
	}
	rs := make([]*renderer, max(workers, 1))
	for i := range rs {
		rs[i] = newRenderer(w, d)
		rs[i].ctx = ctx
	}
	const batch = 64
	bufs := make([][]byte, batch)
	started := false
	for lo := 0; lo < len(d.Articles); lo += batch {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("bulletin: %w", err)
		}
		arts := d.Articles[lo:min(lo+batch, len(d.Articles))]
		setBatch(rs[:min(len(rs), len(arts))], arts, bufs)
		for _, r := range rs {
			if r.err != nil {
				// Some text was left out: report no partial success.
				return fmt.Errorf("bulletin: %w", r.err)
			}
		}
		for i := range arts {
			if lo+i > 0 {
				if started {
					bw.WriteByte('\n')
				}
				bw.WriteString(strings.Repeat("-", w.width))
				bw.WriteByte('\n')
			}
			if len(bufs[i]) > 0 {
				if started {
					bw.WriteByte('\n')
				}
				bw.Write(bufs[i])
				started = true
			}
		}
	}
	return nil
}

// parallelMin is the text size below which one goroutine sets everything:
// starting workers would cost more than it saves.
const parallelMin = 64 << 10

// setBatch renders arts[i] into bufs[i] with the renderers rs, one
// goroutine each, taking articles in turn.
func setBatch(rs []*renderer, arts []*doc.Node, bufs [][]byte) {
	if len(rs) <= 1 {
		for i, a := range arts {
			bufs[i] = rs[0].render(a, bufs[i][:0])
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for _, r := range rs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(arts) {
					return
				}
				bufs[i] = r.render(arts[i], bufs[i][:0])
			}
		}()
	}
	wg.Wait()
}

// textSize is the number of bytes of text in d's articles.
func textSize(d *doc.Document) int {
	n := 0
	for _, a := range d.Articles {
		doc.Walk(a, func(c *doc.Node) bool {
			n += len(c.Text)
			return n < parallelMin
		})
		if n >= parallelMin {
			break
		}
	}
	return n
}
