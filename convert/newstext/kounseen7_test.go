package newstext

import (
	"strings"
	"testing"
)

// Korean conventions found by a seventh round of blind pages (a print
// page's text layer, wrapped between words at a narrow column, its
// paragraphs marked by indent alone), each tested on original text of
// its own.

// TestKoreanIndentParas: a Korean print page set as text has no blank
// lines; its narrow columns end raggedly between words, and each
// paragraph opens with an indented line. An unindented line inside an
// indented paragraph is its wrapped text however short the line above
// (a sentence's last line included), never a title line or a paragraph
// of its own; a caption, a graphic's title line, a jump line and the
// closing byline keep their own units; title lines between paragraphs
// over the next indented line stay a title group.
func TestKoreanIndentParas(t *testing.T) {
	page := "B3 2025년 11월 4일 화요일 한빛일보\n" +
		"지방 공항 국제선 회복세…청주 40% 늘어\n" +
		"- 10월 국제선 이용객 52만명\n" +
		"- 대구는 두달째 제자리\n" +
		"청주국제공항 출국장이 여행객으로 붐비고 있다. [박서연 기자]\n" +
		"  지난달 지방 공항의 국제선\n" +
		"이용객이 작년 같은 달보다\n" +
		"크게 늘었다.\n" +
		"저비용항공사들이 동남아\n" +
		"노선을 잇달아 늘린 영향이다.\n" +
		"  한국공항공사에 따르면\n" +
		"10월 청주공항 국제선\n" +
		"이용객은 12만명으로\n" +
		"40.2% 증가했다.\n" +
		"<그래픽> 지방 공항별 국제선 이용객 증감률 (자료=한국공항공사)\n" +
		"  반면 대구공항은\n" +
		"활주로 보수 공사로\n" +
		"운항 편수가 줄어 제자리에\n" +
		"머물렀다.\n" +
		"▶관련기사 B5면\n" +
		"[정하늘 기자]\n"
	d := mustRead(t, page)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got,
		"noise B3 2025년 11월 4일 화요일 한빛일보\nheadline 지방 공항 국제선 회복세…청주 40% 늘어\n"+
			"subheadline 10월 국제선 이용객 52만명\nsubheadline 대구는 두달째 제자리\n"+
			"caption 청주국제공항 출국장이 여행객으로 붐비고 있다. [박서연 기자]\n"+
			"paragraph 지난달 지방 공항의 국제선 이용객이 작년 같은 달보다 크게 늘었다. 저비용항공사들이 동남아 노선을 잇달아 늘린 영향이다.\n"+
			"paragraph 한국공항공사에 따르면 10월 청주공항 국제선 이용객은 12만명으로 40.2% 증가했다.\n"+
			"caption <그래픽> 지방 공항별 국제선 이용객 증감률 (자료=한국공항공사)\n"+
			"paragraph 반면 대구공항은 활주로 보수 공사로 운항 편수가 줄어 제자리에 머물렀다.\n"+
			"jump ▶관련기사 B5면\nbyline [정하늘 기자]")
	if len(d.Articles) != 1 {
		t.Errorf("%d articles, want 1", len(d.Articles))
	}

	for name, c := range map[string]struct {
		lines []string
		want  bool
	}{
		"indented openings": {[]string{"제목", "  첫 문단의", "둘째 줄", "  둘째 문단", "이어지는 줄", "  셋째 문단", "마지막 줄"}, true},
		"two openings":      {[]string{"제목", "  첫 문단의", "둘째 줄", "  둘째 문단", "이어지는 줄"}, false},
		"every line":        {[]string{"  첫 문단의", "  둘째 줄", "  둘째 문단", "  이어지는 줄", "  셋째 문단", "  마지막 줄"}, false},
	} {
		var ls []srcLine
		for i, s := range c.lines {
			t := strings.TrimLeft(s, " ")
			ls = append(ls, srcLine{text: t, no: i + 1, indent: t != s})
		}
		if got := koreanIndentParas(ls); got != c.want {
			t.Errorf("%s: koreanIndentParas = %v, want %v", name, got, c.want)
		}
	}
}

