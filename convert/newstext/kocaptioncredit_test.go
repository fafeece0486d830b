package newstext

import (
	"strings"
	"testing"
)

// TestKoreanCaptionCreditAlone: on a portal's copy set one paragraph a
// line, a caption's credit set alone on the line under it (… 출근하고
// 있다. / /연합뉴스), with the story's paragraphs going on under it, closes
// the caption: one caption, as run together on one line. It had been a
// byline (/연합뉴스, read as a reprint's trailer) or a short head (연합뉴스,
// /AFP 연합뉴스). Look-alikes that must not change: a reprint's last
// paragraph and its trailer at the story's end (over the copyright, or
// over the next story's headline, or over a portal's note on the reprint,
// ※ 이 기사는 … 제휴에 따라 … 있습니다.), a paragraph in another verb over
// the wire's trailer, and a name and 기자 alone (a byline). A
// broadcaster's story told in the polite 니다 under the credit is the
// story going on (the caption and credit stay one).
func TestKoreanCaptionCreditAlone(t *testing.T) {
	head := "세계일보\n사회\n\"눈길 미끄럼 주의\"…수도권 출근길 지하철 36회 증편\n입력 2026.12.07 06:31\n"
	body := "밤사이 수도권에 최대 8㎝의 눈이 쌓이면서 서울시가 출근 시간대 지하철 운행을 늘렸다.\n" +
		"서울시는 7일 오전 7시부터 9시까지 지하철 1∼8호선과 우이신설선 운행을 모두 36회 늘린다고 밝혔다. 시내버스도 출근 시간대 배차 간격을 줄여 운행한다.\n" +
		"서울시 관계자는 \"이면도로와 보도는 결빙이 우려되니 보행에 각별히 주의해 달라\"고 말했다.\n"
	foot := "Copyright © 세계일보. 무단전재 및 재배포 금지.\n"
	caption := "7일 오전 서울 종로구 광화문네거리에서 시민들이 눈을 맞으며 출근하고 있다."
	for _, credit := range []string{
		"/연합뉴스", "/뉴시스", "(연합뉴스)", "/연합뉴스 제공", // a wire's trailer's forms
		"/AFP 연합뉴스", "/로이터", "연합뉴스", "뉴시스", // a wire, after a slash or bare
		"(사진=뉴시스)", "[연합뉴스]", "/남정탁 기자", "세계일보", "서울시 제공",
	} {
		d := mustRead(t, head+caption+"\n"+credit+"\n"+body+foot)
		got := strings.Join(kindsOf(d), "\n")
		wantIn(t, got, "caption "+caption+" "+credit+"\n", "paragraph 밤사이")
		if strings.Contains(got, "byline") {
			t.Errorf("%s: read as a byline:\n%s", credit, got)
		}
		roundTrip(t, d)
	}
	// A broadcaster's copy (KBS, YTN) tells its story in the polite 니다:
	// its paragraphs under the credit are the story going on, no notice.
	polite := "밤사이 수도권에 최대 8㎝의 눈이 쌓이면서 서울시가 출근 시간대 지하철 운행을 늘렸습니다.\n" +
		"서울시는 7일 오전 7시부터 9시까지 지하철 1∼8호선과 우이신설선 운행을 모두 36회 늘린다고 밝혔습니다. 시내버스도 출근 시간대 배차 간격을 줄여 운행합니다.\n" +
		"서울시 관계자는 \"이면도로와 보도는 결빙이 우려되니 보행에 각별히 주의해 달라\"고 당부했습니다.\n"
	for _, credit := range []string{"/연합뉴스", "연합뉴스", "/AFP 연합뉴스"} {
		d := mustRead(t, "KBS 뉴스\n"+head[len("세계일보\n"):]+caption+"\n"+credit+"\n"+polite+"Copyright © KBS. 무단전재 및 재배포 금지.\n")
		got := strings.Join(kindsOf(d), "\n")
		wantIn(t, got, "caption "+caption+" "+credit+"\n", "paragraph 밤사이")
		if strings.Contains(got, "byline") {
			t.Errorf("%s under a broadcaster's caption: read as a byline:\n%s", credit, got)
		}
		roundTrip(t, d)
	}
	// A broadcaster's story whose first sentence under the credit holds a
	// notice's word bare (review 25, ko-bcast-post: 게재했습니다) goes on
	// under the caption all the same.
	for _, lead := range []string{
		"가수 김하늘이 음주운전 사실을 인정하고 자신의 SNS에 자필 사과문을 게재했습니다.",
		"두 회사는 이날 인공지능 반도체 개발을 위한 업무 제휴를 맺었습니다.",
		"경찰은 불법 복제물을 유통한 혐의로 업체 대표를 저작권법 위반으로 입건했습니다.",
		"사고 버스의 기사는 경찰 조사에서 브레이크가 듣지 않았다고 진술했습니다.",
	} {
		d := mustRead(t, "KBS 뉴스\n"+head[len("세계일보\n"):]+caption+"\n/연합뉴스\n"+lead+"\n"+polite+"Copyright © KBS. 무단전재 및 재배포 금지.\n")
		got := strings.Join(kindsOf(d), "\n")
		wantIn(t, got, "caption "+caption+" /연합뉴스\n", "paragraph "+lead[:12])
		if strings.Contains(got, "byline") {
			t.Errorf("%q under a broadcaster's caption: read as a byline:\n%s", lead, got)
		}
		roundTrip(t, d)
	}
	// A reprint's last paragraph and the wire's trailer closing it.
	last := "경찰은 정확한 화재 원인을 조사하고 있다.\n"
	note := "※ 이 기사는 연합뉴스와의 콘텐츠 제휴에 따라 게재된 것으로, 기사의 내용은 본지의 편집 방향과 다를 수 있습니다."
	for _, page := range []string{
		head + body + last + "/연합뉴스\n" + foot,
		head + body + last + "/연합뉴스\n" + "한파 속 난방비 부담 커져\n" + body,
		head + body + "서울시는 제설 작업을 마쳤다고 밝혔다.\n/연합뉴스\n" + body,
		head + caption + "\n이제원 기자\n" + body,
		// A portal's note on the reprint under the trailer (※ …, 이 기사는
		// …, ▶ …) is no story going on under a caption's credit.
		head + body + last + "/연합뉴스\n" + note + "\n",
		head + body + last + "/연합뉴스\n" + strings.TrimPrefix(note, "※ ") + "\n",
		head + body + last + "/연합뉴스\n" + note + "\n" + foot,
		head + body + last + "/연합뉴스\n" + "▶ 연합뉴스 기사 더 보기: 경찰이 화재 원인을 조사하고 있는 현장을 찾았다.\n",
		head + body + last + "/연합뉴스\n" + "기사의 내용은 본지의 편집 방향과 다를 수 있으며 그 책임은 연합뉴스에 있습니다.\n",
	} {
		d := mustRead(t, page)
		if got := strings.Join(kindsOf(d), "\n"); strings.Contains(got, "caption") {
			t.Errorf("read as a caption:\n%s", got)
		}
		roundTrip(t, d)
	}
}

