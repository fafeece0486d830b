package newstext

import (
	"fmt"
	"strings"

	"github.com/paiban/paiban/convert/doc"
)

// Decision is the reader's account of one unit of text (a block, or a
// line split off one): the label the article grammar gave it, its score,
// the best other label's score, and the features that decided.
type Decision struct {
	Line, LastLine int
	// Label is what the unit became: paragraph, headline, kicker,
	// subheadline, heading, byline, dateline-led text (paragraph),
	// caption, note, jump or noise. A paragraph above a headline that
	// takes it as its kicker is labelled kicker.
	Label string
	Score int
	// Alt is the next best label for this unit and AltScore its score;
	// Alt is "" when no other label was possible.
	Alt      string
	AltScore int
	Reasons  []string
	Text     string
	// Final is what the unit is in the finished tree when that is not
	// Label: passes after the grammar relabel some units (a poem's lines
	// become its stanza, a marked name over a 副刊 piece its byline, a
	// dateline is split off a paragraph), and a unit joined into the node
	// of an earlier line (a paragraph's part after a column break, a
	// stanza's later line) is "joined to line N". "" when Label stands.
	Final string
}

// String formats d as one line: "12-13 headline 5 (paragraph 0): reason; reason | text".
func (d Decision) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d", d.Line)
	if d.LastLine > d.Line {
		fmt.Fprintf(&b, "-%d", d.LastLine)
	}
	fmt.Fprintf(&b, " %s %d", d.Label, d.Score)
	if d.Alt != "" {
		fmt.Fprintf(&b, " (%s %d)", d.Alt, d.AltScore)
	}
	if d.Final != "" {
		fmt.Fprintf(&b, " → %s", d.Final)
	}
	if len(d.Reasons) > 0 {
		b.WriteString(": ")
		b.WriteString(strings.Join(d.Reasons, "; "))
	}
	t := []rune(d.Text)
	if len(t) > 30 {
		t = append(t[:30:30], '…')
	}
	b.WriteString(" | ")
	b.WriteString(string(t))
	return b.String()
}

// WithExplain makes Read report, through fn, the decision it took for
// every unit of text, in order: what `paiban convert --explain` prints.
// Explaining costs time; without it the reader formats nothing.
func WithExplain(fn func(Decision)) Option {
	return func(r *Reader) { r.explain = fn }
}

// explainUnits reports each unit's decision.
func (b *builder) explainUnits(sc *scorer, labels []label) {
	for i := range sc.us {
		u := &sc.us[i]
		var why []string
		sc.why = &why
		chosen := labels[i]
		score := sc.score(i, chosen)
		sc.why = nil
		d := Decision{Line: u.line, LastLine: u.lastLine, Score: score, Reasons: why, Text: u.text}
		d.Label = kindName(u.kind)
		if u.kind == uText && chosen != lBody {
			d.Label = chosen.String()
		}
		// Text over a headline is shown as the kicker exactly where
		// takeKickers will take it (kickerOver, the builder's own test),
		// whatever its label: a title line it refuses, one with a colon
		// (天文台：…), stays a paragraph of the story above, and body text
		// it takes with the kicker-labelled line under it, up to
		// maxKickerLines lines, is a kicker too (a stack of three); the
		// explanation must say what the tree holds.
		taken := false // body text the builder takes as a kicker
		if u.kind == uText && (chosen == lKicker || chosen == lBody) {
			if b.kickerOver(sc, labels, i, maxKickerLines) {
				d.Label, taken = "kicker", chosen == lBody
			} else {
				d.Label = "paragraph"
				if chosen == lKicker {
					d.Reasons = append(d.Reasons, "but the builder takes no kicker here (a row, a colon, a line shaped as the one above it, an article break): a paragraph")
				}
			}
		}
		if chosen == lBody && u.kind == uText {
			switch {
			case u.verbatim:
				d.Reasons = append(d.Reasons, `escaped with "\": as written`)
			case u.para:
				d.Reasons = append(d.Reasons, "2em paragraph indent")
			}
			if sc.fs[i].dateline && u.lead == leadNone {
				d.Reasons = append(d.Reasons, "opens with the reporter's run-in credit (記者 X 報道：)")
			} else if sc.fs[i].dateline {
				d.Reasons = append(d.Reasons, "opens with a dateline")
			} else if sc.fs[i].row && markerList(u.text) {
				d.Reasons = append(d.Reasons, "a list's items run on one line (▲ … ▲ …)")
			} else if sc.fs[i].row && jaGameLine(u.text) {
				d.Reasons = append(d.Reasons, "a game line (<巨人3-2阪神>◇5日◇東京ドーム): the story's first line, not a title")
			} else if sc.fs[i].item {
				d.Reasons = append(d.Reasons, "a link's title under a related-reading heading (【延伸阅读】): a paragraph each")
			} else if sc.fs[i].row && tableRow(u.text) == 0 && countRow(u.text) {
				d.Reasons = append(d.Reasons, "a box's row of a label and a count (死者　０人), beside another")
			} else if sc.fs[i].row {
				d.Reasons = append(d.Reasons, sc.rowReason(i))
			} else if sc.lang == "ko" && sc.fieldRowUnit(i) {
				d.Reasons = append(d.Reasons, "a form's row (▲일시: …, label, colon, value): a paragraph of its own")
			} else if p := sc.prevContent(i); sc.lang == "ko" && p >= 0 && quoteAttributionUnder(sc.us[p].text, u.text) {
				d.Reasons = append(d.Reasons, "a quotation's attribution (- name post) under it: body text (koquoteattr.go)")
			} else if taken {
				d.Reasons = append(d.Reasons, "a short line right over the headline or its kicker: taken into its kicker lines")
			} else if sc.fs[i].title {
				d.Reasons = append(d.Reasons, "title-like, but no title position")
			}
		}
		alt, altScore := label(0), impossible
		for l := label(0); l < nLabels; l++ {
			if l == chosen {
				continue
			}
			if v := sc.score(i, l); v > altScore {
				alt, altScore = l, v
			}
		}
		if altScore > impossible {
			d.Alt, d.AltScore = altName(alt), altScore
		}
		b.decisions = append(b.decisions, d)
	}
}