// TestKoreanIndentTitleGroup: on a page whose paragraphs are marked by
// indent, an indented line opens a paragraph whatever the line above
// left open, and title lines after a finished paragraph and over the
// next indented line stand each on its own (the next story's title
// lines), not the paragraph's wrapped text.
func TestKoreanIndentTitleGroup(t *testing.T) {
	page := "  시는 올해 안에 공사를\n마칠 계획이다.\n" +
		"  공사 기간에는 우회\n도로를 이용해야 한다.\n" +
		"  시 관계자는 주민 불편을\n줄이겠다고 밝혔다.\n" +
		"도서관 야간 개방 확대\n" +
		"주말에는 자정까지\n" +
		"  구립 도서관이 다음 달부터\n야간 개방 시간을 늘린다.\n"
	d := mustRead(t, page)
	got := strings.Join(pageLeafKinds(d), "\n")
	// (Which title each line is, the grammar decides: here the lines
	// stand each on its own, between the paragraphs.)
	for _, want := range []string{"paragraph 시 관계자는 주민 불편을 줄이겠다고 밝혔다.\n", " 도서관 야간 개방 확대\n", " 주말에는 자정까지\nparagraph 구립 도서관이 다음 달부터 야간 개방 시간을 늘린다."} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in:\n%s", want, got)
		}
	}
}

