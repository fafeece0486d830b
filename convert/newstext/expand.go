package newstext

import (
	"github.com/paiban/paiban/convert/doc"
)

// expand turns body text into nodes: a leading dateline (with its
// bracketed credit), leading or trailing jump lines, a trailing bracketed
// credit, and the paragraph between. Whatever remains is classified
// afresh, so reading the pieces again on their own gives the same nodes.
func (b *builder) expand(st *articleState, s string, line, lastLine int) {
	b.expandFrom(st, s, line, lastLine, false, leadUnknown, nil)
}

// expandBody is expand for text already classified as body text; lead
// is what labelling learnt of its leading dateline, and date the
// dateline itself when it parsed one (or nil).
func (b *builder) expandBody(st *articleState, s string, line, lastLine int, lead datelineLead, date *leadDate) {
	b.expandFrom(st, s, line, lastLine, true, lead, date)
}

// expandFrom does the work of expand as a loop (input such as a megabyte
// of repeated jump lines must not recurse once per piece). Nodes split
// off the end are held back and added after the rest, right to left.
func (b *builder) expandFrom(st *articleState, s string, line, lastLine int, isBody bool, lead datelineLead, date *leadDate) {
	var tail []*doc.Node // in discovery order: rightmost first
	defer func() {
		for i := len(tail) - 1; i >= 0; i-- {
			st.add(tail[i])
		}
	}()
	for s != "" {
		if !isBody {
			// What is left after a split may be escaped as a block is.
			if t, ok := unescape(s); ok {
				st.add(b.newNode(doc.KindParagraph, t, line))
				return
			}
			if k, cr, noise := classifyText(s); k != uText {
				st.add(b.simpleNode(unit{kind: k, text: s, line: line, lastLine: lastLine, cr: creditRef(cr), noise: noise}))
				return
			}
		}
		isBody = false // whatever remains after a split is classified afresh
		known, parsed := lead, date
		lead, date = leadUnknown, nil // (what remains after a split is another text)
		if known != leadNone && (!st.seenPara || st.lastKind() == doc.KindHeading) {
			// (leadDateline: leadsWithDateline found the same.)
			if d, rest, ok := b.leadingDateline(s, known, parsed); ok && (known == leadDateline || splittable(rest) && (d.runIn || readsAsText(d.text))) {
				st.add(b.datelineNode(d, line))
				if end, c, ok := koreanLeadCredit(rest); ok && splittable(rest[end:]) {
					st.add(b.creditNode(rest[:end], line, c))
					rest = trimSpace(rest[end:])
				} else if end, c, ok := reportedLeadCredit(rest); ok && splittable(rest[end:]) {
					st.add(b.creditNode(rest[:end], line, c))
					rest = trimSpace(rest[end:])
				} else if end, c, ok := spacedLeadCredit(rest); ok && splittable(rest[end:]) {
					st.add(b.creditNode(rest[:end], line, c))
					rest = trimSpace(rest[end:])
				} else if inner, end, ok := leadingBracket(rest); ok {
					if c, ok := datelineBracketCredit(inner); ok && splittable(rest[end:]) {
						end += creditColon(rest[end:]) // 国际在线北京12月6日消息（记者X）：…
						st.add(b.creditNode(rest[:end], line, c))
						rest = trimSpace(rest[end:])
					}
				}
				if end := quotedTitle(rest); end > 0 && splittable(rest[end:]) {
					st.add(b.newNode(doc.KindNote, rest[:end], line))
					rest = trimSpace(rest[end:])
					// The original's author after its title: 题：…（作者 金秀妍）.
					if inner, end, ok := leadingBracket(rest); ok {
						if c, ok := parseBracketCredit(inner); ok && splittable(rest[end:]) {
							st.add(b.creditNode(rest[:end], line, c))
							rest = trimSpace(rest[end:])
						}
					}
				}
				s = rest
				continue
			}
		}
		// The reporter's run-in credit opening a story's text with no
		// dateline before it: 記者 鄭嘉朗 報道：屯門公路… (runincredit.go).
		if !st.seenPara && st.lastKind() != doc.KindDateline {
			if end, c, ok := runInCredit(s); ok {
				st.add(b.creditNode(trimSpace(s[:end]), line, c))
				s = trimSpace(s[end:])
				continue
			}
		}
		// A credit opening the text right under a dateline that stood
		// on its own line: 新华社上海12月1日电 / (记者刘清源、汪若)记者从…
		if st.headDateline() {
			if inner, end, ok := leadingBracket(s); ok {
				// (Alone on its line, a credit with roles is a byline
				// already; names alone are one only here.)
				if c, ok := datelineBracketCredit(inner); ok && splittable(s[end:]) && (s[end:] != "" || len(c.roles) == 0 && c.org == "") {
					end += creditColon(s[end:])
					st.add(b.creditNode(s[:end], line, c))
					s = trimSpace(s[end:])
					continue
				}
			}
		}
		// The original's title right under a dateline on its own line
		// (【美联社华盛顿12月1日电】 / 题：…), as the normalized text
		// writes the two apart: the translator's note, as run in.
		if st.headDateline() {
			if end := quotedTitle(s); end > 0 && splittable(s[end:]) {
				st.add(b.newNode(doc.KindNote, s[:end], line))
				s = trimSpace(s[end:])
				continue
			}
		}
		// Reporters credited in 【】 at the head of an article's text
		// (leadcredit.go), or right under the editor's note that heads
		// it: a byline, then the paragraph.
		if !st.seenPara || st.lastKind() == doc.KindNote {
			if end, c, ok := leadBracketCredit(s); ok && splittable(s[end:]) {
				st.add(b.creditNode(s[:end], line, c))
				s = trimSpace(s[end:])
				continue
			}
		}
		if end := leadingJump(s); end > 0 && splittable(s[end:]) {
			st.add(b.newNode(doc.KindJump, s[:end], line))
			s = trimSpace(s[end:])
			continue
		}
		split := false
		for {
			if k := trailingEndMark(s); k > 0 {
				n := b.newNode(doc.KindNoise, s[k:], lastLine)
				b.warnParts(lastLine, noiseEndMark, " kept as noise: ", s[k:])
				tail = append(tail, n)
				s = trimSpace(s[:k])
				split = true
				continue
			}
			if k := trailingJump(s); k > 0 {
				tail = append(tail, b.newNode(doc.KindJump, s[k:], lastLine))
				s = trimSpace(s[:k])
				split = true
				continue
			}
			if k, c, ok := trailingCredit(s); ok && k > 0 && !(st.moreText && (runOnAuthorNote(s[k:]) || runOnBeatContact(s[k:]))) {
				tail = append(tail, b.creditNode(s[k:], lastLine, c))
				s = trimSpace(s[:k])
				split = true
				continue
			}
			if k, c, ok := wireStoryTrailer(s, b.lang); ok {
				tail = append(tail, b.creditNode(s[k:], lastLine, c)) // …安全評估。（路透社） (wiretrailer.go)
				s = trimSpace(s[:k])
				split = true
				continue
			}
			if k, c, ok := koreanClosingWire(s); ok && b.lang == "ko" {
				tail = append(tail, b.creditNode(s[k:], lastLine, c)) // … 지배했다. /연합뉴스 (kowiretrailer.go)
				s = trimSpace(s[:k])
				split = true
				continue
			}
			if k, c, ok := koreanClosingCredit(s); ok && b.lang == "ko" {
				tail = append(tail, b.creditNode(s[k:], lastLine, c))
				s = trimSpace(s[:k])
				split = true
				continue
			}
			if k, c, ok := koreanRunOnTrailer(s); ok && b.lang == "ko" {
				tail = append(tail, b.creditNode(s[k:], lastLine, c)) // … 밝혔다. /이나래기자 nr@… (korunontrailer.go)
				s = trimSpace(s[:k])
				split = true
				continue
			}
			break
		}
		if split {
			continue
		}
		// (Not in a short unpunctuated paragraph: it may become a kicker,
		// whose spaces are the typesetter's.)
		if t, n := b.straySpaces(s); n > 0 && !isKickerText(s) && !isBracketed(s) {
			b.warn(line, "%d stray spaces between CJK characters removed (OCR)", n)
			s = t
		}
		st.add(b.newNode(doc.KindParagraph, s, line))
		return
	}
}

