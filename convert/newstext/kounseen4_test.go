package newstext

import "testing"

// Korean conventions found by a fourth round of blind Korean pages
// (ko1_yonhap, ko3_kyunghyang_opinion, ko4_mk_interview), each tested on
// original text of its own.

// TestTaggedHeadlineLength: an editorial's headline opening with its
// story-kind tag ([사설]) is measured without the tag: a title of a
// headline's length under the page's folio opens the first article, not
// a paragraph joined to the text under it.
func TestTaggedHeadlineLength(t *testing.T) {
	page := "2026년 11월 5일 수요일 A27면 오피니언                  한겨레\n\n" +
		"[사설] 전세사기 특별법 연장 미룬 국회, 피해자 외면해선 안 돼\n\n" +
		"전세사기 피해자 지원을 위한 특별법의 시한이 다가오는데도 국회는 연장안을 상정조차 하지 않았다. 피해자 수는 여전히 늘고 있다.\n\n" +
		"여야는 서로 책임을 미루며 시간을 보내고 있다. 더 늦기 전에 연장안을 처리해야 한다.\n\n" +
		"[사설] 폭설 대비, 제설 장비 점검부터 서둘러야\n\n" +
		"기상청이 올겨울 잦은 폭설을 예보했다. 지방자치단체는 제설 장비와 인력을 미리 점검해야 한다.\n"
	wantOutline(t, page,
		"article",
		"noise 2026년 11월 5일",
		"headline [사설] 전세사기 특별법 연장 미룬 국회, 피해자 외면해선 안 돼",
		"paragraph 전세사기 피해자 지원을",
		"paragraph 여야는 서로",
		"article",
		"headline [사설] 폭설 대비, 제설 장비 점검부터 서둘러야",
		"paragraph 기상청이",
	)
	for in, want := range map[string]int{
		"[사설] 폭설 대비, 제설 장비 점검부터 서둘러야": 22,
		"[경향의 눈] 골목 서점":               13, // a column's label, no story-kind tag
		"예산안 처리 서둘러야":                 11,
	} {
		if got := headlineRunes(in, len([]rune(in))); got != want {
			t.Errorf("headlineRunes(%q) = %d, want %d", in, got, want)
		}
	}
}

// TestKoreanReprintCaption: a photo's description with the supplier's
// credit and the wire's reprint notice in one bracket after it is a
// caption, not a copyright line; the notice alone, or a sentence that
// merely names it, is no caption.
func TestKoreanReprintCaption(t *testing.T) {
	for in, want := range map[string]unitKind{
		"폭설로 멈춰 선 광역버스 [경기도 제공. 재판매 및 DB 금지]":       uCaption,
		"제설차가 고속도로를 달리고 있다. [한국도로공사 제공.재판매 및 DB금지]": uCaption,
		"*재판매 및 DB 금지":          uNoise,
		"[경기도 제공. 재판매 및 DB 금지]": uNoise,
		"<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>": uNoise,
		"경기도는 사진을 배포하며 이렇게 밝혔다, 그리고 [재판매 및 DB 금지]": uNoise,
	} {
		if got := kindOf(in); got != want {
			t.Errorf("kindOf(%q) = %v, want %v", in, kindName(got), kindName(want))
		}
	}
	wantOutline(t, "경기 북부 폭설에 출근길 정체\n\n"+
		"폭설로 멈춰 선 광역버스 [경기도 제공. 재판매 및 DB 금지]\n\n"+
		"(의정부=연합뉴스) 이수진 기자 = 5일 경기 북부에 최대 20㎝의 눈이 내려 출근길 교통이 마비됐다.\n\n"+
		"경기도는 비상 근무에 들어갔다.\n",
		"headline 경기 북부 폭설에 출근길 정체",
		"caption 폭설로 멈춰 선 광역버스 [경기도 제공. 재판매 및 DB 금지]",
		"dateline org=연합뉴스",
		"byline",
		"paragraph 5일 경기 북부에",
	)
}
