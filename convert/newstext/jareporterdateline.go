package newstext

import (
	"strings"
	"unicode/utf8"
)

// placeReporterDateline recognises the 毎日 style of a correspondent's
// dateline, which writes the reporter's name straight after the place
// with no ＝ between them: 【ジュネーブ田中健】 is 【ジュネーブ＝田中健】.
// Only a foreign place can be told from the name that way, so the place
// is katakana and the name kanji (a kanji place run into a kanji name has
// no boundary to find). A kanji tail that names a part of the place or a
// desk (【パリ郊外】, 【ロンドン支局】), or ending in a topic's word
// (【イベント情報】: jaTopicEnds), is no name, and an agency after the
// place (【ワシントン共同】) is the org, which the caller tries first.
func placeReporterDateline(in string) (dateline, bool) {
	k := 0
	for k < len(in) {
		r, w := utf8.DecodeRuneInString(in[k:])
		if !(r >= 0x30A1 && r <= 0x30FA) && r != 'ー' && r != '・' {
			break
		}
		k += w
	}
	place, name := in[:k], in[k:]
	if utf8.RuneCountInString(place) < 2 || !isPlaceWord(place) || !isName(name) {
		return dateline{}, false
	}
	for _, r := range name {
		if !isHan(r) && r != '々' {
			return dateline{}, false
		}
	}
	for _, s := range placePartEnds {
		if strings.HasSuffix(name, s) {
			return dateline{}, false
		}
	}
	if hasAnySuffix(name, jaTopicEnds) {
		return dateline{}, false // 【イベント情報】: a corner's head, no reporter (jatopiclabel.go)
	}
	return dateline{place: place, names: []string{name}}, true
}

// placePartEnds end a kanji word after a katakana place that is part of
// the place or a desk there, not a reporter's name: 郊外, 近郊, 市内,
// 中心部, 支局, 総局, 空港, and a city's or state's suffix.
var placePartEnds = []string{"外", "郊", "内", "部", "辺", "局", "港", "区", "市", "州", "県", "省", "都", "圏", "地", "発", "電", "駐在", "特派員", "本社", "会場", "大使館"}
