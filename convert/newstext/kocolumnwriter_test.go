package newstext

import (
	"strings"
	"testing"
)

// TestKoreanColumnWriterAndDisclaimer: a Korean opinion page (blind page
// ko-b56-opinion). An outside writer's piece closed by the writer's line
// and the paper's ※ disclaimer under it: the writer's line is the piece's
// byline and the disclaimer a note closing the piece (the line had been a
// section head, the disclaimer a paragraph). A contributed column's title
// opening with its rubric, [목요 시론] …, with the writer's line under it
// in the title's block: the headline and the column's byline, each a line
// of its own (the two had been glued into the text's first paragraph).
// Look-alikes kept: a ※ tip box asking for reports and a ※ line in the
// plain 다 are no note; an interviewee's line under a headline with no
// rubric stays a subheadline; a story's tag ([단독]) over such a line is
// no rubric.
func TestKoreanColumnWriterAndDisclaimer(t *testing.T) {
	for s, want := range map[string]bool{
		"※ 외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다.":            true,
		"※ 이 칼럼은 본지의 편집방향과 다를 수 있습니다.":                  true,
		"※ 기고 내용은 본지의 입장과 다를 수 있습니다.":                   true,
		"※CBS노컷뉴스는 여러분의 제보로 함께 세상을 바꿉니다. 각종 비리를 알려주세요.": false,
		"※ 시는 내년부터 요금을 내린다.":                            false,
		"※ 참가 신청은 15일까지 받습니다.":                          false,
	} {
		if got := isNote(s); got != want {
			t.Errorf("isNote(%q) = %v, want %v", s, got, want)
		}
	}
	contrib := "[기고] 지방대학 위기, 지역이 함께 풀어야\n\n" +
		"올해 충북 지역 4년제 대학 신입생\n충원율은 91%에 그쳤다. 10년 전과\n비교하면 7%포인트 넘게 떨어진 수치다.\n\n" +
		"지방정부와 기업, 대학이 머리를 맞대는\n협의체를 상설화해야 한다. 지금이\n그 마지막 기회일지 모른다.\n\n" +
		"이서준 충북대 행정학과 교수\n\n"
	disclaimer := "※ 외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다.\n\n"
	column := "[목요 시론] 겨울철 응급실 대란, 해법은 있다\n박정아 충북대병원 응급의학과 교수\n\n" +
		"겨울이 되면 응급실은 전쟁터가 된다.\n독감과 한랭 질환, 빙판길 낙상 환자가\n한꺼번에 몰리기 때문이다.\n\n" +
		"가벼운 증상의 환자가 동네 의원에서 먼저\n진료를 받도록 야간·휴일 진료 체계를\n넓혀야 한다.\n"
	for name, page := range map[string]string{
		"both":           contrib + disclaimer + column,
		"split":          contrib + disclaimer + strings.Replace(column, "있다\n", "있다\n\n", 1),
		"[시론]":           contrib + disclaimer + strings.Replace(column, "[목요 시론]", "[시론]", 1),
		"no disclaimer":  contrib + column,
		"disclaimer end": contrib + disclaimer,
	} {
		t.Run(name, func(t *testing.T) {
			d := mustRead(t, page)
			got := strings.Join(treeOf(d), "\n")
			wantIn(t, got, "byline 이서준 충북대 행정학과 교수")
			if strings.Contains(page, disclaimer) {
				wantIn(t, got, "byline 이서준 충북대 행정학과 교수\n  note ※ 외부 필자의")
			}
			if strings.Contains(page, "응급실 대란") {
				wantIn(t, got, "시론] 겨울철 응급실 대란, 해법은 있다\n  byline 박정아 충북대병원 응급의학과 교수\n  paragraph 겨울이 되면")
				if h := articleHeadlines(d); len(h) != 2 || !strings.HasSuffix(h[1], "해법은 있다") {
					t.Errorf("headlines %q, want the column's opening the second article:\n%s", h, got)
				}
			}
			for _, k := range []string{"heading", "subheadline"} {
				if strings.Contains(got, k) {
					t.Errorf("a %s:\n%s", k, got)
				}
			}
			roundTrip(t, d)
		})
	}
	// Look-alikes: an interviewee's line under a headline with no rubric,
	// or under a story's tag, stays a title line.
	for _, head := range []string{"\"응급실 살리려면 경증 환자 분산부터\"", "[단독] 응급실 살리려면 경증 환자 분산부터"} {
		d := mustRead(t, head+"\n이정훈 경상남도의사회장\n\n겨울이 되면 응급실은 전쟁터가 된다.\n독감과 한랭 질환, 빙판길 낙상 환자가\n한꺼번에 몰리기 때문이다.\n")
		got := strings.Join(treeOf(d), "\n")
		if strings.Contains(got, "byline 이정훈") {
			t.Errorf("%s: the interviewee's line read as a byline:\n%s", head, got)
		}
		roundTrip(t, d)
	}
}

