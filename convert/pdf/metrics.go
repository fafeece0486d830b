package pdf

import (
	"regexp"
	"strconv"
)

// descriptorMetric matches the ascent and descent that fpdf writes into
// each font descriptor, from the font's hhea (or OS/2) table.
var descriptorMetric = regexp.MustCompile(`/(Ascent|Descent) (-?\d+)`)

// evenMetrics gives every font descriptor in pdf the same ascent and
// descent: the largest of all the fonts. Text extraction (poppler) boxes a
// glyph from its baseline by the descriptor's ascent and descent, and
// orders two text blocks side by side by the tops of those boxes; with the
// Hei face's ascent a little above the Song face's, a column opening with a
// heading or byline would count as higher than its neighbour on the same
// baseline, and could be read before it. Numbers are rewritten in place, at
// their own length (padded with leading zeros), so the xref offsets stay
// valid; a value whose largest does not fit keeps its own.
func evenMetrics(pdf []byte) []byte {
	most := map[string]int{}
	for _, m := range descriptorMetric.FindAllSubmatch(pdf, -1) {
		v, err := strconv.Atoi(string(m[2]))
		if err != nil {
			continue
		}
		key := string(m[1])
		if key == "Descent" {
			v = -v
		}
		most[key] = max(most[key], v)
	}
	return descriptorMetric.ReplaceAllFunc(pdf, func(b []byte) []byte {
		m := descriptorMetric.FindSubmatch(b)
		key, old := string(m[1]), string(m[2])
		s := strconv.Itoa(most[key])
		if key == "Descent" {
			s = "-" + s
		}
		for len(s) < len(old) {
			if s[0] == '-' {
				s = "-0" + s[1:]
			} else {
				s = "0" + s
			}
		}
		if len(s) != len(old) {
			return b
		}
		return []byte("/" + key + " " + s)
	})
}
