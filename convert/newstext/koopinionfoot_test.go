package newstext

import (
	"strings"
	"testing"
)

// TestKoreanOpinionPieceFeet: the feet of a Korean opinion page's pieces
// (blind page ko-opinion-sinmun). The paper's disclaimer on an outside
// writer's piece with no ※ is a note, as the ※ form is, and the writer's
// line over it stays the piece's byline (it had been a section head over
// the rest of the page); the writer's box with the field after the post,
// 김민수 한빛대 교수·경제학, is a writer's line (org 한빛대, role 교수); a
// reader's signature with the occupation after the name and the rest in
// brackets, 이정훈 독자(청주시 상당구·자영업), is the letter's byline; the
// letters' and the cartoon's rubrics ([독자투고], [한빛만평]) open the
// next piece as the editorial's does; and a cartoon's credit to its
// artist, 그림=최재우 화백, is its byline, as 그래픽=X 기자 is (the README
// was silent on the last: chosen as a reader takes the line, who drew
// the cartoon). Look-alikes kept: a sentence in 습니다 that may differ
// from something else, or names no paper or no piece, a plain-다
// disclaimer; a writer's box with a place after the dot, or two groups;
// a place before the bracket; a photo's or a person's credit with an
// artist's title; a story's tag.
func TestKoreanOpinionPieceFeet(t *testing.T) {
	for s, want := range map[string]bool{
		"외부 필진의 글은 본지의 편집 방향과 다를 수 있습니다.":   true,
		"외부 필자의 원고는 본지의 편집방향과 다를 수 있습니다":    true,
		"이 칼럼은 본지의 논조와 다를 수도 있습니다.":         true,
		"기고 내용은 본사의 입장과 다를 수 있습니다.":         true,
		"기고문의 내용은 사실과 다를 수 있습니다.":           false, // no paper
		"이번 조사 결과는 본지의 예측과 다를 수 있습니다.":      false, // no piece
		"외부 필진의 글은 본지의 편집 방향과 다를 수 있다.":     false, // the plain 다
		"날씨에 따라 행사 일정은 달라질 수 있습니다.":         false,
		"칼럼을 보내 주세요. 본지의 편집 방향과 다를 수 있습니다.": false, // two sentences
	} {
		if got := isNote(s); got != want {
			t.Errorf("isNote(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]string{
		"김민수 한빛대 교수·경제학":       "한빛대|교수|김민수",
		"김민수 한빛대 명예교수ㆍ정치학":     "한빛대|명예교수|김민수",
		"박영희 한빛연구원 연구위원·국제정치학": "한빛연구원|연구위원|박영희",
		"이수진 서울대 경제학부 교수":      "서울대 경제학부|교수|이수진",
		"김영순 교사·청주시":           "", // a place after the dot: a reader's
		"김민수 한빛대 교수·학생":        "", // two groups, no field
		"이재명 대표·한동훈":           "",
	} {
		c, ok := koreanAuthorLine(s)
		got := ""
		if ok {
			got = c.org + "|" + strings.Join(c.roles, ",") + "|" + strings.Join(c.names, ",")
		}
		if got != want {
			t.Errorf("koreanAuthorLine(%q) = %q, want %q", s, got, want)
		}
	}
	for s, want := range map[string]string{
		"이정훈 독자(청주시 상당구·자영업)": "이정훈",
		"김영순 주부(부산 해운대구)":     "김영순",
		"박상철 회사원（청주시）":        "박상철",
		"홍성군 홍북읍(주부)":         "", // a place before the bracket
		"이정훈 대표(한빛건설)":        "",
		"이정훈 씨(청주시 상당구·자영업)":  "",
	} {
		c, ok := koreanReaderSignature(s)
		got := ""
		if ok {
			got = strings.Join(c.names, ",")
		}
		if got != want {
			t.Errorf("koreanReaderSignature(%q) = %q, want %q", s, got, want)
		}
	}
	for s, want := range map[string]string{
		"그림=최재우 화백":        "화백|최재우",
		"글·그림=김나래 작가":      "작가|김나래",
		"일러스트=박하늘 일러스트레이터": "일러스트레이터|박하늘",
		"그림=최재우 기자":        "기자|최재우",
		"사진=최재우 화백":        "", // a photo's credit names no artist
		"그림=최재우 씨":         "",
		"그림 그리는 최재우 화백":    "",
	} {
		c, ok := koreanWorkCredit(s)
		got := ""
		if ok {
			got = strings.Join(c.roles, ",") + "|" + strings.Join(c.names, ",")
		}
		if got != want {
			t.Errorf("koreanWorkCredit(%q) = %q, want %q", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"[독자투고] 눈 온 날 아침, 골목 제설은 누가 하나": true,
		"[한빛만평] 송년회의 계절":                true,
		"[그림마당] 송년회의 계절":                true,
		"[발언대] 버스 노선 개편, 주민 목소리 들어야":    true,
		"[단독] 송년회의 계절":                  false,
		"[한빛만평]":                        false, // no title
	} {
		if got := koreanOpinionRubric(s); got != want {
			t.Errorf("koreanOpinionRubric(%q) = %v, want %v", s, got, want)
		}
	}

	editorial := "[사설] 청년 떠나는 산단, 정주 여건부터\n살펴야\n\n한빛국가산업단지 입주 기업의 절반이\n인력난을 호소하고 있다. 일자리는 있는데\n일할 사람이 없다는 역설이다.\n\n"
	column := "[시론] 지역 화폐, 보조금 경쟁을 넘어서려면\n\n지역 화폐 발행액이 해마다 늘고 있지만\n효과에 대한 평가는 엇갈린다.\n\n김민수 한빛대 교수·경제학\n\n"
	disclaimer := "외부 필진의 글은 본지의 편집 방향과 다를 수 있습니다.\n\n"
	letter := "[독자투고] 눈 온 날 아침, 골목 제설은\n누가 하나\n\n지난주 첫눈이 내린 날 아침 출근길에\n골목 언덕에서 미끄러질 뻔했다.\n\n이정훈 독자(청주시 상당구·자영업)\n\n"
	cartoon := "[한빛만평] 송년회의 계절\n\n그림=최재우 화백\n"
	for name, page := range map[string]string{
		"page":          editorial + column + disclaimer + letter + cartoon,
		"no disclaimer": editorial + column + letter + cartoon,
		"letter first":  editorial + letter + cartoon,
		"cartoon first": editorial + cartoon,
	} {
		t.Run(name, func(t *testing.T) {
			d := mustRead(t, page)
			got := strings.Join(treeOf(d), "\n")
			if strings.Contains(page, column) {
				wantIn(t, got, "byline 김민수 한빛대 교수·경제학")
			}
			if strings.Contains(page, disclaimer) {
				wantIn(t, got, "byline 김민수 한빛대 교수·경제학\n  note 외부 필진의 글은")
			}
			if strings.Contains(page, letter) {
				wantIn(t, got, "headline [독자투고] 눈 온 날 아침, 골목 제설은 누가 하나\n  paragraph 지난주", "byline 이정훈 독자(청주시 상당구·자영업)")
			}
			wantIn(t, got, "headline [한빛만평] 송년회의 계절\n  byline 그림=최재우 화백")
			if h, want := articleHeadlines(d), strings.Count(page, "\n["); len(h) != want+1 {
				t.Errorf("headlines %q, want %d:\n%s", h, want+1, got)
			}
			for _, k := range []string{"heading", "subheadline"} {
				if strings.Contains(got, k) {
					t.Errorf("a %s:\n%s", k, got)
				}
			}
			roundTrip(t, d)
		})
	}
	// Look-alike: a broadcaster's story told in 습니다 whose sentence may
	// differ from the facts stays its paragraph.
	d := mustRead(t, "[사설] 청년 떠나는 산단\n\n한빛국가산업단지 입주 기업의 절반이\n인력난을 호소하고 있습니다.\n\n기업들이 낸 자료는 실제와 다를 수 있습니다.\n")
	if got := strings.Join(treeOf(d), "\n"); strings.Contains(got, "note") {
		t.Errorf("a story's sentence read as a note:\n%s", got)
	}
}
