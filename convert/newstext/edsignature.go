package newstext

import "strings"

// editorialWords end the signature a paper sets under its editorial: the
// paper's name and the column's word (明報社評, 聯合報社論), then the date.
var editorialWords = []string{"社評", "社评", "社論", "社论"}

// editorialSignature parses the line a paper signs its editorial with,
// its name and the column's word, then the date (明報社評　2026.12.05): a
// byline naming the paper (org 明報). (With the date in 年月日 the line
// has the form of an edition's date, furniture, which is asked first.)
func editorialSignature(s string) (credit, bool) {
	k := indexAnyRune(s, " 　")
	if k <= 0 || !atMost(s[:k], 10) {
		return credit{}, false
	}
	// The column's word first: most lines lack it, and the date's tests
	// split the rest into fields.
	head := s[:k]
	for _, w := range editorialWords {
		if org, ok := strings.CutSuffix(head, w); ok && org != "" && isOrg(org) {
			if date := trimSpace(s[k:]); !isNumericDate(date) && trailingDate(date) != 0 {
				return credit{}, false
			}
			return credit{org: org}, true
		}
	}
	return credit{}, false
}
