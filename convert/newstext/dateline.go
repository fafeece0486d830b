package newstext

import (
	"strings"
	"unicode/utf8"
)

// dateline is a parsed 电头. Forms that name the reporter (中央社記者X台北3日電,
// 〔記者X／台中報導〕) carry roles and names too.
type dateline struct {
	text, org, place, date string
	roles, names           []string
	// runIn marks a dateline that reads as one only run into the text
	// after it (paperTagDateline: 【信報】…, （澳廣視新聞）…): alone, its
	// bracket may read as a source's credit, which does not stop the
	// split, since the writer runs it into the paragraph again.
	runIn bool
}

// org suffixes that end a news organisation's name before a place.
func isOrgEnd(r rune) bool {
	return r == '社' || r == '报' || r == '報' || r == '台' || r == '网' || r == '網' || r == '刊'
}

// notAfterDian lists characters that make 电/讯 part of a word
// (电视, 电话, 讯息) rather than a dateline's end.
func notAfterTerm(r rune) bool {
	switch r {
	case '视', '话', '脑', '力', '子', '影', '台', '器', '网', '源', '梯', '商', '竞', '动', '站', '池', '路', '缆', '厂', '费', '报', '线', '邮', '讯', '波', '量', '机', '息', '号', '話', '視', '腦', '網':
		return true
	}
	return false
}

// parseDateline recognises a dateline opening s (本报讯, 新华社北京8月29日电,
// 三湘都市报8月29日讯, 【本报訊】) and returns it with the rest of s.
func parseDateline(s string) (dateline, string, bool) {
	return parseDatelineLang(s, "")
}

// parseDatelineLang is parseDateline for text of language lang, which
// decides the forms only one region uses (Japanese 【東京】).
func parseDatelineLang(s, lang string) (dateline, string, bool) {
	if inner, end, ok := leadingBracket(s); ok {
		in := trimSpace(inner)
		d, rest, ok := parseDatelineCore(in)
		if !ok || rest != "" {
			d, ok = bracketDateline(in, lang)
		}
		if !ok {
			d, ok = bareReportDateline(in) // 【專訊】 (barereport.go)
		}
		if !ok && strings.IndexByte(in, '=') > 0 {
			d, ok = koreanJointDateline(in, s[0] == '(' || strings.HasPrefix(s, "（")) // (워싱턴·베이징=연합뉴스), (도쿄 교도=연합뉴스) (kojointdateline.go)
		}
		if !ok && lenientBracket(s) {
			d, ok = correspondentDateline(in)
		}
		if !ok {
			d, ok = latinOrgDateline(in)
		}
		if !ok {
			d, ok = paperTagDateline(s, in, end, lang) // 【信報】… (paperdateline.go)
		}
		if !ok && lang == "ja" && end < len(s) && strings.HasPrefix(s, "【") {
			d, ok = jaRunOnTown(in, s[end:]) // 【小樽（おたる）】北海道の… (jachildsig.go)
		}
		if ok && !teamMark(s[:end]) && !recordMark(s[:end]) && !batteryLine(s) && !battingRow(s) && !subjectLeadIn(in, s[end:]) { // （港）, 【勝】, （上）小林―山口, （三）岡本　３　１　２: a box score's (boxscore.go, boxlines.go, jabatting.go); 【嘉南電訊】嘉南電訊…: a lead-in (subjectlead.go)
			d.text = s[:end]
			return d, trimSpace(s[end:]), true
		}
		return dateline{}, "", false
	}
	if d, rest, ok := reporterDateline(s); ok {
		return d, rest, true
	}
	if d, rest, ok := flashDateline(s); ok {
		return d, rest, true
	}
	if d, rest, ok := webCreditDateline(s); ok {
		return d, rest, true
	}
	if d, rest, ok := outletNamesDateline(s); ok {
		return d, rest, true // 民視新聞／陳怡安、周家豪 台北報導 (tvcredit.go)
	}
	return parseDatelineCore(s)
}

