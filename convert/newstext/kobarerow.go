package newstext

import (
	"slices"
	"strings"
)

// A Korean culture page's listing (주간 전시·공연, 이번 주 공연) closes each
// item with its facts, a row a line, the bullet and the label before the
// value with no colon: ▶기간 12월 10일~2027년 2월 28일 / ▶장소 한빛시립
// 미술관 2층 기획전시실 / ▶문의 043-201-4000. The first row sits right
// under the item's description, whose last sentence may fill its line
// (지휘는 상임지휘자 류재현이 맡는다.): the row is still a line of its
// own, never that sentence's wrap, as the form's row with a colon is
// (kofieldrow.go). The labels are a listing's facts; an arrow before a
// sentence (▶ 전화 02-123-4567로 문의하면 된다.), a link (▶관련기사 …)
// or a label run on into a word (▶문의는 …) is no such row.
//
// The labels are common nouns, and a story's section heads open with
// them under the same bullets (◆관람 포인트, ◆신청 방법은, ■일정 차질
// 불가피): the row's value is a fact, a figure (a date, a time, a
// phone number, a price, a count) or 무료, or else the name a place,
// organiser, cast or ticket seller's label asks for (▶장소 청주예술의
// 전당 대공연장), and that last not under ◆, ■ or ●, the bullets of a
// story's heads (◆장소 선정 논란).

// koBareRowLabels are the labels of a Korean listing's colon-less rows.
var koBareRowLabels = []string{"일시", "일정", "기간", "시간", "장소", "문의", "관람료", "입장료", "요금", "예매", "대상", "주최", "주관", "출연", "참가비", "신청", "접수", "티켓", "관람"}

// koBareRowBullets open a Korean listing's colon-less row.
const koBareRowBullets = "▶▷▲△◆◇■□○●•·"

// koBareRowNameLabels are the labels whose value is a name, a fact with
// no figure: the place, the organisers, the cast, the ticket seller.
var koBareRowNameLabels = []string{"장소", "주최", "주관", "출연", "예매", "티켓"}

// koHeadBullets open a Korean story's section heads as often as a
// listing's rows (◆관람 포인트).
const koHeadBullets = "◆■●"

// koBareFieldRow reports a Korean listing's row with no colon (see
// above): a bullet, a listed label (koBareRowLabels) and, after a space,
// a value that ends no sentence and states a fact (koBareRowFact), the
// whole at most 48 runes.
func koBareFieldRow(s string) bool {
	r, w := firstRune(s)
	if !strings.ContainsRune(koBareRowBullets, r) || !atMost(s, 48) {
		return false
	}
	t := strings.TrimLeft(s[w:], " ")
	k := strings.IndexByte(t, ' ')
	if k <= 0 || !slices.Contains(koBareRowLabels, t[:k]) {
		return false
	}
	v := trimSpace(t[k:])
	return v != "" && !endsSentence(v) && !strings.ContainsRune(v, r) && koBareRowFact(r, t[:k], v)
}

// koBareRowFact reports the value v of a colon-less row under bullet r
// and label a fact (see above): a figure or 무료, or a name under a
// name's label (koBareRowNameLabels) after a listing's bullet, not a
// head's (koHeadBullets).
func koBareRowFact(r rune, label, v string) bool {
	if hasDigit(v) || strings.HasPrefix(v, "무료") || strings.HasPrefix(v, "전석 무료") {
		return true
	}
	return slices.Contains(koBareRowNameLabels, label) && !strings.ContainsRune(koHeadBullets, r)
}

// koBareRowOpens reports line i of the block being cut as a Korean
// listing's first colon-less row under the item's description that ended
// its sentence (ended), or under another such row: a line of its own
// however full the line above ran.
func (b *builder) koBareRowOpens(ls []srcLine, i int, ended bool) bool {
	if b.lang != "ko" || !koBareFieldRow(ls[i].text) {
		return false
	}
	return ended || koBareFieldRow(ls[i-1].text)
}
