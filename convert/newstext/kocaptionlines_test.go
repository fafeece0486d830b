package newstext

import (
	"strings"
	"testing"
)

// TestKoreanCaptionLineOnUnmarkedPage: on a portal's copy set one
// paragraph a line with no blank lines, a caption closed by its credit
// (… 있다. 사진=연합뉴스, … 있다. /연합뉴스) stands alone, and each
// paragraph line under it is a paragraph of its own: on a page whose
// paragraphs are a sentence each (no line holds the two sentences that
// make a page's lines paragraphs, so its paragraphs are marked by
// nothing: koflat.go) the caption ran into the lead paragraph; on a short
// page the caption line counted against its lines being paragraphs, and
// the paragraph lines under it were joined into one. A paragraph line
// ending in another verb before the wire's name stays joined to the line
// that completes it, and a page wrapped at its measure stays wrapped.
func TestKoreanCaptionLineOnUnmarkedPage(t *testing.T) {
	head := "청주시, 겨울철 제설 대책 본격 가동\n입력 2026.12.07 06:30\n김하늘 기자\n"
	one := []string{ // paragraphs of one sentence each
		"충북 청주시가 본격적인 겨울철을 앞두고 제설 대책을 가동한다고 7일 밝혔다.",
		"시는 내년 3월까지 제설 대책 상황실을 운영하고 제설 차량 48대와 염화칼슘 2천t을 확보했다.",
		"상습 결빙 구간 32곳에는 자동 염수 분사 장치를 설치해 운영할 계획이다.",
		"시는 읍면동별로 제설 책임 구간을 지정하고 주민들과 함께 내 집 앞 눈 치우기 운동도 펼친다.",
		"시 관계자는 \"폭설에 대비해 취약 구간을 중심으로 신속하게 대응하겠다\"고 말했다.",
	}
	two := []string{ // paragraphs of two sentences, a short page
		"충북 청주시가 본격적인 겨울철을 앞두고 제설 대책을 가동한다고 7일 밝혔다. 시는 내년 3월까지 제설 대책 상황실을 운영한다.",
		"제설 차량 48대와 염화칼슘 2천t도 확보했다. 상습 결빙 구간 32곳에는 자동 염수 분사 장치를 설치해 운영할 계획이다.",
		"시 관계자는 \"폭설에 대비해 취약 구간을 중심으로 신속하게 대응하겠다\"고 말했다.",
	}
	text := "청주시청 제설 차량들이 7일 오전 시청 주차장에서 출동 점검을 받고 있다. "
	for _, credit := range []string{"사진=연합뉴스", "/연합뉴스", "사진=청주시", "(사진=뉴시스)", "[연합뉴스]", "뉴시스", "/김민수 기자"} {
		caption := text + credit
		for _, tt := range []struct {
			name  string
			paras []string
			at    int    // the caption's place among the paragraphs
			tail  string // what closes the page
		}{
			{"one-sentence paragraphs, caption on top", one, 0, "sky@cjnews.example\n"},
			{"one-sentence paragraphs, caption inside", one, 3, "sky@cjnews.example\n"},
			{"short page, caption on top", two, 0, ""},
		} {
			lines := append(append(append([]string{}, tt.paras[:tt.at]...), caption), tt.paras[tt.at:]...)
			d := mustRead(t, head+strings.Join(lines, "\n")+"\n"+tt.tail)
			got := strings.Join(kindsOf(d), "\n") + "\n"
			for _, p := range tt.paras {
				if !strings.Contains(got, "paragraph "+p+"\n") {
					t.Errorf("%s, %s: paragraph not alone: %s\n got:\n%s", credit, tt.name, p, got)
				}
			}
			if !strings.Contains(got, "caption "+caption+"\n") {
				t.Errorf("%s, %s: caption not alone\n got:\n%s", credit, tt.name, got)
			}
			roundTrip(t, d)
		}
	}
	// Look-alikes: a line ending in another verb before the wire's name,
	// completed by the line under it, stays one paragraph with it; a
	// caption on a page wrapped at its measure leaves the wrapped
	// paragraphs as they were.
	lines := append([]string{}, one...)
	lines[1] = "시는 제설 차량 48대를 확보했다고 밝혔다. 연합뉴스"
	lines = append(lines[:2], append([]string{"보도에 따르면 염화칼슘도 2천t을 확보했다."}, lines[2:]...)...)
	d := mustRead(t, head+strings.Join(lines, "\n")+"\n")
	if got := strings.Join(kindsOf(d), "\n"); !strings.Contains(got, "paragraph 시는 제설 차량 48대를 확보했다고 밝혔다. 연합뉴스 보도에 따르면 염화칼슘도 2천t을 확보했다.") {
		t.Errorf("a paragraph's wire name split off:\n%s", got)
	}
	roundTrip(t, d)
	wrapped := "충북 청주시가 본격적인 겨울철을 앞두고 제설 대책을\n가동한다고 7일 밝혔다. 시는 내년 3월까지 제설 대책\n상황실을 운영하고 제설 차량 48대를 확보했다. 상습\n결빙 구간 32곳에는 자동 염수 분사 장치를 설치해\n운영할 계획이다.\n"
	d = mustRead(t, head+text+"사진=연합뉴스\n"+wrapped)
	if got := strings.Join(kindsOf(d), "\n"); !strings.Contains(got, "paragraph 충북 청주시가 본격적인 겨울철을 앞두고 제설 대책을 가동한다고 7일 밝혔다. 시는 내년 3월까지 제설 대책 상황실을 운영하고 제설 차량 48대를 확보했다. 상습 결빙 구간 32곳에는 자동 염수 분사 장치를 설치해 운영할 계획이다.") {
		t.Errorf("a wrapped paragraph under a caption split:\n%s", got)
	}
	roundTrip(t, d)
}
