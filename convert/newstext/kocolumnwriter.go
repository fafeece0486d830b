package newstext

import "strings"

// A Korean column's title may carry its writer's line right under it in
// the title block, as a contributed column (시론, 기고, 포럼) is set:
// [목요 시론] 겨울철 응급실 대란, 해법은 있다 / 박정아 충북대병원
// 응급의학과 교수. The rubric opens an opinion piece (korubric.go), so
// the line under its title is who wrote it: the piece's byline (name,
// organisation, post), as the same line closing the column is
// (markKoreanAuthorLines), not a subheadline, and never a line the title
// wraps into or the text's first paragraph runs on from. Under a
// headline with no rubric (an interview's 이정훈 경상남도의사회장) such a
// line stays a title line.

// A regional paper sets the rubric on a line of its own over the title
// instead, [충청논단] / 지역 소멸 시대, 작은 학교를 지키는 법 / 박민호
// 청주대 도시계획학과 교수: the rubric is the kicker, and the line under
// the title is the writer's all the same.

// An expert's advice column is set so under a label of any name,
// [생활법률 Q&A] / 전세금 못 받았는데 먼저 이사 가도 되나요 / 박민준
// 법무법인 한빛 변호사, [건강칼럼], [세무 상담]: a lawyer, a tax or
// labour accountant, a doctor or a professor answers the readers, and the
// line under the title names who (koreanExpertWriter). The same line
// under an interview's label ([초대석], [이사람], [인터뷰]) names who was
// asked, and a profile's (김영희 꽃집 대표) is no expert's: a title line.
// A profile's or a news brief's label may be of any name too ([우리 동네
// 명의], [법조 브리핑]): the line names whom the piece is about when the
// piece has a reporter's byline of its own (글=박소연 기자, 정다은 기자)
// or its text names him in the third person (김태호 교수는, 김 교수는,
// 이성민 변호사가): a title line (profiledExpert).

// rubricOverWriter reports a title line opening with an opinion rubric
// (koreanOpinionRubric), or under one alone on the line above it
// (above, "" if none), over a writer's line (koreanAuthorLine).
func rubricOverWriter(above, title, line string) bool {
	ok, _ := rubricOverWriterBy(above, title, line)
	return ok
}

// rubricOverWriterBy is rubricOverWriter, saying too whether only an
// expert's post under a column's label made the line its writer's
// (expert: koreanExpertWriter), not an opinion rubric.
func rubricOverWriterBy(above, title, line string) (ok, expert bool) {
	if title == "" {
		return false, false
	}
	rubric := title
	if title[0] != '[' && title[0] != 0xEF { // ([ or ［)
		if above == "" || above[0] != '[' && above[0] != 0xEF || !isBracketed(above) {
			return false, false
		}
		rubric = above + title // the rubric alone on the line above: [충청논단]
	}
	c, ok := koreanAuthorLine(line)
	if !ok {
		return false, false
	}
	if koreanOpinionRubric(rubric) {
		return true, false
	}
	expert = rubric != title && koreanExpertWriter(above, c)
	return expert, expert
}

// koreanExpertEnds end the post of an expert who writes a column of
// advice: the licensed professions (변호사, 세무사, 노무사, 변리사,
// 회계사, 법무사, 관세사; 의사, 한의사, 치과의사, 약사, 전문의) and a
// professor.
var koreanExpertEnds = []string{"변호사", "세무사", "노무사", "변리사", "회계사", "법무사", "관세사", "의사", "약사", "전문의", "교수"}

// koreanClinicEnds end the name of a clinic or a hospital whose head,
// 원장, writes a regional paper's health column: 튼튼한의원, 밝은치과,
// 한빛병원 (의원 ends 한의원 and 치과의원 too).
var koreanClinicEnds = []string{"병원", "의원", "치과"}

// clinicHead reports a clinic's head, 김철수 튼튼한의원 원장: the post
// 원장 of an organisation that is a clinic or hospital (koreanClinicEnds),
// how most health columns' writers are titled. 원장 of anything else (a
// 학원's, an institute's) is no expert's post.
func clinicHead(c credit) bool {
	return len(c.roles) == 1 && c.roles[0] == "원장" && hasAnySuffix(c.org, koreanClinicEnds)
}

// koreanInterviewLabels are words of an interview's or a profile's label,
// under which the name line is the person asked, not the writer.
var koreanInterviewLabels = []string{"인터뷰", "초대석", "만나", "대담", "사람", "인물", "피플"}

