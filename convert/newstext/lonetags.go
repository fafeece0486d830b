package newstext

import "strings"

// A site sets a story's topic tags one a line under its byline (#長野 /
// #地域経済) or over its headline, where a line of them, #颱風 #天文台, is
// already the site's furniture (hashtagLine). One tag alone on its line
// has the shape of a head whose author left out the space after the
// marker's #, so it is the tag's place that tells: a run of two or more
// such lines beside the page's end or its furniture (a byline, noise,
// the page's first or last line), or one alone with furniture or the
// page's edge both above and under it. A lone #word with text under it
// and no other tag by it, over a paragraph, is left to the title rules.

// loneTag reports a line of one topic tag and nothing else: # then one
// to 30 runes, a letter among them, no space, no second # and no
// punctuation (#金沢市, #地域経済, #JLeague). ＃ in full width is the
// same mark.
func loneTag(s string) bool {
	rest, ok := strings.CutPrefix(s, "#")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "＃"); !ok {
			return false
		}
	}
	if rest == "" || !atMost(rest, 30) {
		return false
	}
	letter := false
	for _, r := range rest {
		switch {
		case isSpace(r), r == '#', r == '＃', isPunctRune(r):
			return false
		case isLetter(r):
			letter = true
		}
	}
	return letter
}

// markLoneTags makes noise of lone tag lines (loneTag) standing where a
// site sets its tags: a run of two or more with the page's edge or its
// furniture above or under it, or one with the edge or furniture both
// above and under it. A line of tags already noise (hashtagLine) counts
// in the run.
func (b *builder) markLoneTags() {
	us := b.units
	tag := func(u *unit) bool {
		if u.kind == uNoise {
			return u.noise == noiseChrome && hashtagLine(u.text)
		}
		return u.kind == uText && !u.para && !u.verbatim && u.line == u.lastLine && loneTag(u.text)
	}
	edge := func(k int) bool { // furniture or the page's edge at k
		return k < 0 || k >= len(us) || us[k].kind == uNoise || us[k].kind == uByline
	}
	for i := 0; i < len(us); i++ {
		if !tag(&us[i]) {
			continue
		}
		j, lone := i, 0
		for ; j < len(us) && tag(&us[j]); j++ {
			if us[j].kind == uText {
				lone++
			}
		}
		if lone > 0 && (edge(i-1) && edge(j) || j-i >= 2 && (edge(i-1) || edge(j))) {
			for k := i; k < j; k++ {
				if us[k].kind == uText {
					us[k].kind, us[k].noise, us[k].summed = uNoise, noiseChrome, false
				}
			}
		}
		i = j - 1
	}
}
