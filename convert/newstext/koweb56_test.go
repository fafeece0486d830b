package newstext

import (
	"strings"
	"testing"
)

// A Korean broadcaster's report copied from its site, one unit a line
// (blind page ko-b56-jtbc-web), with head over the headline and foot
// between the last paragraph and the reporter's closing byline.
func koWebReport(head, mid, foot, tail []string) string {
	var b strings.Builder
	for _, h := range head {
		b.WriteString(h + "\n")
	}
	b.WriteString("\"관리비 두 배 됐는데 설명도 없어\"…안양 아파트 난방비 갈등 소송으로\n김하은 기자\n입력 2026-12-06 20:14\n")
	b.WriteString("[기자]\n안양시 동안구의 1200세대 규모 아파트입니다.\n")
	for _, m := range mid {
		b.WriteString(m + "\n")
	}
	b.WriteString("주민 300여 명은 관리업체가 계량기 점검을 제대로 하지 않아 요금이 부풀려졌다며 소송을 냈습니다.\n")
	b.WriteString("안양시는 다음 주 관리비 부과 내역에 대한 실태 조사에 나설 계획입니다.\n")
	for _, f := range foot {
		b.WriteString(f + "\n")
	}
	b.WriteString("김하은 기자 (kim.haeun@jtbc.co.kr)\nCopyright by JTBC(https://news.jtbc.co.kr) All Rights Reserved. 무단 전재 및 재배포 금지\n")
	for _, l := range tail {
		b.WriteString(l + "\n")
	}
	return b.String()
}

const koWebHeadline = "\"관리비 두 배 됐는데 설명도 없어\"…안양 아파트 난방비 갈등 소송으로"

// TestKoreanSiteMenuWords: a Korean news site's name (JTBC 뉴스, MBN뉴스,
// SBS, 연합뉴스) and its header links one a line under it (전체메뉴 /
// 검색 / 로그인), the programme and the section over the headline, are
// the site's furniture; the button 구독 among the stamps and buttons is
// one. Read as titles they made an article of their own (blind page
// ko-b56-jtbc-web). A menu word under no site name stays text.
func TestKoreanSiteMenuWords(t *testing.T) {
	for _, head := range [][]string{
		{"JTBC 뉴스", "전체메뉴", "검색", "로그인", "뉴스룸", "사회"},
		{"JTBC 뉴스", "전체메뉴", "검색", "로그인", "사회"},
		{"MBN뉴스", "메뉴", "로그인", "회원가입", "경제"},
		{"SBS", "검색", "사회"},
		{"JTBC뉴스", "전체메뉴"},
		{"연합뉴스", "전체메뉴", "검색", "정치"},
	} {
		page := koWebReport(head, nil, nil, nil)
		d := mustRead(t, page)
		got := allKinds(d)
		if len(got) < len(head)+2 || got[0] != "article" || got[len(head)+1] != "headline "+koWebHeadline {
			t.Errorf("head %v: %v", head, got)
			continue
		}
		for i, h := range head {
			if got[i+1] != "noise "+h {
				t.Errorf("head %v: %q read as %q", head, h, got[i+1])
			}
		}
		roundTrip(t, d)
	}
	// Not the site's header: no site name over the words, or a word that
	// is no menu's (a kicker).
	for _, c := range []struct {
		head []string
		line string
		not  string
	}{
		{[]string{"검색", "로그인"}, "검색", "noise"},
		{[]string{"JTBC 뉴스", "단독"}, "단독", "noise"},
		{[]string{"JTBC 뉴스", "검색", "팩트체크"}, "팩트체크", "noise"},
	} {
		d := mustRead(t, koWebReport(c.head, nil, nil, nil))
		if k := kindOfText(d, c.line); k == c.not {
			t.Errorf("head %v: %q read as %s", c.head, c.line, k)
		}
	}
	// 구독 among the buttons under the stamps is one of them.
	page := "JTBC 뉴스\n사회\n" + koWebHeadline + "\n김하은 기자\n입력 2026-12-06 20:14\n구독\n좋아요 25\n댓글 8\n인쇄\n" +
		"안양시 동안구의 1200세대 규모 아파트입니다.\n주민들이 관리업체를 상대로 소송을 냈습니다.\n"
	if k := kindOfText(mustRead(t, page), "구독"); k != "noise" {
		t.Errorf("구독 among the buttons: %s", k)
	}
	// Alone between paragraphs, away from the buttons, it is text.
	page = koWebReport([]string{"JTBC 뉴스", "사회"}, []string{"구독"}, nil, nil)
	if k := kindOfText(mustRead(t, page), "구독"); k == "noise" {
		t.Errorf("구독 between paragraphs: %s", k)
	}
}

