package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A Japanese paper sets a contributed piece (寄稿, 私の視点, 論点) under its
// rubric with the writer's line right under the title: the writer's
// organisation and post run together, a space, and the name, 寄稿 / 地方
// 鉄道　「まちの足」に戻すには / 北東大学教授　大森晴美 (blind page
// ja-zenkoku-shasetsu-kikou-koe). The line is the piece's byline (org,
// role, name), as the Korean column's 박정아 충북대병원 응급의학과 교수 is
// (kocolumnwriter.go), not a subheadline. Only under an opinion rubric
// alone on the line over the title, and over the piece's text: under a
// news headline or an interview's label the same line names the person
// the story is about, and stays a title line; a subtitle with no post and
// name (上下分離で再生を) stays one too.

// jaOpinionRubrics name a contributed opinion piece's corner.
var jaOpinionRubrics = []string{"寄稿", "特別寄稿", "私の視点", "論点", "視点", "識者評論", "識者の目", "時論", "論壇", "提言", "寄稿・論点"}

// jaWriterPosts end a contributor's post, the org before it: the ranks of
// a university's or institute's staff, and the trades (jaTradeEnds, asked
// beside them rather than appended here: a slice built at start-up
// allocates, see cmd/paiban's TestInitCheap).
var jaWriterPosts = []string{"准教授", "名誉教授", "特任教授", "客員教授", "主任研究員", "上席研究員", "主席研究員", "所長", "理事長", "代表理事", "大使"}

// jaWriterLine parses a contributor's line: the post (ending in one of
// jaWriterPosts or jaTradeEnds, the organisation before it, at most 16 runes of kanji,
// katakana or Latin letters), a space and a Japanese full name (padded or
// not).
func jaWriterLine(s string) (credit, bool) {
	if !atMost(s, 32) {
		return credit{}, false
	}
	k := strings.IndexFunc(s, isSpace)
	if k <= 0 {
		return credit{}, false
	}
	post := s[:k]
	name := strings.ReplaceAll(strings.ReplaceAll(trimSpace(s[k:]), "　", ""), " ", "")
	if first, _ := firstRune(name); !isHan(first) || !isJapaneseName(name) || isDesk(name) || findRoleIndex(name) >= 0 {
		return credit{}, false
	}
	role := ""
	for _, posts := range [...][]string{jaWriterPosts, jaTradeEnds} {
		for _, p := range posts {
			if strings.HasSuffix(post, p) && len(p) > len(role) {
				role = p
			}
		}
	}
	if role == "" {
		return credit{}, false
	}
	org := strings.TrimSuffix(post, role)
	if !atMost(org, 16) || strings.IndexFunc(org, func(r rune) bool {
		return !isHan(r) && !(r >= 'ァ' && r <= 'ヺ') && r != 'ー' && r != '・' && !(r >= 'A' && r <= 'Z') && !(r >= 'a' && r <= 'z')
	}) >= 0 || utf8.RuneCountInString(org) == 1 {
		return credit{}, false
	}
	c := credit{roles: []string{role}, names: []string{name}, org: org}
	return c, true
}

// markJapaneseContributors makes a byline of a contributor's line
// (jaWriterLine) right under a title line with an opinion rubric
// (jaOpinionRubrics) alone on the line over it, and over the piece's text.
func (b *builder) markJapaneseContributors(sc *scorer) {
	if b.lang != "ja" {
		return
	}
	us := sc.us
	for i := 2; i+1 < len(us); i++ {
		u := &us[i]
		if u.kind != uText || u.verbatim || u.para || u.lastLine > u.line || len(u.text) > 32*4 {
			continue
		}
		t, r := &us[i-1], &us[i-2]
		if t.kind != uText && t.kind != uHeadline || t.kind == uText && !sc.fs[i-1].title || r.kind != uText && r.kind != uHeadline || !slices.Contains(jaOpinionRubrics, trimSpace(r.text)) {
			continue
		}
		if n := &us[i+1]; n.kind != uText || sc.fs[i+1].title {
			continue // (the piece's text follows)
		}
		c, ok := jaWriterLine(u.text)
		if !ok {
			continue
		}
		u.kind, u.cr = uByline, creditRef(c)
		bodyOnly(&sc.fs[i], false)
		b.warnParts(u.line, "writer's line under a contributed piece's title taken as its byline: ", u.text)
	}
}
