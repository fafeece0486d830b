package newstext

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A 副刊 (literary supplement) sets each piece's author on a line of its
// own right under the piece's title, after a marker and with no role:
// ◎林清禾 under an essay's title, □苏晚（江苏南通） under a poem's, the
// bracket saying where the poet lives or who the writer is. A marker line
// with no role is otherwise a head (●相关链接, ■记者手记); a personal name
// alone after the marker, set right under a title line, is the piece's
// byline (names only). A page whose heads open with the same marker
// (◎王府井 … ◎西单) keeps them heads, and so does a people story's
// (人物群像): its subjects' names marked alike, ◎王建国 right under the
// title and ◎李秀英, ◎张伟 over the body text further down, each name
// coming again in the paragraph under it. 新民晚报's 夜光杯 signs its
// pieces the same way with ◆ (◆ 沈一苇 under an essay's title), a mark
// that otherwise opens heads: the same guards keep a page's ◆ heads.

// markMarkedAuthors makes a byline, before the grammar labels the page,
// of a marker line holding a personal name alone or one run on to a short
// bracket (markedAuthor) right under a title line (or a marked headline,
// as the written text sets it), when no other line of
// the page opening with that marker holds anything but such a name or
// stands among the body text (markedNameHeads), and the paragraph under
// it does not speak of the name (a head over its subject's story).
func (b *builder) markMarkedAuthors(sc *scorer) {
	if b.lang == "ja" || b.lang == "ko" {
		return
	}
	us := sc.us
	for i := 1; i < len(us); i++ {
		u := &us[i]
		if u.kind != uText || u.verbatim || u.para {
			continue
		}
		m, w := firstRune(u.text)
		if !isAuthorMarker(m) {
			continue
		}
		p := sc.prevContent(i)
		if p < 0 || !(us[p].kind == uHeadline || us[p].kind == uSubhead || us[p].kind == uText && sc.fs[p].title && !sc.fs[p].row && sc.fs[p].headMark == "") {
			continue // (a name under a paragraph stays as it was: □王鹏飞（北京）)
		}
		if us[p].kind == uText && !titleOpensPiece(b, sc, p) {
			continue // a title-like line run on under body text or a head is no piece's title
		}
		if n := sc.nextContent(i); n >= len(us) || !b.opensPiece(sc, n) {
			continue // no piece under it: a name over a title line, a head, a rule (——) is none's author
		}
		c, ok := markedAuthor(trimSpace(u.text[w:]))
		if !ok || !markerOnlyForAuthors(us, m) || markedNameHeads(sc, m, i) || namedBelow(sc, i, c.names) {
			continue
		}
		u.kind = uByline
		u.cr = creditRef(c)
		if us[p].kind == uText {
			sc.pieceTitles = append(sc.pieceTitles, p) // (the piece's title: piecetitle.go)
		}
		sc.fs[i].headMark = "" // (no head: the article's heads are not marked with it)
		b.warnParts(u.line, "marked name under a title taken as the author's byline: ", u.text)
	}
}

// isAuthorMarker reports the marks that may open a 副刊 piece's author
// line: a byline's (isBylineMarker), and ◆, 新民晚报 夜光杯's.
func isAuthorMarker(r rune) bool {
	return isBylineMarker(r) || r == '◆'
}

// titleOpensPiece reports whether the title-like unit p stands where a
// piece's title does: with nothing above it but the page's furniture or
// a label over it (a title-like line that is no marked head: 江花·散文),
// or opening a block (after a blank line) under the end of the piece
// before (a line closed by a sentence's or bracket's end: 作者简介：…。,
// （二〇二六年十一月于江城）, or an indented paragraph's 。 on a page
// that parts its paragraphs by indent alone). A title-like line run on
// under an indented paragraph (no blank line between) or a marked head
// is read as text by the grammar, and a name under it is no author's.
func titleOpensPiece(b *builder, sc *scorer, p int) bool {
	q := sc.prevContent(p)
	if q < 0 {
		return true
	}
	uq := &sc.us[q]
	switch {
	case uq.kind == uNoise:
		return true
	case uq.para && !b.opensBlock(&sc.us[p]):
		return false // (under an indented paragraph after a blank line, the end of its sentence decides below)
	case sc.fs[q].title && sc.fs[q].headMark == "":
		return true
	case !b.opensBlock(&sc.us[p]):
		return false
	}
	r, _ := decodeLast(uq.text)
	return strings.ContainsRune("。！？）」』", r)
}

