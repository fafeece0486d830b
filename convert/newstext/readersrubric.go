package newstext

import "strings"

// A letters page sets its rubric over each letter's title as a column's
// name: 讀者投書 (ETtoday's letters under 雲論), 讀者來函 (a Hong Kong
// paper's), 读者来信, 读者之声, 讀者論壇. Read as a credit it is the
// reader's role (读者　周桂兰 signs a letter) run on to a name; the word
// after the role names the page, never a reader, so it is no name
// (notNames) and the line is the letter's kicker, as 社论 is the
// editorial's, whatever the length of the title under it. The words
// alone or in a sentence stay text (欢迎读者来函，电邮：… is the page's
// call, tipline.go; 一封读者来信 is a headline).

// readersColumnWords name a readers' column after the role 读者: its
// letters (投书, 来函, 来信), its forum (论坛, 园地, 之声, 心声), its
// box (信箱, 留言, 热线) and its readers' response (回响, 意见), both
// scripts.
var readersColumnWords = []string{
	"投书", "投書", "来函", "來函", "来信", "來信", "论坛", "論壇", "之声", "之聲", "园地", "園地",
	"信箱", "心声", "心聲", "回响", "回響", "迴響", "回音", "意见", "意見", "留言", "热线", "熱線",
}

// readersRubric reports a readers' column's rubric alone on its line:
// 读者 or 讀者 and one of readersColumnWords, nothing else.
func readersRubric(s string) bool {
	rest, ok := strings.CutPrefix(s, "读者")
	if !ok {
		rest, ok = strings.CutPrefix(s, "讀者")
	}
	if !ok || len(rest) > len("之聲") {
		return false
	}
	for _, w := range readersColumnWords {
		if rest == w {
			return true
		}
	}
	return false
}