// koreanExpertWriter reports a column's label alone on its line
// (koreanColumnLabel) naming no interview, over a title whose writer's
// line c names an expert's post (koreanExpertEnds, or a clinic's head:
// clinicHead).
func koreanExpertWriter(label string, c credit) bool {
	if len(c.roles) != 1 || !hasAnySuffix(c.roles[0], koreanExpertEnds) && !clinicHead(c) || !koreanColumnLabel(label) {
		return false
	}
	for _, w := range koreanInterviewLabels {
		if strings.Contains(label, w) {
			return false
		}
	}
	return true
}

// markColumnWriters makes a byline of a Korean writer's line right under
// a title opening with an opinion rubric, alone or stacked in the title's
// block, over the piece's text.
func (b *builder) markColumnWriters(sc *scorer) {
	if b.lang != "ko" {
		return
	}
	us := sc.us
	for i := 1; i+1 < len(us); i++ {
		u := &us[i]
		if u.kind != uText || u.verbatim || u.para || !sc.fs[i].title || len(u.text) > 40*4 {
			continue
		}
		t, above := &us[i-1], ""
		if i >= 2 && us[i-2].kind == uText {
			above = us[i-2].text // (a rubric alone over the title)
		}
		if t.kind != uText && t.kind != uHeadline {
			continue
		}
		ok, expert := rubricOverWriterBy(above, t.text, u.text)
		if !ok {
			continue
		}
		if n := &us[i+1]; n.kind != uText || sc.fs[i+1].title {
			continue // (the piece's text follows)
		}
		c, _ := koreanAuthorLine(u.text)
		if expert && sc.profiledExpert(i, c) {
			continue // (the piece is about him: 김태호 교수는 …, 글=박소연 기자)
		}
		u.kind, u.cr = uByline, creditRef(c)
		bodyOnly(&sc.fs[i], false)
		b.warnParts(u.line, "writer's line under a column's rubric title taken as its byline: ", u.text)
	}
}

// koreanThirdPersonEnds are the particles after a name and post that
// speak of the person (김 교수는, 이성민 변호사가): the text is about him.
var koreanThirdPersonEnds = []string{"는", "은", "이", "가", "의", "를", "을", "에게", "도"}

// profiledExpert reports, for the expert's line i naming c under a
// column's label, a piece that is about him, not by him: among the units
// after it up to the next title line, a reporter's sign-off
// (koreanReporterSign) or a paragraph naming him and his post in the
// third person, by his full name or his surname (김태호 교수는, 김
// 교수는). Asked only of a line koreanExpertWriter took.
func (sc *scorer) profiledExpert(i int, c credit) bool {
	if len(c.names) != 1 || len(c.roles) != 1 {
		return false
	}
	name, role := c.names[0], c.roles[0]
	sur, _ := firstRune(name)
	full, short := name+" "+role, string(sur)+" "+role
	us := sc.us
	for j := i + 1; j < len(us) && j <= i+40; j++ {
		v := &us[j]
		if koreanReporterSign(v.text) {
			return true
		}
		if v.kind == uHeadline || v.kind == uText && sc.fs[j].title && j > i+1 {
			return false // (the next piece's title)
		}
		if v.kind == uText && (thirdPerson(v.text, full) || thirdPerson(v.text, short)) {
			return true
		}
	}
	return false
}

// thirdPerson reports s naming who (a name and a post) with a particle
// after it (koreanThirdPersonEnds).
func thirdPerson(s, who string) bool {
	for k := strings.Index(s, who); k >= 0; {
		rest := s[k+len(who):]
		for _, p := range koreanThirdPersonEnds {
			if strings.HasPrefix(rest, p) {
				return true
			}
		}
		n := strings.Index(rest, who)
		if n < 0 {
			break
		}
		k += len(who) + n
	}
	return false
}

// koreanReporterSign reports a reporter's sign-off line closing a piece:
// 정다은 기자, 글=박소연 기자, 글·사진=김민수 기자 kms@x.co.kr (a name,
// the post 기자 or 특파원, an address at most after it). A reporter who
// wrote the expert's words down, 정리=김서연 기자, signs the expert's
// column: no such sign.
func koreanReporterSign(s string) bool {
	if !atMost(s, 48) || strings.HasPrefix(s, "정리") {
		return false
	}
	f := strings.Fields(s)
	if n := len(f); n > 1 && strings.Contains(f[n-1], "@") {
		f = f[:n-1]
	}
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	last := f[len(f)-1]
	return strings.HasSuffix(last, "기자") || strings.HasSuffix(last, "특파원")
}
