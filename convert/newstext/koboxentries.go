package newstext

import (
	"strings"

	"github.com/paiban/paiban/convert/doc"
)

// A Korean paper's standing boxes, 동정 (who did what), 인사
// (appointments) and 부고 (deaths), list their entries one under another,
// each opening with ▲: ▲최민호 한국소방안전원장은 4일 … 점검했다. A ▲ line
// with a full stop elsewhere is a photo's caption (the photo above it);
// under a box's name it is the box's next entry, a paragraph of the box's
// article, as the same entries opening with ▽ are.

// markBoxEntries makes paragraphs of the ▲ captions that stand right
// under a standing box's name (standingBox: 동정, 인사, 부고, 사건·사고;
// or a name no list holds, unlistedBox) on a Korean page, one under
// another.
func (b *builder) markBoxEntries() {
	if b.lang != "ko" {
		return
	}
	us := b.units
	for i := range us {
		if us[i].kind != uText && us[i].kind != uHeadline {
			continue
		}
		if !standingBox(us[i].text) && !unlistedBox(us, i, boxEntryCaption) && !boxAfterBox(us, i, boxEntryCaption) {
			continue
		}
		for j := i + 1; j < len(us) && (boxEntry(&us[j]) || boxAside(&us[j])); j++ {
			if boxEntryCaption(&us[j]) {
				us[j].kind, us[j].summed = uText, false
			}
		}
	}
}

// unlistedBox reports a box whose name standingBoxes does not list
// (경찰·소방, [119 출동]): papers name their boxes as they please, and
// the box's shape tells it. Its name is a short line of Hangul words (a
// dot or a space may join them, square brackets may hold it) that stands
// right after the byline that closed the story above (with the reporter's
// e-mail, or under its last paragraph), with two or more ▲ entries under
// it, each a finished sentence: a list of items, where a photo has one
// caption. entry tells
// an entry: a ▲ caption before markBoxEntries made it text, ▲ text after
// (the scorer asks again, to give the name a listed box's weight).
func unlistedBox(us []unit, i int, entry func(*unit) bool) bool {
	if us[i].kind != uText && us[i].kind != uHeadline {
		return false
	}
	if i == 0 || i+2 >= len(us) || us[i-1].kind != uByline {
		return false
	}
	if strings.IndexByte(us[i-1].text, '@') < 0 && (i < 2 || us[i-2].kind != uText) {
		return false // a byline under a headline opens its story: no box follows
	}
	if !entry(&us[i+1]) || !entry(&us[i+2]) || !endsSentence(us[i+1].text) || !endsSentence(us[i+2].text) {
		return false
	}
	return boxNameShape(us[i].text)
}

// boxAfterBox reports a box whose name no list holds set right under the
// last entry of the box above (부고 / ▲… / 결혼, 회갑, 개업): a short
// Hangul name (boxNameShape) over two or more ▲ entries, finished
// sentences or not (▲김민준·이서연씨 = 13일 낮 12시 …). A local page sets
// its boxes one under another, and the name under one box's entries
// heads the next, as the byline closing a story frees the name under it
// (unlistedBox); a single ▲ line under a short title is a photo's caption.
func boxAfterBox(us []unit, i int, entry func(*unit) bool) bool {
	if i < 2 || i+2 >= len(us) || us[i].kind != uText && us[i].kind != uHeadline {
		return false
	}
	return entry(&us[i+1]) && entry(&us[i+2]) && boxNameShape(us[i].text) && boxEntriesAbove(us, i-1)
}

// boxAfterBoxItems reports a box whose name no list holds set right
// under the last entry of the box above, over two or more entries that
// open with one same bullet of boxItemBullets: 연예 단신 / ▲… / 오늘의 방송
// 편성 / ▷오후 7시 40분 MBC '우리 동네 셰프' / ▷오후 9시 … (blind page
// ko-yeonye-myeon-20). A page sets its boxes one under another, and the
// name under one box's entries heads the next box, as boxAfterBox's
// does over ▲ entries, never a section of the box above: TV listings are
// no part of the entertainment briefs. The name may run to three words
// (a listing's 오늘의 방송 편성, a books box's 이 주의 책); the entries, a
// listing's rows, need end no sentence.
func boxAfterBoxItems(us []unit, i int) bool {
	if i < 2 || i+2 >= len(us) || us[i].kind != uText && us[i].kind != uHeadline || !boxEntryItem(&us[i+1]) || !boxEntryItem(&us[i+2]) {
		return false
	}
	a, _ := firstRune(us[i+1].text)
	b, _ := firstRune(us[i+2].text)
	return a == b && boxNameWords(us[i].text, 3) && boxEntriesAbove(us, i-1)
}

// boxNameShape reports a box's name as papers set it: two to eight
// Hangul syllables or digits, in one or two words (or joined by a middle
// dot), bare or in square brackets: 사건·사고, 경찰·소방, [119 출동].
func boxNameShape(s string) bool {
	return boxNameWords(s, 2)
}

