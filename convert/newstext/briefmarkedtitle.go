package newstext

// A Chinese page's column of briefs may open each brief's title with ▲
// (鄉鎮短波 / ▲后里花毯節延長展期 / 〔記者李文宏／后里報導〕后里花…): a short
// title with no sentence punctuation standing straight over the brief's
// dateline. ▲ opens a photo's caption elsewhere, but a caption describes
// the photo, and a story's dateline opens the story's text under its
// title, never under a caption: where two or more such lines stand, each
// is its brief's headline, its marker kept, as a box's bulleted titles
// keep theirs. (One alone may be a photo's caption over a story's lead.)
// So does a column that bullets its briefs' titles as heads are bulleted
// (● ■ ◆ ◇ □): a head opens a part of the story above, whose text goes on
// under it, where a dateline opens a story of its own; and a label no
// list of boxes holds (鄉鎮短波) tells no box of briefs.

// markDatelinedTitles makes a headline of a Chinese ▲ or △ line read as
// a caption, or a title line opening with a head's bullet, that stands
// right over (no blank line between) text opening
// with a dateline: one line of at most maxMarkedTitleRunes runes after
// the marker, with no sentence or clause punctuation, no bracket and no
// photo credit, when two or more such lines with one marker stand on the
// page (a column of briefs). (After the scorer is made, as markWireHeadlines: a
// headline known before would count as the page's marked ones.)
func (b *builder) markDatelinedTitles(sc *scorer) {
	if b.lang != "zh-Hant" && b.lang != "zh-Hans" {
		return
	}
	us := sc.us
	var at []int
	var marks []rune
	for i := 0; i+1 < len(us); i++ {
		u := &us[i]
		if u.kind != uCaption && u.kind != uText || u.line != u.lastLine || u.para || u.verbatim {
			continue
		}
		r, ok := datelinedTitleShape(u.text)
		if !ok || (u.kind == uCaption) != (r == '▲' || r == '△') || u.kind == uText && !sc.fs[i].title {
			continue
		}
		n := &us[i+1]
		if n.kind != uText || n.line != u.lastLine+1 || n.verbatim || !sc.fs[i+1].dateline {
			continue
		}
		at, marks = append(at, i), append(marks, r)
	}
	// One such line may be a photo's caption set over the story's lead,
	// or a head over a paragraph that names its source; two or more with
	// one marker, each over its dateline, are a column of briefs.
	for k, i := range at {
		if runeCount(marks, marks[k]) < 2 {
			continue
		}
		u := &us[i]
		u.kind, u.summed = uHeadline, false
		sc.fs[i] = unitFeats(u, b.lang)
		bodyOnly(&sc.fs[i], false)
		b.warnParts(u.line, "marked line over a dateline taken as its brief's headline: ", u.text)
	}
}

// runeCount reports how many of rs are r.
func runeCount(rs []rune, r rune) int {
	n := 0
	for _, x := range rs {
		if x == r {
			n++
		}
	}
	return n
}

// maxMarkedTitleRunes bounds a marked brief's title after its marker.
const maxMarkedTitleRunes = 20

// datelinedTitleShape reports a line of a marked brief title's shape and
// its marker: ▲ △ (read as a caption) or a head's bullet, ● ■ ◆ ◇ □, then
// a short phrase, no sentence or clause punctuation, no bracket (a
// caption's position or credit, （中）, （記者X攝）) and no credit.
func datelinedTitleShape(s string) (rune, bool) {
	r, w := firstRune(s)
	switch r {
	case '▲', '△', '●', '■', '◆', '◇', '□':
	default:
		return 0, false
	}
	rest := trimSpace(s[w:])
	if rest == "" || !atMost(rest, maxMarkedTitleRunes) {
		return 0, false
	}
	return r, !hasClauseEnd(rest) && !hasAnyRune(rest, "；：:（）()〔〕【】") && !endsSentence(rest) && !endsInCredit(rest)
}
