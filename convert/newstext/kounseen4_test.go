package newstext

import (
	"strings"
	"testing"
)

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
// caption, not a copyright line, and so is the bracket alone (a photo's
// credit on the line under its description: ko-yonhap-photos); the notice
// alone, or a sentence that merely names it, is no caption.
func TestKoreanReprintCaption(t *testing.T) {
	for in, want := range map[string]unitKind{
		"폭설로 멈춰 선 광역버스 [경기도 제공. 재판매 및 DB 금지]":       uCaption,
		"제설차가 고속도로를 달리고 있다. [한국도로공사 제공.재판매 및 DB금지]": uCaption,
		"*재판매 및 DB 금지":          uNoise,
		"[경기도 제공. 재판매 및 DB 금지]": uCaption,
		"[재판매 및 DB 금지]":         uNoise,
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

// TestKoreanRelatedLinks: the links a Korean site sets after a story's
// closing byline, each opening with an arrow, or under a 관련 뉴스 header,
// are a line each and noise (related links), not one paragraph; an arrow
// line with text after it is no link, and ▶관련기사 A5면 stays a jump.
func TestKoreanRelatedLinks(t *testing.T) {
	wantOutline(t, "반도체 수출 석 달째 증가\n\n"+
		"지난달 반도체 수출이 1년 전보다 12% 늘어 석 달째 증가세를 이어갔다.\n\n"+
		"정부는 연말까지 증가세가 이어질 것으로 내다봤다.\n\n"+
		"오지훈 기자\n\n"+
		"▶ 메모리 가격 반등…업계 실적 개선 기대\n"+
		"▶ 中 수출 규제에 장비 업체 긴장\n\n"+
		"ⓒ 한빛경제, 무단전재 및 재배포 금지\n",
		"headline 반도체 수출 석 달째 증가",
		"byline roles=기자 names=오지훈 오지훈 기자",
		"noise ▶ 메모리 가격 반등…업계 실적 개선 기대",
		"noise ▶ 中 수출 규제에 장비 업체 긴장",
		"noise ⓒ 한빛경제",
	)
	wantOutline(t, "반도체 수출 석 달째 증가\n\n"+
		"지난달 반도체 수출이 1년 전보다 12% 늘어 석 달째 증가세를 이어갔다.\n\n"+
		"ojh@hanbit.co.kr\n\n"+
		"관련 뉴스\n"+
		"메모리 가격 반등…업계 실적 개선 기대\n"+
		"中 수출 규제에 장비 업체 긴장\n",
		"byline ojh@hanbit.co.kr",
		"noise 관련 뉴스",
		"noise 메모리 가격 반등…업계 실적 개선 기대",
		"noise 中 수출 규제에 장비 업체 긴장",
	)
	// Arrow lines with the story going on under them are its text.
	d := mustRead(t, "반도체 수출 석 달째 증가\n\n오지훈 기자\n\n"+
		"▶ 메모리 가격 반등\n▶ 장비 업체 긴장\n\n"+
		"지난달 반도체 수출이 1년 전보다 12% 늘어 석 달째 증가세를 이어갔다.\n")
	for _, n := range pageLeafKinds(d) {
		if strings.HasPrefix(n, "noise ▶") {
			t.Errorf("arrow line before the story's text taken as a link: %s", n)
		}
	}
	for in, want := range map[string]bool{
		"▶ 메모리 가격 반등…업계 실적 개선 기대": true,
		"☞ 장비 업체 긴장":              true,
		"▶관련기사 A5면":               true, // (a jump first: kindOf)
		"▶ 정부는 증가세가 이어질 것으로 봤다.":  false,
		"▶": false,
	} {
		if got := arrowLink(in); got != want {
			t.Errorf("arrowLink(%q) = %v, want %v", in, got, want)
		}
	}
	if k := kindOf("▶관련기사 A5면"); k != uJump {
		t.Errorf("▶관련기사 A5면 read as %s", kindName(k))
	}
}

// TestKoreanSiteMasthead: a Korean news site's name alone on the page's
// first line, and the section's name under it, are the site's furniture
// (noise) over the headline; a paper's name further down, or over body
// text, is not.
func TestKoreanSiteMasthead(t *testing.T) {
	wantOutline(t, "한빛경제\n산업\n반도체 수출 석 달째 증가…연말까지 이어질 듯\n입력 2026-11-02 10:15\n\n"+
		"지난달 반도체 수출이 1년 전보다 12% 늘어 석 달째 증가세를 이어갔다.\n\n"+
		"정부는 연말까지 증가세가 이어질 것으로 내다봤다.\n",
		"article",
		"noise 한빛경제",
		"noise 산업",
		"headline 반도체 수출 석 달째 증가…연말까지 이어질 듯",
		"noise 입력 2026-11-02 10:15",
		"paragraph 지난달",
	)
	wantOutline(t, "한빛경제\n경제 > 산업\n반도체 수출 석 달째 증가\n\n"+
		"지난달 반도체 수출이 1년 전보다 12% 늘어 석 달째 증가세를 이어갔다.\n",
		"noise 한빛경제",
		"noise 경제 > 산업",
		"headline 반도체 수출 석 달째 증가",
	)
	// Over body text, the name is not a masthead.
	d := mustRead(t, "한빛경제\n\n지난달 반도체 수출이 1년 전보다 12% 늘어 석 달째 증가세를 이어갔다.\n")
	if got := strings.Join(pageLeafKinds(d), "\n"); strings.Contains(got, "noise 한빛경제") {
		t.Errorf("a paper's name over body text taken as a masthead:\n%s", got)
	}
}

// TestUnwrappedPageTitleLines: on a page whose paragraphs are one line
// each, twice as wide as any line of its title block, the title block's
// lines are no measure: the headline and the subheadline under it stay
// two title lines, not one wrapped paragraph joined to the story.
func TestUnwrappedPageTitleLines(t *testing.T) {
	page := "유통 > 기업\n" +
		"\"새벽 배송 전국으로…물류센터 세 곳 더 짓는다\"\n" +
		"김하늘 한빛유통 대표\n" +
		"입력 : 2026-11-02 10:15:00\n" +
		"수정 : 2026-11-02 14:02:31\n\n" +
		"온라인 장보기 수요가 지방으로 번지면서 새벽 배송 경쟁이 다시 불붙고 있다. 한빛유통의 김하늘 대표는 지난달 30일 본사에서 기자와 만나 \"내년까지 물류센터 세 곳을 더 지어 전국 어디서나 새벽 배송을 받게 하겠다\"고 말했다.\n\n" +
		"―지방 배송이 왜 늦었나.\n\n" +
		"물류센터가 수도권에 몰려 있었기 때문입니다. 지방 주문은 하루를 더 기다려야 했고, 신선식품은 아예 보낼 수 없었습니다. 이번에 짓는 센터 세 곳이 그 공백을 메웁니다.\n"
	wantOutline(t, page,
		"noise 유통 > 기업",
		"headline \"새벽 배송 전국으로…물류센터 세 곳 더 짓는다\"",
		"subheadline 김하늘 한빛유통 대표",
		"noise 입력",
		"noise 수정",
		"paragraph 온라인 장보기",
	)
	lines := splitLines(page, false, false)
	if m, _ := pageMeasureWeak(lines); m != 0 {
		t.Errorf("pageMeasureWeak = %d, want 0 (no measure)", m)
	}
}

// TestWireTitleGroupCredit: a wire's web copy sets the byline and the
// time stamp under the headline, then a subheadline and a photo, then
// the story opening with its dateline: the line between the byline and
// the dateline is a subheadline, and the dateline continues the article
// rather than starting one. Without a dateline below, the line under a
// byline is not taken for a subheadline.
func TestWireTitleGroupCredit(t *testing.T) {
	head := "경기 북부 폭설에 출근길 정체\n송고2026-11-05 08:10\n이수진 기자\n\n" +
		"도로공사 \"제설 인력 두 배로\"…고속도로 통제 구간 안내\n\n" +
		"폭설로 멈춰 선 광역버스 [경기도 제공. 재판매 및 DB 금지]\n\n"
	d := mustRead(t, head+
		"(의정부=연합뉴스) 이수진 기자 = 5일 경기 북부에 최대 20㎝의 눈이 내려 출근길 교통이 마비됐다.\n\n"+
		"경기도는 비상 근무에 들어갔다.\n")
	got := koOutline(d)
	if n := strings.Count(got, "article\n"); n != 1 {
		t.Errorf("%d articles, want 1:\n%s", n, got)
	}
	wantIn(t, got,
		"headline 경기 북부 폭설에 출근길 정체\n",
		"subheadline 도로공사 \"제설 인력 두 배로\"…고속도로 통제 구간 안내\n",
		"caption 폭설로 멈춰 선 광역버스",
		"dateline org=연합뉴스",
	)
	roundTrip(t, d)
	d = mustRead(t, "경기 북부 폭설에 출근길 정체\n송고2026-11-05 08:10\n이수진 기자\n\n"+
		"도로공사 제설 인력 두 배로 늘려\n\n"+
		"5일 경기 북부에 최대 20㎝의 눈이 내려 출근길 교통이 마비됐다.\n")
	if got := koOutline(d); strings.Contains(got, "subheadline 도로공사") {
		t.Errorf("a line under the byline with no dateline below taken as a subheadline:\n%s", got)
	}
}
