// Package doc defines paiban's document tree: a page of newspaper text as
// articles made of typed nodes in reading order.
//
// The tree is deliberately plain data with no dependencies, so that every
// reader and writer can share it and other programs can build or edit it.
// Its JSON form (package jsonfmt) is the stable contract; this package is the
// typed Go view of the same thing.
package doc

import "strings"

// Kind names the role a node plays on the page. The string values are the
// "type" field of the JSON form.
type Kind string

// The node kinds. Document-level structure first, then the parts of an article.
const (
	KindDocument    Kind = "document"
	KindArticle     Kind = "article"
	KindKicker      Kind = "kicker"      // 引题: the line(s) above a headline
	KindHeadline    Kind = "headline"    // 主题
	KindSubheadline Kind = "subheadline" // 副题, written after a leading ——
	KindDateline    Kind = "dateline"    // 电头: 本报讯, 新华社北京8月29日电 …
	KindByline      Kind = "byline"      // 署名, with parsed org, roles and names
	KindCaption     Kind = "caption"     // 图片说明 and media prompts (扫码看视频)
	KindParagraph   Kind = "paragraph"
	KindVerse       Kind = "verse"   // one stanza of a poem, its lines joined by "\n" (see Node.Text)
	KindSection     Kind = "section" // a heading and the nodes under it
	KindHeading     Kind = "heading" // 小标题, first child of a section
	KindNote        Kind = "note"    // 编者按
	KindJump        Kind = "jump"    // 转版: （下转第三版）
	KindNoise       Kind = "noise"   // text that is not content (a folio), kept with a diagnostic
)

// Kinds lists every kind in a fixed order, for validation and documentation.
var Kinds = []Kind{
	KindDocument, KindArticle, KindKicker, KindHeadline, KindSubheadline,
	KindDateline, KindByline, KindCaption, KindParagraph, KindVerse,
	KindSection, KindHeading, KindNote, KindJump, KindNoise,
}

// Valid reports whether k is one of the kinds paiban knows.
func (k Kind) Valid() bool {
	for _, x := range Kinds {
		if x == k {
			return true
		}
	}
	return false
}

// IsContainer reports whether nodes of kind k hold children rather than text.
func (k Kind) IsContainer() bool {
	return k == KindDocument || k == KindArticle || k == KindSection
}

// Version is the version of the tree's JSON form written by this package.
const Version = 1

// Document is one converted input: a page (or an edition) of articles.
type Document struct {
	// Lang is the BCP 47 tag of the text: "zh-Hans", "zh-Hant", "ja" or "ko"
	// (detected from the script unless the caller overrode it).
	Lang string
	// Source describes where the text came from.
	Source Source
	// Articles are the page's articles in reading order. Each is a node of
	// kind KindArticle.
	Articles []*Node
	// Diagnostics are the reader's findings, in source order.
	Diagnostics []Diagnostic
}

// Source records the input a document was read from.
type Source struct {
	Name     string // file name as given (base name for files, "-" for stdin); may be empty
	Encoding string // detected or requested encoding: "UTF-8", "UTF-16LE", "GB18030", "Big5" …
}

// Node is one element of the tree. Text nodes carry Text; containers
// (article, section) carry Children. The byline fields are set only on
// bylines and datelines (a dateline such as 中央社記者王小明台北3日電 names its
// organisation and reporter), the dateline fields only on datelines.
type Node struct {
	Kind Kind
	// Text is the node's text, one line. A verse node (KindVerse) is one
	// stanza of a poem (a 副刊's 诗歌): its Text holds the stanza's lines
	// as the poet set them, joined by "\n", the only kind whose text may
	// hold a line feed (no empty line, no other line break: Validate).
	// Writers set each of its lines on a line of its own, flush and not
	// justified, a line too long for the measure wrapped under itself
	// with a hanging indent, and part stanzas as paragraphs are parted.
	Text     string
	Line     int // 1-based source line where the node starts; 0 if unknown
	Children []*Node

	// Byline attributes, also on datelines: the issuing organisation
	// (湖南日报全媒体, 新华社), the roles found in order (记者, 通讯员 …) and
	// the people's names.
	Org   string
	Roles []string
	Names []string

	// Dateline attributes, where the reader could parse them.
	Place string // 北京
	Date  string // as written: 8月29日

	// Furniture marks a noise node that is the source page's furniture:
	// a page number (3, A3, — 3 —, 第2版), a folio line or a running head
	// with the edition's date (2024年9月3日　星期二　第3版). The reader
	// decides it; a writer that sets furniture apart (the PDF's folio)
	// reads the mark rather than guess from the text. Other noise (end
	// marks, copyright and source lines, desk credits) is not furniture.
	Furniture bool

	// Row marks a paragraph that is one row of a small table set as text:
	// fields parted by spaces (广东 102:98 辽宁, 北京　晴　-3℃～6℃), one of a
	// run of rows (a header row may open it). The reader decides it;
	// writers set a run of rows as a table (flush, its fields in columns)
	// rather than as indented body paragraphs, and split the fields with
	// Fields. A row of fewer fields than the run's widest keeps its label
	// in the first column and its figures in the last (layout.TableSlots).
	Row bool
}

