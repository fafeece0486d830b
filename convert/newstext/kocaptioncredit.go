package newstext

import "strings"

// A portal's copy set one paragraph a line (koLines) may set a photo's
// credit on the line under its caption rather than after its sentence:
// … 출근하고 있다. / 연합뉴스, / /연합뉴스, / /AFP 연합뉴스, / (사진=뉴시스),
// / 세계일보, and then the story's paragraphs go on. Alone, the credit
// line reads as something else (/연합뉴스 is a reprinted wire story's
// trailer, its byline; 연합뉴스 or /AFP 연합뉴스 a short head), so the
// caption and its credit are one unit, as they are run together on one
// line (koreanCreditClosed). Where nothing but the story's body follows
// is what tells them from a reprint's last paragraph and its trailer
// (… 조사하고 있다. / /연합뉴스, then the page's end, furniture or the
// next story's headline). A bare name and 기자 under the line (이제원
// 기자) is left alone: under a summary's line it is the story's byline.
// Nor is the line under the credit the story going on when it is a note
// on the story (※ 이 기사는 연합뉴스와의 콘텐츠 제휴에 따라 게재된
// 것으로, … 있습니다.): a portal's reprint closes its last paragraph,
// … 검토하고 있다., and the wire's trailer, /연합뉴스, with it, and the
// paragraph and trailer had read as one caption.

// koreanCaptionCredit reports line i of a block as the credit of the
// caption on line i-1, the unit's only line so far: a page set one
// paragraph a line, the caption one or two sentences describing the
// photo (koreanCaptionText, koreanDescribes), the credit short, the two
// run together a caption closed by its credit (koreanCreditClosed,
// classified a caption), and a paragraph on the line under the credit (a
// long line ending a Korean sentence, classified as text: no copyright
// line, nor a note on the story, koreanStoryNote).
func (b *builder) koreanCaptionCredit(ls []srcLine, start, i int) bool {
	if !b.koLines || i-1 != start || i+1 >= len(ls) || len(ls[i].text) > 24*3 {
		return false
	}
	c := ls[i].text
	if last := lastRune(c); !koreanAgencyLast(last) && !koreanPaperLast(last) && last != ')' && last != ']' && last != '자' {
		return false
	}
	if koreanPhotographer(c) {
		return false // 이제원 기자: as often the story's byline under a line
	}
	text := ls[start].text
	if !koreanCaptionText(text) || !koreanDescribes(text) {
		return false
	}
	if ends, _ := koreanLineEnd(ls[i+1].text); !ends || koreanStoryNote(ls[i+1].text) || b.kindOf(ls[i+1].text) != uText {
		return false // (Copyright © …. 무단전재 … 금지.: furniture under a reprint's trailer)
	}
	joined := text + " " + c
	return koreanCreditClosed(joined) && b.kindOf(joined) == uCaption
}

// koreanStoryNote reports a line under a wire's trailer as a note on the
// story rather than its body going on: opening with a note's or a link's
// mark (※, ▶, ☞, ▷, *), or with the story named as its subject (이
// 기사는, 본 기사는), or ending in the polite 니다 a portal's or paper's
// notice speaks in (… 다를 수 있습니다.), where a story's sentences end in
// the plain 다, when it speaks of the story as a notice does (기사의
// 내용은 본지의 편집 방향과 다를 수 있으며 그 책임은 … 있습니다.). The
// polite 니다 alone is no note: a broadcaster's copy (KBS, YTN) tells its
// story in it (… 운행을 늘렸습니다.), and its caption and credit stay one.
// Nor is a notice's word alone in such a sentence (… 사과문을
// 게재했습니다., 업무 제휴를 맺었습니다., 저작권 침해 혐의로 …): only the
// notice's phrases count (koreanNotePhrases).
func koreanStoryNote(s string) bool {
	r, _ := firstRune(s)
	switch {
	case strings.ContainsRune("※▶☞▷*", r):
		return true
	case strings.HasPrefix(s, "이 기사") || strings.HasPrefix(s, "본 기사"):
		return true
	}
	if !strings.HasSuffix(strings.TrimRight(s, "."), "니다") {
		return false
	}
	for _, w := range koreanNotePhrases {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// koreanNotePhrases are the phrases a portal's or paper's notice on a
// reprinted story uses and a story's own sentences do not: the story as
// the subject or owner (기사의 내용, 이 기사는), the paper's line
// (편집 방향), the reprint's terms (제휴에 따라 게재된 것). Their words
// alone are a story's too, so they do not count bare: 기사 is also a
// driver (택시 기사는), 책임 a fault, 게재 any posting (사과문을
// 게재했습니다), 제휴 a tie-up, 저작권 a case's subject, 본지 a paper's
// own report.
var koreanNotePhrases = []string{
	"이 기사는", "본 기사는", "해당 기사는", "기사의 내용", "기사의 책임", "기사의 저작권",
	"편집 방향", "편집방향", "제휴에 따라", "제휴를 통해", "게재된 것", "게재된 기사",
	"무단 전재", "무단전재", "무단 재배포", "재배포 금지", "재배포금지", "저작권자", "저작권은",
}
