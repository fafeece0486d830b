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
	sc := scorer{us: us, fs: make([]feats, len(us)), lang: b.lang, textBefore: make([]bool, len(us)+1)}
	for i := range us {
		k := us[i].kind
		sc.textBefore[i+1] = sc.textBefore[i] || k == uText || k == uHeadline || k == uHeading || k == uSubhead
		switch us[i].kind {
		case uHeadline:
			sc.marks.headline = true
		case uHeading:
			if !us[i].runIn {
				sc.marks.heading = true
			}
		}
		sc.fs[i] = unitFeats(&us[i], b.lang)
	}
	b.unmarked = !sc.marks.headline && !sc.marks.heading
	labels := sc.viterbi()
	if b.explain != nil {
		b.explainUnits(&sc, labels)
	}
	b.markBriefs(&sc, labels)
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

// markBriefs marks the dateline-led units that follow body text (not
// straight under a head) as starting an article of their own: wire briefs
// run one after another with no headline.
func (b *builder) markBriefs(sc *scorer, labels []label) {
	body := false
	for i := range sc.us {
		u := &sc.us[i]
		switch {
		case u.kind == uHeadline || labels[i] == lHeadline:
			body = false
		case u.kind == uHeading || labels[i] == lHeading:
			body = false
		case u.kind == uText && labels[i] == lBody && sc.fs[i].dateline:
			if body {
				u.newArticle = true
				b.warn(u.line, "dateline after body text starts an article with no headline: %s", firstRunes(u.text, 16))
			}
			body = false
		case u.kind == uText && labels[i] == lBody:
			body = true
		}
	}
}

// firstRunes returns the first n runes of s.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i] + "…"
		}
		n--
	}
	return s
}
