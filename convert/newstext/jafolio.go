package newstext

import "strings"

// fullwidthPageNumber reports a bare page number of one to three
// fullwidth digits (１８), as a Japanese paper's folio sets it at the end
// of its line: ２０２６年（令和８年）１１月１２日（木曜日）　東京新聞　埼玉　１８.
func fullwidthPageNumber(t string) bool {
	n := 0
	for _, r := range t {
		if r < '０' || r > '９' {
			return false
		}
		n++
	}
	return n >= 1 && n <= 3
}

// shoulderLine reports title line i as the first of exactly three title
// lines over a Japanese story, n the second, with i no longer than n: a
// Japanese paper sets a short shoulder line (肩見出し, 秩父夜祭まで三週間)
// over the main headline and a side line (袖見出し) under it, so of three
// title lines the first is the kicker, not the headline over two
// subheadlines.
func (sc *scorer) shoulderLine(i, n int) bool {
	if p := sc.prevContent(i); p >= 0 && sc.us[p].kind == uText && sc.fs[p].title {
		return false
	}
	if sc.fs[i].runes > sc.fs[n].runes {
		return false
	}
	third := sc.nextContent(n)
	if third >= len(sc.us) || sc.us[third].kind != uText || !sc.fs[third].title {
		return false
	}
	after := sc.nextContent(third)
	return after < len(sc.us) && !(sc.us[after].kind == uText && sc.fs[after].title)
}

// bracketedPageNumber reports a page number of one to three digits in
// round brackets, as a Japanese paper's folio sets it beside the page's
// name: 第２社会　　（２９）　　北海道新聞　　２０２６年（令和８年）
// ３月２６日（木曜日）.
func bracketedPageNumber(t string) bool {
	in := unbracket(t)
	return len(in) <= 3 && in != "" && allDigits(in) || fullwidthPageNumber(in)
}

// menPageNumber reports a page number as a Japanese paper's folio sets
// it, the number before 面 (page side): ２４面, 24面, 第２面, and with 第
// in kanji numerals too, 第二十四面 (not 一面 alone, also a word:
// 一面の雪). Like a bare number it makes a folio only beside the
// edition's date: 静岡日報　２０２６年（令和８年）１２月６日（土曜日）
// ２４面　社会.
func menPageNumber(t string) bool {
	n, ok := strings.CutSuffix(t, "面")
	if !ok || n == "" {
		return false
	}
	if k, ok := strings.CutPrefix(n, "第"); ok {
		runes := 0
		for _, r := range k {
			if !isDigitOrNumeral(r) {
				return false
			}
			runes++
		}
		return runes >= 1 && runes <= 4
	}
	return allDigits(n) && len(n) <= 3 || fullwidthPageNumber(n)
}
