package newstext

import "strings"

// deskNameCredit parses the inside of a Japanese story's end credit that
// names the reporter's desk and the reporter parted by a middle dot,
// （東京報道部・比嘉大輔）, （経済部・山田花子）: the same credit as the
// space-padded （社会部　佐藤花子） (nameOnlyCredit), the desk its org.
func deskNameCredit(inner string) (credit, bool) {
	desk, name, ok := strings.Cut(trimSpace(inner), "・")
	if !ok || strings.Contains(name, "・") {
		return credit{}, false
	}
	desk, name = trimSpace(desk), strings.ReplaceAll(trimSpace(name), "　", "")
	if !isDesk(desk) || !isJapaneseName(name) || isDesk(name) || isPhotoSource(name) || findRoleIndex(name) >= 0 {
		return credit{}, false
	}
	return credit{org: desk, names: []string{name}}, true
}

// staffTitles are the titles a Japanese paper's writer signs with between
// the interviewer's role and the name: 聞き手・編集委員　村上健一.
var staffTitles = []string{"編集委員", "論説委員", "解説委員", "専門記者", "本社記者", "記者", "特派員"}

// titledName parses a staff title and a name parted by a space
// (編集委員　村上健一): the title is the writer's role.
func titledName(s string) (role, name string, ok bool) {
	for _, t := range staffTitles {
		if rest, found := strings.CutPrefix(s, t); found {
			if r, _ := firstRune(rest); !isSpace(r) {
				return "", "", false
			}
			name = strings.ReplaceAll(trimSpace(rest), "　", "")
			if !isJapaneseName(name) || strings.ContainsAny(name, " ") {
				return "", "", false
			}
			return t, name, true
		}
	}
	return "", "", false
}

// staffTitleFirst reports the runes staffTitles open with: no other line
// is compared with them (記者 alone is not asked: staffTitleLine).
func staffTitleFirst(r rune) bool {
	switch r {
	case '編', '論', '解', '専', '本', '特':
		return true
	}
	return false
}

// staffTitleLine parses a Japanese site's byline under the headline, the
// writer's staff title and name parted by a middle dot or a space alone on
// a line: 編集委員・村上健一, 論説委員　村上健一. The title is the role.
// (記者 alone opens a Chinese credit too, 記者　陳嘉欣, which parseCredit
// reads: only the titles of a Japanese paper's staff are asked here.)
func staffTitleLine(s string) (credit, bool) {
	if r, _ := firstRune(s); !staffTitleFirst(r) || !atMost(s, 16) {
		return credit{}, false
	}
	for _, t := range staffTitles {
		rest, ok := strings.CutPrefix(s, t)
		if !ok || t == "記者" {
			continue
		}
		r, w := firstRune(rest)
		if r != '・' && !isSpace(r) {
			return credit{}, false
		}
		name := strings.ReplaceAll(trimSpace(rest[w:]), "　", "")
		if !isJapaneseName(name) || hasAnyRune(name, " ・") || isDesk(name) || isPhotoSource(name) {
			return credit{}, false
		}
		return credit{roles: []string{t}, names: []string{name}}, true
	}
	return credit{}, false
}

// interviewerLine parses a Japanese interview's credit set on a line of
// its own with no brackets, under the titles: 聞き手・編集委員　村上健一,
// 聞き手・佐藤美咲 (the bracketed trailer's words, interviewerCredit).
func interviewerLine(s string) (credit, bool) {
	if r, _ := firstRune(s); r != '聞' && r != '構' || !atMost(s, 30) {
		return credit{}, false
	}
	return interviewerCredit(s)
}

// jaWorkLabels say what the writer of a Japanese feature did, before the
// name in its end credit: （文・写真　中村花子）, （写真と文　中村花子）.
var jaWorkLabels = []string{"文・写真", "写真・文", "文と写真", "写真と文", "文・撮影", "文／写真", "写真／文"}

// workLabelCredit parses the inside of a Japanese feature's end credit
// naming what its writer did and the writer, parted by a space: the
// label is no organisation, and the credit names the writer alone.
func workLabelCredit(inner string) (credit, bool) {
	for _, w := range jaWorkLabels {
		rest, ok := strings.CutPrefix(inner, w)
		if !ok {
			continue
		}
		if r, _ := firstRune(rest); !isSpace(r) {
			return credit{}, false
		}
		name := strings.ReplaceAll(trimSpace(rest), "　", "")
		if !isJapaneseName(name) || strings.Contains(name, " ") || isDesk(name) || isPhotoSource(name) {
			return credit{}, false
		}
		return credit{names: []string{name}}, true
	}
	return credit{}, false
}

// reviewerRoles open the signature a Japanese 読書面 closes each review
// with: 評・片山涼子（文芸評論家）, 評者・片山涼子; and the one a くらし面's
// advice column (くらし相談, 人生案内) closes its answer with, the
// answerer's, 回答者・宮坂直樹（社会保険労務士） (回答 alone is none: 回答・解説
// would name no one).
var reviewerRoles = []string{"評者", "評", "回答者"}

// cutRoleSep cuts the first of roles that opens s and the separator after
// it, a ・, a ＝ or a space (評・片山涼子, 解説・宮下和則九段), and returns the
// role and the rest, its spaces trimmed.
func cutRoleSep(s string, roles []string) (role, rest string, ok bool) {
	for _, r := range roles {
		if after, found := strings.CutPrefix(s, r); found {
			role, rest = r, after
			break
		}
	}
	sep, w := firstRune(rest)
	if role == "" || sep != '・' && sep != '＝' && !isSpace(sep) {
		return "", "", false
	}
	return role, trimSpace(rest[w:]), true
}

// reviewerSignature parses a book review's or an advice column's
// signature on a line of its own: the role 評 (or 評者, 回答者), a ・
// ＝ or space, the writer's name, and an optional bracketed description of
// the writer, 評・片山涼子（文芸評論家）, 回答者・宮坂直樹（社会保険労務士）.
// The description is no name and no organisation (the line keeps it). Lines
// that open with a longer word, 評価・分析, 評判, 回答率, are other text.
func reviewerSignature(s string) (credit, bool) {
	if r, _ := firstRune(s); r != '評' && r != '回' || !atMost(s, 30) {
		return credit{}, false
	}
	role, rest, ok := cutRoleSep(s, reviewerRoles)
	if !ok {
		return credit{}, false
	}
	if k := strings.Index(rest, "（"); k > 0 {
		post, ok := strings.CutSuffix(rest[k+len("（"):], "）")
		if !ok || post == "" || !atMost(post, 16) || hasAnyRune(post, "（）。") {
			return credit{}, false
		}
		rest = rest[:k]
	}
	name := strings.ReplaceAll(trimSpace(rest), "　", "")
	if !isJapaneseName(name) || strings.Contains(name, " ") || isDesk(name) || isPhotoSource(name) || findRoleIndex(name) >= 0 {
		return credit{}, false
	}
	return credit{roles: []string{role}, names: []string{name}}, true
}