// Severity grades a diagnostic.
type Severity string

// Severities.
const (
	SeverityWarning Severity = "warning"
	SeverityError   Severity = "error"
)

// Diagnostic is a finding about the input, tied to a source line.
type Diagnostic struct {
	Line     int
	Severity Severity
	Message  string
}

// Lines returns the lines of a verse node's stanza (its text parted at
// line feeds); for any other node, its text as the one line.
func (n *Node) Lines() []string {
	if n.Kind != KindVerse {
		return []string{n.Text}
	}
	return strings.Split(n.Text, "\n")
}

// Fields returns the fields of a table row (Row): its text parted at
// runs of spaces, ASCII or ideographic.
func (n *Node) Fields() []string {
	return strings.Fields(n.Text)
}

// Headline returns the text of the article's first headline, or "".
func (n *Node) Headline() string {
	for _, c := range n.Children {
		if c.Kind == KindHeadline {
			return c.Text
		}
	}
	return ""
}

// Walk calls fn for n and every node below it, depth first in document
// order. If fn returns false the node's children are skipped.
func Walk(n *Node, fn func(*Node) bool) {
	if !fn(n) {
		return
	}
	for _, c := range n.Children {
		Walk(c, fn)
	}
}

// WalkDocument calls Walk on every article of d.
func (d *Document) WalkDocument(fn func(*Node) bool) {
	for _, a := range d.Articles {
		Walk(a, fn)
	}
}

// WalkStatus tells Inspect how to go on after fn has seen a node.
type WalkStatus int

const (
	// WalkContinue goes on to the node's children, then its next sibling.
	WalkContinue WalkStatus = iota
	// WalkSkipChildren goes on to the node's next sibling.
	WalkSkipChildren
	// WalkStop ends the walk at once.
	WalkStop
)

// Inspect calls fn for n and every node below it, depth first in document
// order, as fn's result directs: a search stops at the node it looks for
// instead of walking the rest of a large tree. It returns WalkStop if fn
// stopped the walk, else WalkContinue.
func Inspect(n *Node, fn func(*Node) WalkStatus) WalkStatus {
	switch fn(n) {
	case WalkStop:
		return WalkStop
	case WalkSkipChildren:
		return WalkContinue
	}
	for _, c := range n.Children {
		if Inspect(c, fn) == WalkStop {
			return WalkStop
		}
	}
	return WalkContinue
}

// Inspect calls Inspect on every article of d until fn stops the walk.
func (d *Document) Inspect(fn func(*Node) WalkStatus) WalkStatus {
	for _, a := range d.Articles {
		if Inspect(a, fn) == WalkStop {
			return WalkStop
		}
	}
	return WalkContinue
}

// Title returns the first headline of the document, or "" if it has none.
func (d *Document) Title() string {
	for _, a := range d.Articles {
		if h := a.Headline(); h != "" {
			return h
		}
	}
	return ""
}

// Authors returns the names of every byline and dateline in document
// order, each once.
func (d *Document) Authors() []string {
	var out []string
	seen := map[string]bool{}
	d.WalkDocument(func(n *Node) bool {
		if n.Kind == KindByline || n.Kind == KindDateline {
			for _, name := range n.Names {
				if !seen[name] {
					seen[name] = true
					out = append(out, name)
				}
			}
		}
		return true
	})
	return out
}

// Heading returns the heading text of a section node, or "".
func (n *Node) Heading() string {
	if n.Kind == KindSection && len(n.Children) > 0 && n.Children[0].Kind == KindHeading {
		return n.Children[0].Text
	}
	return ""
}
