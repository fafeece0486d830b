package newstext

import (
	"context"
	"os"
	"slices"
	"testing"

	"github.com/paiban/paiban/internal/testtool"
)

// viterbiAll is viterbi trying every label of every unit, scoring those
// onlyBody rules out as impossible: the reference for viterbi's shortcut
// for body-only units.
func (sc *scorer) viterbiAll() []label {
	n := len(sc.us)
	const neg = impossible * 4
	var cur, nxt [nStates]int
	for s := range cur {
		cur[s] = neg
	}
	cur[gStart] = 0
	type step struct {
		from gstate
		l    label
	}
	back := make([][nStates]step, n)
	var scores [nLabels]int
	for i := 0; i < n; i++ {
		u, f := &sc.us[i], &sc.fs[i]
		only := onlyBody(u, f)
		for l := label(0); l < nLabels; l++ {
			switch {
			case only && l != lBody:
				scores[l] = impossible
			case only:
				scores[l] = 0
			default:
				scores[l] = sc.score(i, l)
			}
		}
		titleLike, unmarked, grouped := u.kind == uText && f.title && !f.noKicker && !f.row, sc.unmarkedText(i), sc.groupedLine(i) // (as viterbi: a row is no kicker)
		for s := range nxt {
			nxt[s] = neg
		}
		for s := gstate(0); s < nStates; s++ {
			if cur[s] <= neg {
				continue
			}
			for l := label(0); l < nLabels; l++ {
				if scores[l] <= impossible {
					continue
				}
				to, ok, t := s.next(l, titleLike, unmarked, grouped)
				if !ok {
					continue
				}
				v := cur[s] + 2*(scores[l]+t)
				if l != lBody && u.kind == uText {
					v--
				}
				if v > nxt[to] {
					nxt[to] = v
					back[i][to] = step{s, l}
				}
			}
		}
		cur = nxt
	}
	best, bestV := gstate(0), neg
	for s := gstate(0); s < nStates; s++ {
		if s.final() && cur[s] > bestV {
			best, bestV = s, cur[s]
		}
	}
	out := make([]label, n)
	for i := n - 1; i >= 0; i-- {
		st := back[i][best]
		out[i] = st.l
		best = st.from
	}
	return out
}

// TestViterbiOnlyBody compares viterbi, which tries only the body label
// for a unit that can take no other, with trying every label, on every
// sample page and fuzz seed.
func TestViterbiOnlyBody(t *testing.T) {
	var pages [][]byte
	for _, p := range testtool.Samples(t) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, data)
	}
	pages = append(pages, fuzzSeeds(t)...)
	units := 0
	for i, data := range pages {
		text, enc, err := decode(data, "", false)
		if err != nil {
			continue
		}
		st, err := scan(text)
		if err != nil {
			continue
		}
		b := builder{ctx: context.Background(), lang: detectLang(st, enc), serial: true}
		if err := b.split(splitLines(text, st.hasCR, st.hasUBreak)); err != nil {
			t.Fatal(err)
		}
		b.splitRunIns()
		sc := b.newScorer()
		units += len(sc.us)
		if got, want := sc.viterbi(), sc.viterbiAll(); !slices.Equal(got, want) {
			t.Errorf("page %d: viterbi = %v, trying every label gives %v", i, got, want)
		}
	}
	if units < 1000 {
		t.Errorf("compared the labels of %d units only", units)
	}
}
