package newstext

import "strings"

// A digest sets each item's subject run in before its text in brackets,
// and the item's first sentence names it again as its subject:
// 【嘉南電訊】嘉南電訊（01388）宣布，…, 【海通力拓】建築承建商海通力拓…. A
// bracket of a place or a paper and 訊 or 電 (【新加坡讯】, 【本報訊】) is a
// dateline, and a company's name ending in the same character (電訊,
// telecom; 通訊, 資訊) reads as one (嘉南電 + 訊) — but no story repeats its
// dateline, term and all, as the opening words of its first sentence. A
// bracket so repeated is the item's lead-in, read as its siblings are,
// never a dateline. (A Japanese town's dateline is often repeated as the
// place of the first sentence, 【松本】松本市の…: it holds no term and
// stays a dateline.)

// subjectLeadIn reports bracket content in (trimmed), ending in a
// dateline's term (訊 讯 電 电) and run in before rest, whose words open
// rest: the item's subject named again as the subject of its first
// sentence.
func subjectLeadIn(in, rest string) bool {
	switch lastRune(in) {
	case '訊', '讯', '電', '电':
	default:
		return false
	}
	return !atMost(in, 2) && strings.HasPrefix(trimSpace(rest), in)
}
