package newstext

import (
	"strings"
	"unicode/utf8"
)

// A commentary that closes with a note on its author prints it in
// brackets on most pages, （作者为…副教授）, and such a line is a byline
// wherever it stands (parseBylineLine). 联合早报's 言论 page prints it
// bare, 作者是新加坡社会科学大学老年学课程讲师, alone on its line under the
// last paragraph: read line by line it is a short line with no sentence
// end, a title line that opens a new article. Where it closes the text it
// is the same note, and so the same byline.

// markAuthorNotes makes a byline, before the grammar labels the page, of
// an unbracketed note on the author (作者是…, 作者为…, 作者系…: isAuthorNote)
// set apart, with no paragraph indent, under a finished paragraph and
// over no more body text: nothing, another byline (编辑：X), a marked
// headline or a title line that opens the next article. Bare, the words
// may also open a sentence (作者是谁并不重要): such a line ends in a full
// stop, or has more text under it.
func (b *builder) markAuthorNotes(sc *scorer) {
	if b.lang == "ja" || b.lang == "ko" {
		return
	}
	us := sc.us
	for i := 1; i < len(us); i++ {
		u := &us[i]
		if u.kind != uText || u.verbatim || u.para || !bareAuthorNote(u.text) {
			continue
		}
		p := sc.prevContent(i)
		if p < 0 || us[p].kind != uText || sc.fs[p].title || !sc.fs[p].ended {
			continue
		}
		if n := sc.nextContent(i); n < len(us) && us[n].kind == uText && !sc.opensStoryAt(n) && !sc.footLines(n) {
			// (A title line with nothing under it is a last paragraph,
			// as the normalized text writes it: indented, body text.)
			continue
		}
		u.kind, u.cr = uByline, nil
		bodyOnly(&sc.fs[i], false)
		b.warnParts(u.line, "note on the author closing the text taken as a byline: ", u.text)
	}
}

// opensStoryAt reports a title line at n that opens the next story: body
// text (or a dateline leading it) under it. A run of short lines under a
// short one opens none: read as paragraphs, then written out indented,
// they must read back alike.
func (sc *scorer) opensStoryAt(n int) bool {
	if !sc.fs[n].title {
		return false
	}
	m := sc.nextContent(n)
	return m < len(sc.us) && sc.us[m].kind == uText && (!sc.fs[m].title || sc.fs[m].dateline)
}

// maxFootLines bounds the page's closing lines footLines takes under an
// author's note.
const maxFootLines = 3

// footLines reports the text from unit n to the page's end as the page's
// foot, not the story's: at most maxFootLines units of text (noise and
// bylines aside), each short (48 runes at most) and none ending a
// sentence, the way a page's furniture under the note reads (a call for
// letters the reader does not know, 欢迎读者来函，请寄本报言论版信箱; the
// site's related links under their header). Body text under the note, a
// paragraph ending in a full stop however short, or any longer one,
// makes the bare 作者是… the head a sentence opens (作者是谁并不重要 over
// 重要的是文章本身。). (Indented or not: the normalized text indents the
// foot's lines it writes as paragraphs, and must read back the same.)
func (sc *scorer) footLines(n int) bool {
	count := 0
	for j := n; j < len(sc.us); j = sc.nextContent(j) {
		u := &sc.us[j]
		if u.kind == uByline {
			continue
		}
		count++
		if u.kind != uText || count > maxFootLines || !atMost(u.text, 48) || endsSentence(u.text) {
			return false
		}
	}
	return true
}

// bareAuthorNote reports s opening with an author note's words, unbracketed
// (作者是…讲师). Asked of short units only: the note is at most 40 runes.
func bareAuthorNote(s string) bool {
	return len(s) > len("作者") && s[:len("作者")] == "作者" && isAuthorNote(s)
}

// closingNote reports u as a note on its author, bracketed, （作者为…）,
// or bare where markAuthorNotes made it a byline: the piece is signed.
func closingNote(u *unit) bool {
	if in := unbracket(u.text); in != "" {
		return isAuthorNote(in)
	}
	return u.kind == uByline && u.cr == nil && bareAuthorNote(u.text)
}

// authorUnit returns the organisation a note on the author names as the
// author's unit, （作者单位：江西省南昌市青山湖区人民检察院）: 单位 is the
// place the author works for, a credit's org. A note that describes the
// author (作者为…副教授, 作者系…) names no organisation by itself, nor
// does a unit that is no organisation's name (two units parted by 、).
func authorUnit(in string) string {
	for _, p := range []string{"作者单位", "作者單位"} {
		if rest, ok := strings.CutPrefix(in, p); ok {
			rest = trimSpace(strings.TrimLeft(rest, "：:"))
			if isOrg(rest) {
				return rest
			}
		}
	}
	return ""
}

// suppliedBy returns the organisation a closing bracket names as the
// text's supplier, （江州市滨湖区人民法院供稿）, (市公安局供稿): a court's,
// a procuratorate's or a bureau's case column that a paper runs as
// supplied, the org the story's credit. Only an organisation's name
// (isOrg) before 供稿: a person's 供稿 is a contributor's note, and 提供
// is a photo's credit (caption.go).
func suppliedBy(inner string) (string, bool) {
	rest, ok := strings.CutSuffix(trimSpace(inner), "供稿")
	if !ok {
		return "", false
	}
	rest = trimSpace(rest)
	if !isOrg(rest) || utf8.RuneCountInString(rest) < 3 {
		return "", false
	}
	if last, _ := decodeLast(rest); strings.ContainsRune(supplierEnds, last) {
		return rest, true
	}
	for _, e := range supplierWords {
		if strings.HasSuffix(rest, e) {
			return rest, true
		}
	}
	return "", false
}

// supplierEnds are the last characters of the organisations that supply
// a paper with texts (法院, 检察院, 公安局, 市委宣传部, 消防救援支队,
// 气象站, 管委会…), a person's name never ending so; supplierWords the
// longer endings.
const supplierEnds = "院局委会會厅廳处處所部办辦站队隊校"

var supplierWords = []string{"中心", "公司", "集团", "集團", "大学", "大學"}
