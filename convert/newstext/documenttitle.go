package newstext

import "strings"

// documentTitle reports whether t, a short line ending in one of
// documentEnds, is the title of the document itself (倡议书, 防火倡议书,
// 致全县居民的公开信) rather than a line about one: a news headline naming
// who issues it with a verb (团市委发出文明过年倡议书, 市长致全体市民公开信:
// an issuer before 致) or a crosshead counting it with a measure word
// (一封慰问信, 一份倡议书). Those stay headlines, kickers and section
// heads as the other rules read them.
func documentTitle(t string) bool {
	for _, w := range documentVerbs {
		if strings.Contains(t, w) {
			return false
		}
	}
	if i := strings.Index(t, "致"); i > 0 {
		return false // an issuer named before 致
	}
	r, n := firstRune(t)
	if n > 0 && (strings.ContainsRune("一二两兩三四五六七八九十这這那每", r)) {
		for _, m := range documentMeasures {
			if strings.HasPrefix(t[n:], m) {
				return false // 一封慰问信, 这份倡议书
			}
		}
	}
	return true
}

// documentVerbs issue, publish or receive a document: a headline's
// verbs, never in the document's own title.
var documentVerbs = []string{"发出", "發出", "发表", "發表", "发布", "發布", "收到", "写下", "寫下", "签署", "簽署"}

// documentMeasures count a document (一封, 一份).
var documentMeasures = []string{"封", "份", "篇"}
