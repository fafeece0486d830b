package newstext

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// paperTagDateline parses a Hong Kong or Taiwan paper's own name in
// lenticular brackets run in before the story's first sentence, 【信報】…,
// 【大公報】…: the paper's dateline, as 【明報專訊】 is, with no 訊 or
// 報道 after the name. Only run in (a bracket alone on its line is a label
// or a head) and only a paper's name: one ending in 報/报 of three runes
// or more whose last two are not a kind of report (快報 is a story's tag,
// 天氣預報 a digest item's lead-in), or one of the two-rune names Hong
// Kong papers go by (明報, 信報, 晴報, 成報, 晶報), as 速報, 喜報 and 通報
// are words. Japanese and Korean pages never use it (【速報】 is a tag).
// A broadcaster, site or agency runs its name in the same way, in round
// brackets as well as lenticular ones (（澳廣視新聞）…, 【香港電台】…:
// broadcastTag).
func paperTagDateline(s, inner string, end int, lang string) (dateline, bool) {
	if lang == "ja" || lang == "ko" || end >= len(s) {
		return dateline{}, false
	}
	open, _ := firstRune(s)
	if open != '【' && open != '（' && open != '(' {
		return dateline{}, false
	}
	rest := trimSpace(s[end:])
	if r, _ := firstRune(rest); !isHan(r) {
		return dateline{}, false // run in before a sentence
	}
	if _, _, ok := parseDatelineCore(rest); ok {
		return dateline{}, false // before another dateline: no sentence (alone on its line, the tag is none either)
	}
	if broadcastTag(inner) {
		return dateline{org: inner, runIn: true}, true
	}
	if open != '【' {
		return dateline{}, false
	}
	h, ok := strings.CutSuffix(inner, "報")
	if !ok {
		h, ok = strings.CutSuffix(inner, "报")
	}
	if !ok || inner == "本報" || inner == "本报" || !isOrg(inner) || !atMost(inner, 8) {
		return dateline{}, false
	}
	n := utf8.RuneCountInString(h)
	switch {
	case n == 1:
		switch h {
		case "明", "信", "晴", "成", "晶":
			return dateline{org: inner, runIn: true}, true
		}
		return dateline{}, false
	case h == "大公":
		// 大公報 is a paper, though a name ending in 公報 is a
		// communiqué (【聯合公報】, 【統計公報】).
		return dateline{org: inner, runIn: true}, true
	case n >= 2:
		last, _ := decodeLast(h)
		if strings.ContainsRune("快速预預通简簡喜捷战戰警情举舉海申回电電画畫公续續特", last) {
			return dateline{}, false
		}
		return dateline{org: inner, runIn: true}, true
	}
	return dateline{}, false
}

// broadcastTag reports the name a broadcaster, news site or agency runs
// in before its story's first sentence, as a paper runs its own in
// (（澳廣視新聞）…, 【無綫新聞】…, （中央社）…): a station's or site's name
// ending as one does (broadcastEnds: 公視新聞, TVBS新聞, 香港電台, 鳳凰衛視,
// 中時新聞網), a short name stations go by (澳廣視, 公視, 央視, 港台), or a
// news agency's (中央社, 新華社). A section's or programme's name ends the
// same way and is no source: 【即時新聞】, 【國際新聞】, 【澳門新聞】,
// 【晚間新聞】 (newsSections), nor is a one-rune word before the ending
// (假新聞, 【電台】) or a label that ends otherwise (【延伸閱讀】).
func broadcastTag(inner string) bool {
	if !isOrg(inner) || !atMost(inner, 10) {
		return false
	}
	if slices.Contains(stationNames, inner) {
		return true
	}
	for _, e := range broadcastEnds {
		stem, ok := strings.CutSuffix(inner, e)
		if !ok {
			continue
		}
		if utf8.RuneCountInString(stem) < 2 || slices.Contains(newsSections, stem) {
			return false
		}
		// A region before 新聞 is a site's section (【澳門新聞】); a
		// station may bear its place's name (香港電台, 北京電視台).
		return e != "新聞" && e != "新闻" || !slices.Contains(newsRegions, stem)
	}
	return false
}

// broadcastEnds end a broadcaster's or news site's name, longest first:
// 公視新聞, 東森新聞台, 中時新聞網, 商業電台, 無綫電視, 中央廣播電台,
// 鳳凰衛視, 美國之音, ETtoday新聞雲.
var broadcastEnds = []string{
	"新聞台", "新闻台", "新聞網", "新闻网", "新聞雲", "新闻云", "電視台", "电视台",
	"新聞", "新闻", "電視", "电视", "電台", "电台", "廣播", "广播", "衛視", "卫视",
	"之聲", "之声", "之音",
}

// stationNames are the short names broadcasters and news agencies go by,
// which end in none of broadcastEnds: 澳廣視 (TDM), 港台 (RTHK), Taiwan's
// 公視, 華視, 民視, 台視, 中視, mainland China's 央視, and the agencies.
var stationNames = []string{
	"澳廣視", "澳广视", "港台", "公視", "公视", "華視", "华视", "民視", "民视", "台視", "台视", "中視", "中视", "央視", "央视",
	"中央社", "新華社", "新华社", "中新社", "中通社", "路透社", "法新社", "美聯社", "美联社", "共同社", "韓聯社", "韩联社", "彭博社",
}

// newsSections are the words before 新聞, 電台 and the like that name a
// site's section, a beat or a programme, not a broadcaster: 【即時新聞】,
// 【國際新聞】, 【晚間新聞】, 【網絡電台】.
var newsSections = []string{
	"即時", "即时", "焦點", "焦点", "要聞", "要闻", "國際", "国际", "國內", "国内", "兩岸", "两岸", "財經", "财经",
	"體育", "体育", "娛樂", "娱乐", "熱門", "热门", "相關", "相关", "今日", "頭條", "头条", "重要", "最新", "獨家", "独家",
	"社會", "社会", "生活", "地方", "政治", "科技", "健康", "教育", "文化", "軍事", "军事", "本地", "本港", "本台", "突發", "突发",
	"更多", "推薦", "推荐", "精選", "精选", "熱點", "热点", "每日", "綜合", "综合", "環球", "环球", "全球", "世界", "海外",
	"早晨", "午間", "午间", "晚間", "晚间", "夜間", "夜间", "網絡", "网络", "數碼", "数码", "數位", "校園", "校园", "緊急", "紧急",
}

// newsRegions are the regions a site files news under, 【澳門新聞】,
// 【港澳新聞】: before 新聞 a section, though 香港電台 is a station.
var newsRegions = []string{
	"港澳", "大陸", "大陆", "內地", "内地", "中國", "中国", "香港", "澳門", "澳门", "台灣", "台湾", "臺灣", "亞洲", "亚洲",
}
