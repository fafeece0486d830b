package newstext

import "strings"

// noiseDisclaimer names a site's disclaimer as a noise kind.
const noiseDisclaimer = "disclaimer"

// disclaimerLabels open the notice a site or paper sets under its
// stories, that they are no investment advice or that the copyright is
// reserved: 免责声明：本文内容与数据仅供参考…, 特别声明：以上内容…,
// 版权声明：…, and a self-media platform's, 平台声明：该文观点仅代表作者
// 本人，搜狐号系信息发布平台…. Each is a notice's label, never a
// sentence's first words.
// The first two are a disclaimer's only; a special, copyright or
// platform's statement may be a company's, quoted in a story, so the notice after
// those must speak of the text or the site (disclaimerCues).
var disclaimerLabels = []string{"免责声明", "免責聲明", "特别声明", "特別聲明", "版权声明", "版權聲明", "平台声明", "平臺聲明", "平台聲明"}

// disclaimerCues are the words a site's notice speaks of the text or the
// site in: 本文, 以上内容, 本平台, 仅供参考, 版权 ….
var disclaimerCues = []string{"本文", "该文", "該文", "本網", "本网", "本站", "本平台", "以上内容", "以上內容", "仅供参考", "僅供參考", "投资建议", "投資建議", "版权", "版權", "转载", "轉載", "作者"}

// isDisclaimer reports a site's disclaimer on a line of its own: one of
// disclaimerLabels, bare or in a bracket (【免责声明】, [免责声明]), then
// a colon or the bracket's close and the notice, at most 200 runes. It
// is boilerplate as a copyright line is, not the story's text, and it
// closes the story as that line does. (版權聲明 after a ★ with its
// reprint cue is a copyright line already: isCopyright.)
func isDisclaimer(s string) bool {
	if len(s) < len("免责声明：") || !atMost(s, englishDisclaimerMax) {
		return false
	}
	r0, _ := firstRune(s)
	if !disclaimerFirst(r0) {
		return false
	}
	if r0 < 0x80 && r0 != '[' {
		return englishDisclaimer(s)
	}
	if !atMost(s, 200) {
		return false
	}
	body := s
	open := false
	if r, w := firstRune(s); r == '【' || r == '[' || r == '［' || r == '〔' {
		body, open = s[w:], true
	}
	for _, l := range disclaimerLabels {
		rest, ok := strings.CutPrefix(body, l)
		if !ok {
			continue
		}
		r, w := firstRune(rest)
		switch {
		case open && (r == '】' || r == ']' || r == '］' || r == '〕'):
		case !open && (r == '：' || r == ':'):
		default:
			return false
		}
		notice := trimSpace(rest[w:])
		if notice == "" {
			return false
		}
		if l == disclaimerLabels[0] || l == disclaimerLabels[1] {
			return true
		}
		for _, c := range disclaimerCues {
			if strings.Contains(notice, c) {
				return true
			}
		}
		return false
	}
	return false
}

// disclaimerFirst reports the runes a disclaimer opens with: its label's
// first or a bracket before it (gate asks it).
func disclaimerFirst(r rune) bool {
	switch r {
	case '免', '特', '版', '平', '【', '[', '［', '〔', 'N', 'D', 'S', 'C':
		return true
	}
	return false
}

// A mainland platform sets the English version of its statement under
// the Chinese one (网易号: Notice: The content above (including the
// pictures and videos if any) is uploaded and posted by a user of NetEase
// Hao, which is a social media platform and only provides information
// storage services.): the same boilerplate, in a language the story is
// not in. It opens with its label and a colon, as the Chinese one does,
// and speaks of the content or the platform, as a notice in a story
// (Notice: the meeting is moved to Monday) does not.

// englishDisclaimerMax is the longest English notice in runes: the
// translation runs longer than its Chinese original.
const englishDisclaimerMax = 320

// englishDisclaimerLabels open such a notice.
var englishDisclaimerLabels = []string{"Notice", "NOTICE", "Disclaimer", "DISCLAIMER", "Statement", "Special Statement", "Special Notice", "Copyright Notice", "Copyright Statement"}

// englishDisclaimerCues are the words the notice speaks of the text or the
// platform in (lower case: the notice is compared lowered).
var englishDisclaimerCues = []string{
	"content above", "above content", "this article", "information storage", "social media platform", "self-media platform", "this platform",
	"do not represent", "does not represent", "not necessarily reflect", "investment advice", "for reference only", "all rights reserved", "without permission",
}

// englishDisclaimer reports a platform's English notice (see above): one
// of englishDisclaimerLabels, a colon, and a notice of at least a few
// words holding one of englishDisclaimerCues.
func englishDisclaimer(s string) bool {
	for _, l := range englishDisclaimerLabels {
		rest, ok := strings.CutPrefix(s, l)
		if !ok {
			continue
		}
		r, w := firstRune(rest)
		if r != ':' && r != '：' {
			continue
		}
		notice := strings.ToLower(trimSpace(rest[w:]))
		if strings.Count(notice, " ") < 5 {
			return false
		}
		for _, c := range englishDisclaimerCues {
			if strings.Contains(notice, c) {
				return true
			}
		}
		return false
	}
	return false
}
