package newstext

import (
	"strings"
	"testing"
)

// Korean conventions found by an eighth round of blind pages, each
// tested on original text of its own.

// TestKoreanAgencyCaption: a web page's caption closed by the wire that
// took the photo after a space, with no slash (… 공사 현장. 연합뉴스), is
// a caption between the paragraphs; a paragraph that ends in a verb's
// 다 or runs past two sentences is not, nor is a credit of a word that
// names no wire.
func TestKoreanAgencyCaption(t *testing.T) {
	for _, s := range []string{
		"지난 3일 부산 해운대구의 한 재건축 단지 공사 현장. 연합뉴스",
		"시민들이 새로 문을 연 하천 산책로를 걷고 있다. 뉴시스",
		"관광객들이 광장에서 사진을 찍고 있다. AP 연합뉴스",
		"지난 2일 서울 중구 명동 거리의 모습. 뉴스1",
	} {
		if !isKoreanAgencyCaption(s) || !isCaption(s) {
			t.Errorf("%s: not an agency caption", s)
		}
	}
	for _, s := range []string{
		"시 관계자는 산책로를 모두 개방하겠다고 말했다. 연합뉴스",
		"공사가 끝났다. 시민들이 몰렸다. 주말에는 더 붐볐다. 연합뉴스",
		"지난 2일 서울 중구 명동 거리의 모습. 한빛시청",
		"지난 2일 서울 중구 명동 거리의 모습. 연합뉴스는 이날",
		"지난 2일 서울 중구 명동 거리의 모습. 한빛시 제공, 연합뉴스",
	} {
		if isKoreanAgencyCaption(s) {
			t.Errorf("%s: read as an agency caption", s)
		}
	}
	page := "해운대 재건축 속도\n\n" +
		"부산 해운대구의 노후 아파트 단지들이 잇달아 재건축 사업 승인을 받았다. 구는 올해만 세 곳이 착공했다고 밝혔다.\n\n" +
		"지난 3일 부산 해운대구의 한 재건축 단지 공사 현장. 연합뉴스\n\n" +
		"업계에서는 분양 시장이 회복되면 사업 속도가 더 빨라질 것으로 보고 있다.\n"
	d := mustRead(t, page)
	roundTrip(t, d)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got, "caption 지난 3일 부산 해운대구의 한 재건축 단지 공사 현장. 연합뉴스\nparagraph 업계에서는")
}

// TestKoreanPrintWrapAndTitles: a Korean print page wraps whole words at
// its measure, so a line after a sentence end that stops short because
// the word after it would not fit (고기능성수지(HPR) 주문이 / 포장재업계에서
// …) is wrapped text, never a title line that ends the paragraph; and a
// title line the next line's first word would have fitted on ends on
// purpose: a headline over its subheadline in one block, even where the
// title's runes (spaces, letters and digits counted wide) would fill the
// measure, as only a page wrapped by character count does. A short line
// that the next word would have fitted on after a sentence end still
// opens a title.
func TestKoreanPrintWrapAndTitles(t *testing.T) {
	page := "2026년 3월 4일 수요일　A15　산업\n" +
		"\n" +
		"한빛화학, 여수 NCC 증설 착수\n" +
		"HPR 주문 몰리자 \"생산량 두 배로\"\n" +
		"\n" +
		"한빛화학은 전남 여수산업단지 제2공장의\n" +
		"증설 시기를 계획보다 1년가량 앞당긴다.\n" +
		"고기능성수지(HPR) 주문이\n" +
		"포장재업계에서 예상보다 빠르게 늘자\n" +
		"설비를 서둘러 확보하려는 것이다.\n" +
		"\n" +
		"3일 석유화학업계에 따르면 한빛화학측은\n" +
		"최근 2공장 부지 정리를 마치고 기초\n" +
		"공사에 들어갔다. 내후년 상반기부터\n" +
		"이곳에서 연산 20만t 규모로 양산하는\n" +
		"게 목표다. 업계에서는 증설이 끝나면\n" +
		"회사의 생산능력이 지금의 두 배\n" +
		"가까이로 늘어날 것으로 보고 있다.\n" +
		"\n" +
		"박지훈 기자 jhpark@hanbit.example\n"
	d := mustRead(t, page)
	roundTrip(t, d)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got,
		"headline 한빛화학, 여수 NCC 증설 착수\nsubheadline HPR 주문 몰리자 \"생산량 두 배로\"\n",
		"paragraph 한빛화학은 전남 여수산업단지 제2공장의 증설 시기를 계획보다 1년가량 앞당긴다. 고기능성수지(HPR) 주문이 포장재업계에서 예상보다 빠르게 늘자 설비를 서둘러 확보하려는 것이다.\n")
	page = strings.Replace(page, "확보하려는 것이다.\n", "확보하려는 것이다.\n울산 공장도 증설\n울산 공장의 설비도 늘린다.\n", 1)
	got = strings.Join(pageLeafKinds(mustRead(t, page)), "\n")
	wantIn(t, got, " 울산 공장도 증설\nparagraph 울산 공장의")
}
