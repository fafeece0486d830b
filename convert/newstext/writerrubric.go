package newstext

import "github.com/paiban/paiban/convert/doc"

// pageHead holds what the noise lines of a document say of its pages,
// for the kickers the writer must escape (kickerReadsAsHead).
type pageHead struct {
	// names holds the last word of each noise line and the page's name
	// it gives (pageNameWord): a dated page head names its page after
	// the date, at its end (２０２５年…火曜日　　まちと人) or before the
	// page's number (…民意論壇　A13).
	names map[string]bool
	// words holds every word of the noise lines, up to maxFolioWords.
	words map[string]bool
}

// pageHeadWords collects the page head words of d's noise lines.
func pageHeadWords(d *doc.Document) pageHead {
	var h pageHead
	var buf [16]string
	for _, a := range d.Articles {
		doc.Walk(a, func(n *doc.Node) bool {
			if n.Kind == doc.KindNoise {
				if f := appendFields(buf[:0], n.Text, 16, isRunHeadSep); len(f) > 0 {
					if h.names == nil {
						h.names, h.words = map[string]bool{}, map[string]bool{}
					}
					h.names[f[len(f)-1]] = true
					if w := pageNameWord(f); w != "" {
						h.names[w] = true // before the page's number: …民意論壇　A13
					}
					for _, w := range f {
						if len(h.words) < maxFolioWords {
							h.words[w] = true
						}
					}
				}
			}
			return true
		})
	}
	return h
}

// kickerReadsAsHead reports a kicker that, written unmarked, the reader
// could take for the page's furniture, where the page read it as a
// kicker only because the head stood elsewhere (inside a line the
// builder split, 記者 林怡君／台北報導高地　　2022年8月30日 星期二): one of
// the page names, which at the top of the page reads as the page's
// rubric (markRubric), or a line of two or more words of the page heads,
// which reads as a running head (markRunningHeads). It is written
// escaped.
func (h pageHead) kickerReadsAsHead(text string) bool {
	if h.names == nil {
		return false
	}
	if h.names[text] {
		return true
	}
	var buf [8]string
	words := appendFields(buf[:0], text, 8, isRunHeadSep)
	if len(words) < 2 || len(words) > 8 {
		return false
	}
	for _, w := range words {
		if !h.words[w] {
			return false
		}
	}
	return true
}
