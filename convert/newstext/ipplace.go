package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A mainland self-media platform (搜狐号, 网易号, 百家号, 头条号, 微博,
// 知乎) has stamped a post since 2022 with the province its poster's IP
// address lies in: after the post's time, 2026-12-05 18:20 发布于：江苏
// (搜狐号), 2026-12-05 18:20 发布于 北京,
// 2026-12-05 18:20·IP属地：广东, or on a line of its own, IP属地：广东,
// IP 属地广东 (知乎). The place is the site's furniture, as the time before
// it is: the stamp with it is a time stamp, and the line alone one too.
// Over the stamp such a platform sets the account that posted the story
// (城东发布, a district's government account; a media brand; a writer's
// pen name), which sourcedStamp already takes as the stamp's when it
// stands on the stamp's line: alone on the line above, it is the same
// furniture (markIPStampAccounts). So is it over a platform's stamp
// that names the account after the time (2026-12-06 10:21·江州日报社官方账号:
// accountstamp.go), or over a stamp with the platform's follow button
// (关注) beside it (followbutton.go): each says a platform set the line.

// ipPlaceWords open a post's IP-location tail: posted at (发布于, or
// 发表于 as a 公众号 article's header words it) or IP place (IP属地,
// IP 属地: ipPlaceCut reads the IP before 属地).
var ipPlaceWords = []string{"发布于", "發布於", "發佈於", "发表于", "發表於", "属地", "屬地"}

// ipPlaceCut splits s at an IP-location tail closing it (发布于：江苏,
// IP属地：广东): the text before the tail, its separators (spaces, a
// middle dot, a bar) trimmed, and whether s ends in one. The place is a
// region's name (regionName), after the word with a colon, a space or
// nothing between.
func ipPlaceCut(s string) (head string, ok bool) {
	if !mayHoldIPPlace(s) {
		return "", false
	}
	for _, w := range ipPlaceWords {
		k := strings.LastIndex(s, w)
		if k < 0 {
			continue
		}
		place := trimSpace(s[k+len(w):])
		if r, sz := firstRune(place); r == '：' || r == ':' {
			place = trimSpace(place[sz:])
		}
		if !regionName(place) {
			continue
		}
		head = trimSpace(s[:k])
		if w == "属地" || w == "屬地" {
			// 属地 alone is a word of prose (属地管理): only IP's.
			h, ok := strings.CutSuffix(head, "IP")
			if !ok {
				continue
			}
			head = trimSpace(h)
		}
		return strings.TrimRight(head, " 　·・•|｜"), true
	}
	return "", false
}

// mayHoldIPPlace reports whether s holds 于, 於 or 地, one of which every
// word of ipPlaceWords ends with: a line without them is not searched.
func mayHoldIPPlace(s string) bool {
	return strings.Contains(s, "于") || strings.Contains(s, "於") || strings.Contains(s, "地")
}

// regionName reports a region's name as an IP-location tail gives it: two
// to six Han characters (江苏, 内蒙古, 中国香港, 北京市) and nothing else.
func regionName(s string) bool {
	n := 0
	for _, r := range s {
		if !isHan(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

// ipPlaceLine reports a post's IP-location tail alone on its line
// (IP属地：广东, IP 属地广东, 发布于：江苏): a stamp's part, as the stamp
// it was copied from. 发布于 alone needs its colon (a word run on to a
// place, 发布于江苏, may be a clause cut off by a wrap).
func ipPlaceLine(s string) bool {
	if !atMost(s, 16) {
		return false
	}
	head, ok := ipPlaceCut(s)
	return ok && head == "" && (s[0] == 'I' || hasAnyRune(s, "：:"))
}

// ipStamp reports a time stamp (or a stamp's IP-location line) that
// carries the poster's IP location: a self-media platform's.
func ipStamp(s string) bool {
	_, ok := ipPlaceCut(s)
	return ok
}

// noiseAccount names the account over a self-media post's stamp as a
// noise kind (markIPStampAccounts).
const noiseAccount = "posting account"

// accountNameMax is the most runes an account's name over its post's
// stamp has (三联生活周刊, 新京报我们视频, Vista看天下).
const accountNameMax = 16

// titleLineMax is the most runes of the title line markIPStampAccounts
// wants over an account's name.
const titleLineMax = 40

// markIPStampAccounts makes noise of the name alone right over a stamp
// with an IP location (ipStamp) and under a title line (past any
// furniture): the self-media account that posted the story, 城东发布 over
// 2026-12-05 18:20 发布于：江苏, set apart from the stamp by a blank line
// or not, which the grammar took for a subheadline or the headline of a
// second article. So is the name over a stamp with its account after
// the time (头条号, 百家号: 江州日报 over 2026-12-06 10:21·江州日报社官方账号,
// accountStamp), or over a stamp with a follow button right under it or
// between the two (江州日报 / 关注 / 2026-12-06 10:21); over a bare stamp
// alone only a news organisation's name (mediaAccountName: 江州日报,
// 江州新闻): a bare stamp is a news site's too, and the short line over
// it may be its subheadline. Over a microblog's stamp, which names the client the
// post was sent from (2026-12-05 18:20 来自 微博网页版: clientstamp.go),
// the name may open the page too (nothing but furniture above it): a
// microblog's post has no title, and its account heads it, 平安江州 (it
// had been taken for the post's headline). The name holds no sentence
// or clause mark (a line that does is a subheadline or the text's),
// opens with no dateline and is not set as a paragraph (2em indent,
// escape). keepIPStampAccounts checks the title once the grammar has
// told it.
func (b *builder) markIPStampAccounts() {
	us := b.units
	for i := 0; i+1 < len(us); i++ {
		u := &us[i]
		if u.kind != uText || u.para || u.verbatim || !atMost(u.text, accountNameMax) {
			continue
		}
		k := i + 1
		for k < len(us) && isFollowNoise(&us[k]) {
			k++ // 江州日报 / 关注 / 2026-12-06 10:21: the button by the name (followbutton.go)
		}
		if k >= len(us) {
			continue
		}
		s := &us[k]
		if s.kind != uNoise || s.noise != noiseStamp {
			continue
		}
		client := clientStamp(s.text)
		followed := k > i+1 || k+1 < len(us) && isFollowNoise(&us[k+1])
		if !client && !ipStamp(s.text) && !accountStamp(s.text) && !followed && !mediaAccountName(u.text) {
			continue
		}
		if hasSentencePunct(u.text) || hasAnyRune(u.text, "，、,") || b.datelineOpens(u.text) {
			continue
		}
		j := i - 1
		for j >= 0 && us[j].kind == uNoise {
			j--
		}
		if j < 0 && !client {
			continue // (at the page's top over a bare IP stamp: a headline)
		}
		if j >= 0 {
			if p := &us[j]; !(p.kind == uHeadline || p.kind == uSubhead || p.kind == uText && atMost(p.text, titleLineMax) && isTitleLine(p.text) && !b.datelineOpens(p.text)) {
				continue
			}
		}
		u.kind, u.noise, u.summed = uNoise, noiseAccount, false
	}
}

// keepIPStampAccounts keeps an account's name (markIPStampAccounts) as
// noise only where the grammar took the line above it for the story's
// headline or subheadline, or over a microblog's stamp where nothing but
// furniture stands above it, and gives it back to the text, a paragraph,
// elsewhere: a title so told is written out marked (# …) or in its title
// group and reads back the same, where a line that only looked like a
// title may be a paragraph's, written joined to the text above it.
func (b *builder) keepIPStampAccounts(labels []label) {
	us := b.units
	for i := 0; i < len(us); i++ {
		u := &us[i]
		if u.kind != uNoise || u.noise != noiseAccount {
			continue
		}
		j := i - 1
		for j >= 0 && us[j].kind == uNoise {
			j--
		}
		if j < 0 && i+1 < len(us) && clientStamp(us[i+1].text) {
			continue // 平安江州 over 2026-12-05 18:20 来自 微博网页版
		}
		if j >= 0 {
			if p := &us[j]; p.kind == uHeadline || p.kind == uSubhead || p.kind == uText && (labels[j] == lHeadline || labels[j] == lSubhead) {
				continue
			}
		}
		u.kind, u.noise = uText, ""
		labels[i] = lBody
	}
}

// A 公众号 (WeChat official account) article copied out of the app or
// its web page keeps the header WeChat sets under the title: the 原创
// label when the account marks the article its own, the author (a
// person or the media centre that runs the account), the account's
// name, the date and time, and since 2022 the poster's province, bare
// or worded: 原创 青川县融媒体中心 青川发布 2026年12月05日 18:30 四川,
// 青川县融媒体中心 青川发布 2026年12月05日 18:30 发表于四川, 原创 作者：李婷
// 青川发布 2026-12-05 18:30. It is the platform's furniture, a time stamp
// with its account (as 城东发布　2026-12-05 18:20 发布于：江苏 is), not a
// subheadline. The author stays in the noise: unlabelled, the first of
// two names may be a reporter, an editor or the centre itself, and the
// story's own sign-off (编辑：X　审核：Y) credits it.

// postHeaderLabels open a 公众号 header: the account's own article.
var postHeaderLabels = []string{"原创", "原創"}

// postHeaderNameMax is the most runes of one name in a 公众号 header
// (青川县融媒体中心, a paper's new-media centre).
const postHeaderNameMax = 16

// postHeader reports head, the text before a web time stamp (stamp) on
// its line, as a 公众号 header's (see above): fields parted by spaces,
// the 原创 label first or not, then one to three names (作者：X or a
// bare name of 2 to 16 runes with no punctuation, not ending as a
// sentence's words before a time do: 于, 在, 至, 到, 从, 自). It must
// say it is a header: the label, a name worded as the author's, two
// names (author and account), or the poster's place on the stamp
// (a bare province after the time: 18:30 四川); one bare name before a
// bare stamp is left to sourcedStamp's other rules (开幕式 2026年12月05日
// 18:30 may be a programme's line).
func postHeader(head, stamp string) bool {
	if !atMost(head, 48) {
		return false
	}
	fields := strings.FieldsFunc(head, isSpace)
	label := len(fields) > 0 && slices.Contains(postHeaderLabels, fields[0])
	if label {
		fields = fields[1:]
	}
	if len(fields) == 0 || len(fields) > 3 {
		return false
	}
	author := false
	for _, f := range fields {
		if name, ok := cutAuthorLabel(f); ok {
			f, author = name, true
		}
		if n := utf8.RuneCountInString(f); n < 2 || n > postHeaderNameMax || hasSentencePunct(f) || hasAnyRune(f, "，、,（）()【】《》“”") {
			return false
		}
		if r, _ := decodeLast(f); strings.ContainsRune("于於在至到从從自", r) {
			return false
		}
	}
	return label || author || len(fields) >= 2 || ipStamp(stamp) || placeAfterClock(stamp)
}

// cutAuthorLabel cuts 作者： (or 作者: or 作者) off a header's field.
func cutAuthorLabel(f string) (string, bool) {
	rest, ok := strings.CutPrefix(f, "作者")
	if !ok {
		return f, false
	}
	if r, w := firstRune(rest); r == '：' || r == ':' {
		rest = rest[w:]
	}
	return rest, rest != ""
}

// placeAfterClock reports a stamp closed by a bare region's name after
// its time (2026年12月05日 18:30 四川): the poster's province as WeChat
// sets it, which isWebStamp reads as a site's section word.
func placeAfterClock(stamp string) bool {
	k := strings.LastIndexFunc(stamp, isSpace)
	if k < 0 {
		return false
	}
	_, w := utf8.DecodeRuneInString(stamp[k:])
	return regionName(stamp[k+w:]) && isClock(lastField(trimSpace(stamp[:k])))
}

// lastField returns s's last space-parted field.
func lastField(s string) string {
	if k := strings.LastIndexFunc(s, isSpace); k >= 0 {
		_, w := utf8.DecodeRuneInString(s[k:])
		return s[k+w:]
	}
	return s
}
