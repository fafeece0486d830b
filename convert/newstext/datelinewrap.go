package newstext

// A story's first line opens with its dateline run in, 〔記者林翠儀／東京報導〕
// 日本政府, and the paragraph's text goes on after it. A line so opened
// that ends no sentence was not ended on purpose, however short of the
// page's count it stops (a copy edited after it was wrapped, the dateline
// shortened or the words moved): no title or head line opens with a
// dateline, and a paragraph's last line ends its sentence, so its text
// goes on in the line under it (blind round 99's edited copies of
// tw-ltn-guoji-baofengxue: 日本政府 / 7日提出… made two paragraphs).

// datelineLineGoesOn reports line a, opening with a dateline (any shape
// parseDatelineLang reads) with text after it that ends no sentence or
// clause, over line next, neither indented nor a title line itself
// ended short (nextTitle): the paragraph's first line, which the line
// under it continues.
func (b *builder) datelineLineGoesOn(a, next srcLine, nextTitle bool) bool {
	if next.indent || next.para || nextTitle || endsSentence(a.text) || closedLine(a.text) || endsClause(a.text) {
		return false
	}
	if r, _ := firstRune(a.text); closeFor(r) == 0 && !reporterRoleFirst(r) {
		return false // (most lines: no dateline opens them)
	}
	_, rest, ok := parseDatelineLang(a.text, b.lang)
	return ok && rest != ""
}