// TestKoreanColumnRubricAloneOverWriter: a regional paper sets the
// column's rubric alone on the line over its title, [충청논단] / the
// title / the writer's line (blind page ko-blind61-jibang-sasul): the
// rubric is the kicker, the title the headline and the writer's line the
// byline (it had been glued into the headline); so too with a blank line
// between the rubric and the title. Look-alikes kept: a
// story's tag ([단독]) or a bracket that names no opinion rubric
// ([현장]) alone over a title and a name line, and a rubric with a title
// under it whose next line is no writer's, read as before.
func TestKoreanColumnRubricAloneOverWriter(t *testing.T) {
	for _, c := range []struct {
		above, title, line string
		want               bool
	}{
		{"[충청논단]", "지역 소멸 시대, 작은 학교를 지키는 법", "박민호 청주대 도시계획학과 교수", true},
		{"［목요 시론］", "겨울철 응급실 대란, 해법은 있다", "박정아 충북대병원 응급의학과 교수", true},
		{"[오늘과 내일/김도현]", "겨울 철새의 귀환", "김도현 논설위원", true},
		{"", "[목요 시론] 겨울철 응급실 대란, 해법은 있다", "박정아 충북대병원 응급의학과 교수", true},
		{"[단독]", "응급실 살리려면 경증 환자 분산부터", "이정훈 경상남도의사회장", false},
		{"[현장]", "응급실 살리려면 경증 환자 분산부터", "이정훈 경상남도의사회장", false},
		{"[충청논단] 학교", "지역 소멸 시대, 작은 학교를 지키는 법", "박민호 청주대 도시계획학과 교수", false},
		{"[충청논단]", "지역 소멸 시대, 작은 학교를 지키는 법", "올해 충북에서 신입생이 한 명도 없는", false},
		{"", "지역 소멸 시대, 작은 학교를 지키는 법", "박민호 청주대 도시계획학과 교수", false},
	} {
		if got := rubricOverWriter(c.above, c.title, c.line); got != c.want {
			t.Errorf("rubricOverWriter(%q, %q, %q) = %v, want %v", c.above, c.title, c.line, got, c.want)
		}
	}
	editorial := "사설\n겨울철 화재 예방, 작은 습관에서 시작된다\n\n겨울철 화재가 잇따르고 있다. 충북소방본부에\n따르면 지난달 도내 화재는 187건이다.\n\n"
	body := "올해 충북에서 신입생이 한 명도 없는\n초등학교가 11곳에 이른다. 학생 수가 줄면\n학교는 통폐합 대상이 된다.\n"
	for _, rubric := range []string{"[충청논단]", "［충청논단］", "[목요 시론]", "[충청논단]\n"} {
		d := mustRead(t, editorial+rubric+"\n지역 소멸 시대, 작은 학교를 지키는 법\n박민호 청주대 도시계획학과 교수\n\n"+body)
		got := strings.Join(treeOf(d), "\n")
		wantIn(t, got, "kicker "+strings.TrimSpace(rubric)+"\n  headline 지역 소멸 시대, 작은 학교를 지키는 법\n  byline 박민호 청주대 도시계획학과 교수\n  paragraph 올해 충북에서")
		roundTrip(t, d)
	}
	for _, tag := range []string{"[단독]", "[현장]"} {
		d := mustRead(t, editorial+tag+"\n응급실 살리려면 경증 환자 분산부터\n이정훈 경상남도의사회장\n\n"+body)
		if got := strings.Join(treeOf(d), "\n"); strings.Contains(got, "byline 이정훈") {
			t.Errorf("%s: the interviewee's line read as a byline:\n%s", tag, got)
		}
	}
}

// TestKoreanReadersCall: a Korean opinion page's call for readers' views
// or letters closed by its address at the page's foot, 독자 의견 보내실
// 곳: opinion@…, 독자투고: …, 투고 문의 … (blind page
// ko-blind61-jibang-sasul: it had been the column's last paragraph), is
// the page's call for contributions, noise (copyCall), as 欢迎投稿 … is.
// Look-alikes kept: a writer's address after the name, a sentence about
// readers' views that names the address mid-way, the words with no
// address.
func TestKoreanReadersCall(t *testing.T) {
	for s, want := range map[string]bool{
		"독자 의견 보내실 곳: opinion@ccmaeil.co.kr": true,
		"독자투고: letter@ccmaeil.co.kr":         true,
		"투고 문의 opinion@ccmaeil.co.kr":        true,
		"독자의견 보내기 opinion@ccmaeil.co.kr":     true,
		"박민호 기자 mhpark@ccmaeil.co.kr":        false,
		"독자 의견은 opinion@ccmaeil.co.kr로 받는다.": false,
		"독자 의견 보내실 곳":                        false,
	} {
		if got := copyCall(s); got != want {
			t.Errorf("copyCall(%q) = %v, want %v", s, got, want)
		}
	}
	page := "[충청논단]\n지역 소멸 시대, 작은 학교를 지키는 법\n박민호 청주대 도시계획학과 교수\n\n" +
		"올해 충북에서 신입생이 한 명도 없는\n초등학교가 11곳에 이른다. 학생 수가 줄면\n학교는 통폐합 대상이 된다.\n\n" +
		"독자 의견 보내실 곳: opinion@ccmaeil.co.kr\n"
	d := mustRead(t, page)
	got := treeOf(d)
	if last := got[len(got)-1]; last != "  noise 독자 의견 보내실 곳: opinion@ccmaeil.co.kr" {
		t.Errorf("the page's foot: %q\n%s", last, strings.Join(got, "\n"))
	}
	roundTrip(t, d)
}
