package newstext

import "strings"

// bracketedStamp reports a web time stamp set in round brackets under a
// story, its date and time joined by a hyphen: （2026/03/18-08:41）, as
// jiji.com prints when the story was posted. Like any web stamp it is
// noise: neither text of the story nor a title.
func bracketedStamp(s string) bool {
	inner := unbracket(s)
	if inner == "" || len(inner) > len("2026/03/18-08:41:00") {
		return false
	}
	date, clock, ok := strings.Cut(inner, "-")
	if !ok || strings.IndexByte(date, '/') < 0 {
		return false // (2026-03-18 …: the hyphen parts the date's fields, not the time)
	}
	return isNumericDate(date) && isClock(clock)
}

// marketWords end the label a wire sets in brackets over its market
// reports, 〔東京株式〕, 〔ＮＹ外為〕, 〔債券市況〕: the market, not the
// place the report was filed from, so no dateline.
var marketWords = []string{"株式", "外為", "債券", "市況", "相場", "株価", "原油", "商品", "金融"}

// marketLabel reports a bracket's text naming a market (marketWords).
func marketLabel(in string) bool {
	return hasAnySuffix(in, marketWords)
}

// hanClockStamp reports a web time stamp whose date and time are both
// written with their units, as jiji.com dates a story under its
// headline: 2026年03月27日07時12分 (a space may part the time). Like
// any web stamp it is noise, not a subheadline.
func hanClockStamp(s string) bool {
	if len(s) > len("2026年03月27日 07時12分") || !numericDateStart(s) {
		return false
	}
	date, clock, ok := strings.Cut(s, "日")
	if !ok || !isDigitsHanDate(date+"日") {
		return false
	}
	h, m, ok := strings.Cut(trimSpace(clock), "時")
	if !ok || len(h) == 0 || len(h) > 2 || !allDigits(h) {
		return false
	}
	m, ok = strings.CutSuffix(m, "分")
	return ok && len(m) > 0 && len(m) <= 2 && allDigits(m)
}

// jaWordedStamp reports a Japanese web time stamp with the word that
// says which time it gives (jaStampWords): 2026年12月05日18時42分配信
// (jiji.com), 2026/12/05 18:30更新, 最終更新：2026年12月5日 18時30分.
// The stamp without its word is noise (hanClockStamp, isWebStamp), and
// so is the stamp with it; read as a title line it was the headline's
// subheadline.
func jaWordedStamp(s string) bool {
	t := trimJaStampWord(s)
	return t != s && (hanClockStamp(t) || isWebStamp(t))
}

// jaStampWords say which time a Japanese web stamp gives: run on after
// it (2026年12月05日18時42分配信, …分更新, …分公開, …分掲載) or
// before it with a colon (最終更新：2026年12月5日 18時30分).
var jaStampWords = []string{"最終更新", "配信", "更新", "公開", "掲載"}

// trimJaStampWord strips the word of jaStampWords a Japanese web stamp
// sets after its time (a space may part them) or before it with a colon
// (or a space; 日時 may follow the word, 配信日時：…), leaving the date
// and time for hanClockStamp: jiji.com and the portals print
// 2026年12月05日18時42分配信 as they print the bare stamp, and the word
// is no sentence (…18時42分配信の記事 keeps its tail and stays text).
func trimJaStampWord(s string) string {
	for _, w := range jaStampWords {
		if rest, ok := strings.CutSuffix(s, w); ok && rest != "" {
			return trimSpace(rest)
		}
	}
	for _, w := range jaStampWords {
		rest, ok := strings.CutPrefix(s, w)
		if !ok {
			continue
		}
		rest = strings.TrimPrefix(rest, "日時")
		rest = strings.TrimPrefix(rest, "日")
		if t := strings.TrimLeft(rest, ":："); t != rest || t != trimSpace(t) {
			return trimSpace(t)
		}
		return s
	}
	return s
}