// TestKoreanScreenCredit: a broadcaster's credit for the pictures on air
// alone on its line between the paragraphs, [화면제공 …], [화면출처 …],
// [영상제공 : …], is a caption, never glued into the sentence under it
// (blind page ko-b56-jtbc-web). A bracket with other words, or the
// credit word with no one named, stays text.
func TestKoreanScreenCredit(t *testing.T) {
	for _, in := range []string{"화면제공 안양 ○○아파트 주민모임", "화면출처 유튜브 '안양TV'", "영상제공 : 경기소방재난본부", "화면 제공=경기도", "영상출처 소방청"} {
		if !koScreenCredit(in) {
			t.Errorf("koScreenCredit(%q) = false", in)
		}
		line := "[" + in + "]"
		d := mustRead(t, koWebReport([]string{"JTBC 뉴스", "사회"}, []string{line}, nil, nil))
		if k := kindOfText(d, line); k != "caption" {
			t.Errorf("%q read as %q", line, k)
		}
		roundTrip(t, d)
	}
	for _, in := range []string{"화면제공", "화면제공자 모집", "화면제공 업체가 바뀌었다.", "영상편집 이지은", "인터뷰 박영숙/경기 안양시 주민", "연합뉴스 자료사진 아님, 주민들이 직접 찍은 화면입니다 화면제공 계속"} {
		if koScreenCredit(in) {
			t.Errorf("koScreenCredit(%q) = true", in)
		}
	}
}

// TestKoreanBracketCrewCredit: a broadcast report's crew in square
// brackets with no colons, role and name parted by a space, roles by
// slashes, [영상취재 정민호 / 영상편집 이지은 / 영상디자인 한서연], is a
// byline of its roles, not the headline of a new article (blind page
// ko-b56-jtbc-web); one role of the video desk alone, [영상편집 이지은],
// is one too. A bracket of one other role word and a word, [취재 후기],
// or with more words than a name, stays none.
func TestKoreanBracketCrewCredit(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"[영상취재 정민호 / 영상편집 이지은 / 영상디자인 한서연]", "byline roles=영상취재,영상편집,영상디자인 names=정민호,이지은,한서연"},
		{"[영상취재 정민호/영상편집 이지은]", "byline roles=영상취재,영상편집 names=정민호,이지은"},
		{"[영상편집 이지은]", "byline roles=영상편집 names=이지은"},
		{"[촬영기자 박준호 / 그래픽 김소라]", "byline roles=촬영기자,그래픽 names=박준호,김소라"},
	} {
		d := mustRead(t, koWebReport([]string{"JTBC 뉴스", "사회"}, nil, []string{c.line}, nil))
		if got := creditFields(nodeWithText(d, c.line)); got != c.want {
			t.Errorf("%q: got %s, want %s", c.line, got, c.want)
		}
		if n := len(d.Articles); n != 1 {
			t.Errorf("%q: %d articles", c.line, n)
		}
		roundTrip(t, d)
	}
	for _, inner := range []string{"취재 후기", "편집 후기", "영상취재 정민호 기자의 현장 / 영상편집 이지은", "영상취재 현장에서 본 것"} {
		if c, ok := crewCredit(inner); ok {
			t.Errorf("crewCredit(%q) = %+v", inner, c)
		}
	}
}

// TestKoreanLeadMainNewsHeader: 이 시각 주요뉴스 under the copyright line
// heads the site's links, as 지금 많이 본 기사 does: noise, and its titles
// links (blind page ko-b56-jtbc-web). 주요뉴스 with no lead phrase, or in
// a sentence, is no header.
func TestKoreanLeadMainNewsHeader(t *testing.T) {
	for _, s := range []string{"이 시각 주요뉴스", "오늘의 주요뉴스", "지금 주요 뉴스", "이 시각 주요기사"} {
		if !koLeadLinkHeader(s) {
			t.Errorf("koLeadLinkHeader(%q) = false", s)
		}
	}
	for _, s := range []string{"주요뉴스", "JTBC 주요뉴스", "이 시각 주요뉴스를 전해드립니다."} {
		if koLeadLinkHeader(s) {
			t.Errorf("koLeadLinkHeader(%q) = true", s)
		}
	}
	tail := []string{"이 시각 주요뉴스", "서울 아침 영하 11도…올겨울 가장 추워", "전기차 보조금 내년 1월부터 지급"}
	d := mustRead(t, koWebReport([]string{"JTBC 뉴스", "사회"}, nil, nil, tail))
	for _, l := range tail {
		if k := kindOfText(d, l); k != "noise" {
			t.Errorf("%q read as %q", l, k)
		}
	}
	roundTrip(t, d)
}
