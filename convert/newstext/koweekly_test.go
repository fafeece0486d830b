package newstext

import (
	"strings"
	"testing"
)

// weeklyPage is a Korean 시사 주간지's interview page (blind page
// blind66-ko-weekly-interview): a folio with page, title, issue number
// and a dotted date; the Latin rubric INTERVIEW; a quoted headline and
// the interviewee as subheadline; the credit 글·사진 X 기자 e-mail; a lead
// wrapped at thirty columns; 문: / 답: Q&A with a quoted intertitle; a
// caption closed by ⓒ and the magazine's photographer; a 약력 list of ▲
// lines.
const weeklyPage = "42　시사한빛　제1587호　2026.12.15\n\nINTERVIEW\n\n" +
	"“농촌 소멸, 청년 농부 1만 명이면 막을 수 있다”\n\n귀농 15년 차 스마트팜 기업 ‘들녘’ 윤정호 대표\n\n" +
	"글·사진 최윤서 기자 yoon@sisahanbit.co.kr\n\n" +
	"윤정호 대표(58)는 15년 전 서울의 대기업 임원 자리를\n내려놓고 충남 홍성으로 내려왔다. 지금은 청년 농부\n" +
	"120여 명이 일하는 스마트팜 기업을 이끈다. 지난 2일\n홍성 농장에서 그를 만났다.\n\n" +
	"문: 대기업 임원을 그만두고 농촌으로 간 이유는.\n\n답: 아버지가 돌아가시고 고향 논이 묵어가는 걸 보면서 마음이 흔들렸다. 누군가는 돌아와야 한다고 생각했다.\n\n" +
	"문: 처음부터 스마트팜을 구상했나.\n\n답: 아니다. 첫 3년은 토마토 농사로 빚만 늘었다. 센서와 자동 환기 장치를 들이고 나서야 수확량이 두 배로 뛰었다.\n\n" +
	"“빚만 늘던 3년, 센서가 바꿨다”\n\n문: 청년 농부는 어떻게 모으나.\n\n답: 월급을 주고 기술을 가르친다. 3년 뒤 독립하면 온실 설비를 원가에 넘긴다. 지금까지 38명이 자기 농장을 차렸다.\n\n" +
	"윤정호 대표가 지난 2일 충남 홍성군 ‘들녘’ 온실에서 토마토 생육 데이터를 설명하고 있다. ⓒ시사한빛 최윤서\n\n" +
	"문: 정부 정책에 바라는 점은.\n\n답: 땅과 집이다. 청년들이 농촌에 오지 않는 이유는 일이 없어서가 아니라 살 곳이 없어서다.\n\n" +
	"약력\n\n▲1968년 충남 홍성 출생\n▲서울대 농업경제학과 졸업\n▲한빛전자 해외영업본부 상무\n▲2011년 귀농, 2016년 ㈜들녘 설립\n"

// TestKoreanWeeklyInterview reads the page whole: one article, the
// folio noise, INTERVIEW its kicker, the quoted headline, the byline,
// the lead one paragraph, the intertitle and 약력 section heads, the
// caption apart from the question under it, the ▲ items paragraphs.
func TestKoreanWeeklyInterview(t *testing.T) {
	d := mustRead(t, weeklyPage)
	if len(d.Articles) != 1 {
		t.Errorf("%d articles, want 1", len(d.Articles))
	}
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got,
		"noise 42　시사한빛　제1587호　2026.12.15\nkicker INTERVIEW\nheadline “농촌 소멸, 청년 농부 1만 명이면 막을 수 있다”\n"+
			"subheadline 귀농 15년 차 스마트팜 기업 ‘들녘’ 윤정호 대표\nbyline 글·사진 최윤서 기자 yoon@sisahanbit.co.kr\n"+
			"paragraph 윤정호 대표(58)는 15년 전 서울의 대기업 임원 자리를 내려놓고 충남 홍성으로 내려왔다. 지금은 청년 농부 120여 명이 일하는 스마트팜 기업을 이끈다. 지난 2일 홍성 농장에서 그를 만났다.\n",
		"heading “빚만 늘던 3년, 센서가 바꿨다”\nparagraph 문: 청년 농부는 어떻게 모으나.",
		"caption 윤정호 대표가 지난 2일 충남 홍성군 ‘들녘’ 온실에서 토마토 생육 데이터를 설명하고 있다. ⓒ시사한빛 최윤서\nparagraph 문: 정부 정책에 바라는 점은.",
		"heading 약력\nparagraph ▲1968년 충남 홍성 출생\nparagraph ▲서울대 농업경제학과 졸업\nparagraph ▲한빛전자 해외영업본부 상무\nparagraph ▲2011년 귀농, 2016년 ㈜들녘 설립")
	roundTrip(t, d)
}