// flashDateline parses an agency's flash, 新华社快讯：…, whose dateline
// names the agency and no place or day.
func flashDateline(s string) (dateline, string, bool) {
	k := strings.Index(s[:min(len(s), 40)], "快")
	if k <= 0 {
		return dateline{}, "", false
	}
	org, rest := s[:k], s[k:]
	for _, t := range []string{"快讯：", "快訊：", "快讯:", "快訊:"} {
		if strings.HasPrefix(rest, t) && (isAgency(org) || looksOrg(org)) && atMost(org, 8) && isOrg(org) {
			end := k + len(t)
			return dateline{text: s[:end], org: org}, trimSpace(s[end:]), true
		}
	}
	return dateline{}, "", false
}

// latinOrgDateline parses the inside of a bracketed dateline whose news
// organisation is written partly in Latin letters, which the walk of
// parseDatelineCore stops at: on.cc東網專訊 (【on.cc東網專訊】), HK01訊. The
// organisation is at most 16 runes of Latin letters, digits, dots, hyphens
// and Han, with at least one Latin letter (names all in Han are the
// walk's).
func latinOrgDateline(in string) (dateline, bool) {
	var org string
	for _, t := range []string{"專訊", "专讯", "訊", "讯"} {
		if h, ok := strings.CutSuffix(in, t); ok {
			org = h
			break
		}
	}
	if org == "" || !atMost(org, 16) {
		return dateline{}, false
	}
	latin := false
	for _, r := range org {
		switch {
		case isHan(r):
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			latin = true
		case r >= '0' && r <= '9' || r == '.' || r == '-':
		default:
			return dateline{}, false
		}
	}
	if !latin {
		return dateline{}, false
	}
	return dateline{org: org}, true
}

func parseDatelineCore(s string) (dateline, string, bool) {
	if !mayEndDateline(s) {
		return dateline{}, "", false
	}
	return datelineWalk(s)
}

// datelineWalk is parseDatelineCore's walk over the first runes of s,
// for the text mayEndDateline admits.
func datelineWalk(s string) (dateline, string, bool) {
	runes := 0
	for i := 0; i < len(s) && runes < 32; {
		r, w := runeAt(s, i)
		isTerm := r == '讯' || r == '訊' || r == '电' || r == '電'
		head := s[:i]
		if isTerm && i > 0 {
			// 專電 (a dispatch from abroad), 專訊 (an exclusive).
			if h, ok := strings.CutSuffix(head, "專"); ok && h != "" {
				head = h
			} else if h, ok := strings.CutSuffix(head, "专"); ok && h != "" {
				head = h
			}
		}
		if r == '消' && i > 0 && strings.HasPrefix(s[i:], "消息") {
			// 本报消息; an organisation's 消息 only alone (in brackets:
			// 【大公報消息】), as 据新华社消息， is prose.
			if head == "本报" || head == "本報" || isOrgEnd(lastRune(head)) && atMost(head, 12) && i+len("消息") == len(s) {
				d := dateline{text: s[:i+len("消息")]}
				if head != "本报" && head != "本報" {
					d.org = head
				}
				return d, trimSpace(s[i+len("消息"):]), true
			}
			// 央广网北京12月6日消息（记者X）…: a site's or station's
			// dated dateline (newsdateline.go).
			if d, n, ok := datedNewsDateline(s, i); ok {
				return d, trimSpace(s[n:]), true
			}
			// 央视网消息：…, a site's or paper's report run in before its
			// first sentence: the colon makes it the lead, where prose
			// reports 据新华社消息， (据 ruled out).
			if n := runInNewsColon(s[i+len("消息"):]); n > 0 && compiledByOrg(head) && atMost(head, 12) && utf8.RuneCountInString(head) >= 2 && !reportedBy(head) {
				end := i + len("消息") + n
				return dateline{text: s[:end], org: head}, trimSpace(s[end:]), true
			}
		}
		if (r == '报' || r == '報') && i > 0 {
			if d, n, ok := reportedDateline(s, i); ok {
				return d, trimSpace(s[n:]), true // 参考消息网12月4日报道 (reported.go)
			}
		}
		if (r == '綜' || r == '综' || r == '外') && i > 0 {
			// （中央社東京3日綜合外電報導）: compiled from foreign wires.
			if t := wireReportTerm(s[i:]); t != "" {
				if d, ok := datelineHead(head, '電'); ok && d.date != "" {
					d.text = s[:i+len(t)]
					return d, trimSpace(s[i+len(t):]), true
				}
			}
		}
		if (r == '电' || r == '電') && (head == "本报" || head == "本報") {
			// 人民日报海外版's 本报电 names no place and no day: a dateline
			// as 本报讯 is, when a space parts it from the text (or it
			// stands alone), since 本报电视… and 本报电话 are words.
			rest := s[i+w:]
			if nr, _ := firstRune(rest); rest == "" || nr == '　' || nr == ' ' {
				return dateline{text: s[:i+w]}, trimSpace(rest), true
			}
		}
		if (r == '电' || r == '電') && i > 0 {
			// 新华社电　…, 据新华社电　…: an agency's wire with no place
			// or day (a reprint's), parted from the text by a space or
			// the reporter's bracket, as 新华社电视… is a word.
			if org, ok := wireAgencyOnly(head); ok {
				rest := s[i+w:]
				if nr, _ := firstRune(rest); rest == "" || nr == '　' || nr == ' ' || nr == '（' || nr == '(' {
					return dateline{text: s[:i+w], org: org}, trimSpace(rest), true
				}
			}
		}
		if isTerm && i > 0 {
			if d, ok := datelineHead(head, r); ok {
				rest := s[i+w:]
				if nr, _ := firstRune(rest); rest != "" && notAfterTerm(nr) {
					return dateline{}, "", false
				}
				d.text = s[:i+w]
				if (r == '讯' || r == '訊') && (strings.HasPrefix(rest, "，") || strings.HasPrefix(rest, ",")) {
					// 证券时报讯，12月4日…: the comma after the dateline
					// is the dateline's (as 央视网消息：'s colon), not the
					// paragraph's first character.
					_, cw := firstRune(rest)
					d.text, rest = s[:i+w+cw], rest[cw:]
				}
				return d, trimSpace(rest), true
			}
		}
		if !(isHan(r) || r >= '0' && r <= '9' || r >= '０' && r <= '９' || r == '、' && runes > 4 || channelRune(r) && runes >= 2) {
			return dateline{}, "", false
		}
		i += w
		runes++
	}
	return dateline{}, "", false
}

