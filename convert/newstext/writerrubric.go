package newstext

import "github.com/paiban/paiban/convert/doc"

// pageHeadWords returns the last word of each noise line of d (a dated
// page head ends with the page's name: ２０２５年…火曜日　　まちと人). A
// kicker of one of these words is written escaped: unmarked at the top
// of the page, the reader would take it for the page's rubric, which the
// head names (markRubric), where the page read it as a kicker only
// because the head stood elsewhere.
func pageHeadWords(d *doc.Document) map[string]bool {
	var words map[string]bool
	var buf [16]string
	for _, a := range d.Articles {
		doc.Walk(a, func(n *doc.Node) bool {
			if n.Kind == doc.KindNoise {
				if f := appendFields(buf[:0], n.Text, 16, isRunHeadSep); len(f) > 0 {
					if words == nil {
						words = map[string]bool{}
					}
					words[f[len(f)-1]] = true
				}
			}
			return true
		})
	}
	return words
}
