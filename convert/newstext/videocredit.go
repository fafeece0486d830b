package newstext

import "strings"

// A mainland news site or app (央视新闻, 人民网, 新华网) sets the still or
// the player of a video in the story with a caption closed by the video's
// credit in brackets, as a photo's is closed by （记者 X 摄）:
// ▶巡线工人在铁塔上更换绝缘子。（视频：总台央视记者 刘佳）, …。（视频/新华社）,
// …。（视频来源：江城发布）. The label 视频 (視頻) and a colon or slash open
// the credit, a name, an organisation or a role with names, short and with
// no clause of its own; before it stands the caption, one short sentence.
// A paragraph that reports more (several sentences, a clause of speech)
// with such a bracket stays text, as does a bracket that is a sentence
// (（视频：记者在现场看到，…）).

// videoCreditLabels open a video's credit inside its bracket.
var videoCreditLabels = []string{"视频：", "视频:", "视频/", "视频／", "視頻：", "視頻:", "視頻/", "視頻／", "视频来源：", "視頻來源："}

// videoCreditMax is the most runes of the bracket's inside: the label, a
// role and two or three names.
const videoCreditMax = 28

// videoCredit reports the inside of a bracket crediting a video (see
// above): one of videoCreditLabels, then a credit of a few runes with no
// clause's end.
func videoCredit(in string) bool {
	if r, _ := firstRune(in); r != '视' && r != '視' || !atMost(in, videoCreditMax) {
		return false
	}
	for _, l := range videoCreditLabels {
		if rest, ok := strings.CutPrefix(in, l); ok {
			return trimSpace(rest) != "" && !hasAnyRune(rest, "，,。；;！？!?")
		}
	}
	return false
}
