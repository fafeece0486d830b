package newstext

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/paiban/paiban/convert/doc"
)

// Writer writes a document tree as normalized newspaper text (see the
// package documentation): UTF-8, LF line ends, one block per node
// separated by blank lines; "# " headlines with their kickers above and
// "——" subheadlines below, "## " section headings, every paragraph
// indented by 2em (two U+3000), a verse's stanza as its lines, flush,
// one block, datelines, bylines and the other nodes as
// their own text, "* * *" above an article with no headline, and a
// backslash escaping a paragraph or kicker that would otherwise read as
// something else. Reading the output gives the same tree: a tree whose
// text would read back otherwise is written fenced (writeVerified).
// TestCases, TestSamples, TestSeedRoundTrip and every input the fuzz
// targets kept require the text; FuzzRead, FuzzStructure and
// FuzzNormalized check the tree on adversarial input.
type Writer struct {
	dropNoise bool
	inexact   bool // WithExact(false): the text even when it reads back otherwise
}

// WriterOption configures a Writer.
type WriterOption func(*Writer)

// WithNoise(false) leaves out noise nodes (page folios and other
// furniture), for clean text; the output then no longer reads back to the
// same tree. The default, true, keeps them.
func WithNoise(keep bool) WriterOption {
	return func(w *Writer) { w.dropNoise = !keep }
}

// WithExact(false) writes the text even when it would read back as
// another tree, for a tree another program built in shapes the reader
// does not make (a byline with fields and no text, a lone stanza), whose
// text is wanted rather than the tree. The default, true, writes such a
// tree fenced (see the package documentation), as it does a page the
// reader made whose text would read otherwise.
func WithExact(on bool) WriterOption {
	return func(w *Writer) { w.inexact = !on }
}

// NewWriter returns a Writer with the given options.
func NewWriter(opts ...WriterOption) *Writer {
	w := &Writer{}
	for _, o := range opts {
		o(w)
	}
	return w
}

// Write renders d to out. It satisfies convert.Writer. Unless noise is
// left out (WithNoise(false)) or the text asked for (WithExact(false)),
// it checks that the text reads back to d's tree and writes the tree
// fenced if not (writeVerified).
func (w *Writer) Write(ctx context.Context, out io.Writer, d *doc.Document) error {
	if d == nil {
		return errors.New("newstext: nil document")
	}
	if w.dropNoise || w.inexact {
		return w.writeText(ctx, out, d)
	}
	return w.writeVerified(ctx, out, d)
}

