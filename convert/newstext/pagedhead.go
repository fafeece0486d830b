package newstext

import "slices"

// pagedHeadScan is how many of the page's first lines pagedRunningHead
// looks through for the dated page head opening the page.
const pagedHeadScan = 6

// pagedRunningHead reports a running head with no date of its own: the
// page's number and name (Ａ７　　社会新闻, 社会新闻　A7, 第7版　综合)
// that OCR reads between the halves of a sentence a page break cut
// (…声控灯坏了半个多月，老 / Ａ７　　社会新闻 / 人夜里…). Told only by
// the dated page head opening the page (津城晚报　社会新闻　２０２６年１２月６日
// 　Ａ７), which holds every word of it: without the head's date a page
// number and a word could be a table's row or a section's label, but the
// head's own number and name repeated mid-text are its running head, as
// a dated running head is (blocks.go's datedPageHead).
func (b *builder) pagedRunningHead(s string) bool {
	if !atMost(s, 16) || hasSentencePunct(s) {
		return false
	}
	var buf [4]string
	words := appendFields(buf[:0], s, 4, isRunHeadSep)
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	paged := false
	for _, w := range words {
		switch {
		case isPageLabel(w) || isFolio(w) || isPageNumber(w):
			if paged {
				return false
			}
			paged = true
		case !isHanWord(w) || !atMost(w, 8):
			return false
		}
	}
	if !paged {
		return false
	}
	seen := 0
	for _, l := range b.lines {
		if l.text == "" {
			continue
		}
		if seen++; seen > pagedHeadScan {
			break
		}
		if l.text == s || !furnitureCues.in(l.text) || !datedPageHead(l.text, nil) {
			continue
		}
		var fbuf [16]string
		head := appendFields(fbuf[:0], l.text, 16, isRunHeadSep)
		all := true
		for _, w := range words {
			if !slices.Contains(head, w) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}
