package newstext

import "strings"

// A news site's copy carries the time the story was posted (and last
// updated) on a line of its own under the headline: 2024/12/03 10:25
// (自由時報), 입력 : 2024.12.03 10:25 수정 : 2024.12.03 11:40 (경향),
// 등록 2024-12-03 09:00 수정 2024-12-03 10:12 (한겨레), 작성 2026.12.05 20:14
// 수정 2026.12.05 21:30 (SBS), 입력 2024.12.03. 오전
// 10:25, 发布时间：2024-12-03 10:25. It is the site's furniture, not the
// story's: noise, kept in the tree, which neither ends the article (as a
// source line does) nor stands between the headline and its text.

// noiseStamp names a web time stamp (see isWebStamp).
const noiseStamp = "time stamp"

// stampWords name a web time stamp's times: posted, updated.
var stampWords = []string{
	// 작성 2026.12.05 20:14 수정 … (SBS), 작성일 / 수정일 with 일 or 일시
	// (the longer words before the ones they open with).
	"작성일시", "작성일", "수정일시", "수정일", "작성",
	"입력", "수정", "등록", "승인", "기사입력", "기사승인", "최종수정", "최종", "업데이트", "송고시간", "송고", "발행", "게재",
	"发布时间", "發布時間", "發佈時間", "更新时间", "更新時間", "发布于", "發布於", "时间", "時間",
	// 發佈日期：2026-12-07 18:32　最後更新日期：2026-12-07 21:05 (香港01's
	// article page): the same times under the word for date.
	"最後更新日期", "最后更新日期", "發佈日期", "發布日期", "发布日期", "更新日期",
	"最後更新時間", "最后更新时间", "最終更新時間", "最後更新", "最后更新", "最終更新", // 最後更新時間：2026/12/05 16:05 (TVBS)
	"出版时间", "出版時間", // 出版：2026-09-15 16:48　更新：… (香港01)
	"刊登时间", "刊登時間", "修订时间", "修訂時間", // 刊登：2026-12-06 14:32　修訂：… (Hong Kong sites)
	"最後修訂", "最后修订", "刊登", "修订", "修訂",
	"发布", "發布", "發佈", "更新", "出版", // (after the longer words they open)
}

// webStampFirst reports the runes a web time stamp may open with: a
// digit or the first rune of one of stampWords (gate asks it, so that
// noiseKindSum sees the stamps opening with a word).
func webStampFirst(r rune) bool {
	switch r {
	case '입', '작', '수', '등', '승', '기', '최', '업', '송', '발', '게', '发', '發', '更', '时', '時', '最', '出', '刊', '修':
		return true
	}
	return r >= '0' && r <= '9'
}

