package newstext

import (
	"strings"
	"testing"
)

// TestKoreanPaperClosedCaption: a Korean caption closed by the bare
// name of the paper whose photographer took it, … 출근하고 있다. 세계일보,
// is a caption, as … 있다. 연합뉴스 is (README had it as not read), and
// on a portal's copy set one paragraph a line it stands alone over the
// lead paragraph. A sentence in another verb before the name, the name
// with a particle (the next sentence's subject), an ending alone (투데이),
// a three-syllable word ending in 매일 (a person's name), three sentences
// or a paper's name with no sentence before it stay what they were.
func TestKoreanPaperClosedCaption(t *testing.T) {
	text := "7일 오전 서울 종로구 광화문네거리에서 시민들이 눈을 맞으며 출근하고 있다. "
	for s, want := range map[string]bool{
		text + "세계일보":  true,
		text + "한국경제":  true,
		text + "경향신문":  true,
		text + "중부매일":  true,
		text + "머니투데이": true,
		"7일 오전 서울 종로구 광화문네거리 모습. 부산일보":                     true,
		"지난 5일 충주시 연수동 상가 화재 현장. 소방대원들이 잔불을 정리하고 있다. 충청일보": true,
		"서울시는 출근 시간대 지하철 운행을 늘린다고 밝혔다. 세계일보":               false, // a paragraph's verb
		text + "세계일보는":   false, // a particle: the next sentence
		text + "투데이":     false, // an ending alone
		text + "김매일":     false, // a name
		text + "세계일보 기자": false, // (a credit of another form)
		"눈이 내렸다. 시민들이 걷고 있다. 버스가 멈춰 서 있다. 세계일보": false, // three sentences: a paragraph
		"위기의 지역경제": false, // a title, no sentence
		// A broadcaster's name or a paper's short name, bare.
		text + "KBS":    true,
		text + "JTBC":   true,
		text + "YTN":    true,
		text + "채널A":    true,
		text + "TV조선":   true,
		text + "연합뉴스TV": true,
		text + "한경":     true,
		text + "매경":     true,
		text + "서경":     true,
		"7일 오전 서울 여의도 국회 본회의장 모습. MBC": true,
		"배우 김하늘이 새 드라마에 출연한다. KBS":     false, // a paragraph's verb
		text + "KBS는":                   false, // a particle: the next sentence
		text + "KBS 2TV":                false,
		text + "KB":                     false,
		text + "한국":                     false, // a place or word, no short name
		text + "ABCS":                   false,
		"The parade ended at noon. KBS": false, // no Korean sentence
		"배우 김하늘이 새 드라마에 출연한다. KBS는 내년 1월": false,
	} {
		if got := isKoreanPaperCaption(s); got != want {
			t.Errorf("isKoreanPaperCaption(%q) = %v, want %v", s, got, want)
		}
		if want && !isCaption(s) {
			t.Errorf("isCaption(%q) = false", s)
		}
		if sm := summarize(s); want && gate(s, &sm)&gCaption == 0 {
			t.Errorf("gate turns away %q", s)
		}
	}
	// Every paper's ending ends in a rune the gate's test knows.
	for _, e := range append(append(append(append([]string(nil), koreanPaperEnds...), koreanDailyEnd), koreanBroadcasters...), koreanShortOutlets...) {
		if !koreanPaperLast(lastRune(e)) {
			t.Errorf("koreanPaperLast misses the end of %q", e)
		}
	}
	// A portal's copy, one paragraph a line: the caption alone over the
	// lead paragraph; a paragraph ended in another verb stays glued as
	// it was.
	head := "세계일보\n사회\n\"눈길 미끄럼 주의\"…수도권 출근길 지하철 36회 증편\n이지민 기자\n입력 2026.12.07 06:31\n"
	body := "밤사이 수도권에 최대 8㎝의 눈이 쌓이면서 서울시가 출근 시간대 지하철 운행을 늘렸다.\n" +
		"서울시는 7일 오전 7시부터 9시까지 지하철 1∼8호선과 우이신설선 운행을 모두 36회 늘린다고 밝혔다. 시내버스도 출근 시간대 배차 간격을 줄여 운행한다.\n" +
		"서울시 관계자는 \"이면도로와 보도는 결빙이 우려되니 보행에 각별히 주의해 달라\"고 말했다.\n" +
		"이지민 기자 jmlee@segye.example\n"
	for _, caption := range []string{text + "세계일보", "7일 오전 서울 종로구 광화문네거리 모습. 한국일보", text + "KBS", text + "한경"} {
		d := mustRead(t, head+caption+"\n"+body)
		if got := strings.Join(kindsOf(d), "\n"); !strings.Contains(got, "caption "+caption+"\n") {
			t.Errorf("caption not alone:\n%s", got)
		}
		roundTrip(t, d)
	}
	for _, para := range []string{"서울시는 출근 시간대 지하철 운행을 늘린다고 밝혔다. 세계일보", "배우 김하늘이 새 드라마에 출연한다. KBS는 내년 1월 첫 방송을 앞두고 있다."} {
		d := mustRead(t, head+para+"\n"+body)
		if got := strings.Join(kindsOf(d), "\n"); strings.Contains(got, "caption") {
			t.Errorf("a paragraph read as a caption:\n%s", got)
		}
		roundTrip(t, d)
	}
}
