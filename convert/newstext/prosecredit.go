package newstext

import "strings"

// A credit's form fits many a line of Chinese prose cut by the wrap: a
// glued org, role and name, 勞工及福利局局長接受記者訪問, 他告诉记者今年,
// 記者昨日走訪多個屋苑, 本報記者獲悉特, the first line of an indented
// paragraph or any line of a hard-wrapped one. A byline stands on a line
// of its own, set short (本报记者　王磊, 记者 张国栋 刘敏): glued into one
// run of characters it is a few of them, never a line the wrap filled to
// the measure and then carried on into the unindented line under it. A
// spaced credit (香港文匯報記者　鄭嘉朗), a marked one (■本报记者 王磊),
// one with a slash (文/本报记者 刘晓, 記者林怡君／台北報導), a bracketed one
// ((记者 王某 通讯员 李某), （社会部・X）) or one short of the measure
// stays a credit.

// proseCreditAt reports line i of the block, read as a byline, a line of
// prose the wrap cut instead: it is one run of characters (no space, no
// mark, slash or bracket), it fills the page's measure (on a page too
// short to measure, it is about as wide as the widest line), and the
// line under it goes on, unindented, in the same block. A line under it
// that opens a dateline (本报讯…, 新华社北京12月1日电) opens the story, so
// nothing runs on into it: a glued credit that fills a narrow OCR column,
// 本报记者王磊通讯员张小华 over 本报讯…, stays a credit.
func (b *builder) proseCreditAt(i int) bool {
	bl := &b.block
	ls := bl.ls
	if i+1 >= len(ls) || ls[i+1].indent {
		return false
	}
	s := ls[i].text
	r, _ := firstRune(s)
	if isBylineMarker(r) || closeFor(r) != 0 || strings.IndexFunc(s, isSpace) >= 0 || strings.ContainsAny(s, "/／") {
		return false
	}
	if b.measure > 0 && b.endsShortAt(i) || b.measure == 0 && lineColumns(ls[i])+4 < b.widest {
		return false
	}
	return b.kindOfSum(s, bl.sum(i)) == uByline && !b.datelineOpens(ls[i+1].text)
}