// opensPiece reports that unit n, right under a marked name, opens a
// piece: an indented paragraph holding a word, or a line of a poem's
// stanza (markVerse: a year 1978 over the lines of its block is one) —
// the forms the written text gives back as they were (FuzzNormalized).
// A title line (a head, a subtitle, the next article's headline or
// kicker, which the grammar weighs only later), an unindented line it
// may read otherwise (a dateline, a credit) or a rule (——) opens none.
// Chosen: an author's name over a dedication or a first 小标题 (review
// 29a) is left a head.
func (b *builder) opensPiece(sc *scorer, n int) bool {
	u := &sc.us[n]
	if u.kind != uText || sc.fs[n].headMark != "" {
		return false
	}
	if _, verse := slices.BinarySearch(b.verse, u.line); verse {
		return true
	}
	return u.para && strings.IndexFunc(u.text, unicode.IsLetter) >= 0
}

// opensBlock reports whether u's first line opens a block of the page:
// the page's first line, or one after a blank line.
func (b *builder) opensBlock(u *unit) bool {
	k := u.line - 2
	return k < 0 || k >= len(b.lines) || trimSpace(b.lines[k].text) == ""
}

// firstRuneOf returns the first rune of s, or 0.
func firstRuneOf(s string) rune {
	r, _ := firstRune(s)
	return r
}

// markedAuthor parses the body after a marker as an author: a personal
// name alone (林清禾, a padded 王　芳), or one run on to a bracket of two to
// twelve Han runes with nothing after it, a place (江苏南通) or a
// description (媒体人). Names only: the bracket is no role.
func markedAuthor(body string) (credit, bool) {
	if !atMost(body, 24) {
		return credit{}, false
	}
	k := indexAnyRune(body, "（(")
	if k < 0 {
		return oneNameCredit(body)
	}
	inner, end, ok := leadingBracket(body[k:])
	if k == 0 || !ok || k+end != len(body) {
		return credit{}, false
	}
	if n := utf8.RuneCountInString(inner); n < 2 || n > 12 || !isHanWord(inner) {
		return credit{}, false
	}
	return oneNameCredit(trimSpace(body[:k]))
}

// markerOnlyForAuthors reports that every text line of us opening with
// the marker m holds an author (markedAuthor): a page that marks its
// heads with m (◎王府井 over ◎西单 and ◎三里屯活动多) reads them as
// heads, names or not.
func markerOnlyForAuthors(us []unit, m rune) bool {
	for j := range us {
		t := us[j].text
		if us[j].kind != uText || !strings.HasPrefix(t, string(m)) {
			continue
		}
		if _, ok := markedAuthor(trimSpace(t[utf8.RuneLen(m):])); !ok {
			return false
		}
	}
	return true
}

// markedNameHeads reports another line than i opening with the marker m
// set under body text, not under a title: names marked so are a people
// story's heads (◎李秀英 under the paragraph on 王建国), and the page's
// first of them, under the title, is a head as well.
func markedNameHeads(sc *scorer, m rune, i int) bool {
	us := sc.us
	for j := range us {
		if j == i || us[j].kind != uText || firstRuneOf(us[j].text) != m {
			continue
		}
		if p := sc.prevContent(j); p >= 0 && us[p].kind == uText && !sc.fs[p].title {
			return true
		}
	}
	return false
}

// namedBelow reports the paragraph under unit i speaking of one of the
// names: the marked name is the head of that person's story (◎王建国 over
// 凌晨四点，王建国已经…); an author's essay does not name its writer.
func namedBelow(sc *scorer, i int, names []string) bool {
	n := sc.nextContent(i)
	if n >= len(sc.us) || sc.us[n].kind != uText {
		return false
	}
	for _, name := range names {
		if name != "" && strings.Contains(sc.us[n].text, name) {
			return true
		}
	}
	return false
}
