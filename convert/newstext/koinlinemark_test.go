package newstext

import (
	"strings"
	"testing"
)

// TestKoreanInlineMarkWrapped: Korean papers enumerate inline with △ or
// ▲ (주요 노선은 △502번 △747번 등이다), and the wrap puts a mark at a
// line's start. A mark under a line that stops mid-sentence (an open
// particle, or an item of the same run above) goes on with the
// paragraph, and the paragraph is no caption; a mark under a finished
// sentence or a colon still opens its caption or list.
func TestKoreanInlineMarkWrapped(t *testing.T) {
	wrapped := []struct{ name, block, want string }{
		{"items a line under an open particle",
			"주요 변경 노선은\n△502번(청주대~오송역)\n△747번(청주국제공항~오송역)\n△860번(율량동~테크노폴리스)\n등이다. 특히 오송역과 도심을 잇는 급행버스 2개 노선이 새로 생긴다.",
			"paragraph 주요 변경 노선은 △502번(청주대~오송역) △747번(청주국제공항~오송역) △860번(율량동~테크노폴리스) 등이다."},
		{"one mark at a wrap, run above",
			"지역별로는 △청주 흥덕구(-0.12%) △청주\n상당구(-0.09%)\n△충주(-0.05%) 등의 낙폭이\n컸다. 전세가격은 0.02% 올라 상승세를 이어갔다.",
			"paragraph 지역별로는 △청주 흥덕구(-0.12%) △청주 상당구(-0.09%) △충주(-0.05%) 등의 낙폭이 컸다."},
		{"black mark after a subject particle",
			"이번 대책의 핵심은 청년층 지원이다. 지원 대상이\n▲만 19~34세 미취업 청년 ▲중소기업 재직 청년으로 넓어졌고 지원액도 늘었다.",
			"paragraph 이번 대책의 핵심은 청년층 지원이다. 지원 대상이 ▲만 19~34세 미취업 청년 ▲중소기업 재직 청년으로 넓어졌고"},
	}
	for _, c := range wrapped {
		page := koInlinePage(c.block)
		d := mustRead(t, page)
		roundTrip(t, d)
		got := strings.Join(pageLeafKinds(d), "\n")
		wantIn(t, got, c.want)
		if strings.Contains(got, "caption") {
			t.Errorf("%s: a caption:\n%s", c.name, got)
		}
	}
	// Look-alikes that keep their unit: a caption under a finished
	// sentence, a list announced by a colon, a list a line from the
	// unit's first line.
	kept := []struct{ name, block, want string }{
		{"caption under a sentence",
			"시민들이 버스에 오르고 있다.\n▲ 6일 청주시 오송역 환승센터에서 시민들이 시내버스에 오르고 있다.",
			"caption ▲ 6일 청주시 오송역 환승센터에서"},
		{"list after a colon",
			"주요 변경 노선은 다음과 같다:\n△502번(청주대~오송역)\n△747번(청주국제공항~오송역)",
			"paragraph △502번(청주대~오송역)"},
		{"list a line",
			"△502번(청주대~오송역)\n△747번(청주국제공항~오송역)",
			"paragraph △747번(청주국제공항~오송역)"},
	}
	for _, c := range kept {
		page := koInlinePage(c.block)
		d := mustRead(t, page)
		roundTrip(t, d)
		got := strings.Join(pageLeafKinds(d), "\n")
		wantIn(t, got, c.want)
	}
	for _, s := range []string{"△502번(청주대~오송역)", "▲ 6일 청주시"} {
		if koInlineMark(nil, s) {
			t.Errorf("%s: inline with nothing above", s)
		}
	}
}

// koInlinePage sets block as the second paragraph of a Korean story
// wrapped at about twenty characters, as a paper's column is.
func koInlinePage(block string) string {
	return "청주 시내버스 노선 23개 바뀐다\n\n" +
		"청주시는 내년 1월 1일부터 시내버스\n23개 노선의 운행 경로와 배차\n간격을 조정한다고 6일 밝혔다.\n\n" +
		block + "\n\n" +
		"이번 개편은 지난 9월 문을 연\n오송역 환승센터와 청주테크노폴리스 등\n새로 개발된 지역의 교통 수요를\n반영한 것이다.\n\n김소연 기자\n"
}

// TestKoreanInlineArrow: a ▷ line under a ▷-led unit is the box's next
// entry (arrowEntryPair) unless the text above leaves the sentence of an
// inline run open (review 30a, ko-arrow-para-wrap): an open particle or
// ending, or a run of ▷ items above or in the line. Entries ending in a
// name or noun, a finished sentence, a colon, stay apart.
func TestKoreanInlineArrow(t *testing.T) {
	for _, c := range []struct {
		p, c string
		next bool
	}{
		{"▷생활편의=시는 ▷공영주차장 5곳", "▷작은도서관 3곳 ▷어린이공원 4곳을", false},
		{"▷안전=노후 보행로 12㎞를 정비하고", "▷가로등 800개 ▷방범카메라 150대를", false},
		{"▷안전=노후 보행로 12㎞를 정비하고", "▷가로등 800개를 새로 단다.", false},
		{"▷생활편의=시는", "▷공영주차장 5곳을 짓는다.", false},
		// Entries.
		{"▷김철수 대구시장은 5일 시청에서 간부회의를 주재했다.", "▷이영희 대구시의회 의장은 5일 달성군을 방문했다.", true},
		{"▷김영희씨 별세, 이철수(대구시청 과장)씨 모친상=8일 오전 6시, 경북대병원", "▷박상수씨 별세, 박민(대구일보 기자)씨 부친상=9일 오전 8시, 대구의료원", true},
		{"▷기획조정실장 김영호", "▷경제국장 이민수", true},
		{"▷총무과장 김지은", "▷경제국장 이민수", true},
		{"▷김영호 경북고", "▷이민수 대구고", true},
		{"▷김영호 청년정책과", "▷이민수 자치행정과", true},
		{"▷일정은 다음과 같다:", "▷5일 개막식", true},
		{"관련기사", "▷관련기사 3면", false},
	} {
		if got := arrowNextEntry(c.p, c.c); got != c.next {
			t.Errorf("arrowNextEntry(%q, %q) = %v, want %v", c.p, c.c, got, c.next)
		}
		unit := []srcLine{{text: c.p}}
		if got := arrowUnitNextEntry(unit, c.c); got != c.next {
			t.Errorf("arrowUnitNextEntry(%q, %q) = %v, want %v", c.p, c.c, got, c.next)
		}
	}
}
