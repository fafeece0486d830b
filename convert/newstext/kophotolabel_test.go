package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestKoreanLabelledCreditCaption: a Korean caption closed by its credit
// labelled 사진= with no bracket (사진=연합뉴스, 사진=뉴시스, 사진=독자
// 제공), or by the paper's archive in square brackets ([중앙포토]), is a
// caption, on a page with blank lines and on a portal's copy with none; a
// paragraph mentioning 사진= mid-sentence, or ending in another verb
// before the credit, stays text.
func TestKoreanLabelledCreditCaption(t *testing.T) {
	const desc = "3일 충북 청주시 무심천 벚꽃길을 찾은 시민들이 사진을 찍고 있다."
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{desc + " 사진=연합뉴스", true},
		{desc + " 사진=뉴시스", true},
		{desc + " 사진=독자 제공", true},
		{desc + " 사진 = 청주시", true},
		{desc + " [중앙포토]", true},
		{"지난해 4월 충북 청주시 무심천 벚꽃길 모습. 사진=연합뉴스", true},
		{"지난해 4월 충북 청주시 무심천 벚꽃길 모습. [중앙포토]", true},
		// The label after the slash that sets a credit off (blind page
		// ko-sports-web-photo).
		{desc + " /사진=연합뉴스", true},
		{desc + " / 사진=뉴시스", true},
		{"한빛 이글스 김성진 감독. /사진=한빛 이글스", true},
		// Look-alikes.
		{"온라인에는 사진=연합뉴스 같은 출처 표기 없이 퍼진 사진도 많아 시가 주의를 당부했다.", false},
		{"시는 축제 기간 하상도로를 통제한다고 밝혔다. 사진=연합뉴스", false},
		{desc + " 사진=", false},
		{desc + " 사진=연합뉴스, 뉴시스 제공 사진 등", false},
		{desc + " [포토]", false},
		{desc + " [중앙 포토]", false},
		{"김성진 감독은 선수들을 칭찬했다고 밝혔다. /사진=한빛 이글스", false},
		{desc + " /사진=", false},
		{desc + " /사진작가 김민수", false},
		{"온라인에는 /사진=연합뉴스 같은 출처 표기 없이 퍼진 사진도 많아 시가 주의를 당부했다.", false},
	} {
		if got := isCaption(tt.s); got != tt.want {
			t.Errorf("isCaption(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	const (
		head = "청주 무심천 벚꽃 축제 개막…주말 인파 몰릴 듯\n\n김민수 기자\n\n"
		lead = "충북 청주시 무심천 일대에서 3일 벚꽃 축제가 개막했다. 시는 주말 동안 10만명이 넘는 방문객이 찾을 것으로 예상했다."
		more = "축제는 오는 9일까지 이어진다. 시는 행사 기간 무심천 하상도로의 차량 통행을 통제한다."
	)
	for _, credit := range []string{"사진=연합뉴스", "사진=뉴시스", "사진=독자 제공", "[중앙포토]", "/사진=연합뉴스"} {
		caption := desc + " " + credit
		for _, page := range []string{
			head + caption + "\n\n" + lead + "\n",
			strings.ReplaceAll(head, "\n\n", "\n") + caption + "\n" + lead + "\n" + more + "\n",
		} {
			d := mustRead(t, page)
			if n := nodeWithText(d, caption); n == nil || n.Kind != doc.KindCaption {
				t.Errorf("%q: got %s", page, strings.Join(kindsOf(d), " | "))
			}
			// (The portal's copy joins the lead to the line under it, as it
			// does under a slash credit: only the caption is asked of here.)
			if n := paragraphOpening(d, lead); n == nil {
				t.Errorf("%q: lead not its own paragraph: %s", page, strings.Join(kindsOf(d), " | "))
			}
			roundTrip(t, d)
		}
	}
	// The slashed label alone on the line under a noun's caption: one
	// caption, and the paragraph under the blank line is not run into it.
	d := mustRead(t, head+lead+"\n\n한빛 이글스 김성진 감독.\n/사진=한빛 이글스\n\n"+more+"\n")
	if n := nodeWithText(d, "한빛 이글스 김성진 감독. /사진=한빛 이글스"); n == nil || n.Kind != doc.KindCaption {
		t.Errorf("credit under: got %s", strings.Join(kindsOf(d), " | "))
	}
	if n := paragraphOpening(d, more); n == nil {
		t.Errorf("credit under: paragraph run in: %s", strings.Join(kindsOf(d), " | "))
	}
	roundTrip(t, d)
	// A paragraph mentioning the credit mid-text stays a paragraph.
	mention := "온라인에는 사진=연합뉴스 같은 출처 표기 없이 퍼진 사진도 많아 시가 주의를 당부했다."
	d = mustRead(t, head+lead+"\n\n"+mention+"\n")
	if n := nodeWithText(d, mention); n == nil || n.Kind != doc.KindParagraph {
		t.Errorf("mention: got %s", strings.Join(kindsOf(d), " | "))
	}
	roundTrip(t, d)
}

// paragraphOpening returns the first paragraph whose text opens with s.
func paragraphOpening(d *doc.Document, s string) *doc.Node {
	var got *doc.Node
	d.WalkDocument(func(n *doc.Node) bool {
		if got == nil && n.Kind == doc.KindParagraph && strings.HasPrefix(n.Text, s) {
			got = n
		}
		return got == nil
	})
	return got
}

// TestKoreanEqualsFirstCredit: a Korean caption closed by its credit with
// the equals sign put before the label, … 설명하고 있다. =사진 강민수 기자
// (blind page ko-inteobyu-myeon), = 사진 연합뉴스, is a caption as … 있다.
// 사진=연합뉴스 is; after a paragraph's verb, with a bare name that is no
// photographer's or agency's, or with the label run into a word, it
// stays text.
func TestKoreanEqualsFirstCredit(t *testing.T) {
	const desc = "윤정호 한빛해양금융 대표가 지난 3일 부산 남구 문현동 본사에서 선박 펀드 운용 현황을 설명하고 있다."
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{desc + " =사진 강민수 기자", true},
		{desc + " = 사진 강민수 기자", true},
		{desc + " =사진 연합뉴스", true},
		{desc + " =사진 부산시 제공", true},
		{"부산 남구 문현동 한빛해양금융 본사 전경. =사진 강민수 기자", true},
		// Look-alikes.
		{"윤 대표는 부산이 해양금융 허브가 될 수 있다고 밝혔다. =사진 강민수 기자", false},
		{desc + " =사진 강민수", false},
		{desc + " =사진작가 김민수", false},
		{desc + " =사진", false},
		{"그는 =사진 강민수 기자 같은 표기를 두고 설명하고 있다.", false},
	} {
		if got := isCaption(tt.s); got != tt.want {
			t.Errorf("isCaption(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	const page = "윤정호 대표 “부산, 해양금융 허브 충분히 가능”\n\n◇“정책금융기관 이전이 첫 단추”\n\n" +
		"Q. 부산이 금융 허브가 되려면 무엇이 필요한가.\n\nA. 정책금융기관 이전이 첫 단추다. 본사가 오면 인력이 오고, 인력이 오면 민간 자본이 따라온다.\n\n" +
		desc + " =사진 강민수 기자\n\n◇“내년엔 친환경 선박에 집중”\n\nQ. 내년 계획은.\n\nA. 친환경 선박에 5000억원 규모 펀드를 조성한다.\n"
	d := mustRead(t, page)
	roundTrip(t, d)
	wantIn(t, strings.Join(pageLeafKinds(d), "\n"), "caption "+desc+" =사진 강민수 기자\nheading ◇“내년엔 친환경 선박에 집중”")
}

// TestKoreanSuppliedLabelCaption: the supplier's label, 사진 제공=X
// (사진제공=, 사진 제공 = ), as common on a Korean culture page as 사진=,
// closes a caption the same way (blind round 77, item 1e: … 한 장면. 사진
// 제공=극단 바람 was a paragraph, and the paragraph under the blank line
// was run into it), and inside angle brackets too, <사진 제공=X>.
// Look-alikes kept: a paragraph ending in another verb before it, a colon
// for the sign, and a name run on to more words stay text.
func TestKoreanSuppliedLabelCaption(t *testing.T) {
	const desc = "지난 4일 청주예술의전당 소극장에서 열린 연극 ‘바람이 머무는 집’의 한 장면."
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{desc + " 사진 제공=극단 바람", true},
		{desc + " 사진제공=극단 바람", true},
		{desc + " 사진 제공 = 극단 바람", true},
		{desc + " <사진 제공=극단 바람>", true},
		{desc + " 사진=극단 바람", true}, // (as before)
		{"극단은 새 작품을 무대에 올린다고 밝혔다. 사진 제공=극단 바람", false},
		{desc + " 사진 제공: 극단 바람", false},
		{desc + " 사진 제공=극단 바람이 올린 무대의 한 장면", false},
		{desc + " 사진 제공=", false},
	} {
		if got := isCaption(tt.s); got != tt.want {
			t.Errorf("isCaption(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	const (
		head = "[리뷰] 연극 ‘바람이 머무는 집’\n\n막이 오르면 무대에는 낡은 식탁\n하나와 의자 네 개가 놓여 있다.\n\n"
		more = "다만 2막 후반 아버지의 독백이 길게\n이어지며 극의 호흡이 다소 늘어지는\n점은 아쉽다.\n"
	)
	d := mustRead(t, head+"지난 4일 청주예술의전당 소극장에서\n열린 연극 ‘바람이 머무는 집’의 한\n장면. 사진 제공=극단 바람\n\n"+more)
	if n := nodeWithText(d, desc+" 사진 제공=극단 바람"); n == nil || n.Kind != doc.KindCaption {
		t.Errorf("caption: got %s", strings.Join(kindsOf(d), " | "))
	}
	if n := paragraphOpening(d, "다만 2막 후반 아버지의 독백이 길게 이어지며 극의 호흡이 다소 늘어지는 점은 아쉽다."); n == nil {
		t.Errorf("paragraph run into the caption: %s", strings.Join(kindsOf(d), " | "))
	}
	roundTrip(t, d)
}
