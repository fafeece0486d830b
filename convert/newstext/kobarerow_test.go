package newstext

import (
	"strings"
	"testing"
)

// TestKoreanBareListingRows: a Korean culture page's weekly listing
// closes each ◇ item with its facts, ▶일시 …, ▶장소 …, ▶문의 …, a row a
// line with no colon (blind page ko-munhwa-jeonsi-77). The first row under
// a description whose last sentence fills its line is a paragraph of its
// own (item 3c: it had been glued to that sentence), and the standing
// box's name under the last row, 신간, opens an article of its own (item
// 3b: it had been a paragraph of the listing's last section), its first
// entry's data line, 《…》 최윤아 지음·…·1만7000원, a paragraph with the
// description under it, no subheadline. Look-alikes kept: an arrow before
// a sentence, a link, a label run on into its particle, a value that
// ends a sentence; a book's name opening a headline with no price or
// page count.
func TestKoreanBareListingRows(t *testing.T) {
	for s, want := range map[string]bool{
		"▶일시 12월 20일 오후 7시 30분":      true,
		"▶기간 12월 10일~2027년 2월 28일":   true,
		"▶장소 청주예술의전당 대공연장":           true,
		"▶문의 043-201-7000":           true,
		"▲관람료 전석 2만원":                true,
		"◇ 예매 인터파크 티켓":               true,
		"▶ 전화 02-123-4567로 문의하면 된다.": false,
		"▶관련기사 3면":                   false,
		"▶문의는 043-201-7000로 하면 된다.":  false,
		"▶문의: 043-201-7000":          false, // (the colon form: kofieldrow.go)
		"▶장소 청주예술의전당에서 열린다.":         false,
		"▶기간 12월 10일 ▶장소 미술관":        false, // (a run of items on one line)
		"일시 12월 20일 오후 7시":           false, // (no bullet)
		"▶관람료 무료":                    true,
		"▶주최 한빛시립미술관":                true,
		// A story's section heads opening with a label's word (review
		// 31b, ko-diamond-head-label): no fact after it.
		"◆관람 포인트":     false,
		"◆신청 방법은":     false,
		"◆일정 차질 불가피":  false,
		"■신청 방법":      false,
		"▶대상 선정 기준은":  false,
		"◆장소 선정 논란":   false,
		"■출연 배우들의 소감": false,
	} {
		if got := koBareFieldRow(s); got != want {
			t.Errorf("koBareFieldRow(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"《겨울 정원의 기억》 최윤아 지음·한빛출판·312쪽·1만7000원":    true,
		"「소리의 지도」 한지우 지음 | 파도출판 | 256쪽 | 1만5000원": true,
		"『바다의 시간』 존 스미스 지음·김하나 옮김·파도출판·288쪽":      true,
		"《채식주의자》 한강, 부커상 수상 10년 만에 개정판":           false,
		"《겨울 정원의 기억》 출간 기념 북토크 열려":                false,
		"식물학자인 저자가 눈 덮인 정원에서 지음·312쪽·1만7000원":     false,
	} {
		if got := koBookDataLine(s); got != want {
			t.Errorf("koBookDataLine(%q) = %v, want %v", s, got, want)
		}
	}

	const page = "충청한빛일보 2026년 12월 7일 월요일 22면 문화\n\n[주간 전시·공연]\n\n" +
		"◇청주시립교향악단 송년음악회\n베토벤 교향곡 9번 ‘합창’을\n청주시립합창단과 함께 연주한다.\n지휘는 상임지휘자 류재현이 맡는다.\n" +
		"▶일시 12월 20일 오후 7시 30분\n▶장소 청주예술의전당 대공연장\n▶문의 043-201-7000\n\n" +
		"신간\n\n《겨울 정원의 기억》 최윤아 지음·한빛출판·312쪽·1만7000원\n식물학자인 저자가 눈 덮인 정원에서\n봄을 기다리는 식물 스무 종의\n겨울나기를 관찰하고 기록한 에세이다.\n"
	d := mustRead(t, page)
	got := strings.Join(treeOf(d), "\n") + "\n"
	wantIn(t, got,
		"    paragraph 베토벤 교향곡 9번 ‘합창’을 청주시립합창단과 함께 연주한다. 지휘는 상임지휘자 류재현이 맡는다.\n"+
			"    paragraph ▶일시 12월 20일 오후 7시 30분\n    paragraph ▶장소 청주예술의전당 대공연장\n    paragraph ▶문의 043-201-7000\n",
		"article\n  headline 신간\n  paragraph 《겨울 정원의 기억》 최윤아 지음·한빛출판·312쪽·1만7000원 식물학자인 저자가 눈 덮인 정원에서 봄을 기다리는 식물 스무 종의 겨울나기를 관찰하고 기록한 에세이다.\n")
	roundTrip(t, d)

	// Look-alikes: a sentence after the arrow goes on with the wrap under
	// it; an arrow before a link stays as it was.
	for _, c := range [][2]string{
		{"▶ 전화 043-201-7000로 문의하면\n된다.\n", "지휘는 상임지휘자 류재현이 맡는다."},
	} {
		d := mustRead(t, strings.Replace(page, "▶일시 12월 20일 오후 7시 30분\n", c[0], 1))
		got := strings.Join(treeOf(d), "\n") + "\n"
		if strings.Contains(got, "paragraph ▶ 전화 043-201-7000로 문의하면\n") {
			t.Errorf("the arrow's sentence was cut from its wrap:\n%s", got)
		}
		wantIn(t, got, c[1])
		roundTrip(t, d)
	}

	// A story's ◆ section heads opening with a label's word stay its
	// section heads, each over its paragraphs (review 31b finding 1).
	story := "한빛시립미술관, 겨울 기획전 '빛의 정원' 개막\n\n한빛시립미술관이 오는 10일부터 겨울 기획전 '빛의 정원'을 연다.\n\n" +
		"◆관람 포인트\n전시의 핵심은 2층 기획전시실에 마련된 대형 설치 작품이다.\n\n◆신청 방법은\n도슨트 해설은 미술관 누리집에서 미리 신청해야 한다.\n\n김지은 기자 jieun@hanbit.co.kr\n"
	d = mustRead(t, story)
	got = strings.Join(treeOf(d), "\n") + "\n"
	wantIn(t, got, "heading ◆관람 포인트\n", "heading ◆신청 방법은\n")
	roundTrip(t, d)

	// A review's book data line under its headline stays a paragraph of
	// its own over the review across the blank line (review 31b, also
	// seen); under the box's name, 신간, the entry's description goes on
	// under its data line.
	const data = "《겨울 정원의 기억》 최윤아 지음·한빛출판·312쪽·1만7000원"
	for _, c := range []struct {
		head string
		want string
	}{
		{"[새책] 겨울 정원에서 찾은 위로", "  paragraph " + data + "\n  paragraph 시인 최윤아가"},
		{"겨울 정원에서 찾은 위로", "  paragraph " + data + "\n  paragraph 시인 최윤아가"},
		{"신간", "  paragraph " + data + " 시인 최윤아가"},
	} {
		d := mustRead(t, c.head+"\n\n"+data+"\n\n시인 최윤아가 10년 만에 내놓은 산문집이다. 어머니가 가꾸던 정원을 돌보며 보낸 한 해를 적었다.\n\n책은 상실을 다루지만 어둡지 않다.\n")
		got := strings.Join(treeOf(d), "\n") + "\n"
		wantIn(t, got, c.want)
		roundTrip(t, d)
	}
}