// isWebStamp reports a line that is a web page's time stamps and nothing
// else: one or more numeric dates each with a time (2024/12/03 10:25,
// 2024-12-03 10:25:31, 2024.12.03. 오전 10:25, 25.12.05 18:20 with a
// two-digit year, shortyearstamp.go; a twelve-hour clock's time,
// 8:30PM, 8:30 PM, 晚上8:30, 下午3时, clock12.go), each after the word that
// says which time it is (입력, 수정, 发布时间 …), with or without a colon
// or a bar between, and with the time zone named once (2026-12-06 HKT
// 14:32, stampzone.go). A bare date and time is a stamp too; a date alone
// is not (an edition's date, which noiseKind names).
func isWebStamp(s string) bool {
	if len(s) < len("2024/1/3 1:00") || len(s) > 160 {
		return false
	}
	if ok, _ := stampOpening(s); !ok {
		return false
	}
	if strings.IndexByte(s, ':') < 0 && !hasAnyRune(s, "时時点點") {
		return false // every stamp has a time (下午3时: a twelve-hour clock's hour, clock12.go)
	}
	if head, ok := ipPlaceCut(s); ok && head != "" {
		s = head // 2026-12-05 18:20 发布于：江苏: the poster's IP location after the time (ipplace.go)
	}
	dates, times, zoned := 0, 0, false
	clock := "" // the last time read, whose hour a meridiem after it asks
	prev := ' ' // what the token before was: w(ord), d(ate), y (a two-digit year's date), a(m/pm), t(ime), c(olon)
	for rest := s; rest != ""; {
		// The next token, up to a space or a bar (no slice of tokens:
		// the reader asks this of lines opening with a digit).
		var t string
		before := rest
		t, rest = nextStampToken(rest)
		if t == "" {
			continue
		}
		if prev == 'y' && !isClock(t) && !twelveHourClock(t) {
			return false // a two-digit-year date with no time right after it (shortyearstamp.go)
		}
		if prev == 'd' && stampWeekday(t, before[len(t):len(before)-len(rest)]) {
			continue // 2026年12月05日(六) 16:42: the date's weekday (on.cc)
		}
		// 입력:2026.12.06 14:20 / 수정:2026.12.06 15:02 (국민일보): a
		// slash between one time and the word of the next parts the
		// stamps as a bar does (a bar, | or the Hangul letter ㅣ set for
		// one, is a token's separator already); the word must follow.
		if (prev == 't' || prev == 'm') && (t[0] == '/' || strings.HasPrefix(t, "／")) {
			if t = strings.TrimLeft(t, "/／"); t == "" {
				prev = 's'
				continue
			}
			prev = 's'
		}
		word := ""
		for _, w := range stampWords {
			if strings.HasPrefix(t, w) {
				word = w
				break
			}
		}
		if prev == 's' && word == "" {
			return false // 14:20 / 2026: no word after the slash
		}
		if word != "" {
			// 입력, 입력:, 입력 : and 发布时间：2024-12-03 (run on); a
			// slash run on parts the word from its date as a colon
			// does, 发布/2026年12月5日 05:00 (联合早报), as the spaced
			// 发布 / … below.
			t = strings.TrimLeft(t[len(word):], ":：/／")
			if t == "" && prev == 't' && rest == "" && word == "송고" {
				break // 2024/12/03 10:25 송고: the word after the time
			}
			prev = 'w'
			if t == "" {
				continue
			}
		}
		switch {
		case t == ":" || t == "：" || t == "/" || t == "／":
			// 发布：, 发布 / 2026年12月3日 21:45 (8视界)
			if prev != 'w' {
				return false
			}
			prev = 'c'
		case prev != 'd' && prev != 'y' && len(t) == 5 && t[4] == '.':
			// 2026. 12. 7. 06:31: a date spaced after its dots, as
			// Korean portals print it (spaceddate.go).
			after, ok := spacedDotDate(t, rest)
			if !ok {
				return false
			}
			rest = after
			dates++
			prev = 'd'
		case isNumericDate(strings.TrimSuffix(t, ".")) || isDigitsHanDate(t):
			dates++
			prev = 'd'
		case shortYearDate(t):
			dates++
			prev = 'y' // 25.12.05 18:20 (shortyearstamp.go)
		case t == "오전" || t == "오후":
			if prev != 'd' {
				return false
			}
			prev = 'a'
		case prev == 't' && rest == "" && dates == 1 && times == 1 && sectionWord(t):
			// 2026-09-17 16:52 財經: the site's section after the
			// story's one date and time (公視新聞網).
			return true
		case meridiem(t):
			// 8:30 PM: the half of the day after a twelve-hour clock's
			// time (clock12.go).
			if prev != 't' || clockHour(clock) < 1 || clockHour(clock) > 12 || !isClock(clock) {
				return false
			}
			prev = 'm'
		case dayPart(t):
			// 晚上 8:30: the part of the day spaced before its time.
			if prev != 'd' {
				return false
			}
			prev = 'p'
		case !zoned && stampZone(t) && (prev == ' ' || prev == 'd' || prev == 't' || prev == 'm'):
			// HKT 2026-12-06 14:32, 2026-12-06 HKT 14:32, 14:32 HKT:
			// the stamp's time zone, once, before the date, between it
			// and its time or after the time (stampzone.go). What
			// comes next is asked as if the zone were not there.
			zoned = true
		case prev == 'p' && dayPartTime(t):
			times++
			prev, clock = 't', ""
		case prev != 'd' && prev != 'y' && prev != 't' && hanDateClock(t):
			// 2026年12月06日22:40: a site that runs its time on to
			// its date, no space between.
			dates++
			times++
			prev, clock = 't', t[strings.Index(t, "日")+len("日"):]
		case isClock(t) || twelveHourClock(t):
			// A time after its word with no date of its own is on the
			// date before it: （最終更新 19:02）. A twelve-hour clock's,
			// 8:30PM or 下午3时, is a time too (clock12.go).
			if prev != 'd' && prev != 'y' && prev != 'a' && (prev != 'w' || dates == 0) {
				return false
			}
			times++
			prev, clock = 't', t
		default:
			return false
		}
	}
	return dates > 0 && times > 0 && (prev == 't' || prev == 'm')
}

