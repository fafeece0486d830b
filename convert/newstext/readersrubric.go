package newstext

import (
	"slices"
	"strings"
)

// A letters page sets its rubric over each letter's title as a column's
// name: 讀者投書 (ETtoday's letters under 雲論), 讀者來函 (a Hong Kong
// paper's), 读者来信, 读者之声, 讀者論壇. Read as a credit it is the
// reader's role (读者　周桂兰 signs a letter) run on to a name; the word
// after the role names the page, never a reader, so it is no name
// (notNames) and the line is the letter's kicker, as 社论 is the
// editorial's, whatever the length of the title under it. The words
// alone or in a sentence stay text (欢迎读者来函，电邮：… is the page's
// call, tipline.go; 一封读者来信 is a headline).
//
// The page's word is any word of the column's trade, not only a letters
// page's: a health page's 读者问诊, a service page's 读者点题, 读者咨询,
// 读者问答. A reader signs with a name set apart from the role
// (读者　周桂兰) or run on to it (读者王磊, and as readers sign, 读者老张,
// 读者小林, or with a surname no list holds, 读者洪涛, 讀者蔣明): only the
// column's own words (readersColumnTrade) are read as its rubric there,
// never two characters that merely open with no common surname.

// readersColumnWords name a readers' column after the role 读者: its
// letters (投书, 来函, 来信), its forum (论坛, 园地, 之声, 心声), its
// box (信箱, 留言, 热线) and its readers' response (回响, 意见), both
// scripts.
var readersColumnWords = []string{
	"投书", "投書", "来函", "來函", "来信", "來信", "论坛", "論壇", "之声", "之聲", "园地", "園地",
	"信箱", "心声", "心聲", "回响", "回響", "迴響", "回音", "意见", "意見", "留言", "热线", "熱線",
	"来电", "來電",
}

// readersRubric reports a readers' column's rubric alone on its line:
// 读者 or 讀者 and one of readersColumnWords or another column's word
// (readersColumnWord), nothing else.
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
	return readersColumnWord(rest)
}

// readersColumnTrade are the words of a readers' column of a trade's
// page after the role 读者, both scripts: a health page's 问诊, a service
// page's 点题, 咨询, 问答, 提问, 求助, 服务, 互动. Each is the column's
// word and no name a reader signs with (老张, 小林, 洪涛 are).
var readersColumnTrade = []string{
	"问诊", "問診", "点题", "點題", "咨询", "諮詢", "咨詢", "问答", "問答", "提问", "提問",
	"求助", "服务", "服務", "互动", "互動",
}

// readersColumnWord reports a word of readersColumnTrade run on to the
// role 读者 (读者问诊): the word of a readers' column, never a reader's
// name, which a run-on word of two characters otherwise is (读者老张).
func readersColumnWord(w string) bool {
	return len(w) == len("问诊") && slices.Contains(readersColumnTrade, w)
}

// readerRole reports the role word of a reader's signature, 读者 or 讀者.
func readerRole(kw string) bool { return kw == "读者" || kw == "讀者" }
