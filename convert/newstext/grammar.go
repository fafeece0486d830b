package newstext

// The article grammar, as states of a finite automaton over the labels of
// a page's units:
//
//	page    = { article }
//	article = [ kicker{1,3} ] headline { subheadline } body
//	        | body                              (untitled, at the page start)
//	body    = { paragraph | heading | byline | dateline | caption | note | jump | noise }
//
// labelUnits chooses the labelling with the highest total score (unit
// scores from labels.go plus the transition scores below) by dynamic
// programming over the sequence: one pass, linear in the units.

type gstate uint8

const (
	gStart     gstate = iota // nothing yet on the page
	gKick1                   // after one kicker
	gKick2                   // after two
	gKick3                   // after three: a headline must follow
	gHead                    // after a headline
	gSub                     // after a subheadline: as gHead but for a head in a block of its own (see next); before gBody, as a tie between paths goes to the lower state
	gBody                    // in an article's body
	gBodyTitle               // in a body, right after a short unpunctuated paragraph (which a headline would take as its kicker)
	gSection                 // right after a section head: its text must follow
	nStates
)

// next returns the state after a unit labelled l in state s, whether the
// grammar allows it, and the transition's score. titleLike is a short
// unpunctuated text, unmarked a text with no head marker (see
// unmarkedText), grouped an unmarked text on the line right under the
// unit before it, no blank line between (see groupedLine).
func (s gstate) next(l label, titleLike, unmarked, grouped bool) (gstate, bool, int) {
	body := gBody
	if titleLike {
		body = gBodyTitle
	}
	switch s {
	case gKick1, gKick2, gKick3:
		switch l {
		case lKicker:
			if s == gKick3 {
				return 0, false, 0
			}
			return s + 1, true, 0
		case lHeadline:
			return gHead, true, 0
		}
		return 0, false, 0
	case gStart:
		switch l {
		case lBody:
			return body, true, 0
		case lKicker:
			return gKick1, true, 0
		case lHeadline:
			return gHead, true, 0
		case lHeading:
			return gSection, true, -2
		}
		return 0, false, 0
	case gSection:
		switch l {
		case lBody:
			return body, true, 0
		case lHeading:
			return gSection, true, 0
		case lHeadline:
			return gHead, true, -6 // an empty section
		case lKicker:
			return gKick1, true, -6
		}
		return 0, false, 0
	case gHead, gSub:
		switch l {
		case lSubhead:
			return gSub, true, 0
		case lHeadline:
			return gHead, true, -8
		case lBody:
			if titleLike {
				// A short unpunctuated line right under a headline is
				// more likely part of the title group than body text.
				return body, true, -2
			}
			return body, true, 0
		case lHeading:
			// A head opens a section of the text, and a story opens with
			// its lead, not with a section: an unmarked title line set
			// with the title group, before any text, is more likely the
			// group's last line (a subheadline, or the headline under a
			// kicker); so is one right under the headline in a block of
			// its own after a blank line (a page that parts every block
			// so: 冒認銀行職員騙長者 / 男子囚三年四個月 / the text). A third
			// title line in a block of its own, under headline and
			// subheadline, is as often something else the page set before
			// the text (a site's call to follow it, 点击蓝字　关注我们),
			// and a marked head (◇, 【…】, [앵커]) may open the text, as a
			// digest's items and a broadcast script's parts do.
			if grouped || s == gHead && unmarked {
				return gSection, true, -3
			}
			return gSection, true, 0
		case lKicker:
			return gKick1, true, -4
		}
		return 0, false, 0
	default: // gBody, gBodyTitle
		switch l {
		case lBody:
			return body, true, 0
		case lHeadline:
			// A short unpunctuated paragraph right above a headline is
			// its kicker (takeKickers moves it): only the path that
			// labels it so is allowed.
			return gHead, s == gBody, 0
		case lKicker:
			return gKick1, true, 0
		case lHeading:
			return gSection, true, 0
		}
		return 0, false, 0
	}
}

// unmarkedText reports unit i a text with no head marker: under a
// headline, a line of the title group rather than a section head over
// the text (see next).
func (sc *scorer) unmarkedText(i int) bool {
	return sc.us[i].kind == uText && sc.fs[i].headMark == ""
}

// groupedLine reports unit i an unmarked text on the line right under
// the unit before it, no blank line between: under a headline or its
// subheadline, a line of the title group rather than a section head over
// the text.
func (sc *scorer) groupedLine(i int) bool {
	return i > 0 && sc.unmarkedText(i) && sc.us[i].line == sc.us[i-1].lastLine+1
}

// final reports whether a page may end in state s.
func (s gstate) final() bool { return s < gKick1 || s > gKick3 }

// onlyBody reports a unit that cannot take any label but lBody, without
// scoring: most paragraphs.
func onlyBody(u *unit, f *feats) bool {
	return u.kind != uText && u.kind != uHeadline && u.kind != uHeading && u.kind != uSubhead ||
		u.kind == uText && !f.title && f.headMark == ""
}

// viterbi returns the best labelling of the units and each unit's score
// under it.
func (sc *scorer) viterbi() []label {
	n := len(sc.us)
	const neg = impossible * 4
	var cur, nxt [nStates]int
	for s := range cur {
		cur[s] = neg
	}
	cur[gStart] = 0
	// back[i][s] holds the state before unit i and its label, for the
	// best path reaching state s after it.
	type step struct {
		from gstate
		l    label
	}
	back := make([][nStates]step, n)
	var scores [nLabels]int
	for i := 0; i < n; i++ {
		u, f := &sc.us[i], &sc.fs[i]
		only := onlyBody(u, f)
		for l := label(0); !only && l < nLabels; l++ {
			scores[l] = sc.score(i, l)
		}
		// (A table's row is no kicker: it keeps no headline from
		// following it, 名古屋　２―２　柏 over 巨人・村田、…)
		titleLike, unmarked, grouped := u.kind == uText && f.title && !f.noKicker && !f.row, sc.unmarkedText(i), sc.groupedLine(i)
		for s := range nxt {
			nxt[s] = neg
		}
		if only && sc.titleGroupNoise(i) {
			// Noise inside a title group (kosummary.go): the state
			// before it carries on.
			for s := gstate(0); s < nStates; s++ {
				if cur[s] > neg {
					nxt[s] = cur[s]
					back[i][s] = step{s, lBody}
				}
			}
			cur = nxt
			continue
		}
		if only {
			// Body alone (most units): one label to try from each state,
			// as the loop below would find, skipping the others.
			for s := gstate(0); s < nStates; s++ {
				if cur[s] <= neg {
					continue
				}
				if to, ok, t := s.next(lBody, titleLike, unmarked, grouped); ok {
					if v := cur[s] + 2*t; v > nxt[to] {
						nxt[to] = v
						back[i][to] = step{s, lBody}
					}
				}
			}
			cur = nxt
			continue
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
				// Scores count double so that a tie can go to the plain
				// reading: promoting body text costs half a point.
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
	if bestV <= neg {
		// No labelling fits the grammar (cannot happen: all-body always
		// does); keep every unit's first-pass kind.
		for i := range out {
			out[i], _ = fixedLabel(&sc.us[i])
		}
		return out
	}
	for i := n - 1; i >= 0; i-- {
		st := back[i][best]
		out[i] = st.l
		best = st.from
	}
	return out
}