// stampWeekday reports token t, right after a stamp's date and ended by
// separator sep, as the date's weekday: 星期六 or 土曜 (bracketed or not), or a
// lone weekday character closed by its bracket, (六), （六）, (土), as a
// lone character outside brackets may be anything.
func stampWeekday(t, sep string) bool {
	if isWeekday(t) || jaWeekdayWord(t) {
		return true // 星期六, 土曜 (jaclock12.go)
	}
	if sep != ")" && sep != "）" || !atMost(t, 1) {
		return false
	}
	r, _ := firstRune(t)
	return strings.ContainsRune("一二三四五六日天月火水木金土", r)
}

// sectionWord reports a news site's section name as its stamp line
// ends with one: two to four Han characters (財經, 國際, 地方新聞).
func sectionWord(t string) bool {
	n := 0
	for _, r := range t {
		if !isHan(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}

// nextStampToken splits s at its first separator of a stamp's tokens (a
// space, a bar — |, ｜ or the Hangul letter ㅣ Korean sites set for one,
// 입력 2026.12.06 14:20 ㅣ 수정 … — or a middle dot): the token before it
// and the rest after.
// Round brackets part tokens too: a time in brackets after its date,
// 입력 2026.03.05 (21:24) (KBS), or the update's time after the word that
// says so, 2026年3月5日 18:30　（最終更新 19:02）.
// A Hangul word run on to a digit starts a token of its own: a stamp
// copied off a web page with no space between its times, 등록
// 2026.12.03 08:00:00수정 2026.12.03 09:12:45 (뉴시스), is the same stamp.
// So does a slash run on to a time's digit with no digit after it,
// 입력 2026.12.06 17:20/수정 … (the slash kept, which isWebStamp reads as
// the bar between two stamps); a date's slash, 2026/12/06, has a digit
// on both sides.
func nextStampToken(s string) (string, string) {
	for i := 0; i < len(s); {
		r, w := firstRune(s[i:])
		if isSpace(r) || r == '|' || r == '｜' || r == 'ㅣ' || r == '·' || r == '(' || r == ')' || r == '（' || r == '）' {
			return s[:i], s[i+w:]
		}
		if (r == '/' || r == '／') && i > 0 && s[i-1] >= '0' && s[i-1] <= '9' && (i+w == len(s) || s[i+w] < '0' || s[i+w] > '9') {
			return s[:i], s[i:]
		}
		if w == 3 && i > 0 && s[i-1] >= '0' && s[i-1] <= '9' && isHangul(r) {
			return s[:i], s[i:]
		}
		i += w
	}
	return s, ""
}

// isClock reports a time of day in digits: 10:25, 9:05, 10:25:31.
func isClock(t string) bool {
	if len(t) < 4 || len(t) > 8 || strings.Trim(t, "0123456789:") != "" {
		return false
	}
	parts := strings.Split(t, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for i, p := range parts {
		if p == "" || len(p) > 2 || i > 0 && len(p) != 2 {
			return false
		}
	}
	return true
}

// stampLine reports a line that is a web time stamp (with its update's
// time in brackets, updatedStamp; or with a Japanese paper's length and
// paywall label after it, a web edition line), a source line opening with one
// (2024-12-03 10:25:31　来源：光明网), 聯合報's credit line
// or a byline with a stamp run on: splitBlock parts it from the headline
// above it and the text under it, which no blank line may part on a web
// page's copy.
func stampLine(s string) bool { return stampLineSum(s, nil) }

// stampLineSum is stampLine with s's summary, when the caller has one:
// the stamp forms whose cue runes it lacks are not asked (splitBlock asks
// of every line, and four searches for their cues were most of its cost).
func stampLineSum(s string, sm *textSum) bool {
	timed := mayTimedStamp(sm)
	if timed {
		if head, _, ok := stampTail(s); ok && kindOf(head) == uByline {
			return true // 박지훈 기자 입력 2024.11.20 14:05
		}
	}
	if timed && sourcedStamp(s) || mayClientStamp(sm) && clientStamp(s) || mayCountedStamp(sm) && countedStamp(s) || timed && accountStamp(s) || fullwidthStamp(s) {
		return true // (2026-12-05 18:20 来自 微博网页版: clientstamp.go; …　浏览次数：1268, stampcounter.go; 2026-12-06 10:21·江州日报, accountstamp.go; ２０２６年１２月６日　２２：４０, fullwidthstamp.go)
	}
	if _, _, ok := jaNamedStamp(s); ok {
		return true // 佐藤遥2026年12月5日 17時30分 (janamestamp.go)
	}
	ok, digit := stampOpening(s)
	if !ok {
		return false
	}
	if digit {
		// 聯合報's credit line after its time: a dateline alone.
		if _, rest, ok := webCreditDateline(s); ok && rest == "" {
			return true
		}
	}
	if strings.IndexByte(s, ':') < 0 && !strings.Contains(s, "：") && !hasAnyRune(s, "时時点點") {
		return false // (下午3时: a twelve-hour clock's hour, clock12.go)
	}
	if last, _ := decodeLast(s); digit && editionLineLast(last) && isJapaneseEditionLine(s) {
		return true // 2026/12/5 18:20（最終更新 12/5 19:02） 912文字, a web edition line without its paper (jaedition.go)
	}
	return isWebStamp(s) || digit && (isSourceLine(s) || updatedStamp(s)) // …（12/05 15:10 更新） (updatedstamp.go)
}

// sourcedStamp reports a web time stamp after the name of the site or app
// that posted the story (8视界新闻　发布 / 2026年12月3日 21:45, 澎湃新闻
// 发布时间：2024-12-03 10:25): the site's furniture as a whole, like the
// stamp alone. The name is short and holds no punctuation, and the stamp
// opens with the word that says which time it is.
func sourcedStamp(s string) bool {
	head, stamp, ok := stampTail(s)
	if ok && postHeader(head, stamp) {
		return true // 原创 青川县融媒体中心 青川发布 2026年12月05日 18:30 四川 (ipplace.go)
	}
	if !ok || !atMost(head, 12) || hasAnyRune(head, "，。、：:；;！？!?（）()【】《》“”") {
		return false
	}
	r, _ := firstRune(stamp)
	// A bare date and time after a news organisation's name is its
	// stamp too (中央社　2024/12/03 16:45); after other words it may be a
	// sentence's (比赛于 2025-06-09 08:30).
	// So is one with the poster's IP location after it, a self-media
	// platform's, after the account that posted (城东发布　2026-12-05
	// 18:20 发布于：江苏: ipplace.go).
	return r < '0' || r > '9' || isOrgEnd(lastRune(head)) || paperShortName(head) || ipStamp(stamp)
}

// stampOpening reports s opening as a web time stamp may (webStampFirst;
// a stamp opening with a digit opens with its date's year, as
// numericDateStart asks, or with a two-digit year's date and a space,
// shortYearStampStart, after the time zone if it names one first:
// stampzone.go), and whether it opens with a digit.
func stampOpening(s string) (ok, digit bool) {
	s, _ = zoneCut(s) // HKT 2026-12-06 14:32: the zone before the date (stampzone.go)
	r, _ := firstRune(s)
	if !webStampFirst(r) {
		return false, false
	}
	digit = r >= '0' && r <= '9'
	return !digit || numericDateStart(s) || shortYearStampStart(s), digit
}

// numericDateStart reports s opening as a stamp's date does: four digits
// and a separator (2024/, 2024-, 2024.) or 年, which spares looking
// further into the many lines that open with a figure.
func numericDateStart(s string) bool {
	if len(s) < 9 || s[4] != '/' && s[4] != '-' && s[4] != '.' && !strings.HasPrefix(s[4:], "年") {
		return false
	}
	return allDigits(s[:4])
}

// isDigitsHanDate reports a date in digits with 年月日: 2024年12月3日,
// 2024年12月03日.
func isDigitsHanDate(t string) bool {
	y, rest, ok := strings.Cut(t, "年")
	if !ok || len(y) != 4 || !allDigits(y) {
		return false
	}
	m, rest, ok := strings.Cut(rest, "月")
	if !ok || len(m) == 0 || len(m) > 2 || !allDigits(m) {
		return false
	}
	d, ok := strings.CutSuffix(rest, "日")
	return ok && len(d) > 0 && len(d) <= 2 && allDigits(d)
}

// hanDateClock reports a date with 年月日 run on to its time, no space
// between: 2026年12月06日22:40.
func hanDateClock(t string) bool {
	d, c, ok := strings.Cut(t, "日")
	return ok && isClock(c) && isDigitsHanDate(d+"日")
}

// allDigits reports a string of ASCII digits only.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// stampUnder reports a web time stamp (or a web edition line, which
// dates its story as one does) right under unit i: a stamp dates an
// article, so the line over it ends the article's title group (its
// headline, or the subheadline under that), never a section head.
func (sc *scorer) stampUnder(i int) bool {
	j := i + 1
	return j < len(sc.us) && sc.us[j].kind == uNoise && (sc.us[j].noise == noiseStamp || sc.us[j].noise == noiseEdition)
}

// titleAbove reports a title-like line right above unit i (noise aside):
// a line of the same title group, whose headline the stamp does not
// tell (the line under a headline is its subheadline).
func (sc *scorer) titleAbove(i int) bool {
	p := sc.prevContent(i)
	return p >= 0 && sc.us[p].kind == uText && sc.fs[p].title
}

// stampTail splits a line whose text ends in a web time stamp after a
// space (김서연 기자 입력 2024.12.03 10:25: the reporter and the stamp on one
// line, as some sites set them) into the text before it and the stamp.
// Only a line ending in a time's digit, or in the poster's IP location
// after it (ipplace.go), or in a twelve-hour clock's time (8:30PM,
// 下午3时: clock12.go), is searched.
func stampTail(s string) (head, stamp string, ok bool) {
	if n := len(s); n == 0 || !atMost(s, 80) || !clockMark(s) || (s[n-1] < '0' || s[n-1] > '9') && !ipStamp(s) && !placeAfterClock(s) && !endsInTwelveHourClock(s) || isWebStamp(s) {
		return "", "", false
	}
	for i := 0; i < len(s); {
		r, w := firstRune(s[i:])
		i += w
		if !isSpace(r) {
			continue
		}
		t := trimSpace(s[i:])
		if r2, _ := firstRune(t); webStampFirst(r2) && isWebStamp(t) {
			if h := trimSpace(s[:i]); h != "" {
				return h, t, true
			}
		}
	}
	return "", "", false
}

// clockMark reports a clock's mark in s, the cheap test stampTail asks
// first: a colon (18:30), or a digit right before 时/時/点/點 (下午3时,
// 晚上8點). One pass over the bytes: stampTail asks it of every short line.
func clockMark(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ':':
			return true
		case c >= '0' && c <= '9' && i+3 < len(s):
			if t := s[i+1 : i+4]; t == "时" || t == "時" || t == "点" || t == "點" {
				return true
			}
		}
	}
	return false
}
