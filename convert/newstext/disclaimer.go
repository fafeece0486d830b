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
// A securities paper labels the same notice 风险提示 (风险提示：本版内容
// 仅供参考，不构成投资建议。股市有风险，入市需谨慎。), also under the
// cues: a company's risk notice quoted in a story (风险提示：公司存在
// 退市风险) speaks of neither the text nor the market.
var disclaimerLabels = []string{"免责声明", "免責聲明", "特别声明", "特別聲明", "版权声明", "版權聲明", "平台声明", "平臺聲明", "平台聲明", "风险提示", "風險提示"}

// disclaimerCues are the words a site's notice speaks of the text or the
// site in: 本文, 以上内容, 本平台, 仅供参考, 版权 …, or a securities
// page's warning, 股市有风险，入市需谨慎.
var disclaimerCues = []string{"本文", "该文", "該文", "本網", "本网", "本站", "本平台", "以上内容", "以上內容", "仅供参考", "僅供參考", "投资建议", "投資建議", "版权", "版權", "转载", "轉載", "作者",
	"本版", "股市有风险", "股市有風險", "入市需谨慎", "入市需謹慎", "投资需谨慎", "投資需謹慎"}

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
	if platformNoticeFirst(r0) && platformNotice(s) {
		return true // 本文来自【江州日报】，仅代表作者观点。… (a platform's unlabelled notice, below)
	}
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
	case '免', '特', '版', '平', '风', '風', '【', '[', '［', '〔', 'N', 'D', 'S', 'C':
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

// A platform that carries accounts closes each post with its own notice,
// unlabelled: 今日头条 under a party paper's account, 本文来自【江州日报】，
// 仅代表作者观点。全国党媒信息公共平台提供信息发布传播服务。; 搜狐号,
// 声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储
// 空间服务。; 百家号 and 企鹅号 in the same words. It is boilerplate as
// the labelled disclaimer is, not the story's last paragraph, though it is
// worded as sentences. It speaks of the post (本文, 该文, 以上内容) and
// either disclaims its views for the author's (仅代表作者) or says what
// the platform only provides (仅提供信息存储空间服务, 提供信息发布传播服务): a
// story's sentence on a platform (该平台表示，言论仅代表用户个人) does
// not speak of the post.

//
// A site that reprints a paper's story closes it with a reprint notice
// in the same place, bare or after 声明：: 本文转自江城晚报，版权归原作者所
// 有，如有侵权请联系删除。, 转载自…，不代表本站立场。 It says where the post
// came from (本文, 转自, 转载自) and that the rights are the author's or
// that it is taken down on request; a story's sentence on copyright
// (该公司称，版权归原作者所有，如有侵权将追究) opens with no such words.

// platformNoticeOpeners open such a notice: the post itself, after the
// bare label 声明 or not, or its reprint's source.
var platformNoticeOpeners = []string{"本文", "该文", "該文", "以上内容", "以上內容", "本内容", "本內容", "转自", "轉自", "转载自", "轉載自",
	"以上言論", "以上言论", "以上觀點", "以上观点"}

// platformNoticeCues are its disclaimer's or its platform's words.
// (Worded as the platforms word them: 信息存储 alone is a field's name,
// 本文介绍的信息存储技术.)
var platformNoticeCues = []string{
	"仅代表作者", "僅代表作者", "不代表本平台", "不代表平台", "不代表本站",
	// a Taiwanese opinion site's standing line under a contributed piece,
	// ●以上言論不代表本網立場，歡迎投書《雲論》…, and a paper's (本報)
	"不代表本網", "不代表本网", "不代表本報", "不代表本报",
	"仅提供信息存储", "僅提供信息儲存", "僅提供資訊儲存", "系信息发布平台", "係信息發布平台", "提供信息发布传播服务", "提供信息發布傳播服務",
	// a reprint notice's (above)
	"版权归原作者", "版權歸原作者", "如有侵权", "如有侵權", "侵删", "侵刪", "联系删除", "聯繫刪除", "聯絡刪除", "不代表本站立场", "不代表本站立場",
}

// platformNoticeMax is the most runes of a platform's notice.
const platformNoticeMax = 200

// platformNoticeSources say, right after the post's opener, where the
// post came from (本文来自【江州日报】, 本文转自江城晚报, 以上内容为用户
// 上传): the notice's first clause, its second the disclaimer.
var platformNoticeSources = []string{
	"来自", "來自", "转自", "轉自", "转载自", "轉載自", "转载于", "轉載於",
	"为用户上传", "為用戶上傳", "由用户上传", "由用戶上傳", "系用户上传", "係用戶上傳",
}

// platformNoticeGap is the most runes a notice's clause holds before its
// cue: 本文观点仅代表作者, 本平台仅提供信息存储…, not a story's clause
// that reaches the words late (被告辩称其仅提供信息存储空间服务).
const platformNoticeGap = 4

