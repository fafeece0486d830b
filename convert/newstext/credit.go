package newstext

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// isBylineMarker reports the marks that open a byline line: ■ □ ●, and
// ◎, with which 科技日报 and other papers mark their reporter's line
// (◎本报记者　X). All of them also mark heads: parseBylineLineSum takes
// the line as a credit only when it names someone.
func isBylineMarker(r rune) bool {
	return r == '■' || r == '□' || r == '●' || r == '◎'
}

// roleWords are the credit roles, longest first so 实习生 wins over 实习.
var roleWords = []string{
	"特约评论员", "特约通讯员", "本报评论员", "责任编辑", "責任編輯",
	"特约记者", "见习记者", "首席记者", "实习记者", "摄影记者",
	// A paper's reporter sent to cover an event away, 本报特派记者　X　发自多哈,
	// at a games' front, 本报前方记者 X, or travelling with a team,
	// 本报随队记者 X: the title is the role, org 本报, as with 特约记者.
	"特派记者", "特派記者", "前方记者", "前方記者", "随队记者", "隨隊記者",
	"评论员", "通讯员", "实习生", "文/图", "文／图", "图/文", "圖/文", "文/摄", "文／摄", "文/攝", "文／攝", "摄影", "攝影", "撰稿", "整理", "编译", "编辑", "责编", "責編",
	"记者", "記者", "通訊員", "實習生", "評論員", "特約記者", "編輯", "編譯", "撰文",
	"譯者", "译者", "核稿", // CNA's translation trailer: （譯者：X／核稿：Y）
	"图片编辑", "圖片編輯", "美术编辑", "美術編輯", "校对", "校對", // a web article's editing trailer
	// 县融媒体中心's sign-off, 编辑：X　审核：Y　终审：Z: the steps a story
	// passes before it goes out (初审, 复审, 终审: 三审), each naming its editor.
	"审核", "審核", "初审", "初審", "复审", "複審", "终审", "終審",
	"报道", "報導", "报导", "報道",
	"读者", "讀者", // a reader's letter signed 读者　周桂兰 (读者来信)
	"参与采写", "參與採寫", // a contributor under the story: （参与采写：李想）
	// A mainland paper's reporter for all its outlets (print, site, app):
	// 全媒体记者, 融媒体记者, 融媒记者 are the title, as 首席记者 is, so
	// 江州日报全媒体记者 X is org 江州日报, and 全媒体记者 X alone has none.
	"全媒体记者", "融媒体记者", "融媒记者", "全媒體記者", "融媒體記者", "融媒記者",
	// A broadcaster's web copy credits the crew of its report after the
	// reporter, 记者：王辰　摄像：李卓: the camera (摄像, not a photo's
	// 摄影), the editing of the footage, the director of a feature, the
	// voice over it and the reporter on camera.
	"摄像", "攝像", "剪辑", "剪輯", "编导", "編導", "配音", "出镜记者", "出鏡記者", "出镜", "出鏡",
}

// singleRoles are one-character roles, accepted only as a whole token.
var singleRoles = []string{"文", "图", "圖", "摄", "攝"}

// credit is a parsed byline.
type credit struct {
	org   string
	roles []string
	names []string
}

// isNameRune reports characters allowed in a person's name: Han, the
// iteration mark of Japanese names (佐々木) and the middle dot of
// transliterated ones.
func isNameRune(r rune) bool { return isHan(r) || r == '々' || r == '·' || r == '•' }

// isName reports a person's name: 2–4 Han characters, or a transliterated
// name joined by a middle dot. A name with 々 is Japanese, whose full
// names run to 6 characters (佐々木真一, 長谷川智恵子 would be one without).
func isName(s string) bool {
	n := 0
	dot, iter := false, false
	for i, r := range s {
		if !isNameRune(r) || i == 0 && r == '々' {
			return false
		}
		dot = dot || r == '·' || r == '•'
		iter = iter || r == '々'
		n++
	}
	switch {
	case dot:
		return n >= 3 && n <= 12
	case iter:
		return n >= 3 && n <= 6
	}
	return n >= 2 && n <= 4
}

// photoDesk reports who a photo is credited to when no person is named:
// the paper's picture archive or desk (本报资料室, 资料图片).
func photoDesk(s string) bool {
	return atMost(s, 8) && isOrg(s) && (strings.HasSuffix(s, "资料室") || strings.HasSuffix(s, "資料室") || strings.HasPrefix(s, "资料") || strings.HasPrefix(s, "資料") || strings.HasSuffix(s, "图片") || strings.HasSuffix(s, "圖片"))
}

