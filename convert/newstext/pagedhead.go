package newstext

import (
	"slices"
	"strings"
)

// pagedHeadScan is how many of the page's first lines pagedRunningHead
// looks through for the dated page head opening the page.
const pagedHeadScan = 6

// pagedRunningHead reports line i of block ls as a running head with no
// date of its own: the page's number and name (Ａ７　　社会新闻, 社会新闻
// 　A7, 第7版　综合, 夕刊　国際　３) that OCR reads between the halves of a
// sentence a page break cut (…声控灯坏了半个多月，老 / Ａ７　　社会新闻 /
// 人夜里…). Told only by the dated page head opening the page (津城晚报
// 　社会新闻　２０２６年１２月６日　Ａ７), which holds every word of it:
// without the head's date a page number and a word could be a table's row
// or a section's label, but the head's own number and name repeated
// mid-text are its running head, as a dated running head is (blocks.go's
// datedPageHead). A vertical page's running head may set the name and the
// number on two lines, either first (夕刊　国際 / ３, ３ / 国際): the line
// of one to three name words counts with the page number alone beside it,
// and the head must hold that number too. The head's number may stand in
// brackets, as a Japanese head sets it (（３）).
func (b *builder) pagedRunningHead(ls []srcLine, i int) bool {
	s := ls[i].text
	if !atMost(s, 16) || hasSentencePunct(s) {
		return false
	}
	var buf [4]string
	words := appendFields(buf[:0], s, 4, isRunHeadSep)
	if len(words) > 3 {
		return false
	}
	paged := false
	for _, w := range words {
		switch {
		case isPageLabel(w) || isFolio(w) || isPageNumber(w) || pageNumberDigits(w) != "":
			if paged {
				return false
			}
			paged = true
		case !isHanWord(w) || !atMost(w, 8):
			return false
		}
	}
	if !paged {
		// The name alone: the page number on the line over or under it.
		n := ""
		if i > 0 && isPageNumber(ls[i-1].text) {
			n = ls[i-1].text
		} else if i+1 < len(ls) && isPageNumber(ls[i+1].text) {
			n = ls[i+1].text
		}
		if n == "" {
			return false
		}
		words = append(words, n)
	}
	if len(words) < 2 {
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
			if !folioHolds(head, w) {
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

// folioHolds reports w a word of a page head's words: the word itself, or
// a page number the head sets in brackets (３ for （３）, 3 for (03)).
func folioHolds(head []string, w string) bool {
	if slices.Contains(head, w) {
		return true
	}
	n := pageNumberDigits(w)
	if n == "" {
		return false
	}
	for _, h := range head {
		if pageNumberDigits(h) == n {
			return true
		}
	}
	return false
}

// pageNumberDigits returns the digits of a page number (３, -3-, （３）,
// (03)) in ASCII with no leading zero, or "" for any other word.
func pageNumberDigits(w string) string {
	if inner, end, ok := leadingBracket(w); ok && end == len(w) {
		w = trimSpace(inner)
	}
	r, _ := firstRune(w)
	if !isDigitRune(r) && !strings.ContainsRune(pageFrame, r) || !pageNumber(w) {
		return ""
	}
	var d [3]byte
	n := 0
	for _, r := range w {
		switch {
		case r >= '０' && r <= '９':
			r = r - '０' + '0'
		case r < '0' || r > '9':
			continue
		}
		if n == 0 && r == '0' || n == len(d) {
			continue
		}
		d[n] = byte(r)
		n++
	}
	if n == 0 {
		return ""
	}
	return string(d[:n])
}

// pageNameMax is the most runes a page's name has in a running head
// (證券, 社会新闻, 國際財經, 民生·读者来信 a word each side of its dot).
const pageNameMax = 6

// cutPageHead reports line i of block ls as OCR's running head with no
// date that no page head names (A3　　證券 on a page whose head reads A3
// 經濟日報 2026年12月6日 星期六, or that has none): a page's code (A3, Ａ７,
// GA07, 第7版, A7版; not a bare number, which may be a figure) and its name
// of one or two short Han words, first or last, read between the halves
// of the sentence a page break cut. Where it stands is the evidence: the
// line above leaves its sentence open (a clause's comma, or a line
// running to the measure with no sentence ended) and the line under it
// goes on unindented, so no table row, contents entry (A3　證券 under
// A2　要聞) or head stands there. splitBlock makes it a running head
// (noise), and flush joins the halves across it, as across a dated one.
func (b *builder) cutPageHead(ls []srcLine, i int) bool {
	if i < 1 || i+1 >= len(ls) || !pageCodeHead(ls[i].text) {
		return false
	}
	above, below := ls[i-1], ls[i+1]
	if endsSentence(above.text) || closedLine(above.text) || !endsClause(above.text) && (b.measure == 0 || b.clearlyShortLine(above)) {
		return false
	}
	return !below.indent && !pageCodeHead(below.text) && !pageCodeHead(above.text)
}

// pageCodeHead reports a line of a page's code and name alone (see
// cutPageHead): two or three words parted by spaces or dots, one a page
// code at either end, the others Han words of pageNameMax runes at most.
func pageCodeHead(s string) bool {
	if !atMost(s, 16) || hasSentencePunct(s) {
		return false
	}
	var buf [4]string
	words := appendFields(buf[:0], s, 4, isRunHeadSep)
	n := len(words)
	if n < 2 || n > 3 {
		return false
	}
	code := func(w string) bool { return isPageLabel(w) || isFolio(w) }
	at := -1
	switch {
	case code(words[0]):
		at = 0
	case code(words[n-1]):
		at = n - 1
	default:
		return false
	}
	for k, w := range words {
		if k != at && (!isHanWord(w) || !atMost(w, pageNameMax)) {
			return false
		}
	}
	return true
}

// markPageCodeHeads makes a running head (noise) of a page's code and name
// alone on its line (pageCodeHead: A3　證券), with no such line right
// above or under it: the running head a page break set between two
// paragraphs, or the one cutPageHead took out of a sentence, as the
// normalized writer sets it under the joined paragraph. A contents box's
// entries, or a list of booths or seats (A2　要聞 / A3　證券), stand one
// under another and stay text, and so does a paragraph set with its 2em
// indent. (Only the line itself and its like around it are asked: the
// text above may be written joined to a paragraph before it, which must
// read back the same.)
func (b *builder) markPageCodeHeads() {
	us := b.units
	for i := range us {
		u := &us[i]
		if u.kind != uText || u.verbatim || u.para || !pageCodeHead(u.text) {
			continue
		}
		if i > 0 && us[i-1].kind == uText && pageCodeHead(us[i-1].text) || i+1 < len(us) && us[i+1].kind == uText && pageCodeHead(us[i+1].text) {
			continue
		}
		u.kind, u.noise, u.summed = uNoise, noiseRunningHead, false
	}
}
