package newstext

import "strings"

// A Japanese print paper points from a story to what its web edition
// adds, on a line of its own under the story: ▶減便対象の系統一覧は電子版に,
// ▶詳しくは電子版で, 詳報は電子版に, ▶動画はデジタル版で. It is the story's
// furniture (noise), no head of a section: nothing follows it in print,
// and the next title line after it opens the next article.

// noiseJaWebPointer names the pointer as a noise kind.
const noiseJaWebPointer = "web edition pointer"

// jaWebPointerEnds close such a pointer: the web edition and the
// particle saying the rest is there (with a verb of showing or not).
var jaWebPointerEnds = []string{
	"電子版に", "電子版で", "電子版へ", "電子版に掲載", "電子版で公開", "電子版で詳報", "電子版に詳報", "電子版にも",
	"デジタル版に", "デジタル版で", "デジタル版へ", "デジタル版に掲載", "デジタル版で公開",
	"ウェブ版に", "ウェブ版で", "ニュースサイトに", "ニュースサイトで",
}

// jaWebPointerMarks may lead a pointer: an arrow or a pointing hand.
const jaWebPointerMarks = "▶►▷→☞⇒"

// jaWebPointerLeads open an unmarked pointer: what is on the web edition
// (the details, the full text, the rest of the story).
var jaWebPointerLeads = []string{"詳しくは", "詳細は", "詳報は", "全文は", "続きは"}

// jaWebPointerFirst reports the runes a pointer opens with (gate asks
// it).
func jaWebPointerFirst(r rune) bool {
	return strings.ContainsRune(jaWebPointerMarks, r) || r == '詳' || r == '全' || r == '続'
}

// jaWebPointer reports a pointer to the web edition (see above): at most
// 40 runes ending (but for a full stop) in one of jaWebPointerEnds after
// は or を (or right after a lead), opening with one of jaWebPointerMarks
// or jaWebPointerLeads. A sentence on an edition (新聞各社、電子版に注力;
// 同社は電子版で配信している。) ends otherwise or opens with neither.
func jaWebPointer(s string) bool {
	if !atMost(s, 40) {
		return false
	}
	t := strings.TrimSuffix(s, "。")
	marked := false
	if r, w := firstRune(t); strings.ContainsRune(jaWebPointerMarks, r) {
		t, marked = trimSpace(t[w:]), true
	}
	led := false
	for _, l := range jaWebPointerLeads {
		if strings.HasPrefix(t, l) {
			led = true
			break
		}
	}
	if !marked && !led {
		return false
	}
	for _, e := range jaWebPointerEnds {
		head, ok := strings.CutSuffix(t, e)
		if !ok {
			continue
		}
		return led || strings.HasSuffix(head, "は") || strings.HasSuffix(head, "を")
	}
	return false
}
