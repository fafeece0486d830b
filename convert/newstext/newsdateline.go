package newstext

import (
	"strings"
	"unicode/utf8"
)

// A broadcaster's or news site's copy closes its dateline with 消息
// ("news") where an agency's closes with 电: 央广网北京12月6日消息（记者X）…,
// 中国之声北京12月6日消息，…, 国际在线12月6日消息：…, 中国新闻网12月6日消息.
// The site or station, an optional place and the day stand before 消息,
// then the reporter's bracketed or spaced credit, a colon or a comma, or
// the text after a space. Prose reports a source's news the other way
// round, 据新华社12月6日消息，… (据 ruled out), or says what it holds,
// 路透社12月6日消息称… (a word after 消息: no dateline), so the day and
// the break after 消息 are what make the dateline.

// newsOrgWords end a broadcaster's or site's name besides the runes of
// isOrgEnd (网, 台, 社, 报 …): 中国之声, 国际在线, 封面新闻, 东方卫视.
var newsOrgWords = []string{"之声", "之聲", "在线", "在線", "新闻", "新聞", "卫视", "衛視", "频道", "頻道", "客户端", "客戶端"}

// newsOrgTails continue a name past the first end newsOrgEnd finds: the
// 网 of 中国新闻网, the 日报 of 烟台日报 (whose 台 ended it first).
var newsOrgTails = []string{"网", "網", "日报", "日報", "晚报", "晚報", "新闻网", "新聞網", "报", "報"}

// maxNewsPlaceRunes bounds the place between a site's name and the day
// (北京, 乌鲁木齐, 呼和浩特市).
const maxNewsPlaceRunes = 6

// datedNewsDateline parses the dateline closed by the 消息 at byte i of
// s: a news organisation (newsOrgPlace), a place of at most
// maxNewsPlaceRunes Han, a day (trailingDate), 消息, then the end of s,
// a space, a bracket (the credit, left to the byline after the
// dateline), or a colon or comma, which is the dateline's. It returns
// the dateline and the length of s it takes.
func datedNewsDateline(s string, i int) (dateline, int, bool) {
	head := s[:i]
	if reportedBy(head) {
		return dateline{}, 0, false
	}
	j := trailingDate(head)
	if j <= 0 {
		return dateline{}, 0, false
	}
	org, place, ok := newsOrgPlace(head[:j])
	if !ok {
		return dateline{}, 0, false
	}
	n := i + len("消息")
	if r, w := firstRune(s[n:]); n < len(s) {
		switch r {
		case '：', ':', '，', ',':
			n += w
		case '（', '(', '　', ' ':
		default:
			return dateline{}, 0, false // 消息称, 消息人士: words
		}
	}
	return dateline{text: s[:n], org: org, place: place, date: head[j:]}, n, true
}

// newsOrgPlace splits the head before a 消息 dateline's day into the
// news organisation and the place after it (央广网北京 → 央广网, 北京;
// 中国之声 → 中国之声, ""; 本报北京 → "", 北京, as orgPlace), reporting
// false when no organisation of three to twelve runes ends it as one
// does or the place is not a short run of Han.
func newsOrgPlace(pre string) (org, place string, ok bool) {
	if p, ok := strings.CutPrefix(pre, "本报"); ok {
		org, place = "", p // 本报北京12月6日消息: the paper's own, no name
	} else if p, ok := strings.CutPrefix(pre, "本報"); ok {
		org, place = "", p
	} else if o, p, ok := appOrgPlace(pre); ok {
		org, place = o, p
	} else if k := newsOrgEnd(pre); k > 0 {
		org, place = pre[:k], pre[k:]
	} else {
		return "", "", false
	}
	if n := utf8.RuneCountInString(org); org != "" && (n < 3 || n > 12 || !isOrg(org)) {
		return "", "", false
	}
	if !atMost(place, maxNewsPlaceRunes) || place != "" && !isHanWord(place) {
		return "", "", false
	}
	return org, place, true
}

// newsOrgEnd returns where the news organisation opening pre ends: after
// the first rune of isOrgEnd or word of newsOrgWords that makes a name
// of three runes or more (烟台日报 ends at 报, not at the place 烟台's
// 台; 央广网, 中国之声), extended over a tail of newsOrgTails; 0 when none
// does.
func newsOrgEnd(pre string) int {
	runes := 0
	for k := 0; k < len(pre); {
		_, w := runeAt(pre, k)
		k += w
		runes++
		if runes < 3 || !isOrgEnd(lastRune(pre[:k])) && !hasAnySuffix(pre[:k], newsOrgWords) {
			continue
		}
		for _, t := range newsOrgTails {
			if strings.HasPrefix(pre[k:], t) {
				return k + len(t)
			}
		}
		return k
	}
	return 0
}

// creditColon returns the length of the colon opening s when it closes
// the reporter's bracketed credit after a dateline (国际在线北京12月6日
// 消息（记者X）：…, 新华社北京12月6日电（记者X）：…): the colon leads into
// the text as 央视网消息：'s does and belongs to the credit, not to the
// paragraph's first sentence. 0 when s opens with none.
func creditColon(s string) int {
	return runInNewsColon(s)
}
