package newstext

import "testing"

// TestKoreanCaptionClosedByCredit: on a portal's copy set one paragraph
// a line with no blank lines, a caption closed by its credit after its
// sentence, in each of the forms a Korean page prints it, stands alone
// over the lead paragraph (kocreditclose.go); a paragraph that ends in
// another verb before the wire's name, or ends before a line opening
// with the wire's name, stays as it was.
func TestKoreanCaptionClosedByCredit(t *testing.T) {
	head := "세계일보\n사회\n\"눈길 미끄럼 주의\"…수도권 출근길 지하철 36회 증편\n이지민 기자\n입력 2026.12.07 06:31\n"
	lead := "밤사이 수도권에 최대 8㎝의 눈이 쌓이면서 서울시가 출근 시간대 지하철 운행을 늘렸다."
	body := lead + "\n" +
		"서울시는 7일 오전 7시부터 9시까지 지하철 1∼8호선과 우이신설선 운행을 모두 36회 늘린다고 밝혔다. 시내버스도 출근 시간대 배차 간격을 줄여 운행한다.\n" +
		"서울시 관계자는 \"이면도로와 보도는 결빙이 우려되니 보행에 각별히 주의해 달라\"고 말했다.\n" +
		"이지민 기자 jmlee@segye.example\n"
	text := "7일 오전 서울 종로구 광화문네거리에서 시민들이 눈을 맞으며 출근하고 있다. "
	for _, credit := range []string{
		"newsis", "NEWSIS", "News1", "EPA", "게티이미지뱅크", // a wire's Latin spelling, EPA, the picture bank
		"/연합뉴스", "/AFP 연합뉴스", "/뉴시스", // after a slash
		"이제원 기자", "/남정탁 기자", // the paper's photographer
		"(사진=뉴시스)", "[연합뉴스]", "[AP=연합뉴스]", "[뉴스1]", "(연합뉴스)", // in brackets
		"세계일보 자료사진", // the paper's archive
	} {
		caption := text + credit
		d := mustRead(t, head+caption+"\n"+body)
		kinds := kindsOf(d)
		found := false
		for _, k := range kinds {
			if k == "caption "+caption {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: caption not alone: %q", credit, kinds)
		}
		roundTrip(t, d)
	}
	// Look-alikes that must stay paragraphs: a sentence in another verb
	// before the credit, a credit too long for one, and a paragraph
	// ended before a line opening with the wire's name.
	for _, para := range []string{
		"서울시는 출근 시간대 지하철 운행을 늘린다고 밝혔다. 이제원 기자",
		"시민들이 출근하고 있다. (연합뉴스 보도에 따르면 서울시는 운행을 늘렸다)",
		"서울시는 출근 시간대 지하철 운행을 늘린다고 밝혔다. [연합뉴스]",
		"시민들이 출근하고 있다. (서울=연합뉴스)",
	} {
		d := mustRead(t, head+para+"\n"+body)
		for _, k := range kindsOf(d) {
			if k == "caption "+para {
				t.Errorf("paragraph line read as a caption: %s", para)
			}
		}
		roundTrip(t, d)
	}
	wire := "밤사이 수도권에 최대 8㎝의 눈이 쌓였다.\n연합뉴스에 따르면 서울시는 출근 시간대 지하철 운행을 늘렸다.\n"
	d := mustRead(t, head+wire+body)
	for _, k := range kindsOf(d) {
		if len(k) > 8 && k[:8] == "caption " {
			t.Errorf("line before 연합뉴스에 따르면 read as a caption: %s", k)
		}
	}
	roundTrip(t, d)
}

// TestKoreanCreditClosed is the table of koreanCreditClosed's forms.
func TestKoreanCreditClosed(t *testing.T) {
	text := "7일 오전 서울 종로구 광화문네거리에서 시민들이 눈을 맞으며 출근하고 있다. "
	for s, want := range map[string]bool{
		text + "뉴시스":       true,
		text + "/연합뉴스":     true,
		text + "/AFP 연합뉴스": true,
		text + "이제원 기자":    true,
		text + "/남정탁 기자":   true,
		text + "(사진=뉴시스)":  true,
		text + "[연합뉴스]":    true,
		text + "NEWSIS":    true,
		text + "[중앙포토]":    true, // (kophotolabel.go)
		text + "사진=연합뉴스":   true,
		text + "연합뉴스에 따르면": false,
		text + "이제원 기자는":   false,
		text + "(사진=)":     false,
		text + "/이":        false,
		text + "(서울시 발표)":  false,
		"연합뉴스":             false,
		text + "[서울=연합뉴스]": false,
	} {
		if got := koreanCreditClosed(s); got != want {
			t.Errorf("koreanCreditClosed(%q) = %v, want %v", s, got, want)
		}
	}
}