// platformNotice reports a platform's unlabelled notice (see above), in
// the notice's own shape, at most platformNoticeMax runes: opening (after
// 声明： if any) with one of platformNoticeOpeners, either with a cue
// (platformNoticeCues) in the opener's clause, within platformNoticeGap
// runes of it (本文仅代表作者观点, 该文观点仅代表作者本人), or with the
// post's source in that clause (本文来自X, 转载自X: platformNoticeSources,
// or the bare reprint opener) and a cue as near the next clause's start
// (本文转自X，版权归原作者所有…). A cue anywhere else is a story's sentence
// on the matter: 本文所涉案件中，被告辩称其仅提供信息存储空间服务…, a cue
// quoted (…注明“版权归原作者所有”), 转自他人的作品…，也需取得授权，如有侵权….
func platformNotice(s string) bool {
	if r, _ := firstRune(s); !platformNoticeFirst(r) || !atMost(s, platformNoticeMax) {
		return false
	}
	body := s
	if r, w := firstRune(s); noticeMarker(r) {
		body = s[w:] // ●以上言論不代表本網立場，… (the site sets its standing lines after a marker)
	}
	for _, l := range []string{"声明", "聲明"} {
		if rest, ok := strings.CutPrefix(body, l); ok {
			if rest, ok := cutColon(rest); ok {
				body = trimSpace(rest)
			}
		}
	}
	for _, o := range platformNoticeOpeners {
		rest, ok := strings.CutPrefix(body, o)
		if !ok {
			continue
		}
		if platformCueNear(rest) {
			return true // 本文仅代表作者观点…
		}
		if (o == "本文" || o == "该文" || o == "該文") && originalNotice(rest) {
			return true // 声明：本文为央视新闻原创，转载请注明出处。
		}
		sourced := o == "转自" || o == "轉自" || o == "转载自" || o == "轉載自"
		for _, v := range platformNoticeSources {
			sourced = sourced || strings.HasPrefix(rest, v)
		}
		if !sourced {
			return false
		}
		k := indexAnyRune(rest, "，,；;。")
		if k < 0 {
			return false
		}
		_, w := firstRune(rest[k:])
		return platformCueNear(trimSpace(rest[k+w:])) // 本文转自X，版权归原作者所有…
	}
	return false
}

// A site closes its own story with the reverse notice, bare or after
// 声明：: the text is its original and may be reprinted only with its
// source named, 本文为央视新闻原创，转载请注明出处。, 本文系澎湃新闻原创稿件，
// 如需转载请联系授权。 It says what the post is (为, 系, 是) and that it is
// the site's own (原创, 独家) in its first clause, and opens the next with
// the reprint (转载请注明出处, 未经授权不得转载, 欢迎转载): a reader takes it
// for the site's furniture, as the copyright line is. A story's sentence
// on an original work (本文为原创作品，获评年度好新闻。) says nothing of a
// reprint after it.

// originalClaimMax is the most runes of the notice's first clause after
// the post's opener: 为, the site's name and 原创稿件.
const originalClaimMax = 20

// reprintRequests open the notice's clause on a reprint.
var reprintRequests = []string{"转载", "轉載", "如需转载", "如需轉載", "如转载", "如轉載", "欢迎转载", "歡迎轉載", "请勿转载", "請勿轉載", "禁止转载", "禁止轉載", "未经", "未經"}

// originalNotice reports rest, the notice after its opener 本文 (该文),
// saying the text is the site's original and how it may be reprinted (see
// above).
func originalNotice(rest string) bool {
	r, w := firstRune(rest)
	if r != '为' && r != '為' && r != '系' && r != '係' && r != '是' {
		return false
	}
	k := indexAnyRune(rest, "，,；;")
	if k < 0 {
		return false
	}
	claim := rest[w:k]
	if !atMost(claim, originalClaimMax) || !(strings.Contains(claim, "原创") || strings.Contains(claim, "原創") || strings.Contains(claim, "独家") || strings.Contains(claim, "獨家")) {
		return false
	}
	_, cw := firstRune(rest[k:])
	_, ok := cutAnyPrefix(trimSpace(rest[k+cw:]), reprintRequests)
	return ok
}

// platformCueNear reports a clause that reaches one of platformNoticeCues
// within platformNoticeGap runes of its start, with no clause's end or
// quotation mark before it.
func platformCueNear(s string) bool {
	for _, c := range platformNoticeCues {
		k := strings.Index(s, c)
		if k < 0 {
			continue
		}
		if gap := s[:k]; atMost(gap, platformNoticeGap) && !hasAnyRune(gap, "，,；;。：:“”「」\"『』") {
			return true
		}
	}
	return false
}

// platformNoticeFirst reports the runes a platform's notice opens with
// (gate asks it): its openers' first, or its bare label's.
func platformNoticeFirst(r rune) bool {
	switch r {
	case '本', '该', '該', '以', '声', '聲', '转', '轉':
		return true
	}
	return noticeMarker(r)
}

// noticeMarker reports the marks a Taiwanese site sets before its
// standing lines under a piece (●作者…, ●以上言論…, ※本文僅代表…).
func noticeMarker(r rune) bool { return r == '●' || r == '※' }
