package newstext

// rubricWords end the name of a standing column that a paper sets over
// a story's headline as its rubric: a topic and the column's word
// (生猪市场观察, 楼市视点, 财经速递).
var rubricWords = []string{"观察", "觀察", "视点", "視點", "透视", "透視", "纵横", "縱橫", "速递", "速遞", "扫描", "掃描", "漫谈", "漫談", "随笔", "隨筆", "札记", "札記", "手记", "手記", "述评", "述評", "时评", "時評", "快评", "快評", "短评", "短評", "锐评", "銳評"}

// rubricLabel reports a short title line of Han characters alone that
// names a column by its topic and a column word: a label over the
// headline, its kicker, never the headline (a headline says what
// happened; a rubric only what the column covers).
func rubricLabel(s string) bool {
	n := 0
	for _, r := range s {
		if !isHan(r) {
			return false
		}
		if n++; n > 8 {
			return false
		}
	}
	return n >= 3 && hasAnySuffix(s, rubricWords)
}
