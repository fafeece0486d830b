package newstext

import (
	"slices"
	"strings"
)

// A WeChat 公众号 or a 县融媒体中心 closes its story with its credits one a
// line, the writer's and the photographer's over the editors' sign-off:
// 文字：罗　敏 / 图片：周　涛 / 编辑：唐晓雯 / 初审：… / 终审：…. The
// editors' lines are bylines by their roles (roleWords); the crew's roles
// above them, 文字, 图片, 视频, 设计 …, are no credit's words anywhere
// else (图片：新华社 under a photo is its source, 文字 a word of any
// sentence), so a line of one is a byline only in such a block, right
// above or under a credit line of its own.

// signOffCrewRoles are the crew a 公众号's sign-off credits beside its
// editors: the text, the pictures, the video, the design and layout, the
// poster, the copy.
var signOffCrewRoles = []string{"文字", "图片", "圖片", "图文", "圖文", "视频", "視頻", "设计", "設計", "排版", "海报", "海報", "文案", "美编", "美編"}

// signOffNotNames are words a crew line may name that are no person and
// no organisation: where the pictures came from (图片：网络, 图片：资料).
var signOffNotNames = []string{"网络", "網絡", "網路", "资料", "資料", "来源", "來源"}

// signOffAgencies are the agencies a crew line may credit for its
// pictures whose names no organisation's last word marks (crewSourceName):
// a source, as 图片：县文旅局 is, no person.
var signOffAgencies = []string{"视觉中国", "新华社", "新華社", "中新社"}

// markSignOffCrew makes bylines of the crew's lines (signOffCrew) right
// above or under a byline line of a colon credit (the next unit, with or
// without a blank line between, as a writer sets each byline apart), each
// line of the block in turn, upward and then downward, so that a run of
// them over the editors' lines joins the block line by line.
func (b *builder) markSignOffCrew() {
	if b.lang == "ja" || b.lang == "ko" {
		return
	}
	us := b.units
	credit := func(k int) bool {
		u := &us[k]
		return u.kind == uByline && u.line == u.lastLine && strings.ContainsAny(u.text, "：:")
	}
	mark := func(i, n int) {
		u := &us[i]
		if d := n - i; n >= 0 && n < len(us) && us[n].kind == uText && signOffCrewSource(us[n].text) {
			n += d // (a source's line between, 图片：县文旅局, left as it is: the credits run on past it)
		}
		if u.kind != uText || u.verbatim || u.line != u.lastLine || !(n >= 0 && n < len(us) && credit(n)) {
			return
		}
		if c, ok := signOffCrew(u.text); ok {
			u.kind, u.cr, u.summed = uByline, creditRef(c), false
		} else if c, ok := signOffCrewOrg(u.text); ok {
			u.kind, u.cr, u.summed = uByline, creditRef(c), false
		}
	}
	for i := len(us) - 2; i >= 0; i-- {
		mark(i, i+1)
	}
	for i := 1; i < len(us); i++ {
		mark(i, i-1)
	}
}

// signOffCrew parses a crew line of a sign-off: one of signOffCrewRoles,
// a colon and names, each of two to four Han characters (a two-character
// one padded, 罗　敏), parted by spaces or 、.
func signOffCrew(s string) (credit, bool) {
	role, rest := crewRole(s)
	if rest == "" {
		return credit{}, false
	}
	var buf [6]string
	names := appendFields(buf[:0], rest, 5, func(r rune) bool { return isSpace(r) || r == '、' })
	names = joinPaddedNames(names, rest)
	for _, n := range names {
		if !isName(n) || slices.Contains(signOffNotNames, n) || slices.Contains(signOffAgencies, n) || crewSourceName(n) {
			return credit{}, false
		}
	}
	return credit{roles: []string{role}, names: append([]string(nil), names...)}, true
}

