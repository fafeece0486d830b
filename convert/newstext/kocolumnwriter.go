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

// rubricOverWriter reports a title line opening with an opinion rubric
// (koreanOpinionRubric), or under one alone on the line above it
// (above, "" if none), over a writer's line (koreanAuthorLine).
func rubricOverWriter(above, title, line string) bool {
	if title == "" {
		return false
	}
	rubric := title
	if title[0] != '[' && title[0] != 0xEF { // ([ or ［)
		if above == "" || above[0] != '[' && above[0] != 0xEF || !isBracketed(above) {
			return false
		}
		rubric = above + title // the rubric alone on the line above: [충청논단]
	}
	c, ok := koreanAuthorLine(line)
	if !ok {
		return false
	}
	return koreanOpinionRubric(rubric) || rubric != title && koreanExpertWriter(above, c)
}

// koreanExpertEnds end the post of an expert who writes a column of
// advice: the licensed professions (변호사, 세무사, 노무사, 변리사,
// 회계사, 법무사, 관세사; 의사, 한의사, 치과의사, 약사, 전문의) and a
// professor.
var koreanExpertEnds = []string{"변호사", "세무사", "노무사", "변리사", "회계사", "법무사", "관세사", "의사", "약사", "전문의", "교수"}

// koreanInterviewLabels are words of an interview's or a profile's label,
// under which the name line is the person asked, not the writer.
var koreanInterviewLabels = []string{"인터뷰", "초대석", "만나", "대담", "사람", "인물", "피플"}

// koreanExpertWriter reports a column's label alone on its line
// (koreanColumnLabel) naming no interview, over a title whose writer's
// line c names an expert's post (koreanExpertEnds).
func koreanExpertWriter(label string, c credit) bool {
	if len(c.roles) != 1 || !hasAnySuffix(c.roles[0], koreanExpertEnds) || !koreanColumnLabel(label) {
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
		if t.kind != uText && t.kind != uHeadline || !rubricOverWriter(above, t.text, u.text) {
			continue
		}
		if n := &us[i+1]; n.kind != uText || sc.fs[i+1].title {
			continue // (the piece's text follows)
		}
		c, _ := koreanAuthorLine(u.text)
		u.kind, u.cr = uByline, creditRef(c)
		bodyOnly(&sc.fs[i], false)
		b.warnParts(u.line, "writer's line under a column's rubric title taken as its byline: ", u.text)
	}
}