// TestKoreanStoryNotePhrases: a notice on a reprinted story in the polite
// 니다 is told by its phrases (기사의 내용은, 제휴에 따라 게재된 것,
// 무단 재배포); a story's sentence in 니다 holding one of their words bare
// (게재했습니다, 업무 제휴, 저작권법, 택시 기사는, 본지) is no note.
func TestKoreanStoryNotePhrases(t *testing.T) {
	for _, c := range []struct {
		s    string
		note bool
	}{
		{"※ 이 기사는 연합뉴스와의 콘텐츠 제휴에 따라 게재된 것으로, 기사의 내용은 본지의 편집 방향과 다를 수 있습니다.", true},
		{"이 기사는 연합뉴스와의 콘텐츠 제휴에 따라 게재된 것입니다.", true},
		{"기사의 내용은 본지의 편집 방향과 다를 수 있으며 그 책임은 연합뉴스에 있습니다.", true},
		{"뉴스1과의 제휴에 따라 게재된 기사입니다.", true},
		{"해당 기사는 뉴시스가 제공한 것입니다.", true},
		{"이 콘텐츠의 무단 전재와 재배포를 금지합니다.", true},
		{"▶ 연합뉴스 기사 더 보기", true},
		// a story's sentences in the polite 니다 (review 25)
		{"가수 김하늘이 음주운전 사실을 인정하고 자신의 SNS에 자필 사과문을 게재했습니다.", false},
		{"두 회사는 이날 인공지능 반도체 개발을 위한 업무 제휴를 맺었습니다.", false},
		{"경찰은 업체 대표를 저작권 침해 혐의로 입건했습니다.", false},
		{"사고 버스의 기사는 경찰 조사에서 브레이크가 듣지 않았다고 진술했습니다.", false},
		{"본지 취재 결과 시는 예산을 두 배로 늘린 것으로 확인됐습니다.", false},
		{"사고의 책임은 시공사에 있다고 경찰은 밝혔습니다.", false},
		{"서울시가 출근 시간대 지하철 운행을 늘렸습니다.", false},
	} {
		if got := koreanStoryNote(c.s); got != c.note {
			t.Errorf("koreanStoryNote(%q) = %v, want %v", c.s, got, c.note)
		}
	}
}