// crewRole splits a short crew line into its role (signOffCrewRoles) and
// what follows the colon, or returns "" for the rest.
func crewRole(s string) (role, rest string) {
	if !atMost(s, 24) {
		return "", ""
	}
	for _, role := range signOffCrewRoles {
		rest, ok := strings.CutPrefix(s, role)
		if !ok {
			continue
		}
		rest, ok = strings.CutPrefix(rest, "：")
		if !ok {
			rest, ok = strings.CutPrefix(rest, ":")
		}
		if !ok {
			return "", ""
		}
		return role, trimSpace(rest)
	}
	return "", ""
}

// signOffCrewSource reports a crew line crediting one source, no person:
// 图片：网络, 图片：新华社, 图片：县文旅局, 图片：江安发布. The crew's
// lines over or under it still belong to the block.
func signOffCrewSource(s string) bool {
	_, rest := crewRole(s)
	if rest == "" {
		return false
	}
	_, ok := crewProvider(rest)
	return ok || slices.Contains(signOffNotNames, rest)
}

// signOffCrewOrg parses a crew line of a sign-off crediting an
// organisation or an outlet (crewOrgName), 图片：县文旅局, 图片：江安发布,
// 视频：江安县融媒体中心: a byline with the role and the source as its org,
// as a supplied story's （X供稿） records its organisation. Where the
// pictures came from with no one named, 图片：网络, is none.
func signOffCrewOrg(s string) (credit, bool) {
	role, rest := crewRole(s)
	if rest == "" {
		return credit{}, false
	}
	org, ok := crewProvider(rest)
	if !ok {
		return credit{}, false
	}
	return credit{org: org, roles: []string{role}}, true
}

// crewProviderParts are who supplied the pictures named by their part in
// the event, no body's name: 图片：由主办方提供, 图片：受访者供图.
var crewProviderParts = []string{"主办方", "主辦方", "主办单位", "主辦單位", "承办方", "承辦方", "受访者", "受訪者", "受访单位", "受訪單位", "组委会", "組委會", "当事人", "當事人", "校方", "院方", "警方", "景区", "景區"}

// crewProvider reads a crew line's source (the text after its colon):
// an organisation or an outlet (crewOrgName), or a supplier named by its
// part (crewProviderParts), alone or in the wording that credits a
// supplied picture, 由…提供, …提供, …供图 (图片：由主办方提供, 图片：
// 县委宣传部提供). It returns the source without that wording.
func crewProvider(rest string) (string, bool) {
	name := rest
	for _, suf := range []string{"提供", "供图", "供圖"} {
		if t, ok := strings.CutSuffix(rest, suf); ok {
			name = strings.TrimPrefix(t, "由")
			break
		}
	}
	if name != "" && (slices.Contains(crewProviderParts, name) || crewOrgName(name)) {
		return name, true
	}
	return "", false
}

// crewOrgName reports a crew line's source that is an organisation or an
// outlet: one of signOffAgencies, or a name of Han characters alone, at
// most twelve, ending as one does (crewSourceName); more words,
// 县文旅局举办冬季文旅季, are a sentence's.
func crewOrgName(rest string) bool {
	return slices.Contains(signOffAgencies, rest) || crewSourceName(rest) && atMost(rest, 12) && isHanWord(rest)
}

// crewOrgEnds are the last words of a body or an outlet a crew line may
// credit for its pictures, 县文旅局, 县委, 融媒体中心, 江安发布 (a county's
// 公众号), that isName lets pass as a surname and a given name.
var crewOrgEnds = []string{"委", "办", "辦", "厅", "廳", "院", "所", "处", "處", "站", "中心", "发布", "發布", "融媒", "在线", "在線", "新闻", "新聞"}

// crewSourceName reports a crew line's "name" that is an organisation or
// an outlet (looksOrg, crewOrgEnds): the source of the pictures, no
// person, so the line is no byline of names.
func crewSourceName(n string) bool {
	return looksOrg(n) || hasAnySuffix(n, crewOrgEnds)
}
