package main

import (
	"strings"
	"unicode/utf8"
)

// closest returns the candidate nearest to word when it is near enough to
// be a typo (pfd → pdf, conver → convert, colums → columns): an edit
// distance, counting a swap of neighbours as one edit, of at most one for
// short words (none under three letters) and a third of the word's length for longer ones. Ties go to
// the earlier candidate; "" when none is near.
func closest(word string, candidates []string) string {
	word = strings.ToLower(word)
	n := utf8.RuneCountInString(strings.TrimLeft(word, "-"))
	if n < 3 {
		return "" // -z is no typo of -t
	}
	limit := max(1, n/3)
	best, bestD := "", limit+1
	for _, c := range candidates {
		if d := editDistance(word, strings.ToLower(c)); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// didYouMean is "; did you mean X?" for the candidate closest to word, or "".
func didYouMean(word string, candidates []string) string {
	if c := closest(word, candidates); c != "" && c != word {
		return "; did you mean " + c + "?"
	}
	return ""
}

// editDistance is the optimal string alignment distance between a and b:
// insertions, deletions, substitutions and swaps of neighbours.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
