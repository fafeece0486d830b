package newstext

import (
	"strings"

	"github.com/paiban/paiban/convert/doc"
)

// titleAfterEnd reports that paragraph out[k] is a title line standing
// right after what ends an article — a jump line （関連記事企業面に）, a
// bracketed credit, a byline with the reporter's e-mail address — so a
// column break never joins the text below into it: the line is the next
// story's title, which the grammar left as body text for want of
// evidence, not the start of a sentence broken by a column.
func titleAfterEnd(out []*doc.Node, k int) bool {
	if k <= 0 || !isTitleLine(out[k].Text) {
		return false
	}
	switch p := out[k-1]; p.Kind {
	case doc.KindJump:
		return true
	case doc.KindByline:
		r, _ := firstRune(p.Text)
		return closeFor(r) != 0 || strings.IndexByte(p.Text, '@') >= 0
	}
	return false
}
