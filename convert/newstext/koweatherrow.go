package newstext

import (
	"slices"
	"strings"
)

// A Korean paper's weather box (오늘의 날씨, 날씨) sets a row a city: the
// city, the sky and the day's lowest and highest temperatures, 광주 맑음
// 0~9도, 목포 구름조금 2~10도, 순천 맑음 -1~10도. koreanRow wants two
// figures and took none of them, and the rows, short and unpunctuated,
// were read as subheadlines of the box (blind page
// ko-jiyeok-1myeon-gwangyeok). A row is a table's row of three fields.

// koreanSkies are the weather words a row gives between city and
// temperatures (the Korea Meteorological Administration's terms).
var koreanSkies = []string{"맑음", "구름조금", "구름많음", "흐림", "비", "눈", "비/눈", "눈/비", "소나기", "흐리고 비", "흐리고 눈", "한때 비", "구름많고 비", "황사", "안개"}

// koreanWeatherRow reports a weather box's row (see above).
func koreanWeatherRow(s string) bool {
	k := strings.IndexByte(s, ' ')
	j := strings.LastIndexByte(s, ' ')
	if k <= 0 || j <= k || !atMost(s, 24) {
		return false
	}
	city, sky, temp := s[:k], trimSpace(s[k+1:j]), s[j+1:]
	for _, r := range city {
		if !isHangul(r) {
			return false
		}
	}
	return atMost(city, 6) && slices.Contains(koreanSkies, sky) && tempRange(temp)
}

// tempRange reports a day's lowest and highest temperatures: a figure, a
// tilde (~ or ∼) or a slash, a figure, and 도 or ℃ (either figure may be
// below zero: -1~10도).
func tempRange(t string) bool {
	t, ok := strings.CutSuffix(t, "도")
	if !ok {
		if t, ok = strings.CutSuffix(t, "℃"); !ok {
			return false
		}
	}
	for _, sep := range []string{"~", "∼", "/"} {
		if lo, hi, ok := strings.Cut(t, sep); ok {
			return signedFigure(lo) && signedFigure(hi)
		}
	}
	return false
}

// signedFigure reports ASCII digits, a minus sign before them allowed.
func signedFigure(f string) bool {
	f = strings.TrimPrefix(f, "-")
	return f != "" && len(f) <= 3 && allDigits(f)
}
