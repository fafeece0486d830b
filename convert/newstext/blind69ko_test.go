package newstext

import (
	"strings"
	"testing"
)

// blind69Market is an invented 증권면 exported one paragraph a line, blank
// lines between blocks (blind page ko-hankyung-market): a headline with a
// desk's tag over its subheadline in one block, the story, a market box's
// title over its rows in one block, and a box of briefs, each title over
// its one paragraph.
const blind69Market = "2026년 12월 8일 화요일　증권　A23\n\n" +
	"[마켓인사이트] 한빛바이오, 1500억 유상증자 추진\n최대주주 참여율 50% 그쳐…소액주주 반발\n\n" +
	"코스닥 상장사 한빛바이오가 1500억원 규모의 주주배정 유상증자를 추진한다. 신약 후보물질의 임상 3상 비용을 마련하기 위해서다. 최대주주인 한빛홀딩스의 참여율이 50%에 그치면서 소액주주들의 반발이 커지고 있다.\n\n" +
	"7일 투자은행(IB)업계에 따르면 한빛바이오는 지난 5일 이사회를 열고 신주 1200만 주를 발행하기로 결의했다. 예정 발행가는 1만2500원으로 기준주가 대비 25% 할인된 수준이다.\n\n" +
	"증권업계 관계자는 \"임상 결과가 나오기 전에 대규모 증자에 나서 주가 희석 부담이 크다\"며 \"최대주주가 배정 물량을 모두 인수하지 않는 점도 부담 요인\"이라고 말했다.\n\n" +
	"박서준 기자 sjpark@hankyung.com\n\n" +
	"주요 지수·종목 (7일 종가)\n코스피　2,684.31　▲18.42\n코스닥　812.55　▼3.07\n원·달러 환율　1,398.20원　▲4.10원\n한빛바이오　1만6650원　▼2.9%\n서해증권　8,320원　▲1.5%\n\n" +
	"증권 브리핑\n\n" +
	"한결자산운용, 월배당 ETF 출시\n한결자산운용은 8일 국내 고배당주에 투자하는 월배당 상장지수펀드(ETF)를 출시한다고 7일 밝혔다. 배당수익률 상위 30개 종목을 담는다.\n\n" +
	"서해증권, 연금 고객 50만명 돌파\n서해증권은 개인형 퇴직연금(IRP) 고객이 50만명을 넘어섰다고 7일 밝혔다. 올해 들어서만 12만명이 늘었다.\n\n" +
	"누리투자증권, 해외주식 수수료 인하\n누리투자증권은 이달 말까지 미국 주식 거래 수수료를 0.07%로 낮춘다고 7일 밝혔다.\n"

// TestUnwrappedPageMeasure: a page whose paragraphs are one line each
// sets its title lines over their text and a box's title over its rows
// in the same block; nine such lines made a measure of 34 columns, under
// which every title line looked wrapped. Lines ending their block at
// twice that width, as many as half the other lines, say the page is not
// wrapped: no measure. A hard-wrapped page, its last lines short of the
// measure, and one with a single overlong line, keep theirs.
func TestUnwrappedPageMeasure(t *testing.T) {
	lines := func(s string) []srcLine { return splitLines(s, false, false) }
	if m := pageMeasure(lines(blind69Market)); m != 0 {
		t.Errorf("one paragraph a line: pageMeasure = %d, want 0", m)
	}
	wrapped := strings.Repeat("코스닥 상장사 한빛바이오가 1500억원 규모의\n주주배정 유상증자를 추진한다. 신약 후보물질\n의 임상 비용을 마련하기 위해서다.\n\n", 4)
	if m := pageMeasure(lines(wrapped)); m == 0 {
		t.Errorf("hard-wrapped page: pageMeasure = 0, want its measure")
	}
	// (one line much wider than the measure, a link, changes nothing)
	long := wrapped + strings.Repeat("가", 60) + "\n"
	if m := pageMeasure(lines(long)); m == 0 {
		t.Errorf("hard-wrapped page with one wide line: pageMeasure = 0, want its measure")
	}
}

