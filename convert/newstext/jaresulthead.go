package newstext

import "strings"

// A Japanese sports page sets each game's box under its result in
// lenticular brackets, alone on its line: 【巨人３－２阪神】 over the line
// score's rows, the batting rows under ◇打撃成績, or a short report of
// the game; the next game's 【ヤクルト５－４広島】 under that box heads the
// next box. Under the story's closing byline or trailer (（担当・X）) the
// first is the box's title, the next article's headline, as a sport's
// rubric there is (jasportlabel.go), and each result head after it that
// only its box's rows, heads and report separate from it is the next
// box's headline, a peer: a reader takes each game's box for an item of
// its own. Elsewhere (a round-up story heading each game's paragraph so,
// with no byline closing it above) the head stays a head of its story,
// as is 【巨人３－２阪神】巨人は… run in at its paragraph.

// jaResultHead reports s a game's result alone in lenticular brackets:
// two sides parted by a score (gameScore), 【巨人３－２阪神】.
func jaResultHead(s string) bool {
	in, ok := strings.CutPrefix(s, "【")
	if in, ok = strings.CutSuffix(in, "】"); !ok || !atMost(in, 24) || strings.ContainsAny(in, "【】") {
		return false
	}
	return gameScore(in)
}

// markResultHeads makes a headline of each result head (jaResultHead)
// alone on its line that stands under a closing byline or trailer, or
// under the box of the result head before it (see above), over its
// box's rows or its report.
func (b *builder) markResultHeads(sc *scorer) {
	if b.lang != "ja" {
		return
	}
	box := false // the units since the last result head made a headline are its box's
	for i := range sc.us {
		u := &sc.us[i]
		if !sc.resultHeadAlone(i) {
			box = box && sc.inResultBox(i)
			continue
		}
		p := sc.prevContent(i)
		closed := p >= 0 && (sc.us[p].kind == uByline && sc.closesArticle(p) || sc.trailerAbove(p))
		n := sc.nextContent(i)
		if !closed && !box || n >= len(sc.us) || sc.us[n].kind != uText || sc.fs[n].title && !sc.resultRowsUnder(i) {
			box = false
			continue
		}
		u.kind, u.runIn, u.summed = uHeadline, false, false
		bodyOnly(&sc.fs[i], false)
		b.warnParts(u.line, "game's result head over its box taken as a headline: ", u.text)
		bodyOnly(&sc.fs[n], false) // (the box's first row: no subheadline)
		box = true
	}
}

// resultHeadAlone reports unit i a result head alone on its line: a
// run-in head split off it (splitRunIns) with nothing after it on the
// line, or text.
func (sc *scorer) resultHeadAlone(i int) bool {
	u := &sc.us[i]
	if u.kind != uHeading && u.kind != uText || u.verbatim || !strings.HasPrefix(u.text, "【") || !jaResultHead(u.text) {
		return false
	}
	if u.kind == uHeading {
		return u.runIn && (i+1 == len(sc.us) || sc.us[i+1].line != u.line)
	}
	return true
}

// inResultBox reports unit i one that a game's box holds under its
// result head: its rows, heads (◇打撃成績) and report, noise between.
// A title line of no row, a byline, a caption end the box.
func (sc *scorer) inResultBox(i int) bool {
	switch sc.us[i].kind {
	case uNoise, uHeading:
		return true
	case uText:
		f := &sc.fs[i]
		return !f.title || f.row || f.headMark != ""
	}
	return false
}
