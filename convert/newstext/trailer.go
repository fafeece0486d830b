package newstext

// trailerAbove reports unit p as the end of a story closed by a
// bracketed credit: body text ending in one (…呼びかけている。（共同）)
// or the credit alone under body text (（東京報道部・比嘉大輔）). The
// credit is the story's last line, so a title line under it starts the
// next article; it is no section head of the story the credit closed
// (which a byline at the top of a story's text, ■記者 X, may be followed
// by).
func (sc *scorer) trailerAbove(p int) bool {
	if p < 0 {
		return false
	}
	if sc.us[p].kind == uText {
		return sc.fs[p].closed && !sc.fs[p].title
	}
	if sc.us[p].kind == uNote && storyEndNote(sc.us[p].text) {
		// （本文摘自《今周刊》…） under the text closes it (reprintnote.go).
		q := sc.prevContent(p)
		return q >= 0 && sc.us[q].kind == uText && !sc.fs[q].title
	}
	if sc.us[p].kind != uByline {
		return false
	}
	if r, _ := firstRune(sc.us[p].text); closeFor(r) == 0 {
		return false
	}
	q := sc.prevContent(p)
	return q >= 0 && sc.us[q].kind == uText && !sc.fs[q].title
}

// linksAbove reports a list of links to other stories (関連ニュース and
// the titles under it, noise of kind noiseLink) right above unit i: a
// site sets it under the story it ends, so the title line under it is
// the next story's headline.
func (sc *scorer) linksAbove(i int) bool {
	return i > 0 && sc.us[i-1].kind == uNoise && sc.us[i-1].noise == noiseLink
}
