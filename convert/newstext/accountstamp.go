package newstext

import (
	"slices"
	"strings"
)

// A platform that carries news organisations' and writers' accounts
// (今日头条's 头条号, 百家号, 企鹅号 on 腾讯新闻, 一点号, 搜狐号) stamps a
// post with its time and, after it, the account that posted it: parted
// by a middle dot, 2026-12-06 10:21·江州日报社官方账号 (头条号: the account's
// verified description), 2026-12-06 10:21 · 江州日报, 3小时前·江州日报,
// with the poster's place between, 2026-12-06 10:21·江苏·江州日报; or
// parted by spaces when the account says it is one, 2026-12-06 10:21
// 江苏 江州日报社官方账号 (百家号). The account after the time is the
// platform's furniture, as the time is: the line is a time stamp. Read
// as none, it was glued to the follow button and the lead under it.
// Today's post carries its clock alone, 10:21·江州日报社官方账号, 09:05 ·
// 江州晚报: then the account must say it is one (accountWords) or name a
// news organisation (mediaNameEnds), as a programme's or a timetable's
// row (10:30·开幕式) does not.

// accountWords end an account's verified description (江州日报社官方账号,
// 优质科技领域创作者): with them, spaces alone may part it from the time.
var accountWords = []string{"账号", "帐号", "帳號", "賬號", "创作者", "創作者", "头条号", "頭條號", "百家号", "企鹅号", "一点号", "搜狐号"}

// accountSeps part a platform stamp's time from its account (and the
// account from the poster's place): a middle dot or a bar.
const accountSeps = "·・•|｜"

// accountPartMax is the most runes of one part after the time (上海报业
// 集团旗下澎湃新闻官方账号).
const accountPartMax = 24

// accountStamp reports a platform's stamp with the account after its
// time (see above): a web time stamp (isWebStamp, or the recent post's
// time a platform prints, microblogTime), then one of accountSeps and
// one to three short parts (the account, its description, the poster's
// place), or spaces and parts of which the last ends in one of
// accountWords; the poster's IP place may close the line (ipplace.go).
// A sentence never runs on from a time so: a part holds no punctuation
// and is no figure.
func accountStamp(s string) bool { return accountStampIn(s, true) }

// clockOnlyStamp reports a line accountStamp takes only for its bare
// clock (10:21·江州日报社官方账号): in a run of clock-led rows (clockrows.go)
// it is a programme guide's or a timetable's row, not a stamp.
func clockOnlyStamp(s string) bool { return accountStampIn(s, true) && !accountStampIn(s, false) }

// accountStampIn is accountStamp, taking a bare clock before the account
// only when clock is set.
func accountStampIn(s string, clock bool) bool {
	if !atMost(s, 80) || !mayHoldStampTime(s) {
		return false
	}
	if h, ok := ipPlaceCut(s); ok && h != "" {
		s = h // 2026-12-06 10:21·江州日报·IP属地：江苏
	}
	dotted := hasAnyRune(s, accountSeps)
	if !dotted && !hasAnySuffix(s, accountWords) {
		return false // (most lines: neither a dot nor an account's word)
	}
	for i := 0; i < len(s); {
		r, w := firstRune(s[i:])
		sep := strings.ContainsRune(accountSeps, r)
		if sep || isSpace(r) {
			head, tail := trimSpace(s[:i]), trimSpace(s[i+w:])
			if head != "" && accountTail(tail, sep) && (isWebStamp(head) || microblogTime(head) || clock && isClock(head) && namesAccount(tail)) {
				return true
			}
		}
		i += w
	}
	return false
}

// namesAccount reports an account tail (accountTail) that says it is an
// account or ends in a news organisation's name: what a bare clock's
// stamp needs after it (see above). A news programme's name ends in 新闻
// too, and a clock before it is its slot in a TV or radio guide: a
// name whose 新闻 follows a time of day (早间新闻, 晚間新聞, 整点新闻:
// programmeSlots) names no organisation.
func namesAccount(t string) bool {
	if hasAnySuffix(t, accountWords) {
		return true
	}
	if n, ok := cutAnySuffix(t, []string{"新闻", "新聞"}); ok && hasAnySuffix(n, programmeSlots) {
		return false
	}
	return hasAnySuffix(t, mediaNameEnds)
}