// mayEndDateline reports whether parseDatelineCore's walk over s meets
// a rune that may end a dateline (电 讯 of 电/讯, 消 of 消息, 綜 综 外 of
// a wire report) before a rune that stops it: the walk can succeed only
// there. Most text does not, and is passed over asking two questions of
// each rune instead of the walk's six (TestMayEndDateline).
func mayEndDateline(s string) bool {
	runes := 0
	for i := 0; i < len(s) && runes < 32; {
		r, w := runeAt(s, i)
		switch r {
		case '讯', '訊', '电', '電', '消', '綜', '综', '外', '报', '報':
			return true
		}
		if !(isHan(r) || r >= '0' && r <= '9' || r >= '０' && r <= '９' || r == '、' && runes > 4 || channelRune(r) && runes >= 2) {
			return false
		}
		i += w
		runes++
	}
	return false
}

// datelineHead validates what precedes the 电/讯 of a dateline: an
// organisation, a place and a date (月…日), or a paper's name before 讯.
func datelineHead(h string, term rune) (dateline, bool) {
	var d dateline
	if hasChannelRune(h) && !latinAppOnly(h) {
		// Only a paper's channel before 讯 holds a letter or a dot (and a
		// news app's APP, any dateline: latinAppOnly).
		if (term == '讯' || term == '訊') && orgChannel(h) {
			d.org = h
			return d, true
		}
		return d, false
	}
	if j := trailingDate(h); j >= 0 {
		d.date = h[j:]
		pre := h[:j]
		if pre == "" {
			return d, false // a bare "8月29日电" is too often 8月29日电视…
		}
		d.org, d.place = orgPlace(pre)
		if strings.HasPrefix(d.place, "記者") || strings.HasPrefix(d.place, "记者") {
			// 中央社記者王小明台北3日電: the reporter between org and place.
			d.roles = []string{d.place[:len("記者")]}
			d.names, d.place = namesPlace(d.place[len("記者"):])
			if d.place == "" || len(d.names) == 0 {
				return d, false
			}
		}
		return d, true
	}
	if term == '讯' || term == '訊' {
		if r, _ := decodeLast(h); (isOrgEnd(r) || paperShortName(h)) && utf8.RuneCountInString(h) <= 12 && utf8.RuneCountInString(h) >= 2 {
			if h != "本报" && h != "本報" {
				d.org = h
			}
			return d, true
		}
	}
	return d, false
}

