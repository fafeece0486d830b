package newstext

import "github.com/paiban/paiban/convert/doc"

// mergeScenes turns the article breaks that are scene breaks back into
// divisions of the article above them. arts[i] (i ≥ 1) is the article
// starting at us[heads[i-1]].
//
// The rule: a dinkus ("* * *", "◇◇◇") inside an article, that is with
// body text (a paragraph or a head) of that article above it, and with
// body text right below it, is a scene break: a feature's text goes on
// past it. One with a headline, kicker, dateline or any other form that
// opens an article below it, or with no body text above it, is an
// article break. The decision is taken on the built articles, after the
// headlines took their kickers, so that it rests on exactly the nodes
// the writer writes, and the normalized text reads back the same.
//
// A scene break becomes an untitled section headed by the mark as
// written, a sibling of the innermost section open above it, holding
// the text up to the article's next head; the heads after it follow as
// its siblings. The emptied article is dropped by assemble.
func (b *builder) mergeScenes(us []unit, heads []int, arts []*doc.Node) {
	prev := arts[0]
	for i := 1; i < len(arts); i++ {
		a := arts[i]
		u := &us[heads[i-1]]
		if u.brk && len(prev.Children) > 0 && len(a.Children) > 0 &&
			a.Children[0].Kind == doc.KindParagraph && hasBody(prev) {
			mark := b.lines[u.brkLine-1].text
			b.warn(u.brkLine, "break inside an article with body text below it taken as a scene break: %s", mark)
			parent := openParent(prev)
			k := 0
			for k < len(a.Children) && a.Children[k].Kind != doc.KindSection {
				k++
			}
			sec := &doc.Node{Kind: doc.KindSection, Line: u.brkLine,
				Children: append([]*doc.Node{{Kind: doc.KindHeading, Text: mark, Line: u.brkLine}}, a.Children[:k]...)}
			parent.Children = append(parent.Children, sec)
			parent.Children = append(parent.Children, a.Children[k:]...)
			a.Children = nil
			continue
		}
		if len(a.Children) > 0 {
			prev = a
		}
	}
}

// hasBody reports whether art holds a paragraph or a section.
func hasBody(art *doc.Node) bool {
	for _, c := range art.Children {
		if c.Kind == doc.KindParagraph || c.Kind == doc.KindSection {
			return true
		}
	}
	return false
}

// openParent returns the container that takes a section after the last
// node of art as a sibling of the innermost section open there: the
// parent of lastContainer(art), or art when no section is open.
func openParent(art *doc.Node) *doc.Node {
	parent := art
	for {
		k := parent.Children
		if len(k) == 0 || k[len(k)-1].Kind != doc.KindSection {
			return parent
		}
		last := k[len(k)-1]
		if kk := last.Children; len(kk) == 0 || kk[len(kk)-1].Kind != doc.KindSection {
			return parent
		}
		parent = last
	}
}
