package newstext

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/paiban/paiban/convert/doc"
)

// Writer writes a document tree as normalized newspaper text: UTF-8, LF
// line ends, one block per node separated by blank lines, "# " headlines,
// "## " section headings and "——" subheadlines. Datelines, bylines and the
// other nodes are written as their text, in forms the Reader recognises,
// so reading the output of a page the Reader made gives the same tree
// (apart from source lines); tested on every sample and case file. On
// adversarial input the Reader can still settle a guess differently
// (a paragraph opening with a credit form, untitled articles run
// together), which is open work.
type Writer struct {
	dropNoise bool
}

// WriterOption configures a Writer.
type WriterOption func(*Writer)

// WithNoise(false) leaves out noise nodes (page folios and other
// furniture), for clean text; the output then no longer reads back to the
// same tree. The default, true, keeps them.
func WithNoise(keep bool) WriterOption {
	return func(w *Writer) { w.dropNoise = !keep }
}

// NewWriter returns a Writer with the given options.
func NewWriter(opts ...WriterOption) *Writer {
	w := &Writer{}
	for _, o := range opts {
		o(w)
	}
	return w
}

// Write renders d to out. It satisfies convert.Writer.
func (w *Writer) Write(ctx context.Context, out io.Writer, d *doc.Document) error {
	if d == nil {
		return errors.New("newstext: nil document")
	}
	bw := bufio.NewWriterSize(out, 64<<10)
	first := true
	block := func(prefix, text string) {
		if !first {
			bw.WriteString("\n")
		}
		first = false
		bw.WriteString(prefix)
		bw.WriteString(oneBlock(text))
		bw.WriteString("\n")
	}
	depth := 0 // sections open around the node
	var walk func(n *doc.Node) error
	walk = func(n *doc.Node) error {
		switch n.Kind {
		case doc.KindArticle, doc.KindSection, doc.KindDocument:
			if err := ctx.Err(); err != nil {
				return err
			}
			if n.Kind == doc.KindSection {
				depth++
				defer func() { depth-- }()
			}
			for _, c := range n.Children {
				if err := walk(c); err != nil {
					return err
				}
			}
			return nil
		case doc.KindHeadline:
			block("# ", n.Text)
		case doc.KindHeading:
			// "## " for a section, one more "#" for each section it is in.
			block(headingMarks[:min(max(depth, 1)+1, len(headingMarks))]+" ", n.Text)
		case doc.KindSubheadline:
			// A space after the dashes keeps a text that itself opens
			// with a dash from running into them (—— —, not ———).
			if r, _ := utf8.DecodeRuneInString(n.Text); strings.ContainsRune("—─―－-━", r) {
				block("—— ", n.Text)
			} else {
				block("——", n.Text)
			}
		case doc.KindByline:
			block("", bylineText(n))
		case doc.KindNoise:
			if !w.dropNoise {
				block("", n.Text)
			}
		default:
			if n.Text != "" {
				block("", n.Text)
			}
		}
		return nil
	}
	for _, a := range d.Articles {
		if err := walk(a); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("newstext: %w", err)
	}
	return nil
}

// headingMarks supplies the "#" run of a heading: two for a top-level
// section, up to eight.
const headingMarks = "########"

// bylineText is the byline as written, or one rebuilt from its parsed
// fields for trees made by other programs.
func bylineText(n *doc.Node) string {
	if n.Text != "" {
		return n.Text
	}
	var b strings.Builder
	b.WriteString("■")
	b.WriteString(n.Org)
	if len(n.Roles) > 0 {
		b.WriteString(n.Roles[0])
	}
	for _, name := range n.Names {
		b.WriteString(" ")
		b.WriteString(name)
	}
	return b.String()
}

// oneBlock keeps a text inside one block: blank lines inside it would
// split it in two, so runs of line breaks become one.
func oneBlock(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(s)
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}
