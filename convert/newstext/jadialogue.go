package newstext

// A Japanese novel's instalment (連載小説) or a feature told as a story
// sets a line of dialogue as a paragraph of its own, flush left, one
// whole utterance in 「」 with no 。 before the closing bracket, as
// Japanese sets a quotation's end: 「親父の字、残ってるな」 between the
// wrapped lines of the text. The line ends its sentence, so the rule
// that a flush line under a finished sentence and over an indented one
// is a title line (no paragraph's last line ends so) does not reach it:
// it is a paragraph, complete, never a head or the next story's headline
// (blind round 85). Only inside a block, with lines of body text right
// above and right under it, on a page that parts its blocks by blank
// lines: a quoted head stands in a block of its own there, and on a
// page with no blank lines the block says nothing.

// markDialogueLines makes body text, finished, of each such line.
func (b *builder) markDialogueLines(sc *scorer) {
	if b.lang != "ja" {
		return
	}
	us := sc.us
	blank := false
	for i := 1; i < len(us) && !blank; i++ {
		blank = us[i].line > us[i-1].lastLine+1
	}
	if !blank {
		return
	}
	for i := 1; i+1 < len(us); i++ {
		u := &us[i]
		if u.kind != uText || u.verbatim || u.line != u.lastLine || !sc.fs[i].title || !jaWholeQuote(u.text) {
			continue
		}
		p, n := &us[i-1], &us[i+1]
		if p.kind != uText || sc.fs[i-1].title || p.lastLine+1 != u.line || n.kind != uText || sc.fs[i+1].title || n.line != u.lastLine+1 {
			continue
		}
		bodyOnly(&sc.fs[i], false)
		sc.fs[i].ended = true
	}
}

// jaWholeQuote reports a line that is one quotation in 「」 whole: it
// opens with 「 and the 」 closing that bracket is its last rune.
func jaWholeQuote(s string) bool {
	if !atMost(s, 48) {
		return false
	}
	depth := 0
	for k, r := range s {
		switch {
		case k == 0 && r != '「':
			return false
		case r == '「':
			depth++
		case r == '」':
			depth--
			if depth == 0 {
				return k+len("」") == len(s) && k > len("「")
			}
		}
	}
	return false
}