// TestKoreanInnerStopNotTitle: a Korean line holding a finished
// sentence with more words after it is wrapped prose, never a title line
// (kotitlestop.go). Look-alikes stay title lines: a quoted headline of
// two sentences, a caption closed by its credit, a figure's point, an
// abbreviation's, a headline's comma.
func TestKoreanInnerStopNotTitle(t *testing.T) {
	for _, tc := range []struct {
		line  string
		title bool
	}{
		{"내려놓고 충남 홍성으로 내려왔다. 지금은 청년 농부", false},
		{"120여 명이 일하는 스마트팜 기업을 이끈다. 지난 2일", false},
		{"시민들이 광장을 걷고 있다. 사진은", false},
		// Look-alikes.
		{"“끝났다. 이젠 떠난다”", true},
		{"청주국제공항 출국장이 여행객으로 붐비고 있다. [박서연 기자]", true},
		{"서울 광화문광장의 야경. 연합뉴스", true},
		{"코스피 2.5% 급등, 외국인 순매수", true},
		{"No. 1 기업의 비결", true},
		{"농촌 소멸, 청년 농부 1만 명이면 막을 수 있다", true},
	} {
		if got := isTitleLine(tc.line); got != tc.title {
			t.Errorf("isTitleLine(%q) = %v, want %v", tc.line, got, tc.title)
		}
	}
	d := mustRead(t, "시민들이 광장을 걷고 있다. 사진은\n\n문: 정부 정책에 바라는 점은.\n")
	if got := strings.Join(pageLeafKinds(d), "\n"); strings.Contains(got, "headline") {
		t.Errorf("a wrapped line read as a headline:\n%s", got)
	}
}

// TestKoreanWorkCredit: a credit led by the work's words, a space or "="
// after them, is the reporter's byline (koworkcredit.go). Look-alikes:
// prose opening with a work's word, a word only beginning like one.
func TestKoreanWorkCredit(t *testing.T) {
	for _, tc := range []struct {
		line, names, role string
	}{
		{"글·사진 최윤서 기자 yoon@sisahanbit.co.kr", "최윤서", "기자"},
		{"글·사진 최윤서 기자", "최윤서", "기자"},
		{"글·사진=박하늘 기자 sky@segye.com", "박하늘", "기자"},
		{"정리=김민수·이지현 기자", "김민수 이지현", "기자"},
		{"글 이지현 기자", "이지현", "기자"},
		{"대담·정리 박서준 기자 psj@sisahanbit.co.kr", "박서준", "기자"},
		// Look-alikes.
		{"글 쓰는 기자", "", ""},
		{"정리 해고 기자회견", "", ""},
		{"사진 속 최윤서 기자", "", ""},
	} {
		k, c, _ := classifyText(tc.line)
		got := ""
		if k == uByline {
			got = strings.Join(c.names, " ")
			if len(c.roles) != 1 || c.roles[0] != tc.role {
				t.Errorf("%q: roles %q, want %q", tc.line, c.roles, tc.role)
			}
		}
		if got != tc.names {
			t.Errorf("%q: byline names %q, want %q", tc.line, got, tc.names)
		}
	}
}