// isOrg reports an organisation prefix such as 湖南日报全媒体 or 本报.
func isOrg(s string) bool {
	n := 0
	for _, r := range s {
		if !(isHan(r) || (r < utf8.RuneSelf && (r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9'))) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 16
}

// splitCreditTokens appends the tokens of a credit, split at spaces and
// list punctuation, to dst: at most max+1 of them (a credit of more than
// max tokens is refused, whatever they are), so that a caller's array on
// the stack holds them. (strings.FieldsFunc allocated a slice for every
// line the recognisers try as a credit, most of which are not.)
func splitCreditTokens(dst []string, s string, max int) []string {
	return appendFields(dst, s, max, isCreditSep)
}

// isCreditSep reports the runes splitCreditTokens splits a credit at.
func isCreditSep(r rune) bool {
	return isSpace(r) || r == '、' || r == '，' || r == ',' || r == '；' || r == ';'
}

// appendFields appends to dst the fields of s that strings.FieldsFunc(s,
// sep) returns, stopping after max+1 of them: a caller that refuses more
// than max fields needs no more to tell.
func appendFields(dst []string, s string, max int, sep func(rune) bool) []string {
	start, n := -1, 0
	// (runeAt's decoding written out, as in indexAnyRune: a range loop
	// calls the runtime's decoder for every rune beyond ASCII.)
	for i, w := 0, 0; i < len(s); i += w {
		c := s[i]
		var r rune
		switch {
		case c < utf8.RuneSelf:
			r, w = rune(c), 1
		case i+2 < len(s) && inlineLead3(c, s[i+1]) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			r, w = rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3
		default:
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if sep(r) {
			if start >= 0 {
				dst = append(dst, s[start:i])
				start = -1
				if n++; n > max {
					return dst
				}
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// parseCredit parses "湖南日报全媒体记者 邓晶琎 孙敏坚" or "记者 林某 通讯员 周某".
// strict requires every token to be understood and at least one role.
func parseCredit(s string, strict bool) (credit, bool) {
	var c credit
	report := ""
	// The roles and names are gathered on the stack and copied out once
	// the credit is accepted: most texts tried as a credit are not one.
	var roleBuf, nameBuf [8]string
	roles, names := roleBuf[:0], nameBuf[:0]
	var buf [17]string
	toks := splitCreditTokens(buf[:0], s, 16)
	if len(toks) == 0 || len(toks) > 16 {
		return c, false
	}
	addRole := func(r string) {
		for _, x := range roles {
			if x == r {
				return
			}
		}
		roles = append(roles, r)
	}
	gluedRole := false // a role run on to its name (记者王辰) came before
	supplied := false  // a picture's supplier was credited (suppliedPicture)
	for i := 0; i < len(toks); i++ {
		t := strings.TrimRight(toks[i], "：:")
		if t == "" {
			continue
		}
		if t == "报道" || t == "報導" || t == "报导" || t == "報道" {
			report = t // 记者 王某 报道: the verb adds nothing to a role
			continue
		}
		if i == 0 && len(toks) > 1 && (t == "기자명" || t == "작성자") {
			continue // 기자명 한지수 기자: a Korean site's label for the byline, no name
		}
		if i > 0 && filedFromPlace(t) {
			continue // 本报记者　王　磊　发自沈阳: where the report was sent from
		}
		// 报道／摄影：黄慧琳: roles parted by slashes, then the name.
		if rs, who, ok := slashedRoles(t); ok {
			for _, r := range rs {
				if r != "" {
					addRole(normalRole(r))
				}
			}
			names = append(names, who)
			continue
		}
		// (The role is found once for the two tests below that ask.)
		roleAt, roleKw := findRole(t)
		if roleAt > 0 && isReport(roleKw) {
			// 21世纪经济报道记者: a paper whose name holds the report word
			// (经济报道), then its reporter's role: the role is the one
			// after it.
			from := roleAt + len(roleKw)
			if k, kw := findRole(t[from:]); k >= 0 && !isReport(kw) {
				roleAt, roleKw = from+k, kw
			}
		}
		if i > 0 && roleAt > 0 && isReport(roleKw) && roleAt+len(roleKw) == len(t) && atMost(t[:roleAt], 4) && isOrg(t[:roleAt]) {
			report = roleKw // 记者 王芳 上海报道: where the report was filed from, no name
			continue
		}
		if k, kw := roleAt, roleKw; k == 0 && isReport(kw) {
			// 报道：黄美玲: the report as the role, before the name, and
			// a role among others (报导：陈国伟　摄影：黄俊杰).
			if rest := strings.TrimLeft(t[len(kw):], "：:"); isName(rest) {
				addRole(kw)
				names = append(names, rest)
				continue
			}
		}
		// 이데일리 김지훈 기자, 세종=이데일리 X 기자, 헤럴드경제=X 기자: the
		// outlet before its reporter is the org (kooutlet.go).
		if i == 0 && len(toks) >= 2 {
			if org, rest, ok := koreanOutletToken(t, toks[1]); ok {
				c.org = org
				if rest != "" {
					names = append(names, rest)
				}
				if toks[1] == "=" {
					i++
				}
				continue
			}
		}
		// 김지훈·박서연 기자: names joined by a middle dot.
		if ns, ok := koreanNameList(t); ok && len(ns) > 1 {
			names = append(names, ns...)
			continue
		}
		// 강릉=김도윤기자: place, name and role with no space before
		// the role (koglued.go).
		if ns, role, ok := gluedPlacedReporter(t); ok {
			addRole(role)
			names = append(names, ns...)
			continue
		}
		if kr, ok := koreanCredit(t); ok {
			// 세종 이영준 기자: where the reporter files from, no name.
			if i == 0 && koreanBureau(toks) {
				continue
			}
			// 부산=김민준 기자: a place, a name, a role.
			if kr.role != "" {
				addRole(kr.role)
			}
			if kr.name != "" {
				names = append(names, kr.name)
			}
			continue
		}
		if isSingleRole(t) {
			addRole(t)
			continue
		}
		// 文/本报记者 刘晓: a one-character role, then the rest of the token.
		if k := indexSlash(t); k > 0 && isSingleRole(t[:k]) {
			_, w := firstRune(t[k:])
			if suppliedPicture(t[:k], t[k+w:]) {
				addRole(t[:k]) // 圖／受訪者提供 (suppliedcredit.go)
				supplied = true
				continue
			}
			if rest := t[k+w:]; rest != "" && !isSingleRole(rest) {
				addRole(t[:k])
				toks[i] = rest
				i--
				continue
			}
		}
		if k, kw := roleAt, roleKw; k >= 0 && !isReport(kw) {
			org, rest := t[:k], strings.TrimLeft(t[k+len(kw):], "：:")
			if k == 0 {
				rest = slashedDeskName(kw, rest, len(toks) == 1) // 编辑/王冬妮: the slash as the colon
			}
			if org != "" && rest == "" && (isName(org) || isJapaneseName(org)) && !looksOrg(org) && !holdsReport(org) && !(i == 0 && nameFollows(toks[i+1:])) && org != c.org {
				// 鈴木花子記者: the name before its role (not the credit's
				// org printed again before its second role, 南方周末记者
				// 林　舟　南方周末实习生　许　晴, whatever the paper's
				// name ends with).
				addRole(normalRole(kw))
				names = append(names, org)
				continue
			}
			if org != "" {
				if !creditOrg(org) {
					if strict {
						return credit{}, false
					}
				} else if c.org == "" {
					c.org = org
				}
			}
			addRole(normalRole(kw))
			// 中國時報　記者陳怡君／台北報導: the name, then where it was
			// filed from, after the paper set apart (alone, 記者X／台北報導
			// is a dateline: reporterDateline).
			if k := indexSlash(rest); k > 0 && c.org != "" && isName(rest[:k]) && isFiledFrom(rest[k:]) {
				rest = rest[:k]
			}
			// 责任编辑：刘　佳: a padded name split after its first character.
			if rest != "" && !isName(rest) && i+1 < len(toks) && isName(rest+toks[i+1]) && utf8.RuneCountInString(rest) == 1 {
				rest += toks[i+1]
				i++
			}
			// 记者张昊通讯员李敏: role and name pairs run together (an
			// OCR wrap took the space between them): the name ends
			// where the next role begins.
			if k, kw := findRole(rest); k > 0 && !isReport(kw) && !isName(rest) && isName(rest[:k]) && atMost(rest[:k], 3) {
				names = append(names, rest[:k])
				toks[i] = rest[k:]
				i--
				continue
			}
			if rest != "" {
				// A name run on to its role (记者王磊) is short; longer
				// runs are prose (记者现场看到), and a word run on to
				// 读者 that opens with no surname is a column's (读者问诊:
				// readersrubric.go).
				if !isName(rest) || utf8.RuneCountInString(rest) > 3 && !hasAnyRune(rest, "·•") || inNotNames(rest) || readerRole(kw) && readersColumnWord(rest) {
					if strict {
						return credit{}, false
					}
					continue
				}
				names = append(names, rest)
				gluedRole = gluedRole || t[k+len(kw):] == rest
			}
			continue
		}
		// 记者王辰　摄像李卓: the crew's role glued to its name as the
		// reporter's was (crewrole.go).
		if gluedRole {
			if role, name, ok := gluedCrewField(t); ok {
				addRole(role)
				names = append(names, name)
				continue
			}
		}
		if r, w := firstRune(t); w == len(t) && isSlash(r) {
			continue // 文 / 黄诗琪: the slash after a role, spaced
		}
		if k := indexColon(t); k > 0 && isSingleRole(t[:k]) {
			_, w := firstRune(t[k:]) // (the full-width colon is 3 bytes)
			who := t[k+w:]
			if isName(who) || t[:k] != "文" && photoDesk(who) {
				addRole(t[:k]) // 文：张三, 图：本报资料室
				names = append(names, who)
				continue
			}
			if suppliedPicture(t[:k], who) {
				addRole(t[:k]) // 圖：受訪者提供: a supplier, no name (suppliedcredit.go)
				supplied = true
				continue
			}
		}
		// 江州市南湖区　读者　何建国: where a reader writes from, before
		// the role of a letter's signature.
		if i == 0 && i+1 < len(toks) && (toks[i+1] == "读者" || toks[i+1] == "讀者") && isOrg(t) {
			c.org = t
			continue
		}
		// 中國時報　記者陳怡君: the paper, set apart before its
		// reporter's role (its name is no person's).
		if i == 0 && i+1 < len(toks) && atMost(t, 8) && looksOrg(t) && isOrg(t) {
			if k, kw := findRole(toks[i+1]); k == 0 && !isReport(kw) {
				c.org = t
				continue
			}
		}
		if isName(t) {
			// 谭晓 峰: OCR split a name; a lone character after a name
			// belongs to it.
			// (Not when the lone character and the next one are a padded
			// name of their own: 杭消宣　王　凯.)
			if i+1 < len(toks) && !isSingleRole(toks[i+1]) && ocrSplitName(toks, i) {
				t += toks[i+1]
				i++
			}
			names = append(names, t)
			continue
		}
		// 林怡君／台北報導: a name and where the report was filed.
		if k := indexSlash(t); k > 0 && isName(t[:k]) && isFiledFrom(t[k:]) {
			names = append(names, t[:k])
			continue
		}
		// Two-character names are often padded to three cells: 黄　晗.
		if i+1 < len(toks) && utf8.RuneCountInString(t) == 1 && utf8.RuneCountInString(toks[i+1]) == 1 && isName(t+toks[i+1]) {
			names = append(names, t+toks[i+1])
			i++
			continue
		}
		if strict {
			return credit{}, false
		}
	}
	if len(roles) == 0 && report != "" && len(names) > 0 {
		roles = append(roles, report) // 林诗琪　报道: the report is the role
	}
	if strict && len(roles) == 0 || supplied && len(names) == 0 {
		// (圖：受訪者提供 alone names no one: a photo's credit, left to
		// the caption rules.)
		return credit{}, false
	}
	c.roles, c.names = ownedFields(roles, names)
	return c, true
}

// ownedFields copies roles and names into one new array, each nil when
// empty (as a credit's are): the credit parseCredit returns owns them,
// and neither can grow into the other.
func ownedFields(roles, names []string) ([]string, []string) {
	nr, nn := len(roles), len(names)
	if nr+nn == 0 {
		return nil, nil
	}
	all := make([]string, nr+nn)
	copy(all, roles)
	copy(all[nr:], names)
	var r, n []string
	if nr > 0 {
		r = all[:nr:nr]
	}
	if nn > 0 {
		n = all[nr : nr+nn : nr+nn]
	}
	return r, n
}

// filedFromPlace reports 发自沈阳, 發自東京: where a sports or foreign
// report was sent from, after its reporter's name (a place of two to
// six runes, no name).
func filedFromPlace(t string) bool {
	for _, p := range []string{"发自", "發自"} {
		if rest, ok := strings.CutPrefix(t, p); ok {
			n := utf8.RuneCountInString(rest)
			return n >= 2 && n <= 6 && isOrg(rest)
		}
	}
	return false
}

// slashedRoles parses a token of two or three roles parted by slashes,
// a colon and one name: 报道／摄影：黄慧琳, 采访/整理：X (Malaysian and
// Singaporean papers credit reporter and photographer at once). A pair
// that is one role word (文／图) is left to the role list.
func slashedRoles(t string) ([3]string, string, bool) {
	var rs [3]string
	k := indexColon(t)
	if k <= 0 || indexSlash(t[:k]) < 0 || slices.Contains(roleWords, t[:k]) {
		return rs, "", false
	}
	_, w := firstRune(t[k:])
	who := t[k+w:]
	if !isName(who) || inNotNames(who) {
		return rs, "", false
	}
	head := t[:k]
	for n := 0; ; n++ {
		part := head
		j := indexSlash(head)
		if j >= 0 {
			part = head[:j]
		}
		if n == len(rs) || !slices.Contains(roleWords, part) && !isSingleRole(part) {
			return rs, "", false
		}
		rs[n] = part
		if j < 0 {
			return rs, who, n > 0
		}
		_, sw := firstRune(head[j:])
		head = head[j+sw:]
	}
}

func isSingleRole(t string) bool {
	return slices.Contains(singleRoles, t)
}

// normalRole maps spelling variants of a role to one form.
func normalRole(kw string) string {
	switch kw {
	case "文／图":
		return "文/图"
	case "文／摄": // the writer took the photos too (本报记者　X　文／摄)
		return "文/摄"
	case "文／攝":
		return "文/攝"
	case "本报评论员":
		return "评论员"
	}
	return kw
}

// isRoleStart reports the first characters of the role words, so that
// findRole tries the word list only where a role can begin.
func isRoleStart(r rune) bool {
	switch r {
	case '特', '见', '首', '实', '摄', '本', '评', '通', '文', '图', '圖', '攝', '撰', '整', '编', '记', '記', '實', '評', '編', '责', '責', '报', '報', '譯', '译', '核', '美', '校', '读', '讀', '参', '參', '审', '審', '初', '复', '複', '终', '終', '全', '融', '剪', '配', '出', '前', '随', '隨':
		return true
	}
	return false
}

// findRole returns the earliest role word in t and its offset.
func findRole(t string) (int, string) {
	best, bestKw := -1, ""
	for i := 0; i < len(t); {
		r, w := runeAt(t, i)
		if !isRoleStart(r) {
			i += w
			continue
		}
		for _, kw := range roleWordsFrom(r) {
			if len(kw) > len(bestKw) && hasRolePrefix(t[i:], kw) && !crewRoleGoesOn(kw, t[i+len(kw):]) && !roleCompoundGoesOn(kw, t[i+len(kw):]) {
				best, bestKw = i, kw // (摄像头 is no 摄像: crewrole.go; 记者会 no 记者: rolecompound.go)
			}
		}
		if best >= 0 {
			break
		}
		i += w
	}
	if bestKw == "本报评论员" {
		// Keep 本报 as the organisation.
		return best + len("本报"), "评论员"
	}
	return best, bestKw
}

// parseBylineLine recognises a byline standing on its own line: a marker
// line (■ □ ●), a role line (本报记者 X, 记者 X Y, 文/图 X) or a bracketed
// credit alone.
func parseBylineLine(s string) (credit, bool) { return parseBylineLineSum(s, nil) }

// parseBylineLineSum is parseBylineLine with s's summary, when the caller
// has one.
func parseBylineLineSum(s string, sm *textSum) (credit, bool) {
	if r, w := firstRune(s); isBylineMarker(r) {
		body := trimSpace(s[w:])
		if strings.HasPrefix(body, "作者") {
			if c, ok := markedAuthorNote(body); ok {
				return c, true // ●作者陳冠廷，台北市民、通勤族。 (markedauthornote.go)
			}
		}
		if !atMost(body, 80) || fullStops.in(body) {
			return credit{}, false
		}
		c, _ := parseCredit(body, false)
		if len(c.roles) == 0 {
			if paddedName(body) {
				return credit{names: []string{unspaced(body)}}, true // □ 王　芳
			}
			if c, ok := markedWriter(body); ok {
				return c, true // □王鹏飞（媒体人） (markedwriter.go)
			}
			return credit{}, false // ●燈光設計兼顧古蹟保護, ●相关链接: a head, not a credit
		}
		if len(c.names) == 0 && c.org == "" {
			return credit{}, false // ■记者手记, ◎记者观察: a column's head that opens with a role word
		}
		return c, true
	}
	if sm != nil && !sm.atMost(60) || sm == nil && !atMost(s, 60) {
		return credit{}, false
	}
	if name, ok := koFollowButtonTail(s); ok {
		return parseBylineLineSum(name, nil) // 이서윤 기자 구독: the site's follow button is no name (kofollow.go)
	}
	if w, ok := koreanWireTrailer(s); ok {
		return credit{org: w}, true // /연합뉴스, (연합뉴스): a reprinted wire story's trailer (kowiretrailer.go)
	}
	if inner, end, ok := leadingBracket(s); ok && (end == len(s) || isDateCode(s[end:])) {
		if lenientBracket(s) {
			if _, ok := correspondentDateline(trimSpace(inner)); ok {
				return credit{}, false // 【环球时报记者 王磊】: a dateline (correspondent.go)
			}
		}
		if org, ok := reprintSource(inner); ok && end == len(s) {
			return credit{org: org}, true // （据新华社电）: a reprinted story's source (reprint.go)
		}
		if org, ok := compiledSource(inner); ok && end == len(s) {
			return credit{org: org}, true // （综合新华社、央视新闻）: a compiled brief's sources (compiled.go)
		}
		if c, ok := parseBracketCredit(inner); ok {
			return c, true
		}
		if end == len(s) && isAgency(trimSpace(inner)) {
			return credit{org: trimSpace(inner)}, true // 〔時事〕
		}
		if org, ok := abbreviatedService(inner); ok && end == len(s) {
			return credit{org: org}, true // 〔日経QUICKニュース(NQN)〕 (jaweb.go)
		}
		if c, ok := crewCredit(inner); ok && end == len(s) {
			return c, true // (영상취재 : 김민철, 영상편집 : 이승희) (kobroadcast.go)
		}
		if end == len(s) && isAuthorNote(trimSpace(inner)) {
			return credit{org: authorUnit(trimSpace(inner))}, true // （作者为市委党校教授）: who wrote it, no name to parse; （作者单位：X）, X the org
		}
		if org, ok := suppliedBy(inner); ok && end == len(s) {
			return credit{org: org}, true // （江州市滨湖区人民法院供稿）: the organisation that supplied the text (authornote.go)
		}
		if end == len(s) && (s[0] == '(' || strings.HasPrefix(s, "（")) {
			return nameOnlyCredit(inner)
		}
		if end == len(s) && (s[0] == '[' || strings.HasPrefix(s, "［")) {
			return siteBrandCredit(inner) // [吉村 遥，ITmedia] (sitecredit.go)
		}
		return credit{}, false
	}
	if c, ok := parseEnglishByline(s); ok {
		return c, true
	}
	if c, ok := editorialSignature(s); ok {
		return c, true // 明報社評　2026.12.05 (edsignature.go)
	}
	if last, _ := decodeLast(s); last == '.' || last == '다' {
		if c, ok := broadcastSignOff(s); ok {
			return c, true // SBS 박세원입니다. (kobroadcast.go)
		}
	}
	if strings.IndexByte(s, ':') > 0 {
		if c, ok := crewCredit(s); ok {
			return c, true // 촬영기자:이호/영상편집:최정연, or one a line, 촬영기자 : 이현수 (kobroadcast.go)
		}
	}
	if c, ok := interviewerLine(s); ok {
		return c, true // 聞き手・編集委員　村上健一, under an interview's titles
	}
	if c, ok := reviewerSignature(s); ok {
		return c, true // 評・片山涼子（文芸評論家）, closing a book review (jacredit.go)
	}
	if c, ok := jaGameCredit(s); ok {
		return c, true // 解説・宮下和則九段, 作・山村湊: a 囲碁・将棋欄's credit (jagamecredit.go)
	}
	if c, ok := jaSerialCredit(s); ok {
		return c, true // 作・浜野しおり　画・北條まこと under a serial novel's title (jaserialcredit.go)
	}
	if c, ok := jaSelectorCredit(s); ok {
		return c, true // 小野寺千秋　選 under a poetry column's name (jahaidan.go)
	}
	if c, ok := koreanWorkCredit(s); ok {
		return c, true // 글·사진 최윤서 기자 yoon@…: the work's words before the reporter (koworkcredit.go)
	}
	if c, ok := koreanAdviceCredit(s); ok {
		return c, true // 도움말=최지훈 한빛대병원 심장내과 교수: the expert a story consulted (koadvice.go)
	}
	if end, c, ok := koreanLeadCredit(s); ok && end == len(s) {
		return c, true // 홍길동 기자 = (its paragraph follows on the next line)
	}
	if c, ok := koreanTrailer(s); ok {
		return c, true
	}
	if c, ok := koreanMemberCredit(s); ok {
		return c, true // 이수정(sjlee): a member's name and user id (komember.go)
	}
	if c, ok := koreanBarCredit(s); ok {
		return c, true // 박지현 | 한국사회정책연구원 연구위원
	}
	if c, ok := barredCredit(s); ok {
		return c, true // 界面新闻记者 | 宋佳禾 (barcredit.go)
	}
	if c, ok := jaAuthorLine(s); ok {
		return c, true // 山本 彩香 : 流通ジャーナリスト (jaauthorline.go)
	}
	if c, ok := reportLine(s); ok {
		return c, true // 陈婉婷 报道 chenwt@sph.com.sg
	}
	// 本版责编：李　婕　王　珂　邮箱：hwbjdb@…: the desk's address after
	// the credit is part of its line.
	if k := mailField(s); k > 0 {
		return parseBylineLineSum(trimSpace(s[:k]), nil)
	}
	// (Only a line ending in the credit's colon or slash is one: most
	// are spared the search for its report word.)
	if r, _ := decodeLast(s); r == '：' || r == ':' || isSlash(r) {
		if end, c, ok := reportedLeadCredit(s); ok && end == len(s) {
			return c, true // 記者 陳嘉欣報道： (its paragraph follows on the next line)
		}
	}
	if c, ok := authorLabel(s); ok {
		return c, true
	}
	if c, ok := crewLabel(s); ok {
		return c, true // 采写：南都记者 陈思颖 通讯员 海宣 (crewlabel.go)
	}
	if endsInPhotoCredit(s) || drawnCreditAlone(s) {
		return credit{}, false // 記者　陳嘉欣攝, 本报记者　周小川　绘: a picture's credit, a caption's (not a name 陳嘉欣攝)
	}
	if c, ok := staffTitleLine(s); ok {
		return c, true // 編集委員・村上健一 under a site's headline (jacredit.go)
	}
	if sm != nil && (!sm.has(keyRole) || sm.has(keyNotCredit)) || sm == nil && !roleCues.in(s) {
		return credit{}, false // no role can start in s, or a rune no credit holds: creditChars would say so
	}
	if ok, role := creditChars(s); !ok || !role {
		return credit{}, false // strict parsing needs a role
	}
	// 記者 X、Y／台北報導: reporters and where they filed from is a
	// dateline wherever it stands, as in brackets (parseBracketCredit),
	// also when 、 parts its names into tokens parseCredit would take.
	// (After its paper's name and a space, 聯合報　記者林志豪／台中報導 is
	// a byline with the paper as its org: TestSiteNameAndPaperByline.)
	if r, _ := decodeLast(s); r == '導' || r == '道' {
		if _, rest, ok := reporterDateline(s); ok && rest == "" {
			return credit{}, false
		}
	}
	return parseCredit(s, true)
}

// ocrSplitName reports name field i followed by a lone character that
// belongs to it, split off by OCR (谭晓 峰, 陳怡 君): the two make a
// name, and the lone character and the one after it are not a padded
// name of their own (杭消宣　王　凯).
func ocrSplitName(toks []string, i int) bool {
	return i+1 < len(toks) && isName(toks[i]) && utf8.RuneCountInString(toks[i+1]) == 1 && isName(toks[i]+toks[i+1]) &&
		!(i+2 < len(toks) && utf8.RuneCountInString(toks[i+2]) == 1 && isName(toks[i+1]+toks[i+2]))
}

// authorLabel parses a theory page's author line, 作者：陈思远 (names
// parted by 、 or spaces). 作 is no role start: the word is asked for
// only here, where a line opens with it.
func authorLabel(s string) (credit, bool) {
	rest, ok := strings.CutPrefix(s, "作者")
	if r, _ := firstRune(rest); !ok || r != '：' && r != ':' && !isSpace(r) {
		return credit{}, false // 作者为…: a note of who wrote it (isAuthorNote)
	}
	rest = trimSpace(strings.TrimLeft(rest, "：: 　"))
	if k := indexAnyRune(rest, "，,"); k > 0 {
		// 作者：郑立群，系…教授: the names, then a note on who the
		// author is (authorNotes' 系 为 是), not a name.
		note := strings.TrimLeft(rest[k:], "，, 　")
		if r, _ := firstRune(note); !strings.ContainsRune("系为是係為", r) {
			return credit{}, false
		}
		rest = trimSpace(rest[:k])
	}
	if c, ok := parseCredit(rest, true); ok && len(c.roles) > 0 && len(c.names) > 0 {
		return c, true // 作者：南都记者　陈秋圆: the credit's own role and names
	}
	var c credit
	for _, n := range nameFields(rest) {
		if !isName(n) {
			return credit{}, false
		}
		c.names = append(c.names, n)
	}
	if len(c.names) == 0 {
		return credit{}, false
	}
	c.roles = []string{"作者"}
	return c, true
}

// nameFields splits a run of names parted by spaces or 、 (王磊 李华,
// 蔡思培、楊心慧).
func nameFields(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == '、' || isSpace(r) })
}

// mailLabels name an e-mail address after a credit (the longer first:
// 电子邮箱 before 邮箱).
var mailLabels = []string{"电子邮箱", "電子郵箱", "邮箱", "郵箱", "电邮", "電郵", "E-mail", "Email", "email", "e-mail"}

// mailField returns where a labelled e-mail address ending s starts
// (邮箱：a@b.cn), or 0.
func mailField(s string) int {
	at := strings.LastIndexByte(s, '@')
	if at < 0 {
		return 0
	}
	for _, l := range mailLabels {
		k := strings.LastIndex(s[:at], l)
		if k <= 0 {
			continue
		}
		addr := strings.TrimLeft(s[k+len(l):], ":：　 ")
		if addr != "" && strings.IndexFunc(addr, isSpace) < 0 && !hasAnyRune(addr, "，。") {
			return k
		}
	}
	return 0
}

// paddedName reports a two-character name padded to three cells (王　芳),
// or a three-character one split by OCR (欧阳　文): a name set as a
// credit, never a head's words.
func paddedName(s string) bool {
	return shortFirstField(s, 2) && paddedFields(s)
}

// shortFirstField reports whether the first field of s (strings.Fields
// by isSpace) has at most n runes, looking at no more of s than that:
// the labeller asks paddedName of every paragraph, whose first field is
// long (a padded name's is one or two runes), and splitting it into
// fields scanned all of it.
func shortFirstField(s string, n int) bool {
	runes := 0
	for _, r := range s {
		switch {
		case isSpace(r) && runes > 0:
			return true // the end of the first field
		case isSpace(r):
		case runes == n:
			return false
		default:
			runes++
		}
	}
	return true
}

// paddedFields is paddedName without shortFirstField's shortcut.
func paddedFields(s string) bool {
	var buf [3]string
	toks := appendFields(buf[:0], s, 2, isSpace)
	if len(toks) != 2 || !atMost(toks[0], 2) || !atMost(toks[1], 2) {
		return false
	}
	name := toks[0] + toks[1]
	return isName(name) && atMost(name, 3) && !inNotNames(name)
}

// creditChars reports whether s is made only of what a credit line holds
// (names, roles, separators), and whether a role word may start in it: a
// cheap test before parsing.
func creditChars(s string) (ok, role bool) {
	for i := 0; i < len(s); {
		r, w := runeAt(s, i)
		switch {
		case isRoleStart(r):
			// Only a role word (or a one-character role) makes the line
			// worth parsing: 记 in 日记 or 记得 does not.
			role = role || isSingleRoleRune(r) || roleWordAt(s[i:])
		case isHan(r), r == '々', isSpace(r), r < utf8.RuneSelf && (r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
		case r >= 0xAC00 && r <= 0xD7A3:
			role = role || r == '기' || r == '특' || r == '통' || r == '논'
		case r == '=':
		case r == '、' || r == '，' || r == ',' || isSlash(r) || r == '：' || r == ':' || r == '·' || r == '•' || r == '；' || r == ';':
		case r == '+' || r == '＋': // 南方+记者 (brandorg.go)
		default:
			return false, false
		}
		i += w
	}
	return true, role
}

// mayHoldRole reports whether a role can be found in s: a role word, a
// one-character role or the first syllable of a Korean role. Strict
// parseCredit needs one; this finds out without splitting s.
func mayHoldRole(s string) bool {
	for i := 0; i < len(s); {
		r, w := runeAt(s, i)
		switch {
		case isRoleStart(r):
			if isSingleRoleRune(r) || roleWordAt(s[i:]) {
				return true
			}
		case r == '기' || r == '특' || r == '통' || r == '논':
			return true
		}
		i += w
	}
	return false
}

// indexSlash is indexAnyRune(s, "/／∕") (see isSlash) as three byte
// searches: IndexAny decodes every rune of a CJK string.
func indexSlash(s string) int {
	k := strings.IndexByte(s, '/')
	if f := strings.Index(s, "／"); f >= 0 && (k < 0 || f < k) {
		k = f
	}
	if f := strings.Index(s, "∕"); f >= 0 && (k < 0 || f < k) {
		k = f
	}
	return k
}

// isSingleRoleRune reports the runes of singleRoles.
func isSingleRoleRune(r rune) bool {
	return r == '文' || r == '图' || r == '圖' || r == '摄' || r == '攝'
}

// roleWordAt reports whether s starts with one of roleWords.
func roleWordAt(s string) bool {
	r, _ := runeAt(s, 0)
	for _, kw := range roleWordsFrom(r) {
		if hasRolePrefix(s, kw) {
			return true
		}
	}
	return false
}

// roleWordsByStart holds the role words by their first rune, in the
// order of roleWords, built on first use (a sync.Once and a map, which
// the package's initialisation does not allocate: TestInitCheap): where a
// role may start, only the words opening with its rune are compared
// (three or four of the forty-odd).
var (
	roleWordsOnce    sync.Once
	roleWordsByStart map[rune][]string
)

// roleWordsFrom returns the role words that open with r, in the order of
// roleWords.
func roleWordsFrom(r rune) []string {
	roleWordsOnce.Do(func() {
		m := make(map[rune][]string)
		for _, kw := range roleWords {
			r, _ := firstRune(kw)
			m[r] = append(m[r], kw)
		}
		roleWordsByStart = m
	})
	return roleWordsByStart[r]
}

// hasRolePrefix is strings.HasPrefix(s, kw) for a role word, which opens
// with a three-byte character: its last byte, compared first, rules out
// most other words at once.
func hasRolePrefix(s, kw string) bool {
	return len(s) >= len(kw) && s[2] == kw[2] && s[:len(kw)] == kw
}

// isFiledFrom reports "／台北報導" after a reporter's name.
func isFiledFrom(s string) bool {
	_, w := firstRune(s)
	s = s[w:]
	for _, suf := range []string{"報導", "报道", "报导", "電", "电"} {
		if strings.HasSuffix(s, suf) {
			place := s[:len(s)-len(suf)]
			return atMost(place, 6) && (place == "" || isOrg(place))
		}
	}
	return false
}

// parseEnglishByline recognises "By John Smith" and "By Jane Doe and
// John Roe", with the names in Names.
func parseEnglishByline(s string) (credit, bool) {
	if !(strings.HasPrefix(s, "By ") || strings.HasPrefix(s, "BY ")) || !atMost(s, 80) || strings.ContainsAny(s, ".!?;:") {
		return credit{}, false
	}
	var c credit
	for _, part := range strings.FieldsFunc(s[3:], func(r rune) bool { return r == ',' }) {
		for _, name := range strings.Split(part, " and ") {
			name = strings.TrimSpace(name)
			words := strings.Fields(name)
			if len(words) == 0 || len(words) > 4 {
				return credit{}, false
			}
			for _, w := range words {
				if w[0] < 'A' || w[0] > 'Z' || !latinName(w) {
					return credit{}, false
				}
			}
			c.names = append(c.names, name)
		}
	}
	return c, len(c.names) > 0
}

// latinName reports a word of a Latin-script name (O'Brien, Jean-Luc,
// José): "Smith。記者林怡君" is not one, so a CJK sentence glued to an
// English byline keeps it a paragraph, with or without the space the
// normalized text drops.
func latinName(w string) bool {
	for _, r := range w {
		if !unicode.Is(unicode.Latin, r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// placeAgency returns the agency a Japanese place ends with (ソウル共同:
// 共同), or "".
func placeAgency(p string) string {
	for _, a := range japaneseAgencies {
		if h, ok := strings.CutSuffix(p, a); ok && h != "" {
			return a
		}
	}
	return ""
}

// parseBracketCredit parses the inside of （记者 X Y）; photo credits
// (ending in 摄) are captions, not bylines.
func parseBracketCredit(inner string) (credit, bool) {
	inner = trimSpace(inner)
	// An editor's note (（编者按：　　記者 林怡君／台北報導）) names its
	// writer after its label, but it is a note: classifyText takes it
	// for one on its own line.
	if isEditorsNote(inner) || isAfterword(inner) || reprintNote(inner) {
		return credit{}, false // (and a reprint's （本文轉載自今周刊）: reprintnote.go)
	}
	// （記者區嘉敏報道）: a Hong Kong reporter's credit with its report
	// verb, alone on its line as run in before the text (bracketreport.go);
	// the writer sets a byline so, and the reader must read it back.
	if _, c, ok := bracketReportedCredit("（" + inner + "）"); ok {
		return c, true
	}
	// 譯者：陳怡君／核稿：張佩芝: roles with colons, parted by a slash.
	if k := indexSlash(inner); k > 0 && hasAnyRune(inner[:k], "：:") && hasAnyRune(inner[k:], "：:") {
		_, w := firstRune(inner[k:])
		inner = inner[:k] + " " + inner[k+w:]
	}
	if c, ok := interviewerCredit(inner); ok {
		return c, true
	}
	if c, ok := jaBeatCredit(inner); ok {
		return c, true // （担当・佐藤健太）, （巨人担当＝佐藤健太） (jabeatcredit.go)
	}
	if strings.Contains(inner, "記者") {
		if c, ok := jaPostCredit(inner); ok && jaKindReporter(c.roles[0]) {
			return c, true // （観戦記者　北川遥）: the post is the role, 観戦 no org (japostsign.go)
		}
	}
	if _, rest, ok := reporterDateline(inner); ok && rest == "" {
		return credit{}, false // 〔記者A、B／台北報導〕: a dateline wherever it stands
	}
	if c, ok := seriesCredit(inner); ok {
		return c, true
	}
	if c, ok := authorLabel(inner); ok {
		return c, true // （作者 金秀妍）, as a translated story names the original's author
	}
	if rest, ok := contributionCredit(inner); ok {
		inner = rest // （实习生许嘉宁对本文亦有贡献）: the contributor's credit
	}
	if strings.HasSuffix(inner, "摄") || strings.HasSuffix(inner, "攝") || !mayHoldRole(inner) {
		return credit{}, false
	}
	inner = roleSlash(inner) // （编译/王晓）
	if c, ok := koreanPlacedCredit(inner); ok {
		return c, true // [OSEN=잠실, 김민재 기자]: the place is no name (koplacedcredit.go)
	}
	c, ok := parseCredit(inner, true)
	if !ok || len(c.names) == 0 && c.org == "" {
		return credit{}, false
	}
	c.org = postedOrg(c.org) // 【环球时报驻德国特约记者 青木　…】: 环球时报
	return c, true
}

// interviewerRoles open a Japanese interview's trailer: who asked (聞き手)
// or wrote it up (構成).
var interviewerRoles = []string{"聞き手", "構成"}

// interviewerCredit parses the inside of a Japanese interview's trailer:
// （聞き手・佐藤美咲）, （聞き手＝佐藤美咲）, （聞き手は編集委員・山田太郎）,
// （構成・山田太郎）. The role, then ・ ＝ or は, an optional desk or title
// before a ・, and the name (names joined by 、).
func interviewerCredit(inner string) (credit, bool) {
	inner = trimSpace(inner)
	var role string
	for _, r := range interviewerRoles {
		if strings.HasPrefix(inner, r) {
			role = r
			break
		}
	}
	if role == "" {
		return credit{}, false
	}
	return roleNamesCredit(role, inner[len(role):])
}

// roleNamesCredit parses what follows a Japanese trailer's role word
// (interviewerCredit's 聞き手, jaBeatCredit's 担当): ・ ＝ は ： or a space,
// an optional desk or title before a ・, and the name (names joined by
// 、), the role the credit's.
func roleNamesCredit(role, rest string) (credit, bool) {
	sep := false
	for _, p := range []string{"・", "＝", "は", "：", " ", "　"} {
		if strings.HasPrefix(rest, p) {
			rest, sep = trimSpace(rest[len(p):]), true
			break
		}
	}
	if !sep || rest == "" {
		return credit{}, false
	}
	c := credit{roles: []string{role}}
	if title, name, ok := titledName(rest); ok {
		c.roles, c.names = append(c.roles, title), []string{name}
		return c, true // 聞き手・編集委員　村上健一
	}
	if k := strings.LastIndex(rest, "・"); k > 0 {
		c.org, rest = trimSpace(rest[:k]), trimSpace(rest[k+len("・"):])
		if !atMost(c.org, 10) {
			return credit{}, false
		}
	}
	for _, n := range strings.Split(rest, "、") {
		n = strings.ReplaceAll(trimSpace(n), "　", "")
		if !isName(n) && !isJapaneseName(n) {
			return credit{}, false
		}
		c.names = append(c.names, n)
	}
	return c, true
}

// trailingCredit finds a bracketed credit ending a paragraph (with the
// date code CNA puts after it: （編輯：李大同）1130903) and returns its
// offset. A bracketed name alone counts after a finished sentence:
// …と話している。（山田太郎）.
func trailingCredit(s string) (int, credit, bool) {
	body := s
	if k := dateCodeStart(s); k > 0 {
		body = s[:k]
	}
	start, inner, ok := trailingBracket(body)
	if !ok {
		return 0, credit{}, false
	}
	if c, ok := parseBracketCredit(inner); ok {
		return start, c, true
	}
	// …呼びかける。〔時事〕: the agency credited after the text.
	if body == s && endsSentence(s[:start]) && isAgency(trimSpace(inner)) {
		return start, credit{org: trimSpace(inner)}, true
	}
	// …负担。（作者系某大学教授）: the note on the author run on to the
	// last paragraph is the byline it is on its own line (parseBylineLine),
	// with no name: its words are none (作者系授 would pass for one).
	if body == s && endsSentence(s[:start]) && isAuthorNote(trimSpace(inner)) {
		return start, credit{org: authorUnit(trimSpace(inner))}, true
	}
	if body == s && endsSentence(s[:start]) && (s[start] == '(' || strings.HasPrefix(s[start:], "（")) {
		if org, ok := compiledSource(inner); ok {
			return start, credit{org: org}, true // …胜者。（综合新华社、央视新闻）: compiled.go
		}
		if org, ok := reprintSource(inner); ok {
			// …規劃。（據中央社電）: a wire story's credit closes it as
			// its own line would (reprint.go); …升级。（据《经济日报》）, a
			// digest's citation of a paper or site, stays in its text,
			// never an org 据… that its own line would not give.
			if wireSources(org) {
				return start, credit{org: org}, true
			}
			return 0, credit{}, false
		}
		if c, ok := nameOnlyCredit(inner); ok {
			return start, c, true
		}
	}
	return 0, credit{}, false
}

// dateCodeStart returns where a trailing date code (4 to 8 ASCII digits
// right after a closing bracket) starts, or -1.
func dateCodeStart(s string) int {
	k := len(s)
	for k > 0 && s[k-1] >= '0' && s[k-1] <= '9' && len(s)-k < 8 {
		k--
	}
	if n := len(s) - k; n < 4 || n > 8 || k == 0 {
		return -1
	}
	if r, _ := decodeLast(s[:k]); !isCloseBracket(r) {
		return -1
	}
	return k
}

func isDateCode(s string) bool {
	return len(s) >= 4 && len(s) <= 8 && allDigits(s)
}

// inNotNames reports a bracketed word that looks like a name but is not
// (notNames), or a word of a readers' column's rubric after the reader's
// role (读者投书, 讀者來函: readersColumnWords, readersrubric.go). (Two
// lists asked in turn: joined at package level they would allocate
// while the package initialises, TestInitCheap.)
func inNotNames(s string) bool {
	return slices.Contains(notNames, s) || slices.Contains(readersColumnWords, s)
}

// notNames are bracketed words that look like names but are not.
var notNames = []string{"广告", "廣告", "附件", "附表", "注释", "註釋", "待续", "待續", "上篇", "下篇", "图片", "圖片", "资料", "資料", "视频", "視頻",
	// Column labels after a role: 本报评论员文章, 评论员观察.
	"文章", "观察", "觀察", "专栏", "專欄", "手记", "手記", "述评", "述評",
	// Heads after a role: 记者追访, 记者连线, 读者来信; and a letter's
	// salutation 编辑同志：.
	"追访", "追訪", "追踪", "追蹤", "探访", "探訪", "回访", "回訪", "连线", "連線", "札记", "札記", "同志", "朋友",
	// An editor's note's label after a role (本报评论员编者按：).
	"编者按", "編者按",
	// Verbs after a role in running text: 向证券时报记者表示，…, 记者了解到,
	// 记者从…获悉 (a paragraph's first line, wrapped after them, is no
	// credit line).
	"表示", "介绍", "介紹", "透露", "了解到", "观察到", "觀察到", "得知", "获知", "獲知", "随机", "隨機", "指出", "认为", "認為", "坦言", "告诉", "告訴", "了解", "获悉", "獲悉", "采访", "採訪", "看到", "发现", "發現", "注意到", "调查", "調查", "走访", "走訪", "说", "說", "称", "稱", "问", "問"}

// nameOnlyCredit parses a bracket holding only a name, with padding
// (（姚　静）, （山田太郎）), or a desk and a name (（社会部　佐藤花子）).
func nameOnlyCredit(inner string) (credit, bool) {
	if reprintNote(inner) {
		return credit{}, false // （本文轉載自今周刊）: a note, whose source looks an org (reprintnote.go)
	}
	if reprintNoSource(inner) {
		return credit{}, false // （据了解）, （據悉）: 据 with no source after it, no name 据了解 (reprint.go)
	}
	// （信越放送）, （ＳＢＣ信越放送）, （ＮＨＫ）: a Japanese broadcaster or
	// paper, the org (jabroadcastcredit.go).
	if in := trimSpace(inner); jaBroadcasterName(in) {
		return credit{org: in}, true
	}
	// （中時新聞網）, （毎日新聞）, （中央社）: the paper, site or agency
	// the story is from, a credit naming an organisation, not a person.
	if in := trimSpace(inner); looksOrg(in) && isOrg(in) && atMost(in, 12) && utf8.RuneCountInString(in) >= 3 && !isPhotoSource(in) {
		return credit{org: in}, true
	}
	// （ＡＰ＝共同）, （ＡＦＰ＝時事）: the agency that took a photo and the
	// one that sent it (jaWireCredit). Alone under a story it is the
	// story's trailer, the sender its org, as （ロイター＝共同） and
	// （北京＝共同） are read below.
	if k := strings.LastIndex(inner, "＝"); k > 0 && slices.Contains(captionAgencies, trimSpace(inner[:k])) && isAgency(trimSpace(inner[k+len("＝"):])) {
		return credit{org: trimSpace(inner[k+len("＝"):])}, true
	}
	// （米子＝山本花子）: where the report was filed and who filed it, the
	// Japanese correspondent's trailer (the dateline 【北京＝田中一郎】 put
	// at the end). The place stays in the text: only a dateline has one.
	if k := strings.Index(inner, "＝"); k > 0 && isPlaceWord(inner[:k]) {
		name := strings.ReplaceAll(trimSpace(inner[k+len("＝"):]), "　", "")
		if isAgency(name) {
			return credit{org: name}, true // （北京＝共同）
		}
		if isName(name) || isJapaneseName(name) && !isPhotoSource(name) {
			// （ソウル共同＝佐々木健）: the agency's correspondent.
			return credit{org: placeAgency(inner[:k]), names: []string{name}}, true
		}
		return credit{}, false
	}
	if c, ok := jaPostCredit(inner); ok {
		return c, true // （経済部長　高橋和也） (japostsign.go)
	}
	if c, ok := deskNameCredit(inner); ok {
		return c, true // （東京報道部・比嘉大輔）
	}
	if c, ok := workLabelCredit(inner); ok {
		return c, true // （文・写真　中村花子） (jacredit.go)
	}
	if c, ok := jaBureauTrailer(inner); ok {
		return c, true // （名古屋・山田一郎） (jabureausign.go)
	}
	if c, ok := jaJointTrailer(inner); ok {
		return c, true // （木村花子、宮本健） (jajointtrailer.go)
	}
	if c, ok := deskSignature(inner); ok {
		return c, true // （歩） under a desk's column (jajointtrailer.go)
	}
	var buf [4]string
	toks := appendFields(buf[:0], inner, 3, isSpace)
	if len(toks) == 0 || len(toks) > 3 {
		return credit{}, false
	}
	var c credit
	if len(toks) >= 2 && isDesk(toks[0]) {
		c.org = toks[0]
		toks = toks[1:]
	}
	if len(toks) == 1 && isDesk(toks[0]) {
		return credit{org: toks[0]}, true // （広島支局）
	}
	name := toks[0]
	if len(toks) == 2 && twoNamePair(toks[0], toks[1]) && plainName(toks[0]) && plainName(toks[1]) {
		// 王芳　李强: two reporters, as after a wire dateline
		// (namesOnlyCredit), not one name parted once.
		return credit{org: c.org, names: []string{toks[0], toks[1]}}, true
	}
	if len(toks) > 1 {
		// Only a padded name is split: 姚　静, 欧阳　文华.
		name = strings.Join(toks, "")
		if len(toks) != 2 || !atMost(name, 4) {
			return credit{}, false
		}
	}
	if !isName(name) && !(isJapaneseName(name) && strings.IndexFunc(name, func(r rune) bool { return isKana(r) || r == '々' }) >= 0) {
		return credit{}, false
	}
	if _, _, ok := parseDateline(name); ok || findRoleIndex(name) >= 0 || hasAnyRune(name, "讯訊电電摄攝") {
		return credit{}, false
	}
	if inNotNames(name) || isPhotoSource(name) {
		return credit{}, false
	}
	c.names = []string{name}
	return c, true
}

// findRoleIndex is the offset of the first role word in t, or -1.
func findRoleIndex(t string) int {
	k, _ := findRole(t)
	return k
}

// isDesk reports a newspaper desk: 社会部, 経済部, 政治部, 北京支局 …
func isDesk(t string) bool {
	if !atMost(t, 8) || !isOrg(t) {
		return false
	}
	for _, suf := range []string{"部", "局", "課", "室", "班", "支社", "総局", "支局"} {
		if strings.HasSuffix(t, suf) {
			return true
		}
	}
	return false
}

// isJapaneseName reports a Japanese full name of 2 to 6 kanji (and kana):
// 山田太郎, 佐々木真一. A phrase joined by a particle, 解答は来週, 答えは次号,
// is none (jaParticleJoint).
func isJapaneseName(s string) bool {
	n := 0
	kana := false
	for _, r := range s {
		if !isHan(r) && r != '々' && !isKana(r) {
			return false
		}
		kana = kana || isKana(r)
		n++
	}
	return n >= 2 && n <= 6 && !(kana && jaParticleJoint(s))
}

// jaParticleJoint reports a particle joining two words of s, a phrase's
// mark no name holds: は, を or へ after a kanji or kana and right before a
// kanji (解答は来週, 答えは次号), or に, で, と or も between two kanji
// (解答と解説). A given name in kana keeps its kana together, or puts a
// kanji after two or more (はる香, くに子, とも子), so that no name is one.
func jaParticleJoint(s string) bool {
	var prev rune
	for i, r := range s {
		if prev != 0 && (r == 'は' || r == 'を' || r == 'へ' || r == 'に' || r == 'で' || r == 'と' || r == 'も') {
			next, _ := firstRune(s[i+utf8.RuneLen(r):])
			if isHan(next) && (isHan(prev) || (r == 'は' || r == 'を' || r == 'へ') && isKana(prev)) {
				return true
			}
		}
		prev = r
	}
	return false
}

// koreanRoles are Korean credit roles, written after the name.
var koreanRoles = []string{"기자", "특파원", "통신원", "논설위원"}

// koreanPart is one token of a Korean credit.
type koreanPart struct{ role, name string }

// koreanCredit parses a token of a Korean byline: a role (기자), a name of
// 2–4 Hangul syllables, or place=name.
func koreanCredit(t string) (koreanPart, bool) {
	for _, r := range koreanRoles {
		if t == r {
			return koreanPart{role: r}, true
		}
	}
	if k := strings.IndexByte(t, '='); k > 0 {
		t = t[k+1:]
	} else if k := strings.IndexByte(t, '/'); k > 0 && isHangulWord(t[:k]) {
		t = t[k+1:] // 스톡홀름/김지은: where it was filed, and who filed it
	}
	n := 0
	for _, r := range t {
		if r < 0xAC00 || r > 0xD7A3 {
			return koreanPart{}, false
		}
		n++
	}
	if n < 2 || n > 4 {
		return koreanPart{}, false
	}
	return koreanPart{name: t}, true
}

// koreanBureau reports a Korean credit led by the place its reporter
// files from, set before the name with a space where 부산=김민준 기자
// writes "=": 세종 이영준 기자 (서울신문's bureau form). The place is a
// word of two syllables, a city's name (세종, 부산, 대전); the name after
// it runs three or four, as nearly every Korean name does, and the role
// follows. Two names parted by a space (김철수 이영희 기자) are each of
// three syllables: a pair of reporters, not a place. A correspondent's
// foreign city (워싱턴 이경주 특파원) is known by name, whatever its length.
func koreanBureau(toks []string) bool {
	if len(toks) < 3 {
		return false
	}
	if !koreanForeignBureau(toks[0]) {
		if place, ok := koreanCredit(toks[0]); !ok || place.name != toks[0] || utf8.RuneCountInString(place.name) != 2 {
			return false
		}
	}
	kr, ok := koreanCredit(toks[1])
	if !ok || kr.name != toks[1] || utf8.RuneCountInString(kr.name) < 3 {
		return false
	}
	role, ok := koreanCredit(toks[2])
	return ok && role.role != ""
}

// koreanTitles are the words a Korean paper sets before 기자 or 특파원 to
// title its reporter, 선임기자, 사진기자, 대기자; a word ending in 전문 is
// one too (국제전문기자, 의학전문기자).
var koreanTitles = []string{"선임", "수석", "대", "사진", "영상", "객원", "인턴", "수습", "시민", "명예", "취재", "편집", "기획", "그래픽", "전문", "부장", "차장", "팀장"}

// koreanTitledRole returns the role of a credit's token that is a titled
// reporter's role, 선임기자, 국제전문기자, 수석특파원 (koreanTitles): a
// role, never a name run into 기자 (gluedKoreanReporter).
func koreanTitledRole(t string) (string, bool) {
	for _, role := range [...]string{"기자", "특파원"} {
		if title, ok := strings.CutSuffix(t, role); ok && title != "" {
			return t, slices.Contains(koreanTitles, title) || strings.HasSuffix(title, "전문") && isHangulWord(title) && atMost(title, 6)
		}
	}
	return "", false
}

// gluedKoreanReporter returns the name of a reporter's credit written
// with no space before its role, 이나래기자: a name of two to four
// syllables (koreanCredit's) and 기자.
func gluedKoreanReporter(t string) (string, bool) {
	name, ok := strings.CutSuffix(t, "기자")
	if !ok {
		return "", false
	}
	if _, titled := koreanTitledRole(t); titled {
		return "", false // 사진기자, 국제전문기자: a title, no name
	}
	kr, ok := koreanCredit(name)
	return name, ok && kr.name == name
}

// koreanLeadCredit recognises the credit a Korean wire dateline leads
// into, "홍길동 기자 = " (optionally with an e-mail address before the
// "="), and returns where it ends (after the "=") and what it says.
func koreanLeadCredit(s string) (int, credit, bool) {
	head := s
	if len(head) > 120 {
		head = head[:120] // the credit is short; never scan a long text
	}
	k := strings.IndexByte(head, '=')
	if k <= 0 || !atMost(s[:k], 40) {
		return 0, credit{}, false
	}
	var c credit
	for _, t := range strings.Fields(s[:k]) {
		if strings.Contains(t, "@") {
			continue
		}
		// 이정민·윤하은 기자 =: two reporters joined by a middle dot, as
		// in the trailer (koreanTrailer); 김철수ㆍ이영희, the Hangul dot
		// some papers set for it.
		for part := range splitKoreanPair(t) {
			if role, ok := koreanTitledRole(part); ok && len(c.names) > 0 {
				c.roles = append(c.roles, role) // 이재준 국제전문기자 =: after the names
				continue
			}
			kr, ok := koreanCredit(part)
			if !ok {
				// 이정민기자 =, 이정민·윤하은기자 =: the name run into
				// its role, as regional papers set it (gluedKoreanReporter).
				name, glued := gluedKoreanReporter(part)
				if !glued {
					return 0, credit{}, false
				}
				kr = koreanPart{name: name, role: "기자"}
			}
			if kr.role != "" {
				c.roles = append(c.roles, kr.role)
			}
			if kr.name != "" {
				c.names = append(c.names, kr.name)
			}
		}
	}
	if len(c.roles) == 0 || len(c.names) == 0 {
		return 0, credit{}, false
	}
	return k + 1, c, true
}

// koreanTrailer recognises a Korean byline trailer: 홍길동 기자
// hong@yna.co.kr, or a bare e-mail address (a byline with no names). A
// broadcaster's web copy signs its report off with the broadcaster
// before the reporter's name and the address in round brackets, YTN
// 박서준 (psj@ytn.co.kr): the outlet is the org (kooutlet.go), and its
// reporter needs no role.
func koreanTrailer(s string) (credit, bool) {
	if strings.IndexByte(s, '@') < 0 {
		return credit{}, false // no e-mail address: spare splitting the line
	}
	var c credit
	mail := false
	// /이나래기자 nr@kyeongin.com: a regional paper's trailer opens with a
	// slash, the name run into its role (gluedKoreanReporter).
	toks := strings.Fields(strings.TrimPrefix(s, "/"))
	if koreanBureau(toks) {
		toks = toks[1:] // 세종 이영준 기자 x@…: the place, no name
	}
	if len(toks) >= 3 && koreanOutlet(toks[0]) && koreanNames(toks[1]) {
		c.org, toks = toks[0], toks[1:] // YTN 박서준 (psj@ytn.co.kr)
	}
	for _, t := range toks {
		if isEmail(t) || strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && isEmail(t[1:len(t)-1]) {
			mail = true
			continue
		}
		// 춘천=이정훈기자 ljh@…: place, name and role run together
		// (koglued.go).
		if ns, role, ok := gluedPlacedReporter(t); ok {
			c.roles = append(c.roles, role)
			c.names = append(c.names, ns...)
			continue
		}
		// 황수연·이에스더 기자: names joined by a middle dot.
		for part := range strings.SplitSeq(t, "·") {
			if role, ok := koreanTitledRole(part); ok && len(c.names) > 0 {
				c.roles = append(c.roles, role) // 이재준 선임기자 x@…: after the names
				continue
			}
			kr, ok := koreanCredit(part)
			if name, glued := gluedKoreanReporter(part); !ok && glued {
				kr, ok = koreanPart{name: name, role: "기자"}, true
			}
			if !ok {
				return credit{}, false
			}
			if kr.role != "" {
				c.roles = append(c.roles, kr.role)
			}
			if kr.name != "" {
				c.names = append(c.names, kr.name)
			}
		}
	}
	return c, mail && (len(c.roles) > 0 || len(c.names) == 0 || c.org != "" && len(c.names) == 1)
}

// isEmail reports an e-mail address (a plain check: one @, a dot after it).
func isEmail(t string) bool {
	k := strings.IndexByte(t, '@')
	if k <= 0 || strings.Count(t, "@") != 1 || !strings.Contains(t[k:], ".") {
		return false
	}
	for i := 0; i < len(t); i++ {
		if c := t[i]; c >= 0x80 || c <= ' ' {
			return false
		}
	}
	return true
}

// isAgency reports a news agency credited in a bracket: 共同, 時事 …
func isAgency(s string) bool {
	return slices.Contains(japaneseAgencies, s)
}

func isReport(kw string) bool {
	return kw == "报道" || kw == "報導" || kw == "报导" || kw == "報道"
}

// nameFollows reports a name opening toks, whole or padded (周　岚): the
// role before it is that name's, and what the first token set before the
// role is the paper (南方周末记者　周　岚, 财新记者 李明), not a name written
// before its role (鈴木花子記者).
func nameFollows(toks []string) bool {
	if len(toks) == 0 {
		return false
	}
	if isName(toks[0]) {
		return true
	}
	return len(toks) > 1 && utf8.RuneCountInString(toks[0]) == 1 && utf8.RuneCountInString(toks[1]) == 1 && isName(toks[0]+toks[1])
}

// looksOrg reports an organisation's name: one ending in 社, 报, 台, 网 …
// or 本报 (a person's name never does).
func looksOrg(s string) bool {
	if s == "本报" || s == "本報" {
		return true
	}
	r, _ := decodeLast(s)
	return isOrgEnd(r) || strings.ContainsRune("部局刊媒视視体體团團闻聞", r)
}

// authorNotes open the note on a commentary's author that ends it:
// （作者为市委党校教授）, （作者係香港大學講師）, and a Hong Kong market
// column's disclosure, where the columnist speaks of himself as 筆者 (the
// writer): （筆者為證監會持牌人士，並未持有上述股份）, （筆者並無持有上述股份）.
// (Bare, 筆者 opens a sentence, 筆者認為…: only a bracket is a note.)
// A piece by two or more writers says who each is, 分别 (respectively):
// 作者分别是南洋理工大学能源研究所研究员和博士生.
var authorNotes = []string{"作者为", "作者系", "作者是", "作者為", "作者係", "作者單位", "作者单位",
	"作者分别是", "作者分别为", "作者分别系", "作者分別是", "作者分別為", "作者分別係",
	"筆者為", "筆者係", "筆者是", "笔者为", "笔者系", "笔者是", "筆者並無持有", "筆者並未持有", "笔者并无持有", "笔者并未持有", "笔者未持有", "筆者未持有"}

// writerWord reports the two runes every author note opens with.
func writerWord(s string) bool {
	return s == "作者" || s == "筆者" || s == "笔者"
}

// isAuthorNote reports the inside of an author's note.
func isAuthorNote(in string) bool {
	if len(in) < len("作者") || !writerWord(in[:len("作者")]) || !atMost(in, 40) || fullStops.in(in) {
		return false // (every note opens with 作者 or 筆者: asked first, of two runes' bytes)
	}
	for _, p := range authorNotes {
		if strings.HasPrefix(in, p) && len(in) > len(p) {
			return in[:len("作者")] == "作者" || writerDescribed(in, p)
		}
	}
	return false
}

// writerDescribed reports a 筆者 note (in, opening with p) that says who
// the writer is: 筆者為/係/是 then a description ending in a person's word
// (證監會持牌人士, 资深财经评论员) or the words of holding shares, as a
// column's disclosure does. 筆者為此…, 筆者為了…, 筆者是日亦有出席… are a
// bracketed aside among the column's paragraphs (為此 "for this", 是日
// "that day"): no note on the writer. 筆者並無持有… is one by its words.
func writerDescribed(in, p string) bool {
	if strings.Contains(in, "持有") || strings.Contains(in, "股份") || strings.Contains(in, "持股") {
		return true
	}
	first := in[len(p):]
	if r, _ := firstRune(first); strings.ContainsRune("此了何日次晚否免", r) {
		return false // (為此, 為了, 是日, 是次: a word of the sentence, never the writer's post)
	}
	if k := indexAnyRune(first, "，,；;"); k >= 0 {
		first = first[:k]
	}
	if strings.HasSuffix(first, "人士") {
		return true
	}
	r, _ := decodeLast(first)
	return strings.ContainsRune("员員师師家者人长長官授问問席编編裁监監", r)
}

// reportWords are the verbs that end a run-in credit: 記者 陳嘉欣報道：.
var reportWords = []string{"報道", "報導", "报道", "报导"}

// holdsReport reports a word holding a report verb (财经报道): a paper's
// name, never a person's.
func holdsReport(s string) bool {
	for _, w := range reportWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// reportedLeadCredit recognises the run-in credit Hong Kong and Taiwan
// papers put after the dateline, before the first sentence: 【大公報訊】
// 記者 陳嘉欣報道：政府…, 記者林怡君報導／… — one or more roles and
// names, the report verb, then a colon or slash. It returns where the
// credit ends (after the colon or slash) and what it says. The roles and
// names must parse strictly, so a sentence (記者昨日報道：…) is no credit.
func reportedLeadCredit(s string) (int, credit, bool) {
	head := s
	if len(head) > 40*3 {
		head = head[:40*3] // the credit is short; never scan a long text
	}
	if !strings.Contains(head, "報") && !strings.Contains(head, "报") {
		return 0, credit{}, false // (every report word opens with one)
	}
	k, kw := -1, ""
	for _, w := range reportWords {
		if i := strings.Index(head, w); i > 0 && (k < 0 || i < k) {
			k, kw = i, w
		}
	}
	if k < 0 {
		return 0, credit{}, false
	}
	end := k + len(kw)
	r, w := firstRune(s[end:])
	if r != '：' && r != ':' && !isSlash(r) {
		return 0, credit{}, false
	}
	end += w
	pre := trimSpace(s[:k])
	if ok, role := creditChars(pre); !ok || !role || hasAnyRune(pre, "：:/／∕") {
		return 0, credit{}, false
	}
	c, ok := parseCredit(pre, true)
	if !ok || len(c.names) == 0 {
		return 0, credit{}, false
	}
	for _, n := range c.names {
		if slices.Contains(timeWords, n) {
			return 0, credit{}, false // 記者昨日報道：
		}
	}
	return end, c, true
}

// timeWords are the words of time a role may run into in a sentence
// (記者昨日報道), where a name would stand in a credit.
var timeWords = []string{"昨日", "今日", "昨天", "今天", "前日", "日前", "近日", "當日", "当日", "當天", "当天", "昨晚", "今晨", "此前", "早前", "稍早"}

// slashedDeskName returns the name after a desk role's slash, 编辑/王冬妮
// and 校对/张彦君 (新京报's web trailer, 编辑/X　校对/Y), where the colon
// form (编辑：X) stands elsewhere, or after a writer's or photographer's
// (攝影／陳柏宇: slashrole.go); rest is returned as it was when the
// role is no such one (文/X is the one-character role's, 记者X／台北报导 a
// filed-from) or no name follows the slash. alone tells a credit of this
// token only (a photographer's alone is a photo's caption: slashNameRole).
func slashedDeskName(kw, rest string, alone bool) string {
	r, w := firstRune(rest)
	if !isSlash(r) || !slashNameRole(kw, alone) || !isName(rest[w:]) || isFiledFrom(rest) {
		return rest
	}
	return rest[w:]
}
