package pdf

import (
	"bytes"
	"strconv"
)

// metricKeys are the font descriptor entries evenMetrics evens out: the
// ascent and descent that fpdf writes from each font's hhea (or OS/2) table.
var metricKeys = []string{"Ascent", "Descent"}

// metric is one "/Key -?digits" found in a PDF: the number is pdf[start:end].
type metric struct {
	key        string
	start, end int
}

// findMetrics finds every "/Ascent n" and "/Descent n". It scans with
// bytes.Index rather than a regular expression: the PDF is mostly
// compressed streams, full of '/' bytes a pattern would try to match at.
func findMetrics(pdf []byte) []metric {
	var out []metric
	for _, key := range metricKeys {
		pat := []byte("/" + key + " ")
		for i := 0; ; {
			j := bytes.Index(pdf[i:], pat)
			if j < 0 {
				break
			}
			s := i + j + len(pat)
			e := s
			if e < len(pdf) && pdf[e] == '-' {
				e++
			}
			d := e
			for e < len(pdf) && pdf[e] >= '0' && pdf[e] <= '9' {
				e++
			}
			if e == d {
				i = i + j + 1
				continue
			}
			out = append(out, metric{key, s, e})
			i = e
		}
	}
	return out
}

// evenMetrics gives every font descriptor in pdf the same ascent and
// descent: the largest of all the fonts. Text extraction (poppler) boxes a
// glyph from its baseline by the descriptor's ascent and descent, and
// orders two text blocks side by side by the tops of those boxes; with the
// Hei face's ascent a little above the Song face's, a column opening with a
// heading or byline would count as higher than its neighbour on the same
// baseline, and could be read before it. Numbers are rewritten in place, at
// their own length (padded with leading zeros), so the xref offsets stay
// valid; a value whose largest does not fit keeps its own. pdf is changed
// in place and returned.
func evenMetrics(pdf []byte) []byte {
	ms := findMetrics(pdf)
	most := map[string]int{}
	for _, m := range ms {
		v, err := strconv.Atoi(string(pdf[m.start:m.end]))
		if err != nil {
			continue
		}
		if m.key == "Descent" {
			v = -v
		}
		most[m.key] = max(most[m.key], v)
	}
	for _, m := range ms {
		old := pdf[m.start:m.end]
		s := strconv.Itoa(most[m.key])
		if m.key == "Descent" {
			s = "-" + s
		}
		for len(s) < len(old) {
			if s[0] == '-' {
				s = "-0" + s[1:]
			} else {
				s = "0" + s
			}
		}
		if len(s) == len(old) {
			copy(old, s)
		}
	}
	return pdf
}
