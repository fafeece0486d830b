package newstext

import "unicode"

// Hong Kong papers (東方日報, 星島日報, 文匯報) mark a photo's caption with a
// solid square set against its text, ■消防員到場檢查茶餐廳廚房。, and often
// give no photographer after it. Mainland papers use the square for other
// things: a byline's marker (■本报记者 X, already a byline here), a
// section head (■ 带着乡亲一起干, no full stop) and one-sentence brief items
// run one under another (■广东江门…完成。 / ■福建泉州…参加。), so the
// square alone makes a caption only in traditional-script text, for a
// short sentence standing on its own among units that do not open with
// the square.

// squareCaptionRunes bounds the caption: one or two short sentences.
const squareCaptionRunes = 60

// markSquareCaptions makes captions of the ■ sentences of a Chinese page
// that stand alone. The sentence's own script decides (squareCaption),
// not the page's: a Big5 page of a few characters is traditional Chinese
// by its encoding, but written out in UTF-8 one simplified-looking
// character (贝 over ■鐘。) makes it simplified.
func (b *builder) markSquareCaptions() {
	if b.lang != "zh-Hant" && b.lang != "zh-Hans" {
		return
	}
	us := b.units
	for i := range us {
		u := &us[i]
		if u.kind != uText || u.para || u.verbatim || !squareCaption(u.text) {
			continue
		}
		if p := squareNeighbour(us, i, -1); p >= 0 && squareItem(&us[p]) {
			continue // a run of ■ items: a list, not captions
		}
		if n := squareNeighbour(us, i, 1); n < len(us) && squareItem(&us[n]) {
			continue
		}
		u.kind, u.summed = uCaption, false
		b.warnParts(u.line, "■ sentence taken as a photo caption: ", u.text)
	}
}

// squareNeighbour returns the unit next to i in direction dir (-1 or 1)
// past stray punctuation (a 。 alone on its line) and, under it, past the
// rest of the text the caption interrupts: the builder joins those to
// the text across the caption, and written out, the caption's neighbour
// is the unit beyond them. It returns -1 or len(us) for none.
func squareNeighbour(us []unit, i, dir int) int {
	// The text the caption interrupts, whose rest a fragment under it
	// may be (mayContinue: 000… over ■鐘。 over 乙。).
	above := ""
	if dir > 0 {
		above = textAboveSquares(us, i)
	}
	j := i + dir
	for j >= 0 && j < len(us) && us[j].kind == uText && !opensWithSquare(us[j].text) {
		if dir < 0 && j > 0 && !(us[j-1].kind == uText && !opensWithSquare(us[j-1].text)) {
			// (Is this fragment the rest of the text a page number or a
			// photo interrupts above it?)
			above = textAboveSquares(us, j)
		}
		if !strayPunct(us[j].text) && !(above != "" && mayContinue(above, us[j].text)) {
			break
		}
		j += dir
	}
	return j
}

// textAboveSquares returns the text above unit i past the captions, the
// ■ units and the page furniture between (the paragraph a page number
// and a photo interrupt, whose rest the builder joins across them), or
// "" when other units stand between.
func textAboveSquares(us []unit, i int) string {
	for k := i - 1; k >= 0; k-- {
		switch {
		case us[k].kind == uText && !opensWithSquare(us[k].text):
			return us[k].text
		case us[k].kind == uCaption, us[k].kind == uNoise, us[k].kind == uText && opensWithSquare(us[k].text):
		default:
			return ""
		}
	}
	return ""
}

// strayPunct reports a text of punctuation and spaces alone.
func strayPunct(s string) bool {
	for _, r := range s {
		if !unicode.IsPunct(r) && !isSpace(r) {
			return false
		}
	}
	return s != ""
}

// squareItem reports a unit of text or a caption opening with ■ and
// holding more, an item of a run of them; a head marked "## " is none,
// whatever it opens with, nor is a ■ alone, nor a paragraph set with the
// 2em indent: the normalized text writes every paragraph so, and a ■
// paragraph under a caption (■鐘。 over 。 joined to the text above, then
// ■!0) would make a list of the two once written out.
func squareItem(u *unit) bool {
	return (u.kind == uText && !u.para || u.kind == uCaption) && opensWithSquare(u.text) && trimSpace(u.text[len("■"):]) != ""
}

// opensWithSquare reports text opening with ■.
func opensWithSquare(s string) bool {
	r, _ := firstRune(s)
	return r == '■'
}

// squareCaption reports a short sentence ending in a full stop after ■,
// written in traditional characters: a caption's form in a Hong Kong
// paper. The sentence's own script decides, not the page's language alone
// (a Big5 page): written out in UTF-8, a page of a few characters common
// to both scripts reads back as simplified Chinese, and the caption would
// read back as a paragraph.
func squareCaption(s string) bool {
	if !opensWithSquare(s) {
		return false
	}
	if r, _ := decodeLast(s); r != '。' || !atMost(s, squareCaptionRunes) {
		return false
	}
	sets := charSets()
	trad, simp := 0, 0
	for _, r := range s {
		switch {
		case sets.tradOnly.has(r):
			trad++
		case sets.simpOnly.has(r):
			simp++
		}
	}
	return trad > simp
}