// boxNameWords is boxNameShape with at most maxWords words.
func boxNameWords(s string, maxWords int) bool {
	if !atMost(s, 12) {
		return false
	}
	if in, end, ok := leadingBracket(s); ok && end == len(s) {
		s = in
	}
	s = trimSpace(s)
	if strings.Contains(s, "포토") || strings.Contains(s, "사진") || strings.Contains(s, "화보") {
		return false // a photo page's name: its ▲ lines are captions
	}
	words, n := 1, 0
	for _, r := range s {
		switch {
		case r >= 0xAC00 && r <= 0xD7A3:
			n++
		case r >= '0' && r <= '9':
		case r == ' ' || strings.ContainsRune(boxNameDots, r):
			words++
		default:
			return false
		}
	}
	return n >= 2 && n <= 8 && words <= maxWords
}

// boxEntryCaption reports a unit read as a caption by its ▲ alone.
func boxEntryCaption(u *unit) bool {
	r, _ := firstRune(u.text)
	return u.kind == uCaption && r == '▲'
}

// boxEntryText reports a box's ▲ entry once markBoxEntries made it text.
func boxEntryText(u *unit) bool {
	r, _ := firstRune(u.text)
	return u.kind == uText && r == '▲'
}

// boxItemBullets open the entries of a Korean box set with a bullet
// other than ▲: a culture page's new books, ◇겨울 바다의 노래(김하늘
// 지음·남해출판·1만6000원)=…산문집이다., and the ○, ●, ■, ▽ entries
// other boxes list. The entries are paragraphs already.
const boxItemBullets = "◇◆○●■□▽▼▷"

// boxEntryItem reports a box's entry opening with one of boxItemBullets.
func boxEntryItem(u *unit) bool {
	r, _ := firstRune(u.text)
	return u.kind == uText && strings.ContainsRune(boxItemBullets, r)
}

// koUnlistedBox reports a Korean box whose name no list holds, told by
// its shape (unlistedBox): over ▲ entries, or over entries opening with
// one same bullet of boxItemBullets ([신간] / ◇… / ◇…, as a paper may
// title its book box 신간, [신간] or 이 주의 책), each a finished
// sentence. A short line after a closing byline over such entries is
// the box's name, the headline of an article of its own, not a line of
// the story above it: a short name of two syllables alone scored no
// better as a headline than as a paragraph.
func koUnlistedBox(us []unit, i int) bool {
	if unlistedBox(us, i, boxEntryText) || boxAfterBox(us, i, boxEntryText) || boxAfterBoxItems(us, i) {
		return true
	}
	if !unlistedBox(us, i, boxEntryItem) {
		return false
	}
	a, _ := firstRune(us[i+1].text)
	b, _ := firstRune(us[i+2].text)
	return a == b
}

// boxEntriesAbove reports that us[p] is the last entry of a Korean box:
// it and the units above it up to the box's name are its entries (▲ or
// one of boxItemBullets), and the name stands right over them (a listed
// standing box or one told by its shape). A local page sets its boxes
// one under another, 게시판 / ▲… / 화촉 / ▲…: the name of the next box
// after them opens an article of its own as it does after a byline, not
// a line of the box above it.
func boxEntriesAbove(us []unit, p int) bool {
	j := p
	for j >= 0 && (boxEntry(&us[j]) || boxAside(&us[j])) {
		j--
	}
	if j == p || j < 0 || us[j].kind != uText && us[j].kind != uHeadline {
		return false
	}
	return standingBox(us[j].text) || koUnlistedBox(us, j)
}

// boxAside reports a line a box sets among its entries that is no entry
// itself: an appointments box's rank, <국장급> (korankline.go), a death
// notice's form rows, 빈소: … / 발인: … / 장지: … (kofieldrow.go), and its
// telephone, ☎ 043-219-8000. The entries under it are the box's still
// (▲이상철씨 별세 = … after the rows of the entry above), not captions,
// and the name of the next box under them starts its own article.
func boxAside(u *unit) bool {
	return u.kind == uText && boxAsideText(u.text)
}

// boxAsideText is boxAside's test of the line's text.
func boxAsideText(s string) bool {
	r, _ := firstRune(s)
	switch {
	case r == '<' || r == '〈' || r == '＜' || r == '《':
		return koRankLine(s)
	case r == '☎' || r == '☏':
		return koPhoneLine(s)
	}
	return koFieldRow(s)
}

// koPhoneLine reports a telephone number alone after its sign, ☎
// 043-219-8000, ☏(043)219-8000: digits, hyphens, brackets and spaces.
func koPhoneLine(s string) bool {
	r, w := firstRune(s)
	if r != '☎' && r != '☏' || !atMost(s, 24) {
		return false
	}
	digits := 0
	for _, c := range s[w:] {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '-' || c == '(' || c == ')' || c == ' ' || c == '~' || c == '.':
		default:
			return false
		}
	}
	return digits >= 7
}

// boxEntry reports a unit that may be a box's entry: ▲ text, a ▲
// caption, or text opening with one of boxItemBullets.
func boxEntry(u *unit) bool {
	return boxEntryText(u) || boxEntryItem(u) || boxEntryCaption(u)
}