// writeText renders d as normalized text.
func (w *Writer) writeText(ctx context.Context, out io.Writer, d *doc.Document) error {
	bw := bufio.NewWriterSize(out, 64<<10)
	// esc decides which paragraphs need the escape mark, with the
	// reader's own recognisers for the document's language.
	esc := builder{ctx: ctx, lang: d.Lang}
	pageNames := pageHeadWords(d)
	first := true
	// lead holds a dateline that reads as one on its own line until the
	// node after it is known: a byline that reads as one only run in
	// after a dateline (视网消息： （张晓宇 孙悦）: a bracket of names alone
	// on its line reads as a head) is written on the dateline's line.
	lead := ""
	var emit func(prefix, text string)
	flushLead := func() {
		if lead != "" {
			l := lead
			lead = ""
			emit("", l)
		}
	}
	put := func(prefix, text string) {
		flushLead()
		emit(prefix, text)
	}
	emit = func(prefix, text string) {
		if !first {
			bw.WriteString("\n")
		}
		first = false
		bw.WriteString(prefix)
		bw.WriteString(oneBlock(text))
		bw.WriteString("\n")
	}
	// runIn holds a dateline that reads as one only run into the text
	// after it (【明報】…, paperTagDateline): it is written at the start of
	// the next paragraph, or of the next line when that reads back as
	// the two (line), or on its own if none follows.
	runIn := ""
	block := func(prefix, text string) {
		if runIn != "" {
			put("", runIn)
			runIn = ""
		}
		put(prefix, text)
	}
	// line writes node n, a line of its own text: after a run-in
	// dateline, run into it when that reads back as the two (【公報】記者,
	// 【公報】記者嘉欣報道＞）: alone, 【公報】 reads as a head).
	line := func(n *doc.Node, text string) {
		if runIn != "" && esc.readsRunInto(runIn, text, n) {
			put("", runIn+text)
			runIn = ""
			return
		}
		block("", text)
	}
	depth := 0 // sections open around the node
	// linkHead is set after a link list's header written as noise
	// (相关文章): the reader takes the title lines under it for its links
	// (markLinkLists), so a paragraph of a title line's form written next
	// (网讯相关文章 over 典: the header was run in after a dateline, no
	// header there) is escaped.
	linkHead := false
	var walk func(n *doc.Node) error
	walk = func(n *doc.Node) error {
		underHead := false
		switch n.Kind {
		case doc.KindArticle, doc.KindSection, doc.KindDocument:
		default:
			underHead = linkHead
			linkHead = n.Kind == doc.KindNoise && !w.dropNoise && isLinkHeader(n.Text)
		}
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
			block("", subheadLine(oneBlock(n.Text)))
		case doc.KindParagraph:
			if n.Text == "" {
				return nil
			}
			text := oneBlock(n.Text)
			if runIn != "" {
				put(paraIndent, runIn+text)
				runIn = ""
				return nil
			}
			if esc.needsEscape(text) || underHead && linkLine(text) {
				block(paraIndent+escapeMark, text)
			} else {
				block(paraIndent, text)
			}
		case doc.KindVerse:
			// A stanza: its lines as they are, flush, one block; the
			// blank line after it parts it from the next. Read back,
			// two or more stanzas of short lines are a poem again
			// (verse.go); a lone stanza, or lines the reader would not
			// take for verse, come back as other nodes.
			if n.Text != "" {
				block("", oneBlock(n.Text))
			}
		case doc.KindKicker:
			// (A service's name alone reads as a release's masthead at
			// the page's top: pressrelease.go.)
			// (So does a page's code and name alone, A3　證券: a running
			// head, pagedhead.go.)
			if text := oneBlock(n.Text); esc.needsEscape(text) || pageNames.kickerReadsAsHead(text) || releaseService(text) || pageCodeHead(text) {
				block(escapeMark, text)
			} else {
				block("", text)
			}
		case doc.KindDateline:
			if !readsAlone(n.Text, esc.lang) && readsRunIn(n.Text, esc.lang) {
				if runIn != "" {
					put("", runIn)
				}
				runIn = n.Text
				return nil
			}
			if runIn != "" {
				put("", runIn)
				runIn = ""
			}
			flushLead()
			lead = n.Text
		case doc.KindByline:
			text := bylineText(n)
			if lead != "" && !readsAsByline(text) && esc.readsRunInto(lead, text, n) {
				emit("", lead+text)
				lead = ""
				return nil
			}
			line(n, text)
		case doc.KindNoise:
			if !w.dropNoise {
				line(n, n.Text)
			}
		default:
			if n.Text != "" {
				line(n, n.Text)
			}
		}
		return nil
	}
	for i, a := range d.Articles {
		if i > 0 && needsBreak(d.Articles[i-1], a, i == 1) {
			block("", articleBreak)
		}
		if err := walk(a); err != nil {
			return err
		}
	}
	flushLead()
	if runIn != "" {
		put("", runIn)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("newstext: %w", err)
	}
	return nil
}

// readsAlone reports a dateline's text that the reader takes for one on
// a line of its own.
func readsAlone(s, lang string) bool {
	_, rest, ok := parseDatelineLang(s, lang)
	return ok && rest == ""
}

// readsAsByline reports a byline's text that the reader takes for one
// on a line of its own. One it does not (a bracket of names,
// datelineBracketCredit) it takes only run in after a dateline.
func readsAsByline(s string) bool {
	k, _, _ := classifyText(s)
	return k == uByline
}

// readsRunIn reports a dateline's text that the reader takes for one run
// into a paragraph's text (【明報】…, which alone on its line is a label).
func readsRunIn(s, lang string) bool {
	probe := "据了解"
	if lang == "ja" {
		if p, ok := jaTownProbe(s); ok {
			probe = p // 【小樽（おたる）】: run in before a lede naming the town (jaRunOnTown)
		}
	}
	_, rest, ok := parseDatelineLang(s+probe, lang)
	return ok && rest == probe
}

