package newstext

import "strings"

// A Japanese broadcaster's web copy closes with the station that filed
// the story in round brackets, as a paper's closes with its agency or
// bureau: （信越放送）, （ＳＢＣ信越放送）, （テレビ朝日）, （ＮＨＫ）; a
// partner paper's the same way, （琉球新報）. The bracket names an
// organisation, the credit's org: read as a name's bracket, （山田太郎）,
// the station became a person's name, and with its call letters, or as
// call letters alone, it was no credit at all and was joined to the
// update stamp under it (blind page ja-jnn-web).

// jaStationEnds end the name of a Japanese broadcaster or paper:
// 信越放送, 中京テレビ, 信濃毎日新聞, 琉球新報, 長野日報, 沖縄タイムス.
var jaStationEnds = []string{"放送", "テレビ", "新聞", "新報", "日報", "タイムス"}

// jaNetworkLetters are the call letters a Japanese network's news goes by
// alone: the public broadcaster and the five commercial networks.
var jaNetworkLetters = []string{"NHK", "JNN", "NNN", "FNN", "ANN", "TXN"}

// jaBroadcasterName reports the inside of a broadcaster's or paper's
// credit (see above): a name of katakana and kanji ending in one of
// jaStationEnds, longer than the ending, or opening with テレビ (テレビ
// 信州); the same after the station's call letters, two to five
// capitals, ASCII or fullwidth (ＳＢＣ信越放送, BSN新潟放送, ＴＢＳテレビ);
// or a network's letters alone (ＮＨＫ). A name of a person, 山田太郎, an
// ending alone, 放送, and other capitals, （ＥＵ）, are none.
func jaBroadcasterName(in string) bool {
	calls := 0
	for calls < len(in) {
		r, w := runeAt(in, calls)
		if !(r >= 'A' && r <= 'Z' || fullwidthLetter(r)) {
			break
		}
		calls += w
	}
	letters, name := foldFullwidth(in[:calls]), in[calls:]
	if letters != "" && (len(letters) < 2 || len(letters) > 5) {
		return false
	}
	if name == "" {
		for _, n := range jaNetworkLetters {
			if letters == n {
				return true
			}
		}
		return false
	}
	if !atMost(name, 10) {
		return false
	}
	for _, r := range name {
		if !isHan(r) && !(r >= 0x30A1 && r <= 0x30FA) && r != 'ー' {
			return false
		}
	}
	for _, e := range jaStationEnds {
		if n, ok := strings.CutSuffix(name, e); ok && (n != "" || letters != "") {
			return true
		}
	}
	rest, ok := strings.CutPrefix(name, "テレビ")
	return ok && !atMost(rest, 1)
}
