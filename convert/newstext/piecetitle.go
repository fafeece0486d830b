package newstext

import "slices"

// A 副刊 (literary supplement) page sets its pieces one after another,
// each a title over the author's marked name (◎林清禾, ◆ 沈一苇) and its
// prose or stanzas; a page that parts its paragraphs by indent alone has
// no blank line to tell where one piece ends. A title right over a
// marked author (markMarkedAuthors) is the piece's headline, however
// short (晒被头) and whatever the last paragraph of the piece above left
// (README: "the title over it is the piece's headline"): a section's
// head carries no author. (A poem's end tells it too: poemend.go.)

// pieceTitleOverAuthor reports unit i a title line set alone right over a
// 副刊 piece's marked author: no title line above it (a kicker over it
// already makes it the headline, and a second line under a headline is
// its subheadline).
func (sc *scorer) pieceTitleOverAuthor(i int) bool {
	return len(sc.pieceTitles) > 0 && slices.Contains(sc.pieceTitles, i) && sc.beforeTitles(i) == sc.prevContent(i)
}
