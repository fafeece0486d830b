package newstext

import (
	"strings"
	"testing"
)

// TestKoreanQuoteBox: a Korean story's quote box, its label alone on its
// line ([전문가 한마디]), the quotation, and who said it on a line of its
// own led by a dash (- 김도현 한빛대 부동산학과 교수), then the story's
// byline: the label heads a section of the story, the quotation and the
// attribution are its paragraphs, the byline stays the story's (blind
// page ko-budongsan-sise, misread F: the attribution had been a headline
// with no text, the byline moved into its fake article). Without the
// label the attribution is a paragraph all the same. A `- ` subheadline
// under a headline, a dash line under prose, the label over prose and the
// label after a byline that closed its story stay as they were.
func TestKoreanQuoteBox(t *testing.T) {
	for s, want := range map[string]bool{
		"- 김도현 한빛대 부동산학과 교수":   true,
		"― 김도현 교수":             true,
		"—김도현 한빛대 교수":          true,
		"ㅡ 박서연 한빛연구원 연구위원":     true,
		"-- 이민호 법무법인 한빛 변호사":   true,
		"김도현 한빛대 부동산학과 교수":     false, // no dash: a writer's line
		"- 인천 송도~남양주 마석 82.8㎞": false, // a site's subheadline
		"- 김도현 교수 인터뷰":         false,
		"- 정부, 공급 대책 발표":       false,
		"- 강남 3구 일제히 상승":       false,
	} {
		if got := koreanQuoteAttribution(s); got != want {
			t.Errorf("koreanQuoteAttribution(%q) = %v, want %v", s, got, want)
		}
	}

	const head = "A22 부동산 2026년 12월 7일 월요일 한빛경제신문\n\n" +
		"강남 재건축 ‘신고가’ 행진…외곽은 6주째 하락\n\n" +
		"서울 아파트값이 지역에 따라 뚜렷하게 엇갈리고 있다.\n\n" +
		"◆“내년 상반기까지 양극화 이어질 것”\n\n" +
		"전문가들은 지역별 온도 차가 쉽게 좁혀지지 않을 것으로 내다봤다.\n\n"
	const quote = "“핵심지 공급 부족이 해소되지 않는 한 강남권 강세는 이어질 것이다.”\n\n"
	const attr = "- 김도현 한빛대 부동산학과 교수\n\n"
	const byline = "한지수 기자 jshan@hanbiteconomy.example\n\n"
	const next = "한빛건설, 청주 오송에 1200가구 분양\n\n한빛건설은 오송읍에 1200가구를 이달 중 분양한다고 6일 밝혔다.\n\n오지민 기자 jmoh@hanbiteconomy.example\n"
	for name, c := range map[string]struct {
		page string
		want []string
	}{
		"label": {head + "[전문가 한마디]\n\n" + quote + attr + byline + next,
			[]string{"  section\n    heading [전문가 한마디]\n    paragraph “핵심지", "    paragraph - 김도현 한빛대 부동산학과 교수\n    byline 한지수 기자"}},
		"label, two quotations": {head + "[현장의 목소리]\n\n" + quote + "“다만 대출 규제가 더 강화되면 거래량은 줄어들 수 있다.”\n\n" + "― 김도현 교수\n\n" + byline + next,
			[]string{"    heading [현장의 목소리]\n    paragraph “핵심지", "    paragraph ― 김도현 교수\n    byline 한지수 기자"}},
		"no label": {head + quote + attr + byline + next,
			[]string{"    paragraph “핵심지", "    paragraph - 김도현 한빛대 부동산학과 교수\n    byline 한지수 기자"}},
	} {
		d := mustRead(t, c.page)
		got := strings.Join(treeOf(d), "\n")
		if len(d.Articles) != 2 {
			t.Errorf("%s: %d articles, want 2:\n%s", name, len(d.Articles), got)
		}
		wantIn(t, got, c.want...)
		wantIn(t, got, "article\n  headline 한빛건설, 청주 오송에 1200가구 분양")
		roundTrip(t, d)
	}

	// Look-alikes. A `- ` line under a headline closed by a quotation is
	// its subheadline.
	d := mustRead(t, "부동산 전문가 “강남 강세 이어진다”\n- 김도현 한빛대 부동산학과 교수\n\n"+
		"김도현 한빛대 교수는 6일 본지와의 인터뷰에서 “강남 강세는 이어질 것”이라고 말했다.\n\n"+byline)
	wantIn(t, strings.Join(treeOf(d), "\n"), "subheadline 김도현 한빛대 부동산학과 교수")
	// The label over prose is no quote box, nor is the label after the
	// byline that closed the story a head of it; a dash line under prose
	// is left to the title rules.
	for name, c := range map[string]struct {
		page string
		want []string
	}{
		"label over prose": {head + "[전문가 한마디]\n\n" + "김도현 한빛대 교수는 강남권 강세가 이어질 것으로 내다봤다.\n\n" + byline + next,
			[]string{"paragraph [전문가 한마디]"}},
		"dash under prose": {head + "전문가들은 강남권 강세가 이어질 것이라고 봤다.\n\n" + attr + byline + next,
			[]string{"headline - 김도현 한빛대 부동산학과 교수"}},
		// (the attribution still closes its quotation: no kicker of the
		// next story's headline, nor that headline's own)
		"after a byline": {head + byline + "[전문가 한마디]\n\n" + quote + attr + next,
			[]string{"paragraph [전문가 한마디]", "paragraph - 김도현 한빛대 부동산학과 교수\narticle\n  headline 한빛건설"}},
	} {
		d := mustRead(t, c.page)
		got := strings.Join(treeOf(d), "\n")
		wantIn(t, got, c.want...)
		if strings.Contains(got, "heading [전문가 한마디]") {
			t.Errorf("%s: the label taken as the story's head:\n%s", name, got)
		}
		roundTrip(t, d)
	}
}
