package newstext

import (
	"strings"
	"unicode/utf8"
)

// A Korean paper's column or contributed piece names its writer under the
// title, the name, a bar and who the writer is: 박지현 | 한국사회정책연구원
// 연구위원 (한겨레, 경향), the organisation's name before the position or
// the position alone (김철수 | 소설가). It is the piece's byline (names,
// org, role), not a subheadline. The position ends as a person's post
// does, which a table's row of name and figure never does.

// koreanPositionEnds end a writer's position after the bar.
var koreanPositionEnds = []string{
	"위원", "교수", "연구원", "대표", "장", "변호사", "작가", "시인", "소설가", "박사", "기자",
	"평론가", "칼럼니스트", "의원", "활동가", "이사", "교사", "사무총장", "전문가", "감독", "목사", "신부", "스님", "대사",
	"세무사", "노무사", "변리사", "회계사", "법무사", "관세사", "의사", "약사", "전문의",
}

// mayBeKoreanBarCredit reports s opening as such a byline may: a Hangul
// syllable first, and the bar within the first six runes (a name of two
// to four syllables and a space). gate asks it; it reads a few bytes.
func mayBeKoreanBarCredit(s string) bool {
	if len(s) < 16 || s[0] < 0xEA || s[0] > 0xED {
		return false // (Hangul syllables are U+AC00–D7A3: 0xEA–0xED first)
	}
	head := s[6:min(len(s), 16)]
	return strings.IndexByte(head, '|') >= 0 || strings.Contains(head, "｜")
}

// koreanBarCredit parses such a byline: a name of two to four Hangul
// syllables, a bar, then one to four words of Hangul (or Latin letters),
// the last ending as a position does (koreanPositionEnds): the role,
// the words before it the organisation.
func koreanBarCredit(s string) (credit, bool) {
	if !mayBeKoreanBarCredit(s) || !atMost(s, 40) {
		return credit{}, false
	}
	k := indexAnyRune(s, "|｜")
	name := trimSpace(s[:k])
	_, w := firstRune(s[k:])
	rest := trimSpace(s[k+w:])
	if kr, ok := koreanCredit(name); !ok || kr.name == "" || rest == "" {
		return credit{}, false
	}
	return koreanPosition(name, rest)
}

// koreanPosition parses who the writer named name is, after the name: one
// to four words of Hangul (or Latin letters), the last ending as a
// position does (koreanPositionEnds): the role, the words before it the
// organisation.
func koreanPosition(name, rest string) (credit, bool) {
	var buf [6]string
	words := appendFields(buf[:0], rest, 5, isSpace)
	if len(words) == 0 || len(words) > 4 {
		return credit{}, false
	}
	for _, t := range words {
		for _, r := range t {
			if !(r >= 0xAC00 && r <= 0xD7A3 || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == '·' || r == 'ㆍ') {
				return credit{}, false
			}
		}
	}
	role := words[len(words)-1]
	if !hasAnySuffix(role, koreanPositionEnds) {
		if role = koreanPostField(role); role == "" {
			return credit{}, false
		}
	}
	return credit{org: strings.Join(words[:len(words)-1], " "), roles: []string{role}, names: []string{name}}, true
}

// A paper's box on its outside writers (필진) sets the writer's field
// after the post and a middle dot, 김민수 한빛대 교수·경제학: the post is
// the role, the field what the writer teaches (as 경제학부 before the post
// is the org's part). koreanFieldEnds end such a field.
var koreanFieldEnds = []string{"학", "학과", "학부", "전공"}

// koreanPostField returns the post of a word that is a post, a middle dot
// (or ㆍ, as Korean type often sets it) and a field (교수·경제학, 명예교수·정치학, 연구위원·국제정치학):
// the post ending as a position does (koreanPositionEnds), the field a
// Hangul word of two to seven syllables ending in 학, 학과, 학부 or 전공.
// It returns "" for any other word (주부·청주시, a reader's; 교수·학생,
// two groups; 경제학·교수, the order reversed).
func koreanPostField(w string) string {
	k := indexAnyRune(w, "·ㆍ")
	if k <= 0 {
		return ""
	}
	_, d := firstRune(w[k:])
	post, field := w[:k], w[k+d:]
	if !hasAnySuffix(post, koreanPositionEnds) || !isHangulWord(field) || !hasAnySuffix(field, koreanFieldEnds) {
		return ""
	}
	if n := utf8.RuneCountInString(field); n < 2 || n > 7 {
		return ""
	}
	return post
}

// An outside contributor's column (동아광장, 시론) ends with its writer's
// line and no bar: 이수진 서울대 경제학부 교수, the name, the
// organisation, the position. Alone, the line reads like a title line
// (the interviewee's 이정훈 경상남도의사회장 under an interview's headline
// is its subheadline, and a headline may name a post), so only where it
// closes a text is it the writer's byline: right after the column's last
// paragraph, with nothing under it but the page's furniture, or the next
// article's title opening with its tag or column name ([사설] …,
// [동아광장/이수진]…), which no subheadline of a headline above does.

// koreanAuthorLine parses such a line: a name of two to four Hangul
// syllables, a space, then what koreanPosition reads.
func koreanAuthorLine(s string) (credit, bool) {
	if !atMost(s, 40) {
		return credit{}, false
	}
	name, rest, ok := strings.Cut(s, " ")
	if !ok {
		return credit{}, false
	}
	if kr, ok := koreanCredit(name); !ok || kr.name != name {
		return credit{}, false
	}
	rest = trimSpace(rest)
	if surname, after, ok := koreanForeignSurname(rest); ok {
		name, rest = name+" "+surname, after // 마르타 린드크비스트 웁살라대 교수 (koforeignwriter.go)
	}
	return koreanPosition(name, rest)
}

