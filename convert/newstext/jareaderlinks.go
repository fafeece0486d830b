package newstext

import (
	"strings"
	"unicode/utf8"
)

// A Japanese news site closes a story with lists of links worded to the
// reader, besides 関連記事: a recommendation, この記事を読んだ人におすすめ,
// あなたへのおすすめ, 編集部のおすすめ, こちらもおすすめ, and a ranking of
// the site's most read, アクセスランキング, 記事ランキング, 週間アクセスランキング,
// its titles numbered (1　北陸新幹線、大雪で一部運休). Each header is the
// site's furniture as 関連記事 is (jalinks.go), and the titles under it are
// related links, not the headline and subheadlines of an article of its
// own. A print page's box over a ranking of goods (売れ筋ランキング) or a
// title recommending a thing (冬の鍋におすすめ) names no reading: the
// header must say the list is of the site's reading, its articles or its
// news, or speak to the one reading.

// jaRecommendEnds end a site's recommendation header.
var jaRecommendEnds = []string{"おすすめ", "オススメ", "おすすめ記事", "オススメ記事", "おすすめニュース"}

// jaRecommendCues are the words of a recommendation header's lead that
// say it is of the site's reading or speak to its reader.
var jaRecommendCues = []string{"記事", "読んだ", "読まれ", "あなた", "こちら", "編集部", "ほかにも", "他にも"}

// jaRankReading are the words before ランキング naming the site's reading;
// jaRankPeriods the period or scope a ranking may name before them.
var (
	jaRankReading = []string{"アクセス", "閲覧", "閲覧数", "記事", "記事アクセス", "人気記事", "ニュース"}
	jaRankPeriods = []string{"総合", "週間", "月間", "日間", "デイリー", "24時間", "２４時間"}
)

// jaReaderHeaderLast reports the last runes of jaReaderLinkHeader's
// headers: no other line is compared with them.
func jaReaderHeaderLast(r rune) bool {
	switch r {
	case 'め', 'メ', '事', 'ス', 'グ', ':', '：', '】':
		return true
	}
	return false
}

// isJaReaderLinkHeader is jaReaderLinkHeader asked only of a line
// ending in one of jaReaderHeaderLast's runes.
func isJaReaderLinkHeader(s string) bool {
	last, _ := decodeLast(s)
	return jaReaderHeaderLast(last) && jaReaderLinkHeader(s)
}

// jaReaderLinkHeader reports a Japanese site's recommendation or ranking
// header alone on its line, with or without a colon after it or
// lenticular brackets around it: この記事を読んだ人におすすめ,
// アクセスランキング, 【週間アクセスランキング】.
func jaReaderLinkHeader(s string) bool {
	if len(s) > 24*utf8.UTFMax || !atMost(s, 24) {
		return false
	}
	s = trimColons(s)
	if in, ok := strings.CutPrefix(s, "【"); ok {
		if s, ok = strings.CutSuffix(in, "】"); !ok {
			return false
		}
	}
	if lead, ok := strings.CutSuffix(s, "ランキング"); ok {
		for _, p := range jaRankPeriods {
			if rest, ok := strings.CutPrefix(lead, p); ok {
				lead = rest
				break
			}
		}
		for _, w := range jaRankReading {
			if lead == w {
				return true
			}
		}
		return false
	}
	for _, e := range jaRecommendEnds {
		lead, ok := strings.CutSuffix(s, e)
		if !ok {
			continue
		}
		if lead == "" {
			return e != "おすすめ" && e != "オススメ" // (おすすめ alone may head a shop's or a dish's box)
		}
		if !atMost(lead, 16) || strings.ContainsFunc(lead, func(r rune) bool { return isSpace(r) || isDigitRune(r) || isPunctRune(r) }) {
			return false
		}
		for _, c := range jaRecommendCues {
			if strings.Contains(lead, c) {
				return true
			}
		}
		return false
	}
	return false
}

// isPunctRune reports a clause's or sentence's punctuation or a bracket,
// which a header's lead phrase has none of.
func isPunctRune(r rune) bool {
	return strings.ContainsRune("、。，．,.！？!?「」『』（）()【】・", r)
}
