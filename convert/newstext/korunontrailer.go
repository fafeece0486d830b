package newstext

import "strings"

// koreanRunOnTrailer finds a regional paper's trailer run on after a
// paragraph's last sentence on the same line, … 밝혔다. /이나래기자
// nr@kyeongin.com (경인일보's, the name run into its role), … 밝혔다.
// /충주=이정민기자 or /충주/이정민기자 (the place with it), and returns
// where it starts and the credit it gives alone on its line. The trailer
// opens with a slash after the sentence's ". ", and is the glued credit
// alone (gluedPlacedReporter) or a trailer with its address
// (koreanTrailer). A sentence ended in 있다. or a noun describes a photo,
// whose credit the caption keeps (koreanDescribes); a slash inside a
// sentence (3/4분기, A/S, km/h, 12/6, a URL's path) has no ". " right
// before it, and what follows it is no credit.
func koreanRunOnTrailer(s string) (int, credit, bool) {
	// The line ends in the role (기자, 특파원, 통신원, 논설위원) or in the
	// address's last letter: a cheap test before any search.
	if n := len(s); n == 0 || s[n-1] >= 0x80 && !strings.HasSuffix(s, "자") && !strings.HasSuffix(s, "원") {
		return 0, credit{}, false
	}
	k := lastIndexNear(s, ". /", 48)
	if k <= 0 || koreanDescribes(s[:k+1]) {
		return 0, credit{}, false
	}
	tail := s[k+2:]
	if _, _, ok := gluedPlacedReporter(tail); !ok {
		if strings.IndexByte(tail, '@') < 0 {
			return 0, credit{}, false
		}
		if c, ok := koreanTrailer(tail); !ok || len(c.names) == 0 {
			return 0, credit{}, false
		}
	}
	// The credit its own line gives, so that the tree is the same.
	c, ok := parseBylineLine(tail)
	return k + 2, c, ok
}
