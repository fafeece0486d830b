package newstext

import (
	"strings"
	"unicode/utf8"
)

// A 副刊 essay or poem closes with notes of its own under its last line:
// when and where it was written, in brackets alone on the line,
// （二〇二六年十一月于江城）, （2026年冬写于北京）, and a note on its
// author, 作者简介：林清禾，江城市作家协会会员…. Neither is a title, nor
// the text of the piece: both are notes that stay with it. A date alone
// in brackets (（2026年11月）) says no place and stays as it was, and so do
// a sentence telling of the writer (作者简介显示，…) and a bracket saying
// more than a date and a place (（2026年11月于北京举行）).

// authorBioLabels are the labels of a note on the author.
var authorBioLabels = []string{"作者简介", "作者簡介", "作者小传", "作者小傳"}

// authorBioNote reports a note on the author: one of authorBioLabels
// before a colon (or in 【】) and its text, 作者简介：林清禾，江城市作家协会会员。
func authorBioNote(s string) bool {
	t := s
	if rest, ok := strings.CutPrefix(t, "【"); ok {
		t = rest
	}
	for _, l := range authorBioLabels {
		rest, ok := strings.CutPrefix(t, l)
		if !ok {
			continue
		}
		if t != s {
			rest, ok = strings.CutPrefix(rest, "】")
		} else if rest, ok = strings.CutPrefix(rest, "："); !ok {
			rest, ok = strings.CutPrefix(rest, ":")
		}
		return ok && !atMost(trimSpace(rest), 1)
	}
	return false
}

// writingVerbs are the verbs a writing-date note may put before 于: 写于,
// 作于, 改于, 改定于, 定稿于, 草于.
var writingVerbs = []string{"改定", "定稿", "修改", "写", "寫", "作", "改", "草"}

// seasons may date a piece in place of its month: 2026年冬于北京.
var seasons = []string{"初春", "早春", "暮春", "初夏", "盛夏", "初秋", "深秋", "初冬", "隆冬", "岁末", "歲末", "年末", "春", "夏", "秋", "冬"}

// writingDateNote reports a writing date and place in brackets alone:
// （二〇二六年十一月于江城）, （2026年11月20日写于北京）, （2026年冬于江城寓所）:
// a year, a month (and day) or a season, a writing verb or none, 于 (於)
// and a place of one to ten Han runes.
func writingDateNote(s string) bool {
	inner, end, ok := leadingBracket(s)
	if !ok || end != len(s) || !strings.HasPrefix(s, "（") && s[0] != '(' || !atMost(inner, 28) {
		return false
	}
	rest, ok := numberUnit(inner, "年", "年")
	if !ok {
		return false
	}
	if r, ok := numberUnit(rest, "月", "月"); ok {
		rest = r
		if r, ok := numberUnit(rest, "日", "日"); ok {
			rest = r
		}
	} else {
		found := false
		for _, se := range seasons {
			if r, ok := strings.CutPrefix(rest, se); ok {
				rest, found = r, true
				break
			}
		}
		if !found {
			return false
		}
	}
	for _, v := range writingVerbs {
		if r, ok := strings.CutPrefix(rest, v); ok {
			rest = r
			break
		}
	}
	place, ok := strings.CutPrefix(rest, "于")
	if !ok {
		place, ok = strings.CutPrefix(rest, "於")
	}
	n := utf8.RuneCountInString(place)
	return ok && n >= 1 && n <= 10 && isHanWord(place) && !hasAnySuffix(place, sentenceVerbEnds)
}

// sentenceVerbEnds are verbs a place runs on to in a sentence (北京举行,
// 江城召开): a bracket so ending holds no writing place.
var sentenceVerbEnds = []string{"举行", "舉行", "召开", "召開", "开幕", "開幕", "闭幕", "閉幕", "发布", "發布", "签署", "簽署"}