// TestKoreanTitleOverText: on a page of one paragraph a line, a title
// line set right over its text in the same block is a title, not the
// paragraph's first words (blind page ko-hankyung-market, misread A):
// a headline opening with a desk's tag over its subheadline, a box's
// title over its first row, each brief's title over its item, under the
// box's label; the box's title after the byline that closed the story
// is the box's headline, and so it is under the story's note on where
// it first ran (이 기사는 … 게재됐습니다., no ※). The title must be set flush and the line under
// it be a finished sentence much wider than it, opening with no
// quotation mark: a box's label over its value, an indented first line
// and a broadcast bite (◀ INT ▶ name/role over the words spoken) stay as
// they were.
func TestKoreanTitleOverText(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"한결자산운용, 월배당 ETF 출시", "한결자산운용은 8일 국내 고배당주에 투자하는 월배당 상장지수펀드(ETF)를 출시한다고 7일 밝혔다.", true},
		{"서해증권, 연금 고객 50만명 돌파", "서해증권은 개인형 퇴직연금(IRP) 고객이 50만명을 넘어섰다고 7일 밝혔다.", true},
		{"日時", "2026年12月20日 午前10:30", false}, // (a box's label over its value: no sentence)
		{"　　记者随机采访了几位市民", "减产是行业自律的延续，部分企业已连续三个季度亏损。", false}, // (an indented first line)
		{"◀ INT ▶ 박민수/승객", "\"회사에 늦는다고 연락하느라 정신이 없었어요. 이런 일은 처음입니다.\"", false},
		{"◀ INT ▶ 박민수/승객", "“회사에 늦는다고 연락하느라 정신이 없었어요. 이런 일은 처음입니다.”", false},
		{"코스닥 상장사 한빛바이오가 1500억원 규모의", "주주배정 유상증자를 추진한다.", false}, // (a wrapped paragraph's first line is its fullest)
		{"코스닥 상장사 한빛바이오가", "1500억원 규모의 주주배정 유상증자를", false},       // (a long word's room: a few columns)
	} {
		ls := splitLines(c.a+"\n"+c.b+"\n", false, false)
		if got := titleOverWiderText(ls[0], ls[1]); got != c.want {
			t.Errorf("titleOverWiderText(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	got := strings.Join(flatKinds(mustRead(t, blind69Market)), "\n")
	for _, w := range []string{
		"  headline [마켓인사이트] 한빛바이오, 1500억 유상증자 추진\n  subheadline 최대주주 참여율 50% 그쳐…소액주주 반발\n  paragraph 코스닥 상장사",
		"  byline 박서준 기자 sjpark@hankyung.com\narticle\n  headline 주요 지수·종목 (7일 종가)\n  paragraph 코스피　2,684.31　▲18.42\n",
		"  paragraph 한빛바이오　1만6650원　▼2.9%\n  paragraph 서해증권　8,320원　▲1.5%\n",
		"  kicker 증권 브리핑\n  headline 한결자산운용, 월배당 ETF 출시\n  paragraph 한결자산운용은 8일",
		"article\n  headline 서해증권, 연금 고객 50만명 돌파\n  paragraph 서해증권은",
		"article\n  headline 누리투자증권, 해외주식 수수료 인하\n  paragraph 누리투자증권은",
	} {
		if !strings.Contains(got, w) {
			t.Errorf("missing:\n%s\ngot:\n%s", w, got)
		}
	}
	// Under the note on where the story first ran, with no ※, the box's
	// title opens the next article as it does under the byline: the
	// note is the story's last word (README), as the same line after ※ is.
	ran := "이 기사는 12월 7일 15시 32분 '마켓인사이트'에 게재됐습니다."
	d0 := strings.Join(flatKinds(mustRead(t, strings.Replace(blind69Market, "sjpark@hankyung.com\n\n", "sjpark@hankyung.com\n\n"+ran+"\n\n", 1))), "\n")
	if !strings.Contains(d0, "  note "+ran+"\narticle\n  headline 주요 지수·종목 (7일 종가)\n  paragraph 코스피") {
		t.Errorf("box title under the story's note:\n%s", d0)
	}
	// A headline with a story's kind tag, [단독], reads the same.
	d := strings.Join(flatKinds(mustRead(t, strings.Replace(blind69Market, "[마켓인사이트]", "[단독]", 1))), "\n")
	if !strings.Contains(d, "  headline [단독] 한빛바이오, 1500억 유상증자 추진\n  subheadline 최대주주") {
		t.Errorf("[단독] headline:\n%s", d)
	}
}

// TestKoreanDeskTitle: a headline opening with a desk's or a service's
// tag in square brackets ([마켓인사이트], [마켓PRO], [fn마켓워치], [뉴스
// 분석]) is a title line, as one opening with a story's kind ([단독]) is.
// A paper's tag before the story, a wire's dateline, a photo's credit,
// a tag alone, a one-syllable tag and a sentence stay as they were.
func TestKoreanDeskTitle(t *testing.T) {
	for s, want := range map[string]bool{
		"[마켓인사이트] 한빛바이오, 1500억 유상증자 추진": true,
		"[마켓PRO] 외국인 순매수 상위 종목":         true,
		"[fn마켓워치] 한결운용, 리츠 펀드 조성":       true,
		"［뉴스 분석］ 금리 인하 늦어지나":            true,
		"[이슈 분석]공매도 재개 앞두고 긴장":          true,
		"[동아일보] 정부가 내년 예산안을":            false, // a paper's tag: a dateline
		"[서울=뉴시스] 홍길동 기자":               false,
		"[연합뉴스 자료사진] 서울 여의도":            false,
		"[마켓인사이트]":                      false, // a label alone (kolabel.go)
		"[표] 주요 지수":                     false,
		"[Reuters] 유가 급등":               false,
		"(마켓인사이트) 한빛바이오 증자":             false,
	} {
		if got := koreanDeskTitle(s); got != want {
			t.Errorf("koreanDeskTitle(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"[마켓인사이트] 한빛바이오, 1500억 유상증자 추진": true,
		"[마켓인사이트] 한빛바이오가 증자를 추진한다.":     false, // a sentence
	} {
		if got := isKickerText(s); got != want {
			t.Errorf("isKickerText(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestKoreanAmountRow: a market box's row whose price is written in
// Korean style, its digits grouped by 만, 억, 조 or 천 (1만6650원,
// 3억2000만원, 1조2030억원, 1천200억원), is a row as 8,320원's is (blind
// page ko-hankyung-market, misread B: the row had been taken for a
// headline and the row under it glued to it). A headline's counts, a
// word after the amount and a count of one unit alone stay no row.
func TestKoreanAmountRow(t *testing.T) {
	for s, want := range map[string]int{
		"한빛바이오　1만6650원　▼2.9%":   3,
		"한빛바이오 1만6650원 ▼450원":   3,
		"삼성전자　5만8200원　▲1,100원":  3,
		"시가총액　1조2030억원　▲3.1%":   3,
		"거래대금　3억2000만원　▼12.5%":  3,
		"순이익　1천200억원　▲8.0%":     3,
		"서해증권　8,320원　▲1.5%":     3, // (as before)
		"한빛바이오 1만6650원 돌파":      0, // a word after the figure: a headline
		"코로나 확진 5만 7천명":         0,
		"확진 5만7천명 2만명":          0, // no change, two units
		"한빛바이오　1만6650원":         0, // one figure
		"한빛바이오　1만원대　▼2.9%":      0, // (만 with no digit after it, then 원대: no figure's unit)
		"한빛바이오　1만6650원에서　▼2.9%": 0,
	} {
		if got := tableRow(s); got != want {
			t.Errorf("tableRow(%q) = %d, want %d", s, got, want)
		}
	}
}
