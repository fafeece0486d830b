package newstext

import "strings"

// rubricWords end the name of a standing column that a paper sets over
// a story's headline as its rubric: a topic and the column's word
// (生猪市场观察, 楼市视点, 财经速递), or a series' word of reports from
// the scene (乡村振兴见闻, 边疆纪行, 冬奥进行时).
var rubricWords = []string{"观察", "觀察", "视点", "視點", "透视", "透視", "纵横", "縱橫", "速递", "速遞", "扫描", "掃描", "漫谈", "漫談", "随笔", "隨筆", "札记", "札記", "手记", "手記", "述评", "述評", "时评", "時評", "快评", "快評", "短评", "短評", "锐评", "銳評",
	"见闻", "見聞", "纪行", "紀行", "走笔", "走筆", "巡礼", "巡禮", "纪实", "紀實", "进行时", "進行時"}

// rubricLabel reports a short title line of Han characters alone that
// names a column or a series by its topic and a column word: a label
// over the headline, its kicker, never the headline (a headline says
// what happened; a rubric only what the column covers). The topic may be
// a campaign's or season's name in quotes, “三夏”一线见闻 (quotedRubric).
func rubricLabel(s string) bool {
	if strings.HasPrefix(s, "“") {
		return quotedRubric(s)
	}
	return hanCount(s, 8) >= 3 && hasAnySuffix(s, rubricWords)
}

// quotedRubric reports a rubric whose topic is a name in quotes (“三夏”,
// “双减”) of at most six Han runes, followed by at most six more that end
// in a column or series word: “三夏”一线见闻, “双减”进行时.
func quotedRubric(s string) bool {
	s = s[len("“"):]
	k := strings.Index(s, "”")
	if k <= 0 || hanCount(s[:k], 6) < 1 {
		return false
	}
	rest := s[k+len("”"):]
	return hanCount(rest, 6) >= 2 && hasAnySuffix(rest, rubricWords)
}

// hanCount returns the number of runes of s when all of them are Han
// characters and there are at most most, else -1.
func hanCount(s string, most int) int {
	n := 0
	for _, r := range s {
		if !isHan(r) {
			return -1
		}
		if n++; n > most {
			return -1
		}
	}
	return n
}