// TestKoreanMagazineFolio: a Korean folio dated in figures, its words in
// Hangul, a weekly's issue number beside a bare page (kofolio.go,
// numericfolio.go). Look-alikes: a law's number and date, an issue with
// no page, a weather row, no date; and a run of such lines in a block is
// a table's rows, no folio.
func TestKoreanMagazineFolio(t *testing.T) {
	for _, tc := range []struct {
		line, want string
	}{
		{"42　시사한빛　제1587호　2026.12.15", noiseFolio},
		{"제1587호　2026.12.15　시사한빛　43", noiseFolio},
		{"2026.12.07　월요일　A3　사회", noiseFolio},
		{"2026.12.07　A3　사회", noiseFolio},
		// Look-alikes.
		{"법률 제19876호 2024.01.09", ""},
		{"2026.12.15 제1587호", ""},
		{"2026.12.07 서울 맑음 3", ""},
		{"42 시사한빛 제1587호", ""},
	} {
		if got := noiseKind(tc.line); got != tc.want {
			t.Errorf("noiseKind(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
	d := mustRead(t, "발행 기록\n\n41　시사한빛　제1586호　2026.12.08\n42　시사한빛　제1587호　2026.12.15\n\n지난호를 다시 봅니다.\n")
	if got := strings.Join(pageLeafKinds(d), "\n"); strings.Contains(got, "noise") {
		t.Errorf("a table's rows read as folios:\n%s", got)
	}
}

// TestLatinRubricKicker: a rubric in Latin capitals over a title in the
// page's script is the kicker (latinrubric.go). Look-alikes: mixed case,
// a brand, figures or marks, three letters, four words.
func TestLatinRubricKicker(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"INTERVIEW", true},
		{"COVER STORY", true},
		{"SPECIAL REPORT", true},
		{"ISSUE & PEOPLE", true},
		// Look-alikes.
		{"Interview", false},
		{"ITmedia NEWS", false},
		{"K-POP 2026", false},
		{"BTS", false},
		{"THE BIG ISSUE NOW", false},
		{" INTERVIEW", false},
	} {
		if got := latinCapsRubric(tc.line); got != tc.want {
			t.Errorf("latinCapsRubric(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
	d := mustRead(t, "INTERVIEW\n\n“농촌 소멸, 청년 농부 1만 명이면 막을 수 있다”\n\n"+
		"윤정호 대표는 15년 전 서울의 대기업 임원 자리를 내려놓고 충남 홍성으로 내려왔다. 지금은 청년 농부 120여 명이 일하는 스마트팜 기업을 이끈다.\n")
	wantIn(t, strings.Join(pageLeafKinds(d), "\n"), "kicker INTERVIEW\nheadline “농촌 소멸")
}

// TestKoreanCopyrightCaption: a caption closed by ⓒ (or ©) and whose
// photo it is (kocopycaption.go). Look-alikes: a paragraph's verb before
// it, a site's copyright notice, a credit with its reprint terms.
func TestKoreanCopyrightCaption(t *testing.T) {
	for _, tc := range []struct {
		line    string
		caption bool
	}{
		{"윤정호 대표가 지난 2일 충남 홍성군 ‘들녘’ 온실에서 토마토 생육 데이터를 설명하고 있다. ⓒ시사한빛 최윤서", true},
		{"서울 광화문광장의 야경. ⓒ 연합뉴스", true},
		{"시민들이 광장을 걷고 있다. ©최윤서 기자", true},
		// Look-alikes.
		{"정부는 대책을 내놓겠다고 밝혔다. ⓒ연합뉴스", false},
		{"ⓒ 한국경제 & hankyung.com, 무단전재 및 재배포 금지", false},
		{"시민들이 광장을 걷고 있다. ⓒ시사한빛, 무단전재 금지", false},
	} {
		if k, _, _ := classifyText(tc.line); (k == uCaption) != tc.caption {
			t.Errorf("classifyText(%q) = %v, want a caption: %v", tc.line, k, tc.caption)
		}
	}
}

// TestInterviewLabelNoJoin: a question or an answer led by its label
// never continues the paragraph above across a blank line (qalabel.go).
// Look-alikes: a contact's label (문의:), a word opening like a label.
func TestInterviewLabelNoJoin(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"문: 정부 정책에 바라는 점은.", true},
		{"답: 땅과 집이다.", true},
		{"问：今年情况如何？", true},
		{"Q: 정부 정책은?", true},
		// Look-alikes.
		{"문의: 043-219-8000", false},
		{"답답한 마음에 농촌으로 갔다.", false},
		{"문:", false},
		{"서울: 맑음", false},
	} {
		if got := interviewLabelLead(tc.line); got != tc.want {
			t.Errorf("interviewLabelLead(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
	page := "농촌에 청년이 돌아온다\n\n윤정호 대표는 15년 전 서울의 대기업 임원 자리를 내려놓고 충남 홍성으로 내려왔다.\n\n" +
		"윤정호 대표는 지난 2일 충남 홍성군 온실에서 토마토 생육 데이터를 보여주며 청년 농부들이 스스로 설 수 있도록 돕는\n\n" +
		"문: 정부 정책에 바라는 점은.\n\n답: 땅과 집이다.\n"
	d := mustRead(t, page)
	wantIn(t, strings.Join(pageLeafKinds(d), "\n"), "설 수 있도록 돕는\nparagraph 문: 정부 정책에 바라는 점은.")
	// (An unfinished paragraph over ordinary text still joins it.)
	d = mustRead(t, strings.Replace(page, "문: 정부 정책에 바라는 점은.", "청년 농부를 키운다.", 1))
	wantIn(t, strings.Join(pageLeafKinds(d), "\n"), "설 수 있도록 돕는 청년 농부를 키운다.")
}

// TestInterviewHead: a title line between an answer and the next
// question is a head of the interview, not a new story's headline
// (qalabel.go). Look-alike: the same line over ordinary text after the
// answers is the next story's headline (kohead.go), as before.
func TestInterviewHead(t *testing.T) {
	qa := "“농촌 소멸, 청년 농부 1만 명이면 막을 수 있다”\n\n윤정호 대표는 15년 전 서울의 대기업 임원 자리를 내려놓고 충남 홍성으로 내려왔다.\n\n" +
		"문: 처음부터 스마트팜을 구상했나.\n\n답: 아니다. 첫 3년은 토마토 농사로 빚만 늘었다.\n\n“빚만 늘던 3년, 센서가 바꿨다”\n\n"
	d := mustRead(t, qa+"문: 청년 농부는 어떻게 모으나.\n\n답: 월급을 주고 기술을 가르친다.\n")
	wantIn(t, strings.Join(pageLeafKinds(d), "\n"), "heading “빚만 늘던 3년, 센서가 바꿨다”\nparagraph 문: 청년 농부는")
	if len(d.Articles) != 1 {
		t.Errorf("%d articles, want 1", len(d.Articles))
	}
	d = mustRead(t, qa+"전국 농촌의 청년 인구가 5년 새 20% 줄었다. 정부는 대책을 서두르고 있다.\n")
	wantIn(t, strings.Join(pageLeafKinds(d), "\n"), "headline “빚만 늘던 3년, 센서가 바꿨다”")
}

// TestKoreanBulletList: ▲ lines one under another are a list's items,
// paragraphs, however an item reads alone (kobulletlist.go), and the
// short line over them is the list's head (listhead.go). Look-alikes: a
// ▲ line alone stays a caption, and so do ▲ captions ending a sentence
// one under another.
func TestKoreanBulletList(t *testing.T) {
	story := "농촌에 청년이 돌아온다\n\n윤정호 대표는 15년 전 서울의 대기업 임원 자리를 내려놓고 충남 홍성으로 내려왔다.\n\n"
	d := mustRead(t, story+"약력\n\n▲1968년 충남 홍성 출생\n▲2011년 귀농, 2016년 ㈜들녘 설립\n")
	wantIn(t, strings.Join(pageLeafKinds(d), "\n"), "heading 약력\nparagraph ▲1968년 충남 홍성 출생\nparagraph ▲2011년 귀농, 2016년 ㈜들녘 설립")
	d = mustRead(t, story+"▲2011년 귀농, 2016년 ㈜들녘 설립\n\n그는 지금 청년 농부를 키운다.\n")
	wantIn(t, strings.Join(pageLeafKinds(d), "\n"), "caption ▲2011년 귀농, 2016년 ㈜들녘 설립")
	d = mustRead(t, story+"▲윤정호 대표가 온실에서 토마토를 살펴보고 있다.\n▲청년 농부들이 수확한 토마토를 옮기고 있다.\n\n그는 지금 청년 농부를 키운다.\n")
	wantIn(t, strings.Join(pageLeafKinds(d), "\n"), "caption ▲윤정호 대표가 온실에서 토마토를 살펴보고 있다.\ncaption ▲청년 농부들이 수확한 토마토를 옮기고 있다.")
}