// runInNewsColon returns the length of the colon opening s (：, :), 0
// when s opens with none.
func runInNewsColon(s string) int {
	switch {
	case strings.HasPrefix(s, "："):
		return len("：")
	case strings.HasPrefix(s, ":"):
		return 1
	}
	return 0
}

// reportedBy reports a head that cites its source in prose, 据新华社,
// 另据人民网: the words after it are the sentence's, not a dateline.
func reportedBy(head string) bool {
	return strings.HasPrefix(head, "据") || strings.HasPrefix(head, "據") || strings.HasPrefix(head, "另据") || strings.HasPrefix(head, "另據")
}

// compiledByOrg reports a news organisation's name where a place could
// stand too: before a bracketed 综合讯 or 讯 it names who compiled the
// report, not where (联合早报, 中新社, 人民网; 南都) rather than a place
// (新山), and before a run-in 消息： the site or paper whose report it is
// (央视网消息：). It is a paper's, agency's or site's name, ending as one
// does, or a paper's short name (paperShortName). 台 and 刊 are left
// out, as places end in them too (烟台, 邢台), and words do (平台).
func compiledByOrg(p string) bool {
	switch lastRune(p) {
	case '报', '報', '社', '网', '網':
		return true
	}
	return paperShortName(p)
}

// channelRune reports the runes a paper's channel or app may name itself
// with after the paper's name, besides Han: Latin letters and a middle
// dot (证券时报e公司讯, 证券时报·e公司讯).
func channelRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '·'
}

// hasChannelRune reports a head holding a rune of channelRune.
func hasChannelRune(h string) bool {
	return strings.IndexFunc(h, channelRune) >= 0
}

// orgChannel reports the name before 讯 of a paper's news channel or app
// under the paper's name: the paper (two to ten runes ending as an
// organisation does), an optional middle dot, then the channel of one to
// five letters or Han with a Latin letter among them (证券时报e公司,
// 证券时报·e公司). A channel of Han alone is a word the walk cannot tell
// from the text's (报社区讯).
func orgChannel(h string) bool {
	for i := 0; i < len(h); {
		r, w := runeAt(h, i)
		i += w
		if !isOrgEnd(r) || utf8.RuneCountInString(h[:i]) < 2 || utf8.RuneCountInString(h[:i]) > 10 {
			continue
		}
		ch := strings.TrimPrefix(h[i:], "·")
		if n := utf8.RuneCountInString(ch); n >= 1 && n <= 5 && hasChannelRune(ch) && !strings.ContainsRune(ch, '·') &&
			strings.IndexFunc(ch, func(c rune) bool { return !isHan(c) && !channelRune(c) }) < 0 {
			return true
		}
	}
	return false
}

// paperShortName reports the name before a paper's 讯 that ends in no
// organisation's word: a news app's (封面新闻讯, 极目新闻客户端讯,
// 极目新闻APP讯) or a paper's short name (南都讯, 北青讯).
func paperShortName(h string) bool {
	return hasAnySuffix(h, []string{"新闻", "新聞", "客户端", "客戶端", "APP", "App"}) || h == "南都" || h == "北青"
}

