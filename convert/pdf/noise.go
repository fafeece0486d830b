package pdf

import (
	"strings"
	"unicode/utf8"

	"github.com/paiban/paiban/convert/doc"
)

// Noise is the text of a source page that is not the article's own: the
// reader keeps it (nothing is dropped) and the writer puts it where a print
// shop would. The page furniture of the source, lines before the article's
// first text and noise the reader marked as furniture (doc.Node.Furniture:
// running heads, page numbers) met later, goes into the folio in the top
// margin (folio.go). An end mark (（完）, (끝)) closes the
// article's last paragraph, as wire copy prints it. Copyright and source
// notes (版权所有…, *재판매 및 DB 금지, 《人民日报》（…版）) follow the
// article's text in small grey type, in the column flow: never in the
// margin, where a notice of several lines would be set as ragged folio
// rows and read as body lines.

// noiseScale is the type size of trailing notes, as a multiple of the body
// size; they keep the body's line grid.
const noiseScale = 0.8

// arrangeNoise returns the noise of article a that goes into the folio, in
// document order, and a's children as the column flow sets them: noise
// taken out, end marks appended to the paragraph before them, other notes
// moved to the end. The tree itself is left as it is: changed nodes are
// copies.
func arrangeNoise(a *doc.Node) (folio, children []*doc.Node) {
	seen := false // some text of the article's own has come
	var lastPara *doc.Node
	marks := map[*doc.Node][]string{} // paragraph → end marks to append
	var trailing []*doc.Node
	var walk func(nodes []*doc.Node)
	walk = func(nodes []*doc.Node) {
		for _, n := range nodes {
			switch {
			case n.Kind.IsContainer():
				walk(n.Children)
			case n.Kind != doc.KindNoise:
				if strings.TrimSpace(n.Text) != "" {
					seen = true
				}
				switch n.Kind {
				case doc.KindParagraph:
					lastPara = n
				case doc.KindVerse:
					lastPara = nil // (an end mark after a poem is no prose's)
				}
			case strings.TrimSpace(n.Text) == "":
			case !seen || n.Furniture:
				folio = append(folio, n)
			case doc.IsEndMark(strings.TrimSpace(n.Text)) && lastPara != nil:
				marks[lastPara] = append(marks[lastPara], strings.TrimSpace(n.Text))
			default:
				trailing = append(trailing, n)
			}
		}
	}
	walk(a.Children)
	var rebuild func(nodes []*doc.Node) []*doc.Node
	rebuild = func(nodes []*doc.Node) []*doc.Node {
		out := make([]*doc.Node, 0, len(nodes))
		for _, n := range nodes {
			switch {
			case n.Kind == doc.KindNoise:
			case n.Kind.IsContainer():
				c := *n
				c.Children = rebuild(n.Children)
				out = append(out, &c)
			case len(marks[n]) > 0:
				c := *n
				for _, m := range marks[n] {
					c.Text = joinMark(c.Text, m)
				}
				out = append(out, &c)
			default:
				out = append(out, n)
			}
		}
		return out
	}
	return folio, append(rebuild(a.Children), trailing...)
}

// joinMark appends an end mark to a paragraph's text: directly after a
// full-width mark (…列车。（完）), after a space otherwise (…했다. (끝)).
func joinMark(text, mark string) string {
	text = strings.TrimRight(text, " \t\r\n")
	last, _ := utf8.DecodeLastRuneInString(text)
	first, _ := utf8.DecodeRuneInString(mark)
	if last < 0x2E80 || first < 0x80 {
		return text + " " + mark
	}
	return text + mark
}
