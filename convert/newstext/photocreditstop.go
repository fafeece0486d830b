package newstext

import (
	"strings"
	"unicode/utf8"
)

// creditAfterStop reports a photographer's name standing alone after the
// caption's last sentence, as the text before a spaced 摄 (…施工人员正在进场
// 作业。王　新 摄, …作业。王新 摄): the name whole (2–4 Han characters) or a
// two-character name padded to three cells, opening with a surname. rest is the text before 摄,
// its space trimmed; the caller asks only when a space stood before 摄,
// the typesetter's credit form (…。他拍摄 is no credit, nor is a longer
// clause after the stop, …。记者现场 摄).
func creditAfterStop(rest string) bool {
	k := lastIndexNear(rest, "。", 6)
	if k < 0 {
		return false
	}
	name := rest[k+len("。"):]
	if name == "" || !atMost(name, 5) {
		return false
	}
	if isName(name) {
		return opensWithSurname(name)
	}
	joined := unspaced(name)
	return joined != name && utf8.RuneCountInString(joined) == 2 && isName(joined) && strings.Count(name, "　") == 1 && opensWithSurname(joined)
}