// trailingDate returns where the date ending h starts: digits and 日,
// optionally after digits and 月 and digits and 年 (3日, 12月1日,
// 2024年12月1日), or -1 when h ends in no such date.
func trailingDate(h string) int {
	if !strings.HasSuffix(h, "日") {
		return -1
	}
	j := len(h) - len("日")
	back := func() int { // consumes a run of digits, returns its length
		n := 0
		for j > 0 {
			r, w := decodeLast(h[:j])
			if !isDigitOrNumeral(r) {
				break
			}
			j -= w
			n++
		}
		return n
	}
	if back() == 0 {
		return -1
	}
	for _, unit := range []string{"月", "年"} {
		if !strings.HasSuffix(h[:j], unit) {
			break
		}
		save := j
		j -= len(unit)
		if back() == 0 {
			j = save
			break
		}
	}
	return j
}

func lastRune(s string) rune {
	r, _ := decodeLast(s)
	return r
}

// orgPlace splits the head of a dateline into the news organisation and
// the place: 新华社北京 → 新华社, 北京; 本报长沙 → "", 长沙 (本报, "this
// paper", is no name); 三湘都市报 → 三湘都市报, ""; 吉隆坡 → "", 吉隆坡.
func orgPlace(pre string) (org, place string) {
	for _, p := range []string{"本报", "本報"} {
		if strings.HasPrefix(pre, p) {
			return "", pre[len(p):]
		}
	}
	if rest, ok := reprintPrefix(pre); ok {
		pre = rest // 据新华社北京: a reprint's 据 is no part of the name (reprint.go)
	}
	if org, place, ok := appOrgPlace(pre); ok {
		return org, place // 中国青年报客户端北京 → 中国青年报客户端, 北京
	}
	if org, place, ok := shortAgencyPlace(pre); ok {
		return org, place // 路透柏林 → 路透, 柏林
	}
	// The organisation ends at its first 社/报/台/网 after at least two
	// characters: 中央社台北 → 台北, 三湘都市报 → "".
	for i, r := range pre {
		if i > 0 && isOrgEnd(r) && utf8.RuneCountInString(pre[:i]) >= 2 {
			k := i + utf8.RuneLen(r)
			return pre[:k], pre[k:]
		}
	}
	return "", pre
}

// shortAgencies are the wire agencies Chinese-language papers name
// without 社 in a dated dateline, （路透柏林6日電）, （彭博紐約5日電）:
// no org ending marks where the name stops.
var shortAgencies = []string{"路透", "彭博"}

// shortAgencyPlace splits a dated dateline's head that opens with one of
// shortAgencies into the agency and the place after it. The full name
// (路透社柏林) is left to orgPlace's 社, and a head that is the agency
// alone names no place, so neither is split here.
func shortAgencyPlace(pre string) (org, place string, ok bool) {
	for _, a := range shortAgencies {
		if p, found := strings.CutPrefix(pre, a); found && p != "" && !strings.HasPrefix(p, "社") {
			return a, p, true
		}
	}
	return "", "", false
}

// knownPlaces resolves where a reporter's name ends and the place begins
// in 記者王小明台北: the places of Taiwan's and the region's datelines.
var knownPlaces = []string{
	"台北", "臺北", "新北", "桃園", "台中", "臺中", "台南", "臺南", "高雄", "基隆", "新竹", "苗栗", "彰化", "南投",
	"雲林", "嘉義", "屏東", "宜蘭", "花蓮", "台東", "臺東", "澎湖", "金門", "馬祖", "連江",
	"東京", "大阪", "首爾", "香港", "澳門", "北京", "上海", "廣州", "深圳", "華盛頓", "紐約", "洛杉磯", "舊金山",
	"倫敦", "巴黎", "柏林", "布魯塞爾", "莫斯科", "新加坡", "吉隆坡", "曼谷", "河內", "雅加達", "馬尼拉", "雪梨", "日內瓦", "維也納", "羅馬",
}

// namesPlace splits 王小明台北 or 林昱均、蔡孟妤高雄 into the reporters'
// names and the place, by a known place at the end, else taking the
// last name as three characters (the commonest length).
func namesPlace(s string) ([]string, string) {
	parts := strings.Split(s, "、")
	last := parts[len(parts)-1]
	names := parts[:len(parts)-1]
	for _, n := range names {
		if !isName(n) {
			return nil, ""
		}
	}
	name, place := "", ""
	for _, p := range knownPlaces {
		if strings.HasSuffix(last, p) && isName(last[:len(last)-len(p)]) {
			name, place = last[:len(last)-len(p)], p
			break
		}
	}
	if name == "" {
		rs := []rune(last)
		if len(rs) < 4 {
			return nil, ""
		}
		name, place = string(rs[:3]), string(rs[3:])
	}
	return append(names, name), place
}

