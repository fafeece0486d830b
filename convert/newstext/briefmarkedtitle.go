package newstext

// A Chinese page's column of briefs may open each brief's title with ▲
// (鄉鎮短波 / ▲后里花毯節延長展期 / 〔記者李文宏／后里報導〕后里花…): a short
// title with no sentence punctuation standing straight over the brief's
// dateline. ▲ opens a photo's caption elsewhere, but a caption describes
// the photo, and a story's dateline opens the story's text under its
// title, never under a caption: where two or more such lines stand, each
// is its brief's headline, its marker kept, as a box's bulleted titles
// keep theirs. (One alone may be a photo's caption over a story's lead.)

// markDatelinedTitles makes a headline of a Chinese ▲ or △ line read as
// a caption that stands right over (no blank line between) text opening
// with a dateline: one line of at most maxMarkedTitleRunes runes after
// the marker, with no sentence or clause punctuation, no bracket and no
// photo credit, when two or more such lines stand on the page (a column
// of briefs). (After the scorer is made, as markWireHeadlines: a
// headline known before would count as the page's marked ones.)
func (b *builder) markDatelinedTitles(sc *scorer) {
	if b.lang != "zh-Hant" && b.lang != "zh-Hans" {
		return
	}
	us := sc.us
	var at []int
	for i := 0; i+1 < len(us); i++ {
		u := &us[i]
		if u.kind != uCaption || u.line != u.lastLine || !datelinedTitleShape(u.text) {
			continue
		}
		n := &us[i+1]
		if n.kind != uText || n.line != u.lastLine+1 || n.verbatim || !sc.fs[i+1].dateline {
			continue
		}
		at = append(at, i)
	}
	// One such line may be a photo's caption set over the story's lead;
	// two or more, each over its dateline, are a column of briefs.
	if len(at) < 2 {
		return
	}
	for _, i := range at {
		u := &us[i]
		u.kind, u.summed = uHeadline, false
		sc.fs[i] = unitFeats(u, b.lang)
		bodyOnly(&sc.fs[i], false)
		b.warnParts(u.line, "▲ line over a dateline taken as its brief's headline: ", u.text)
	}
}

// maxMarkedTitleRunes bounds a marked brief's title after its marker.
const maxMarkedTitleRunes = 20

// datelinedTitleShape reports a ▲ or △ line of a title's shape: a short
// phrase after the marker, no sentence or clause punctuation, no bracket
// (a caption's position or credit, （中）, （記者X攝）) and no credit.
func datelinedTitleShape(s string) bool {
	r, w := firstRune(s)
	if r != '▲' && r != '△' {
		return false
	}
	rest := trimSpace(s[w:])
	if rest == "" || !atMost(rest, maxMarkedTitleRunes) {
		return false
	}
	return !hasClauseEnd(rest) && !hasAnyRune(rest, "；：:（）()〔〕【】") && !endsSentence(rest) && !endsInCredit(rest)
}