// programmeSlots are the times of day a news programme is named by
// (早间新闻, 午間新聞, 整点新闻), as no news organisation is.
var programmeSlots = []string{"早间", "早間", "午间", "午間", "晚间", "晚間", "夜间", "夜間", "整点", "整點", "午夜", "凌晨", "早安", "晚安"}

// cutAnySuffix returns s less the first of sufs it ends in, and whether
// one did.
func cutAnySuffix(s string, sufs []string) (string, bool) {
	for _, f := range sufs {
		if n, ok := strings.CutSuffix(s, f); ok {
			return n, true
		}
	}
	return s, false
}

// accountTail reports the text after a platform stamp's time as its
// account (see accountStamp): one to three parts parted by spaces or
// accountSeps, each of one to accountPartMax runes with a letter and no
// punctuation; after spaces alone (dotted false) the last part ends in
// one of accountWords.
func accountTail(t string, dotted bool) bool {
	if t == "" || !atMost(t, 3*accountPartMax) {
		return false
	}
	n := 0
	for rest := t; rest != ""; {
		part := rest
		rest = ""
		for i, r := range part {
			if isSpace(r) || strings.ContainsRune(accountSeps, r) {
				_, w := firstRune(part[i:])
				part, rest = part[:i], part[i+w:]
				break
			}
		}
		if part == "" {
			continue
		}
		if n++; n > 3 || !accountPart(part) {
			return false
		}
	}
	return n > 0 && (dotted || hasAnySuffix(t, accountWords))
}

// accountPart reports one part of a stamp's account tail: at most
// accountPartMax runes of Han, kana, Hangul or Latin letters and digits,
// at least one of them no digit, and no punctuation (a clause, a figure
// or a bracketed note is no account's name).
func accountPart(p string) bool {
	if !atMost(p, accountPartMax) {
		return false
	}
	letter := false
	for _, r := range p {
		switch {
		case r >= '0' && r <= '9':
		case isHan(r) || isHangul(r) || isKana(r) || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z':
			letter = true
		default:
			return false
		}
	}
	return letter
}

// mediaNameEnds end a news organisation's name as it posts on a platform
// or a site credits it under the headline: a paper's (江州日报, 现代快报
// aside: 快报 ends reports too), a news app's or a broadcaster's, a news
// agency's. Words that end in 报 but name a report (通报, 喜报, 预报) are
// not among them.
var mediaNameEnds = []string{
	"日报", "日報", "晚报", "晚報", "早报", "早報", "时报", "時報", "商报", "商報", "青年报", "青年報", "法治报", "法治報", "都市报", "都市報",
	"新闻", "新聞", "新闻网", "新聞網", "客户端", "客戶端", "融媒", "电视台", "電視台", "新华社", "新華社", "中新社", "通讯社", "通訊社",
}

// mediaAccountName reports a news organisation's name alone on its line
// (two to twelve runes, no punctuation, ending in one of mediaNameEnds):
// right over a bare time stamp under the headline, it is the account or
// source that posted the story (markIPStampAccounts), as a subheadline,
// a phrase, does not end.
func mediaAccountName(s string) bool {
	return atMost(s, 12) && zhMastName(s) && hasAnySuffix(s, mediaNameEnds) && !slices.Contains(mediaNameEnds, s)
}

// mayHoldStampTime reports s holding what the time of every stamp
// accountStamp takes has: a colon (isWebStamp's and microblogTime's
// clocks), 时 or 点 (下午3时), or a microblog's 前 or 刚 (3分钟前, 刚刚).
// accountStamp is asked of every line (stampLine), and most have none.
func mayHoldStampTime(s string) bool {
	return strings.IndexByte(s, ':') >= 0 || hasAnyRune(s, stampTimeCues[1:])
}

// mayTimedStamp reports whether a text with summary sm (or nil) may hold
// a stamp's time (mayHoldStampTime, from the summary): accountStamp,
// stampTail and sourcedStamp need one.
func mayTimedStamp(sm *textSum) bool { return sm == nil || sm.has(keyStampTime) }

// stampTimeCues are the runes mayHoldStampTime looks for, the ASCII colon
// first; textSum records them (keyStampTime), so that a line with a
// summary is not searched for them once per stamp form.
const stampTimeCues = ":时時点點前刚剛"