// reporterRoles open the Taiwanese paper form reporterDateline reads.
var reporterRoles = []string{"記者", "记者", "編譯", "编译"}

// reporterRoleFirst reports the first rune of one of reporterRoles.
func reporterRoleFirst(r rune) bool {
	return r == '記' || r == '记' || r == '編' || r == '编' || r == '駐' || r == '驻'
}

// reporterDateline recognises the Taiwanese paper form 記者王小明／台北報導,
// which names the reporter and the place (bracketed forms come through
// bracketDateline).
func reporterDateline(s string) (dateline, string, bool) {
	// Most texts, asked as each text unit is labelled, are turned down by
	// their first rune (TestReporterRolesLead keeps reporterRoles to it).
	if r, _ := firstRune(s); !reporterRoleFirst(r) {
		return dateline{}, "", false
	}
	role := ""
	for _, r := range reporterRoles {
		if strings.HasPrefix(s, r) {
			role = r
		}
	}
	if role == "" {
		role = postedRole(s) // 駐日特派員林翠儀／東京7日報導 (postedcorrespondent.go)
	}
	if role == "" {
		return dateline{}, "", false
	}
	if d, rest, ok := filedDateline(s, role); ok {
		return d, rest, true
	}
	return crewDateline(s) // 記者 X / 攝影 Y 台北報導 (crewdateline.go)
}

// filedDateline reads s, opening with role (or with no role, "", after
// a paper's name: 中時新聞網 林志成／台北報導), as the reporters' names, a
// slash and the place the report was filed from with 報導.
func filedDateline(s, role string) (dateline, string, bool) {
	// The slash stands within 24 runes: only those bytes are searched
	// (a paragraph opening with 記者 is not searched to its end).
	k := indexSlash(s[:min(len(s), 24*utf8.UTFMax+len("／"))])
	if k < 0 || !atMost(s[:k], 24) {
		return dateline{}, "", false
	}
	rest := s[k:]
	_, w := firstRune(rest)
	rest = rest[w:]
	for _, suf := range []string{"報導", "报道", "報道"} {
		j := strings.Index(rest, suf)
		if j <= 0 || !atMost(undatedPlace(rest[:j]), 6) || !isOrg(rest[:j]) {
			continue
		}
		d := dateline{text: s[:k+w+j+len(suf)], place: filedPlace(rest[:j])}
		if role != "" {
			d.roles = []string{role}
		}
		splitFiledDate(&d) // 東京7日報導: place 東京, date 7日
		if noFiledPlace(d.place) {
			// 綜合報導: compiled, from no one place; 連線報導: filed
			// jointly from several; 綜合外電報導: from foreign wires.
			d.place = ""
		}
		fields := nameFields(s[len(role):k])
		for i := 0; i < len(fields); i++ {
			n := fields[i]
			if ocrSplitName(fields, i) {
				// 記者陳怡 君／新竹報導: OCR split the name, as
				// parseCredit joins 谭晓 峰.
				n += fields[i+1]
				i++
			}
			if !isName(n) {
				return dateline{}, "", false
			}
			d.names = append(d.names, n)
		}
		if len(d.names) == 0 {
			return dateline{}, "", false
		}
		return d, trimSpace(rest[j+len(suf):]), true
	}
	return dateline{}, "", false
}

// japaneseAgencies end a Japanese dateline's bracket: 【ワシントン共同】.
var japaneseAgencies = []string{"共同", "時事", "ロイター", "AFP時事", "AFP", "AP", "聯合", "新華社"}

