package newstext

import (
	"strings"
	"unicode/utf8"
)

// A Japanese paper dates a story from abroad in its dateline's bracket,
// the local day after the place and Japan's day in round brackets after
// it: 【ロサンゼルス５日（日本時間６日）＝佐藤健一】, 【ロンドン５日＝共同】,
// 【ワシントン五日】 (a vertical page's numerals). The day is the
// dateline's date; what is left (place, ＝reporter, agency) is read as the
// undated bracket is.

// jaDatedDateline parses the inside of a Japanese dateline's bracket
// whose place carries the day: a place, a day of one or two numerals and
// 日 (a month before it allowed), an optional （日本時間…） giving Japan's
// day, then nothing, ＝ and a reporter or agency, or an agency. The rest
// must read as a dateline with that place (bracketDateline), so a label
// with a day (【解説５日】), a sumo day (【九州場所５日目】) or a day alone
// (【５日】) stays what it was.
func jaDatedDateline(in, lang string) (dateline, bool) {
	if lang != "ja" || !atMost(in, 36) {
		return dateline{}, false
	}
	k := strings.Index(in, "日")
	if k <= 0 {
		return dateline{}, false
	}
	head, rest := in[:k], in[k+len("日"):]
	// The day's numerals end the head: ５, １２, 五, 十二.
	j := len(head)
	for n := 0; j > 0 && n < 3; n++ {
		r, w := utf8.DecodeLastRuneInString(head[:j])
		if !isDigitOrNumeral(r) || r == '两' || r == '零' {
			break
		}
		j -= w
	}
	if j == len(head) || j == 0 {
		return dateline{}, false
	}
	place, date := head[:j], head[j:]+"日"
	// A month before the day: 【パリ１２月５日】.
	if p, ok := strings.CutSuffix(place, "月"); ok {
		m := len(p)
		for n := 0; m > 0 && n < 2; n++ {
			r, w := utf8.DecodeLastRuneInString(p[:m])
			if !isDigitOrNumeral(r) || r == '两' || r == '零' {
				break
			}
			m -= w
		}
		if m < len(p) && m > 0 {
			place, date = p[:m], p[m:]+"月"+date
		}
	}
	// A time word before the day is no place: 【今月５日】, 【昨年１２月５日】.
	// Nor is an event, whose day this is: 【選抜高校野球第７日】,
	// 【国体第４日】, 【箱根駅伝２日】 head its results.
	if !isPlaceWord(place) || strings.ContainsRune("月年週第", lastRune(place)) || jaEventName(place) {
		return dateline{}, false
	}
	// Japan's day: （日本時間６日）, （日本時間６日午前）.
	if r, ok := strings.CutPrefix(rest, "（日本時間"); ok {
		e := strings.Index(r, "）")
		if e <= 0 || !atMost(r[:e], 8) {
			return dateline{}, false
		}
		rest = r[e+len("）"):]
	}
	if rest != "" && !strings.HasPrefix(rest, "＝") && !strings.HasPrefix(rest, "=") && !isAgency(trimSpace(rest)) {
		return dateline{}, false
	}
	d, ok := bracketDateline(place+rest, lang)
	if !ok || d.place != place {
		return dateline{}, false
	}
	d.date = date
	return d, true
}

// jaEventEnds end the name of a sports event or meeting, whose day a
// bracket over its results gives (【箱根駅伝２日】, 【世界陸上３日】): no
// place a dateline is dated from ends so.
var jaEventEnds = []string{"大会", "選手権", "五輪", "陸上", "野球", "駅伝", "国体", "場所", "杯", "カップ", "マラソン", "リーグ", "シリーズ", "オープン", "競技", "ゲームズ", "会議", "サミット"}

// jaEventName reports a bracket's head word that names an event
// (jaEventEnds) rather than a place.
func jaEventName(s string) bool { return hasAnySuffix(s, jaEventEnds) }