// creditNode returns a byline node of text from source line line holding
// credit c.
func (b *builder) creditNode(text string, line int, c credit) *doc.Node {
	n := b.newNode(doc.KindByline, text, line)
	setCredit(n, c)
	return n
}

// leadingDateline is parseDatelineLang of s, taken from parsed when
// labelling parsed it (known is leadDateline).
func (b *builder) leadingDateline(s string, known datelineLead, parsed *leadDate) (dateline, string, bool) {
	if known == leadDateline && parsed != nil {
		return parsed.d, parsed.rest, true
	}
	return parseDatelineLang(s, b.lang)
}

// readsAsText reports whether s on its own is body text (so a dateline
// split off a paragraph reads back as a dateline, not as a byline).
func readsAsText(s string) bool {
	k, _, _ := classifyText(s)
	return k == uText
}

// splittable reports whether the text left after splitting off a
// dateline or jump can stand as a block of its own: not if it would read
// as a "# " headline.
func splittable(rest string) bool {
	lvl, _ := headingLevel(trimSpace(rest))
	return lvl == 0
}

// isBracketed reports text that is one bracketed group, such as a credit
// the reader could not parse: its spaces separate names.
func isBracketed(s string) bool {
	_, end, ok := leadingBracket(s)
	return ok && end == len(s)
}

// datelineNode returns the tree's node of a parsed dateline.
func (b *builder) datelineNode(d dateline, line int) *doc.Node {
	n := b.newNode(doc.KindDateline, d.text, line)
	n.Org, n.Roles, n.Names, n.Place, n.Date = d.org, d.roles, d.names, d.place, d.date
	return n
}

// runOnAuthorNote reports a bracketed note on the author, （作者为…）,
// split off a paragraph's end: it closes the piece only under its last
// paragraph (see articleState.moreText); above more text it names the
// authors of something the paragraph speaks of, 《草房子》和《小王子》。
// （作者分别为曹文轩和圣埃克苏佩里）, and stays in it.
func runOnAuthorNote(s string) bool {
	in := unbracket(s)
	return in != "" && isAuthorNote(in)
}