// readsRunInto reports whether a dateline that reads as one only run in
// (readsRunIn), written at the start of the line of node n, whose text is
// text, reads back as the dateline and n. (Only the parts of n that the
// fuzz targets' tree comparison reads are compared.)
func (b *builder) readsRunInto(dateline, text string, n *doc.Node) bool {
	scratch := b.sub()
	st := &articleState{art: &doc.Node{}}
	st.cur = st.art
	scratch.expand(st, dateline+text, 0, 0)
	k := st.art.Children
	return len(k) == 2 && k[0].Kind == doc.KindDateline && k[0].Text == dateline &&
		k[1].Kind == n.Kind && k[1].Text == n.Text && slices.Equal(k[1].Roles, n.Roles) && slices.Equal(k[1].Names, n.Names) &&
		k[1].Org == n.Org && k[1].Place == n.Place && k[1].Date == n.Date
}

// needsBreak reports whether article a, written after prev, needs an
// article break above it: unless its title group starts it (the reader
// starts an article at each headline, with the kickers and editor's
// notes directly above), the two would read as one. A note ending prev
// would be taken into a's title group, and a first article of furniture
// and credits alone into a, so they need one too.
func needsBreak(prev, a *doc.Node, first bool) bool {
	if k := lastContainer(prev).Children; len(k) > 0 && k[len(k)-1].Kind == doc.KindNote {
		return true
	}
	if first && onlyNoise(prev) {
		return true
	}
	for _, c := range a.Children {
		switch c.Kind {
		case doc.KindKicker, doc.KindNote:
			continue
		case doc.KindHeadline:
			return false
		}
		return true
	}
	return true
}

// needsEscape reports a paragraph text that, written after the 2em
// indent, would not read back as exactly that paragraph: it opens with a
// marker or the escape mark, is an article break, or has the form of
// something else (a dateline leading it, a credit, jump or end mark
// ending it, a head's numbering, a run-in lead-in, a caption, byline,
// note or noise form, stray spaces the reader would remove).
func (b *builder) needsEscape(s string) bool {
	if strings.HasPrefix(s, escapeMark) || isArticleBreak(s) || strings.ContainsAny(s, "\r\n") {
		return true
	}
	if s == bareEndMark {
		return true // a release's end mark after a finished paragraph (pressrelease.go)
	}
	if _, ok := dashPrefix(s); ok {
		return true // a subheadline under a headline
	}
	if headMarker(s) != "" || runInEnd(s, b.lang) > 0 || !splittable(s) {
		return true
	}
	// Read where the most is split off a paragraph: first in its article,
	// right under a dateline (which takes a bracketed credit opening it).
	scratch := b.sub()
	st := &articleState{art: &doc.Node{Children: []*doc.Node{{Kind: doc.KindDateline}}}}
	st.cur = st.art
	scratch.expand(st, s, 0, 0)
	k := st.art.Children[1:]
	return len(k) != 1 || k[0].Kind != doc.KindParagraph || k[0].Text != s
}

// subheadPrefixes are the dash runs a subheadline may be written after,
// plainest first. A space keeps a text that itself opens with a dash from
// running into them (—— —, not ———); a wider one makes a line too long
// for a form that reads only short lines (a media prompt, 扫码看视频…),
// as the source line was.
var subheadPrefixes = []string{"——", "—— ", "——\u3000", "——\u3000\u3000", "——\u3000\u3000\u3000\u3000"}

// subheadLine returns the line of a subheadline: the first of
// subheadPrefixes and the text that reads back as that subheadline.
func subheadLine(text string) string {
	for _, p := range subheadPrefixes {
		if t, ok := subheadDash(p + text); ok && t == text {
			return p + text
		}
	}
	// A text that reads as a short-line form however it is opened (a
	// subheadline ending in 扫码看视频) is pushed past every such form's
	// length limit (captions are at most 200 runes) by a wider indent, as
	// its source line must have been.
	p := subheadPrefixes[len(subheadPrefixes)-1]
	for pad := 5; pad <= maxCaptionRunes; pad++ {
		p += "\u3000"
		if t, ok := subheadDash(p + text); ok && t == text {
			return p + text
		}
	}
	return subheadPrefixes[1] + text
}

// maxCaptionRunes bounds the indent subheadLine tries: no caption form
// reads a line longer than this.
const maxCaptionRunes = 200

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