// boxEntryBullets open only a box's entries, never its heads: ▲, and
// the ▷ or ▽ (▼) a paper may set instead, 부고 / ▷이순자씨 별세, 박정훈
// (… 부장)씨 모친상. Other bullets, ◇기획재정부, ■, ○, may head the
// entries of one organisation in an appointments box.
const boxEntryBullets = "▲▷▽▼"

// arrowEntryPair reports two lines that each open with ▷: the entries
// of one list, ▷이순자씨 별세, … / ▷최덕수씨 별세, …, the lower one the
// next entry, never the wrap of the upper one, in a block or across a
// break. (▷ is no itemBullet: alone it leads a jump or a link, ▷관련기사,
// which only an entry above it shows to be a list.)
func arrowEntryPair(p, c string) bool {
	return strings.HasPrefix(p, "▷") && strings.HasPrefix(c, "▷")
}

// markBoxEntryBody makes body text of the entries right under a Korean
// box's name (standingBox, or koUnlistedBox) that open with one of
// boxEntryBullets, one paragraph each: an entry with no full stop
// (▲이민호·김서영씨=12일 오후 1시 …, ▷최덕수씨 별세, …씨 부친상) is no
// title line, neither the name's subheadline nor, under the last of
// them, a kicker the next box's name takes. (The ◇ line of an
// appointments box, ◇기획재정부 over its ▽ entries, stays the head of
// its ministry's entries.)
func (sc *scorer) markBoxEntryBody() {
	if sc.lang != "ko" {
		return
	}
	us := sc.us
	for i := 1; i < len(us); i++ {
		if !boxEntry(&us[i]) {
			continue
		}
		j := i + 1
		for j < len(us) && (boxEntry(&us[j]) || boxAside(&us[j])) {
			j++
		}
		if n := &us[i-1]; (n.kind == uText || n.kind == uHeadline) && (standingBox(n.text) || koUnlistedBox(us, i-1)) {
			for k := i; k < j; k++ {
				if r, _ := firstRune(us[k].text); strings.ContainsRune(boxEntryBullets, r) || boxAside(&us[k]) {
					// (a rank line, <국장급>, is the box's text too: no
					// head of a section under the organisation's ◇ head)
					bodyOnly(&sc.fs[k], false)
					sc.fs[k].headMark = ""
				}
			}
		}
		i = j - 1
	}
}

// boxEntryNode reports the paragraph at k of box a box's entry: it and
// the paragraphs above it up to the headline are entries (opening with ▲
// or one of boxItemBullets) or lines set among them (a rank, <국장급>, a
// form's row, a telephone: boxAsideText), under a standing box's name;
// or, box being the last section of article art, up to the section's
// marked head (◇충청도청 in an appointments box), art's headline the
// box's name. The next box's name under it takes no kicker from it
// (takeKickers).
func boxEntryNode(art, box *doc.Node, k int) bool {
	kids := box.Children
	j := k
	for ; j >= 0 && kids[j].Kind == doc.KindParagraph; j-- {
		r, _ := firstRune(kids[j].Text)
		if r != '▲' && !strings.ContainsRune(boxItemBullets, r) && !boxAsideText(kids[j].Text) {
			return false
		}
	}
	if j == k || j < 0 {
		return false
	}
	switch kids[j].Kind {
	case doc.KindHeadline:
		return standingBox(kids[j].Text)
	case doc.KindHeading:
		r, _ := firstRune(kids[j].Text)
		if box == art || j != 0 || !strings.ContainsRune(boxItemBullets, r) {
			return false
		}
		for _, c := range art.Children {
			if c.Kind == doc.KindHeadline {
				return standingBox(c.Text)
			}
		}
	}
	return false
}

// koEntryBracketWrap reports line c as the wrap of a Korean box's entry
// whose lines so far are ls, the first opening with one of
// boxEntryBullets: the entry left a round bracket open, ▷이순자씨 별세,
// 박정훈(대구한빛일보 편집국, and c, opening with a word (no bullet, sign
// or bracket of its own), closes it, 부장)씨 모친상. No line ends inside a
// bracket on purpose: the first line may run wider than the page's
// measure or look like a title line, and the entry still goes on.
func koEntryBracketWrap(ls []srcLine, c string) bool {
	if r, _ := firstRune(ls[0].text); !strings.ContainsRune(boxEntryBullets, r) {
		return false
	}
	if f, _ := firstRune(c); !isHangul(f) && (f < '0' || f > '9') {
		return false
	}
	k := strings.IndexAny(c, ")）")
	if k < 0 {
		return false
	}
	if o := strings.IndexAny(c, "(（"); o >= 0 && o < k {
		return false
	}
	depth := 0
	for _, l := range ls {
		depth += roundBracketDepth(l.text)
	}
	return depth > 0
}

// roundBracketDepth returns how many more round brackets s opens than it
// closes.
func roundBracketDepth(s string) int {
	d := 0
	for _, r := range s {
		switch r {
		case '(', '（':
			d++
		case ')', '）':
			d--
		}
	}
	return d
}