// TestKoreanPrintCaptions: a Korean print page credits its photo in
// square brackets after the description ([X 기자]) and titles its graphic
// with a label in angle brackets (<그래픽> …): both are captions. A long
// paragraph ending in the bracketed byline is not; nor is a bracketed
// credit that is no reporter's, nor a label with no text after it.
func TestKoreanPrintCaptions(t *testing.T) {
	for in, want := range map[string]bool{
		"시민들이 광장에서 행진하고 있다. [오지민 기자]":                                    true,
		"선수들이 우승 트로피를 들어 올리고 있다. 구단은 이날 시상식을 열었다. [강도윤 기자]":              true,
		"시민들이 광장에서 행진하고 있다. [연합뉴스]":                                      false,
		"시민들이 광장에서 행진하고 있다. [오지민기자]":                                     false,
		"시는 올해 공사를 마친다. 주민들은 우회 도로를 이용해야 한다. 시는 불편을 줄이겠다고 밝혔다. [오지민 기자]": false,
		"시민들이 광장에서 행진하고 있다 [오지민 기자]":                                     false,
		"[오지민 기자]": false,
		"시민들이 광장에서 행진하고 있다. [Reuters 기자]":                                     false,
		"선수들이 우승 트로피를 들어 올리고 있다. 구단은 이날 시상식을 열었다. 관중 3만명이 경기장을 찾았다. [강도윤 기자]": false,
	} {
		if got := isKoreanReporterCaption(in); got != want {
			t.Errorf("isKoreanReporterCaption(%q) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]bool{
		"<그래픽> 지역별 아파트값 변동률 (자료=한국부동산원)": true,
		"<표> 연도별 출생아 수":                  true,
		"<그래픽>":                          false,
		"<그래픽> 2025":                     false,
		"<주> 연도별 출생아 수":                  false,
	} {
		if got := isKoreanMediaTitle(in); got != want {
			t.Errorf("isKoreanMediaTitle(%q) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"시민들이 광장에서 행진하고 있다. [오지민 기자]":    "caption",
		"<그래픽> 지역별 아파트값 변동률 (자료=한국부동산원)": "caption",
	} {
		d := mustRead(t, "  시는 올해 공사를 마친다고 밝혔다.\n\n"+in+"\n\n  주민들은 우회 도로를 이용해야 한다.\n")
		if got := strings.Join(pageLeafKinds(d), "\n"); !strings.Contains(got, want+" "+in) {
			t.Errorf("%q not a %s:\n%s", in, want, got)
		}
	}
}

// TestKoreanFigureSubhead: a Korean subheadline under a single hyphen may
// open with a figure (- 3분기 영업이익 2조원); a hyphen before a figure
// with no Korean after it is a minus or a list's mark, not a subheadline.
func TestKoreanFigureSubhead(t *testing.T) {
	for in, want := range map[string]bool{
		"- 3분기 영업이익 2조원": true,
		"- 수출 두달째 감소":    true,
		"- 3.5%":         false,
		"-3분기 영업이익":      false,
	} {
		if got := hyphenSubhead(in); got != want {
			t.Errorf("hyphenSubhead(%q) = %v, want %v", in, got, want)
		}
	}
	d := mustRead(t, "반도체 실적 반등\n- 3분기 영업이익 2조원\n\n  회사는 3분기 영업이익이 2조원을 기록했다고 밝혔다.\n")
	wantIn(t, strings.Join(pageLeafKinds(d), "\n"), "headline 반도체 실적 반등\nsubheadline 3분기 영업이익 2조원")
}

// TestKoreanWebCopyChrome: a Korean site's story copied whole: the skip
// link (본문 바로가기), the reading player's label and its counter
// (기사를 읽어드립니다 / 0:00), the related-links header with no space
// (관련기사) and the most-read list (많이 본 기사, its rank alone on a
// line and the link under it) are the site's furniture, noise; the
// labelled photo caption ([사진] … 연합뉴스) is a caption; each long
// line ending a sentence is a paragraph of its own, though the page's
// long title and link lines (which hold no sentence stop) end none.
func TestKoreanWebCopyChrome(t *testing.T) {
	for in, want := range map[string]bool{
		"0:00": true, "00:00": true, "0:00:00": true,
		"0:01": false, "10:00": false, "00::0": false, "0:000": false, "0:00:0": false,
	} {
		if got := playerClock(in); got != want {
			t.Errorf("playerClock(%q) = %v, want %v", in, got, want)
		}
	}
	page := "한빛신문\n본문 바로가기\n경제 > 산업\n" +
		"지방 조선소 수주 3년 만에 최대…인력난은 여전히 숙제로 남아\n" +
		"정부 “연내 외국인 인력 쿼터 확대”…업계 “숙련공 부족 심각”\n" +
		"등록 2025-11-04 10:12\n" +
		"기사를 읽어드립니다\n0:00\n" +
		"[사진] 지난 3일 경남 거제의 한 조선소에서 노동자들이 선박 블록을 옮기고 있다. 연합뉴스\n" +
		"올해 지방 중소 조선소의 수주량이 3년 만에 가장 많은 것으로 집계됐다. 친환경 선박 발주가 늘어난 영향이라는 분석이 나온다.\n" +
		"4일 업계에 따르면 올해 1~10월 중소 조선소 수주량은 모두 84척으로 지난해보다 27% 늘었다. 이 가운데 절반가량은 액화천연가스 추진선이었다.\n" +
		"하지만 현장에서는 일할 사람이 없다는 목소리가 크다. 한 조선소 관계자는 “숙련공을 구하지 못해 납기를 맞추기 어렵다”고 말했다.\n" +
		"정부는 외국인 인력 쿼터를 늘리는 방안을 검토하고 있다.\n" +
		"이하늘 기자 sky@hanbit.example\n\n" +
		"관련기사\n“숙련공 한 명 키우는 데 5년”…조선소 인력 양성의 벽\n친환경 선박 발주 늘며 중소 조선소에 훈풍\n\n" +
		"많이 본 기사\n1\n“전세 계약 끝났는데 보증금 못 받아”…세입자 발 동동\n"
	d := mustRead(t, page)
	if len(d.Articles) != 1 {
		t.Errorf("%d articles, want 1", len(d.Articles))
	}
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got,
		"noise 본문 바로가기\n",
		"noise 기사를 읽어드립니다\nnoise 0:00\ncaption [사진] 지난 3일 경남 거제의 한 조선소에서 노동자들이 선박 블록을 옮기고 있다. 연합뉴스\n"+
			"paragraph 올해 지방 중소 조선소의 수주량이 3년 만에 가장 많은 것으로 집계됐다. 친환경 선박 발주가 늘어난 영향이라는 분석이 나온다.\n"+
			"paragraph 4일 업계에 따르면",
		"noise 관련기사\nnoise “숙련공 한 명 키우는 데 5년”…조선소 인력 양성의 벽\nnoise 친환경 선박 발주 늘며 중소 조선소에 훈풍\n",
		"noise 많이 본 기사\nnoise 1\nnoise “전세 계약 끝났는데 보증금 못 받아”…세입자 발 동동")
}