// bracketDateline recognises what only a bracket makes a dateline:
// Korean (서울=연합뉴스) and [서울=뉴시스], Japanese 【東京】 【ワシントン共同】
// 〔時事〕 【ソウル＝山田太郎】, Taiwanese 〔記者林家豪／台中報導〕, and
// Singapore and Malaysia's （吉隆坡22日讯） (through parseDatelineCore).
func bracketDateline(in, lang string) (dateline, bool) {
	if d, ok := jaDatedDateline(in, lang); ok {
		return d, true // 【ロサンゼルス５日（日本時間６日）＝佐藤健一】 (jadateddateline.go)
	}
	if !atMost(in, 24) || in == "" {
		return dateline{}, false
	}
	// Korean: place=agency.
	// (그래픽=이데일리), (사진=연합뉴스): a graphic's or photo's credit,
	// no place (kocaption.go).
	if k := strings.IndexByte(in, '='); k > 0 && isHangulWord(in[:k]) && isHangulWord(trimSpace(in[k+1:])) && !koreanMediaCredit(in) && !koreanTableLabel(in[:k]) {
		return dateline{place: trimSpace(in[:k]), org: trimSpace(in[k+1:])}, true
	}
	if koreanPaperTag(in) {
		return dateline{org: in}, true // [동아일보] (kosource.go)
	}
	if d, rest, ok := reporterDateline(in); ok && rest == "" {
		return d, true
	}
	// 【時報記者林佳蓉／台北報導】: the paper, then its reporter's line.
	for _, role := range []string{"記者", "记者"} {
		if k := strings.Index(in, role); k > 0 && isOrgEnd(lastRune(in[:k])) && isOrg(in[:k]) && atMost(in[:k], 8) {
			if d, rest, ok := reporterDateline(in[k:]); ok && rest == "" {
				d.org = in[:k]
				return d, true
			}
		}
	}
	// 〔體育中心／綜合報導〕, 〔即時新聞／綜合報導〕: a desk and its
	// report (deskdateline.go).
	if d, ok := deskDateline(in); ok {
		return d, true
	}
	// Japanese: place, place+agency, agency, place＝reporter. An agency
	// after ＝ is the org, not a reporter's name (【ロンドン＝共同】).
	if d, ok := placeAgencyDateline(in); ok {
		return d, true // 【北京=共同】 (jaweb.go)
	}
	if k := strings.Index(in, "＝"); k > 0 && isPlaceWord(in[:k]) {
		name := strings.ReplaceAll(trimSpace(in[k+len("＝"):]), "　", "")
		if isName(name) || isKatakanaWord(name) || correspondentFullName(name) {
			return dateline{place: in[:k], names: []string{name}}, true
		}
	}
	// Web copy writes the reporter's equals sign half-width too:
	// 【ニューヨーク=佐藤広樹】 (an agency after it is the org, above).
	if k := strings.IndexByte(in, '='); k > 0 && isPlaceWord(in[:k]) {
		name := strings.ReplaceAll(trimSpace(in[k+1:]), "　", "")
		if isName(name) || isKatakanaWord(name) || correspondentFullName(name) {
			return dateline{place: in[:k], names: []string{name}}, true
		}
	}
	for _, a := range japaneseAgencies {
		if p, ok := strings.CutSuffix(in, a); ok && isPlaceWord(p) {
			return dateline{place: p, org: a}, true
		}
	}
	if d, ok := placeReporterDateline(in); ok {
		return d, true // 【ジュネーブ田中健】 (jareporterdateline.go)
	}
	if d, ok := foreignReportDateline(in); ok {
		return d, true // 【韩国《中央日报》网站11月28日文章】 (reported.go)
	}
	// 【星島日報報道】: a paper's own report (Hong Kong), in brackets; a
	// site's or broadcaster's too, 【點新聞報道】, 【HK01報道】
	// (outletreport.go).
	for _, t := range reportWords {
		if h, ok := strings.CutSuffix(in, t); ok && (isOrgEnd(lastRune(h)) && isOrg(h) && utf8.RuneCountInString(h) >= 2 && atMost(h, 12) || lang != "ja" && lang != "ko" && outletReportName(h)) {
			if h == "本報" || h == "本报" {
				return dateline{}, true
			}
			return dateline{org: h}, true
		}
	}
	// （华盛顿综合电）: a report compiled from the wires at the place, as
	// 联合早报's international pages open theirs (the place's name, no
	// agency before 综合电).
	for _, t := range []string{"综合电", "綜合電"} {
		if p, ok := strings.CutSuffix(in, t); ok && utf8.RuneCountInString(p) >= 2 && atMost(p, 7) && isOrg(p) {
			if compiledByOrg(p) {
				return dateline{org: p}, true
			}
			return dateline{place: p}, true
		}
	}
	// （新加坡讯）: a place and 讯, in brackets.
	for _, t := range []string{"讯", "訊"} {
		if p, ok := strings.CutSuffix(in, t); ok && atMost(p, 7) && isOrg(p) && utf8.RuneCountInString(p) >= 2 {
			// （新山综合讯）: a report compiled at the place.
			if q, ok := strings.CutSuffix(p, "综合"); ok && utf8.RuneCountInString(q) >= 2 {
				p = q
			} else if q, ok := strings.CutSuffix(p, "綜合"); ok && utf8.RuneCountInString(q) >= 2 {
				p = q
			} else if !atMost(p, 5) {
				continue
			}
			if compiledByOrg(p) {
				return dateline{org: p}, true // （联合早报综合讯）: the paper's own compiled report
			}
			return dateline{place: p}, true
		}
	}
	if lang == "ja" && isPlaceWord(in) && atMost(in, 8) && !jaContentLabel(in) && !marketLabel(in) && !jaJointNamed(in) && !jaBureauSigned(in) && !jaCompanyName(in) {
		return dateline{place: in}, true
	}
	// 【種子島（たねがしま）】: a children's paper's place with its reading
	// (jachildsig.go); the place is read without it.
	if lang == "ja" && strings.Contains(in, "（") {
		if p, ok := jaPlaceReading(in); ok {
			if d, ok := bracketDateline(p, lang); ok && jaReadPlace(d.place) {
				return d, true
			}
		}
	}
	return dateline{}, false
}