// explainFinal reports the decisions explainUnits made, each with what
// its unit became in the tree (Decision.Final): the kinds of the leaves
// that start on its lines, or the line of the leaf it was joined into.
func (b *builder) explainFinal() {
	type leaf struct {
		line int
		kind doc.Kind
	}
	var leaves []leaf // in tree order, which is line order
	for _, a := range b.articles {
		doc.Walk(a, func(n *doc.Node) bool {
			if !n.Kind.IsContainer() {
				leaves = append(leaves, leaf{n.Line, n.Kind})
			}
			return true
		})
	}
	k := 0
	for i, d := range b.decisions {
		last := max(d.LastLine, d.Line)
		for k < len(leaves) && leaves[k].line < d.Line {
			k++
		}
		// A unit split off a line the next unit starts on too (a run-in
		// 【…】 head before its paragraph) is one leaf; the last unit of
		// the line takes what is left of it.
		shared := i+1 < len(b.decisions) && b.decisions[i+1].Line == d.Line
		var kinds []string
		for ; k < len(leaves) && leaves[k].line <= last; k++ {
			if s := string(leaves[k].kind); len(kinds) == 0 || kinds[len(kinds)-1] != s {
				kinds = append(kinds, s)
			}
			if shared {
				k++
				break
			}
		}
		switch {
		case len(kinds) == 0 && k > 0:
			d.Final = fmt.Sprintf("joined to line %d (%s)", leaves[k-1].line, leaves[k-1].kind)
		case len(kinds) == 1 && kinds[0] == d.Label:
		case len(kinds) > 0:
			d.Final = strings.Join(kinds, " + ")
		}
		b.explain(d)
	}
	b.decisions = nil
}

func altName(l label) string {
	if l == lBody {
		return "paragraph"
	}
	return l.String()
}

// rowReason says which kind of row made unit i body text (feats.row):
// only a table's row has a figure among its fields, and a row of words,
// a list's item or a form's row must not be explained as one.
func (sc *scorer) rowReason(i int) string {
	t := sc.us[i].text
	switch {
	case tableRow(t) > 0:
		return "a table's row (fields parted by spaces, one a figure)"
	case listDot(t):
		return "a list's item (・ or ▽): a paragraph of its own"
	case boxRow(t):
		return "a box score's row"
	case paddedRow(t) >= 3:
		return "a row of words parted by padding (a table's or a list's row)"
	case infoRow(t):
		return "an information box's row (label, colon, value)"
	case i+1 < len(sc.us) && headerOver(t, sc.us[i+1].text):
		return "a table's header row over its rows"
	case i > 0 && i+1 < len(sc.us) && koreanHeaderUnder(sc.us[i-1].text, t, sc.us[i+1].text):
		return "a table's header row under its unit title, over its rows"
	}
	return "a row: shaped as the row beside it, or one of a box's rows"
}
