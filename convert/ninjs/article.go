package ninjs

import (
	"strings"
	"unicode/utf8"

	"github.com/paiban/paiban/convert/doc"
)

// Headline and description roles. "subhead" is the role the ninjs user
// guide gives a subheadline; "kicker" is the newsroom name of the line
// above a headline (引题).
const (
	roleMain    = "main"
	roleKicker  = "kicker"
	roleSubhead = "subhead"
	roleCaption = "caption"
)

// article fills the item of one article node, all but its identity and
// date: headlines, bylines, dateline place, captions and bodies.
func article(a *doc.Node) *Item {
	b := &builder{it: &Item{Standard: standard, Type: "text", RepresentationType: "full"}, seen: map[Person]bool{}}
	b.children(a, 1)
	it := b.it
	it.Headlines = mainFirst(it.Headlines)
	it.By = strings.Join(b.by, " ")
	if plain := b.body.plain(); plain != "" {
		it.Bodies = []Body{
			{Role: roleMain, ContentType: "text/html", Value: b.body.html()},
			{Role: roleMain, ContentType: "text/plain", CharCount: utf8.RuneCountInString(plain), Value: plain},
		}
	}
	return it
}

// builder collects an article's item while walking its nodes.
type builder struct {
	it   *Item
	by   []string
	seen map[Person]bool
	body body
}

// children visits the children of a container at section depth depth.
func (b *builder) children(n *doc.Node, depth int) {
	for _, c := range n.Children {
		b.node(c, depth)
	}
}

func (b *builder) node(n *doc.Node, depth int) {
	it := b.it
	switch n.Kind {
	case doc.KindHeadline:
		it.Headlines = append(it.Headlines, Text{Role: roleMain, Value: n.Text})
	case doc.KindKicker:
		it.Headlines = append(it.Headlines, Text{Role: roleKicker, Value: n.Text})
	case doc.KindSubheadline:
		it.Headlines = append(it.Headlines, Text{Role: roleSubhead, Value: n.Text})
	case doc.KindByline:
		b.by = append(b.by, n.Text)
		for _, p := range people(n) {
			if !b.seen[p] {
				b.seen[p] = true
				it.People = append(it.People, p)
			}
		}
	case doc.KindCaption:
		it.Descriptions = append(it.Descriptions, Text{Role: roleCaption, Value: n.Text})
	case doc.KindNoise:
		// A folio or page number is not part of the story.
	case doc.KindSection:
		b.body.open("section")
		b.children(n, depth+1)
		b.body.close("section")
	case doc.KindHeading:
		// Visited inside its section, one level down: h2 in an article.
		b.body.heading(depth, n.Text)
	case doc.KindDateline:
		if it.Located == "" {
			it.Located = n.Place
		}
		b.body.para("dateline", n.Text)
	case doc.KindNote:
		b.body.open(`aside class="note"`)
		b.body.para("", n.Text)
		b.body.close("aside")
	case doc.KindJump:
		b.body.para("jump", n.Text)
	case doc.KindVerse:
		b.body.verse(n)
	default:
		if n.Kind.IsContainer() {
			b.children(n, depth)
			return
		}
		if n.Row {
			// A table row (doc.Node.Row): the class lets the consumer's
			// stylesheet set a run of them as a table.
			b.body.para("row", n.Text)
			return
		}
		b.body.para("", n.Text)
	}
}

// mainFirst puts the main headline first, keeping the others in order, so
// that a reader taking the first headline gets the main one.
func mainFirst(hs []Text) []Text {
	for i, h := range hs {
		if h.Role == roleMain {
			if i > 0 {
				copy(hs[1:i+1], hs[:i])
				hs[0] = h
			}
			break
		}
	}
	return hs
}

// people pairs the names of a byline with their roles: each name takes the
// last role written before it (记者 林某 通讯员 周某), or the first role when
// none precedes it (Korean 부산=김민준 기자). Names and roles the text does
// not hold as written keep the byline's first role.
func people(n *doc.Node) []Person {
	out := make([]Person, 0, len(n.Names))
	for _, name := range n.Names {
		p := Person{Name: name}
		at := strings.Index(n.Text, name)
		best := -1
		for _, r := range n.Roles {
			i := strings.Index(n.Text, r)
			if i >= 0 && at >= 0 && i < at && i > best {
				best = i
				p.Rel = r
			}
		}
		if p.Rel == "" && len(n.Roles) > 0 {
			p.Rel = n.Roles[0]
		}
		out = append(out, p)
	}
	return out
}
