package newstext

// A Japanese agency's wire as a member paper receives it (共同's 記事一覧)
// runs its stories one under another with no blank lines, each opened by
// a headline that the wire marks with ◎ (◎防災庁、２７年度発足へ), over
// indented paragraphs. ◎ also marks a paper's section heads, so a ◎ line
// alone says nothing; the wire's own dateline says it: a ◎ line straight
// over a paragraph opened by an agency's dateline (【北京共同】) is a
// story's headline, and so, on that page, is every ◎ line over body text
// that opens the page or follows a story's end. The marker stays in the
// text, as a head's does.

// markWireHeadlines makes a headline of each ◎ story line of a Japanese
// wire page (see above), before the grammar, which takes a line with a
// head's marker for a section head only.
func (b *builder) markWireHeadlines(sc *scorer) {
	if b.lang != "ja" {
		return
	}
	us := sc.us
	wire := false
	for i := range us {
		if sc.wireStoryLine(i) {
			if n := sc.nextContent(i); sc.fs[n].dateline {
				if d, _, ok := parseDatelineLang(us[n].text, sc.lang); ok && isAgency(d.org) {
					wire = true
					break
				}
			}
		}
	}
	if !wire {
		return
	}
	for i := range us {
		if !sc.wireStoryLine(i) {
			continue
		}
		if p := sc.prevContent(i); p >= 0 && !(us[p].kind == uText && sc.fs[p].ended && !sc.fs[p].title || us[p].kind == uCaption || us[p].kind == uByline) {
			continue // (under a title line or an unfinished paragraph: no story's start)
		}
		us[i].kind, us[i].summed = uHeadline, false
		bodyOnly(&sc.fs[i], false)
		b.warnParts(us[i].line, "wire story's ◎ line taken as its headline: ", us[i].text)
	}
}

// wireStoryLine reports a ◎ title line i over body text: an unindented
// line opening with ◎, with paragraph text (or a dateline leading one)
// next.
func (sc *scorer) wireStoryLine(i int) bool {
	u, f := &sc.us[i], &sc.fs[i]
	if u.kind != uText || u.verbatim || u.para || f.headMark != "◎" || !f.title || f.row {
		return false
	}
	n := sc.nextContent(i)
	return n < len(sc.us) && sc.us[n].kind == uText && !sc.fs[n].title && sc.fs[n].headMark == ""
}
