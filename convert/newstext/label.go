package newstext

// label runs the article grammar over the units and applies its choice:
// body text labelled headline, subheadline or heading becomes one, with a
// warning naming the guess. Kickers need no change here: takeKickers moves
// the short lines above each headline, as the grammar assumed.
func (b *builder) label() {
	us := b.units
	if len(us) == 0 {
		return
	}
	sc := scorer{us: us, fs: make([]feats, len(us)), lang: b.lang}
	for i := range us {
		switch us[i].kind {
		case uHeadline:
			sc.marks.headline = true
		case uHeading:
			if !us[i].runIn {
				sc.marks.heading = true
			}
		}
		sc.fs[i] = unitFeats(&us[i])
	}
	b.unmarked = !sc.marks.headline && !sc.marks.heading
	labels := sc.viterbi()
	if b.explain != nil {
		b.explainUnits(&sc, labels)
	}
	for i := range us {
		u := &us[i]
		if u.kind != uText {
			continue
		}
		switch labels[i] {
		case lHeadline:
			u.kind = uHeadline
			b.warn(u.line, "unmarked line taken as a headline: %s", u.text)
		case lSubhead:
			u.kind = uSubhead
			if t, ok := dashPrefix(u.text); ok {
				u.text = t
			}
			b.warn(u.line, "unmarked line taken as a subheadline: %s", u.text)
		case lHeading:
			u.kind = uHeading
			u.level = markRank(sc.fs[i].headMark)
			if sc.fs[i].headMark == "" {
				b.warn(u.line, "unmarked line taken as a section heading: %s", u.text)
			}
		}
	}
}