// markKoreanAuthorLines makes a byline, before the grammar labels the
// page, of a Korean writer's line (koreanAuthorLine) right after a
// finished paragraph, where nothing follows it but furniture or the next
// article's bracket-tagged title (or its marked headline).
func (b *builder) markKoreanAuthorLines(sc *scorer) {
	if b.lang != "ko" {
		return
	}
	us := sc.us
	for i := 1; i < len(us); i++ {
		u := &us[i]
		if u.kind != uText || u.verbatim || u.para || !sc.fs[i].title || len(u.text) > 40*4 {
			continue
		}
		p := sc.prevContent(i)
		if p < 0 || us[p].kind != uText || sc.fs[p].title || !sc.fs[p].ended {
			continue
		}
		n := sc.nextContent(i)
		for n < len(us) && us[n].kind == uNote && koreanDisclaimer(us[n].text) {
			n = sc.nextContent(n) // (the paper's disclaimer under the writer's line: kodisclaimer.go)
		}
		box := n < len(us) && boxOverEntries(sc, n)
		if n < len(us) && us[n].kind != uHeadline && !(us[n].kind == uText && sc.fs[n].title && opensWithKoreanTag(us[n].text)) && !box {
			continue
		}
		c, ok := koreanAuthorLine(authorLineText(u.text))
		if !ok {
			continue
		}
		u.kind, u.cr = uByline, creditRef(c)
		bodyOnly(&sc.fs[i], false)
		b.warnParts(u.line, "writer's line closing the text taken as its byline: ", u.text)
		if box {
			b.takeBoxEntries(sc, n)
		}
	}
}

// authorLineText returns a writer's line without the arrow a paper may
// set before it, ▶김하윤 한빛진학연구소 소장 (the marker stays in the
// byline's text, as ■本报记者 X keeps its): a marked head's bullet, but
// a head over nothing of its own, where the line closes its column.
func authorLineText(s string) string {
	if r, w := firstRune(s); r == '▶' || r == '▷' || r == '►' {
		return trimSpace(s[w:])
	}
	return s
}

// boxOverEntries reports unit n as a Korean standing box's name over its
// entries, the next thing after a column's writer's line: a listed box
// (standingBox) or a short Hangul name (boxNameShape) over two or more ▲
// entries each ending a sentence, the box's rows (문의: 031-820-5512)
// between them passed over. The writer's line closes the column above as
// it does over the next article's title (교육 단신 / ▲… 연다. / ▲… 모집한다.).
func boxOverEntries(sc *scorer, n int) bool {
	us := sc.us
	if us[n].kind != uText || !sc.fs[n].title || !(standingBox(us[n].text) || boxNameShape(us[n].text)) {
		return false
	}
	entries := 0
	for j := n + 1; j < len(us) && entries < 2; j++ {
		if boxAside(&us[j]) {
			continue
		}
		if r, _ := firstRune(us[j].text); r != '▲' || us[j].kind != uText && us[j].kind != uCaption || !endsSentence(us[j].text) {
			return false
		}
		entries++
	}
	return entries == 2
}

// takeBoxEntries makes paragraphs of the ▲ captions under box name n, as
// markBoxEntries does under a box's name known before the grammar.
func (b *builder) takeBoxEntries(sc *scorer, n int) {
	us := sc.us
	for j := n + 1; j < len(us) && (boxEntry(&us[j]) || boxAside(&us[j])); j++ {
		if boxEntryCaption(&us[j]) {
			us[j].kind, us[j].summed = uText, false
			sc.fs[j] = unitFeats(&us[j], b.lang)
		}
	}
}

// opensWithKoreanTag reports a title line opening with a square bracket
// that holds a story's tag or a column's name, [사설], [동아광장/이수진],
// [김철수 칼럼] (Hangul, spaces, · and /, at most twelve runes), or that
// is such a label alone (koreanColumnLabel).
func opensWithKoreanTag(s string) bool {
	if s == "" || s[0] != '[' && !strings.HasPrefix(s, "［") {
		return false
	}
	inner, _, ok := leadingBracket(s)
	if !ok || inner == "" || !atMost(inner, 12) || koreanPaperTag(inner) {
		return false
	}
	for _, r := range inner {
		if !(r >= 0xAC00 && r <= 0xD7A3 || r == ' ' || r == '·' || r == '/') {
			return false
		}
	}
	return !strings.Contains(inner, "사진") && !strings.Contains(inner, "제공")
}

// koreanClosingCredit finds the reporter's credit run on after a
// paragraph's last sentence, with no bracket or address: … 서둘러 달라고
// 당부했다. 김하늘 기자 (a brief's paragraph, closed by who wrote it), and
// returns where it starts. One name, of Hangul alone, and the role 기자
// or 특파원 follow a sentence ended in 다. (Several names joined by ·
// are left in the text: alone on a line, as the credit is written out,
// they read back as a paragraph.) A photo's caption so closed was taken
// as one before (isForeignCaption).
func koreanClosingCredit(s string) (int, credit, bool) {
	if !strings.HasSuffix(s, " 기자") && !strings.HasSuffix(s, " 특파원") {
		return 0, credit{}, false
	}
	k := lastIndexNear(s, ". ", 20)
	if k <= 0 || !strings.HasSuffix(s[:k+1], "다.") {
		return 0, credit{}, false
	}
	name, role, ok := strings.Cut(s[k+2:], " ")
	if !ok || role != "기자" && role != "특파원" {
		return 0, credit{}, false // (two words before the role: a place and a name, or two names)
	}
	kn, ok := koreanCredit(name)
	if !ok || kn.name == "" || kn.name != name {
		return 0, credit{}, false
	}
	return k + 2, credit{roles: []string{role}, names: []string{name}}, true
}
