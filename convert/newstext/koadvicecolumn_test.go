package newstext

import (
	"strings"
	"testing"
)

// TestKoreanQALabel: a question-and-answer column's label with its Latin
// Q&A, [생활법률 Q&A], [건강 Q＆A], is a column's label as [생활법률] is
// (blind 71, ko-beopwon-panggyeol: the rubric, the title and the
// lawyer's line had been glued into one paragraph). Other Latin in the
// same brackets, an agency's or broadcaster's credit, an ampersand that
// joins no letters, two Latin runs, or Q&A alone, is no label.
func TestKoreanQALabel(t *testing.T) {
	for in, want := range map[string]bool{
		"[생활법률 Q&A]":     true,
		"[건강 Q＆A]":       true,
		"[Q&A 생활법률]":     true,
		"[생활법률Q&A]":      true,
		"[R&D 현장]":       true,
		"[생활법률]":         true,
		"[AP 연합뉴스]":      false,
		"[KBS 화면 캡처]":    false,
		"[AT&T 제공]":      false,
		"[생활법률 Q&]":      false,
		"[생활법률 &A]":      false,
		"[생활법률 & 상담]":    false,
		"[Q&A]":          false,
		"[생활법률 Q&A R&D]": false,
		"[생활법률 Q&&A]":    false,
		"[한빛일보 DB]":      false,
	} {
		if got := koreanColumnLabel(in); got != want {
			t.Errorf("koreanColumnLabel(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestKoreanExpertColumnWriter: an expert's advice column under a label
// alone on its line, [생활법률 Q&A] / its title / 박민준 법무법인 한빛
// 변호사, has the expert's line as its byline (name, organisation, the
// post: a lawyer's, a tax or labour accountant's, a doctor's, a
// professor's, a clinic's head, 원장 of a 한의원, 치과 or 병원: review
// 29b's gap, ko-health-qa-wonjang), as an opinion rubric's writer has.
// Look-alikes kept: 원장 of a 학원 or an institute; under an interview's or a profile's label the line names who was
// asked ([초대석], [이사람]); a post that is no expert's (대표, 회장); a
// story's tag ([단독]); the label run into the title.
func TestKoreanExpertColumnWriter(t *testing.T) {
	const title = "전세금 못 받았는데 먼저 이사 가도 되나요"
	for _, c := range []struct {
		above, title, line string
		want               bool
	}{
		{"[생활법률 Q&A]", title, "박민준 법무법인 한빛 변호사", true},
		{"[생활법률]", title, "박민준 변호사", true},
		{"[세무 상담]", "상속받은 집 팔 때 세금은", "김지훈 한빛세무회계 세무사", true},
		{"[노무 Q&A]", "퇴직금 못 받았다면", "이은정 한빛노무법인 공인노무사", true},
		{"[의학 상식]", "아이 열날 때 해열제 먹여도 되나", "이수진 충북대병원 소아청소년과 전문의", true},
		{"[건강 Q&A]", "겨울철 관절 통증 줄이려면", "최영호 한빛한의원 한의사", true},
		{"[건강 Q&A]", "겨울철 무릎 통증, 찜질은 어떻게 하나요", "김철수 튼튼한의원 원장", true},
		{"[치아 건강]", "잇몸 피 날 때 양치 세게 해야 하나", "박지민 밝은미소치과 원장", true},
		{"[건강칼럼]", "환절기 감기 예방법", "이수진 한빛병원 원장", true},
		{"[공부법 Q&A]", "겨울방학 수학 공부법", "이영수 한빛수학학원 원장", false},
		{"[건강 Q&A]", "고령층 건강 관리", "김철수 한국보건사회연구원 원장", false},
		{"[초대석]", "“지역 의료 살리려면 공공병원부터”", "김철수 충북대 의대 교수", false},
		{"[이사람]", "30년 무료 변론 이어온 시골 변호사", "박민준 법무법인 한빛 변호사", false},
		{"[우리동네 가게]", "40년 한자리 지킨 꽃집", "김영희 한빛꽃집 대표", false},
		{"[현장]", "응급실 살리려면 경증 환자 분산부터", "이정훈 경상남도의사회장", false},
		{"[단독]", "대형 로펌 변호사 수임료 논란", "박민준 법무법인 한빛 변호사", false},
		{"", "[생활법률 Q&A] " + title, "박민준 법무법인 한빛 변호사", false},
		{"[생활법률 Q&A]", title, "문: 집주인이 보증금을 돌려주지 않습니다", false},
	} {
		if got := rubricOverWriter(c.above, c.title, c.line); got != c.want {
			t.Errorf("rubricOverWriter(%q, %q, %q) = %v, want %v", c.above, c.title, c.line, got, c.want)
		}
	}
	box := "김서연 기자 syk@hanbitilbo.co.kr\n\n[판결 요지]\n\n" +
		"▲수거책이 조직의 지시에 따라 현금을 받아 전달했다면 사기 범행의 본질적 부분을 분담한 것으로 봐야 한다.\n\n" +
		"▲통상의 업무와 다른 방식으로 돈을 전달하도록 지시받았다면 범죄 가능성을 미필적으로나마 인식했다고 볼 수 있다.\n\n"
	column := "[생활법률 Q&A]\n" + title + "\n박민준 법무법인 한빛 변호사\n\n" +
		"문: 지난달 전세 계약이 끝났는데 집주인이 보증금을 돌려주지 않습니다. 어떻게 해야 하나요?\n\n" +
		"답: 먼저 관할 법원에 임차권등기명령을 신청하고, 등기가 기재된 것을 확인한 뒤 이사하는 것이 안전합니다.\n\n" +
		"※ 생활 속 법률 궁금증을 이메일(law@hanbitilbo.co.kr)로 보내주시면 지면을 통해 답해드립니다.\n"
	wantOutline(t, box+column, "headline [판결 요지]", "paragraph ▲통상의", "article",
		"kicker [생활법률 Q&A]", "headline "+title,
		"byline org=법무법인 한빛 roles=변호사 names=박민준 박민준 법무법인 한빛 변호사",
		"paragraph 문:", "paragraph 답:", "noise ※ 생활 속")
	interview := strings.NewReplacer("[생활법률 Q&A]", "[이사람]").Replace(column)
	if got := koOutline(mustRead(t, box+interview)); strings.Contains(got, "byline org=법무법인") {
		t.Errorf("the interviewee's line under [이사람] read as a byline:\n%s", got)
	}
}

// TestKoreanProfiledExpert: under a label of any name, the expert's line
// over a piece about him is no byline: the piece has a reporter's
// sign-off of its own or names him in the third person (review 29b,
// ko-doctor-profile, ko-lawyer-news). The expert's own column, its text
// in his words, or written down by a reporter (정리=… 기자), keeps the
// line as its byline.
func TestKoreanProfiledExpert(t *testing.T) {
	const byline = "byline org=충북대병원 정형외과 roles=교수 names=김태호"
	head := "[우리 동네 명의]\n\n\"무릎 통증, 참지 말고 일찍 오세요\"\n\n김태호 충북대병원 정형외과 교수\n\n"
	for _, c := range []struct {
		text string
		want bool
	}{
		{"김태호 교수는 20년 넘게 무릎 관절 수술을 해 온 이 분야의 권위자다. 한 해 집도하는 인공관절 수술만 500건이 넘는다.\n\n" +
			"김 교수는 \"무릎이 아프면 대개 나이 탓으로 돌리고 참는데, 초기에 오면 수술 없이 치료할 수 있다\"고 말했다.\n\n글=박소연 기자\n", false},
		{"김 교수는 \"초기에 오면 수술 없이 치료할 수 있다\"고 말했다.\n", false},
		{"무릎 관절 수술을 20년 넘게 해 왔습니다.\n\n무릎이 아프면 대개 나이 탓으로 돌리고 참는데, 초기에 오면 수술 없이 치료할 수 있습니다.\n\n박소연 기자\n", false},
		{"무릎이 아프면 대개 나이 탓으로 돌리고 참는데, 초기에 오면 수술 없이 치료할 수 있습니다.\n\n찜질은 하루 두 번, 20분이면 충분합니다.\n", true},
		{"무릎이 아프면 대개 나이 탓으로 돌리고 참는데, 초기에 오면 수술 없이 치료할 수 있습니다.\n\n정리=박소연 기자\n", true},
	} {
		got := koOutline(mustRead(t, head+c.text))
		if strings.Contains(got, byline) != c.want {
			t.Errorf("byline %v, want %v:\n%s", !c.want, c.want, got)
		}
	}
	lawyer := "[법조 브리핑]\n\n전세사기 피해자 법률 지원단 출범\n\n이성민 법무법인 새빛 변호사\n\n" +
		"전세사기 피해자를 무료로 돕는 법률 지원단이 7일 청주에서 출범했다. 지원단장은 이성민 변호사가 맡았다.\n\n" +
		"지원단에는 변호사 12명과 법무사 5명이 참여한다.\n\n정다은 기자\n"
	if got := koOutline(mustRead(t, lawyer)); strings.Contains(got, "byline org=법무법인 새빛") {
		t.Errorf("the lawyer a brief is about read as its writer:\n%s", got)
	}
	for s, want := range map[string]bool{
		"글=박소연 기자":                true,
		"정다은 기자":                  true,
		"글·사진=김민수 기자 kms@x.co.kr": true,
		"워싱턴=이정훈 특파원":             true,
		"정리=박소연 기자":               false,
		"김태호 충북대병원 정형외과 교수":       false,
		"시는 현장 취재 기자":             false,
	} {
		if got := koreanReporterSign(s); got != want {
			t.Errorf("koreanReporterSign(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestKoreanQuestionCall: an advice column's standing ※ call for the
// readers' questions, its address mid-way, closing it or left out, is a
// call for contributions (noise). Look-alikes kept: the paper's
// disclaimer and a tip call (their own rules), a ※ notice in the plain
// 다, a call for anything but questions, a story's sentence with no mark,
// a story's own ※ notice giving a contact (문의, 상담 with no promise to
// answer) or naming money or an application (review 29b: ko-nanum-call,
// ko-event-notice).
func TestKoreanQuestionCall(t *testing.T) {
	for s, want := range map[string]bool{
		"※ 생활 속 법률 궁금증을 이메일(law@hanbitilbo.co.kr)로 보내주시면 지면을 통해 답해드립니다.":   true,
		"※ 건강에 관한 궁금한 점을 health@hanbitilbo.co.kr로 보내주세요.":                  true,
		"※세무 상담을 원하시는 분은 질문을 보내 주시기 바랍니다.":                                 true,
		"* 독자 여러분의 고민을 보내주시면 전문가가 답해 드립니다.":                                true,
		"※ 외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다.":                               false,
		"※이 기사는 독자 제보를 바탕으로 작성됐습니다.":                                       false,
		"※ 시는 주민들의 질문을 이메일로 보내달라고 밝혔다.":                                    false,
		"※ 성금은 농협 계좌로 보내주시면 됩니다.":                                          false,
		"궁금한 점은 이메일로 보내주시면 답해드립니다.":                                        false,
		"※ 세무 상담 문의를 이메일로 보내주시면 지면을 통해 답해드립니다.":                            true,
		"※ 후원 문의는 사하구청(051-000-0000)으로, 성금은 농협 301-0000-0000으로 보내주시면 됩니다.": false,
		"※ 신청서와 문의 사항은 이메일(youth@cj.go.kr)로 보내주시기 바랍니다.":                   false,
		"※ 참가 문의는 이메일로 보내주시기 바랍니다.":                                        false,
		"※ 상담을 원하시는 분은 신청서를 보내주세요.":                                        false,
		"※ 성금은 농협 계좌로 보내주시면 됩니다. 궁금한 점은 문의해 주세요.":                          false,
	} {
		if got := koreanQuestionCall(s); got != want {
			t.Errorf("koreanQuestionCall(%q) = %v, want %v", s, got, want)
		}
	}
}