// japaneseLabels are the labels a Japanese paper sets in brackets over a
// part of a story or a kind of article (【解説】, 【評論】), which are not
// places: 【東京】 is a dateline, 【解説】 a head.
var japaneseLabels = []string{"注", "注記", "解説", "視点", "評論", "論評", "主張", "社説", "論説", "焦点", "談話", "要旨", "全文", "一問一答", "用語", "用語解説", "メモ", "ことば", "ズーム", "深層", "分析", "背景", "識者", "寸評", "時評", "短評", "速報", "号外"}

// isPlaceWord reports a place name in a Japanese dateline: kanji or
// katakana only.
func isPlaceWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isHan(r) && !(r >= 0x30A1 && r <= 0x30FA) && r != 'ー' && r != '・' {
			return false
		}
	}
	return atMost(s, 10)
}

func isKatakanaWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 0x30A1 && r <= 0x30FA) && r != 'ー' && r != '・' {
			return false
		}
	}
	return true
}

// isHangulWord reports a word of Hangul syllables (a place or an agency:
// 서울, 연합뉴스, 뉴시스, 뉴스1).
func isHangulWord(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r >= 0xAC00 && r <= 0xD7A3:
			n++
		case r >= '0' && r <= '9' && n > 0:
		default:
			return false
		}
	}
	return n >= 1 && n <= 8
}

func isDigitOrNumeral(r rune) bool {
	switch {
	case r >= '0' && r <= '9', r >= '０' && r <= '９':
		return true
	case r < 0x3007: // below 〇, the first of the numerals
		return false
	}
	switch r {
	case '〇', '零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '两':
		return true
	}
	return false
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isDigitOrNumeral(r) {
			return false
		}
	}
	return true
}

// wireReports end a dateline compiled from foreign wires, in place of 電.
var wireReports = []string{"綜合外電報導", "综合外电报道", "外電報導", "外电报道"}

// wireReportTerm returns the wire-report ending s opens with, or "".
// parseDatelineCore asks only where one of their first runes (綜 综 外)
// stands: keep those in step with wireReports (TestWireReportsFirstRunes).
func wireReportTerm(s string) string {
	for _, t := range wireReports {
		if strings.HasPrefix(s, t) {
			return t
		}
	}
	return ""
}
