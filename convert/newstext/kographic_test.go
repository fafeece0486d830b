package newstext

import (
	"strings"
	"testing"
)

// newsisStory is a 뉴시스 story with a line standing for its graphic's
// caption (%s) between two paragraphs.
const newsisStory = "[단독] 한빛건설, 하도급 대금 140억 미지급…공정위 현장조사\n\n" +
	"[서울=뉴시스]박서연 기자 = 공정거래위원회가 중견 건설사 한빛건설의 하도급 대금 미지급 의혹과 관련해 현장조사에 나선 것으로 확인됐다.\n\n" +
	"%s\n\n" +
	"7일 관련 업계에 따르면 공정위는 지난 4일 한빛건설 본사에 조사관을 보내 하도급 거래 관련 자료를 확보했다.\n\n" +
	"psy@newsis.com\n"

// TestKoreanGraphicCaption: 뉴시스's caption under a graphic, its
// dateline, what the graphic shows, who drew it in brackets, the date
// and the address, [서울=뉴시스] … 현황. (그래픽=안지혜 기자) 2026.12.07.
// jihye@newsis.com, is a caption inside the story, not a new untitled
// story's dateline and lead glued across the blank line to the paragraph
// under it (blind page ko-tongsin-sokbo-dandok). A paragraph closed by
// an address with no drawing's credit, a credit with no name, and an
// address with a particle glued on stay text. Under the dateline the
// description may be the graphic's title with no full stop, 업종별 임금
// 미지급 현황 (그래픽=…); with no dateline such a line stays text.
func TestKoreanGraphicCaption(t *testing.T) {
	captions := []string{
		"[서울=뉴시스] 한빛건설 협력업체 하도급 대금 미지급 현황. (그래픽=안지혜 기자) 2026.12.07. jihye@newsis.com",
		"[서울=뉴시스] 한빛건설 협력업체 하도급 대금 미지급 현황. (그래픽=안지혜 기자) jihye@newsis.com",
		"[세종=뉴시스] 통계청에 따르면 지난달 소비자물가는 2.4% 올랐다. (그래픽=전진우 기자) 2026.12.07 618tue@newsis.com",
		"[서울=뉴시스] 7일 서울 강남구 한빛건설 본사 모습. (사진=홍세희 기자) 2026.12.07. hong@newsis.com",
		"한빛건설 협력업체 하도급 대금 미지급 현황. (그래픽=안지혜 기자) jihye@newsis.com",
		"[서울=뉴시스] 올해 협력업체 대금 미지급 현황. 공정위 자료 기준. (일러스트=김지영 기자) kjy@newsis.com",
		// Under the dateline, a title with no full stop.
		"[서울=뉴시스] 업종별 임금 미지급 현황 (그래픽=안지혜 기자) 2026.12.07. jihye@newsis.com",
		"[세종=뉴시스] 통계청에 따르면 지난달 소비자물가는 2.4% 올랐다 (그래픽=전진우 기자) 618tue@newsis.com",
	}
	for _, s := range captions {
		if !isKoreanGraphicCaption(s) {
			t.Errorf("isKoreanGraphicCaption(%q) = false, want true", s)
		}
	}
	for _, s := range []string{
		"한빛건설 협력업체 하도급 대금 미지급 현황 (그래픽=안지혜 기자) jihye@newsis.com",            // no sentence, no dateline
		"[서울=뉴시스] (그래픽=안지혜 기자) jihye@newsis.com",                           // no description (a credit alone)
		"[서울=Newsis] Subcontract payments (그래픽=안지혜 기자) jihye@newsis.com",   // no Korean
		"[서울=뉴시스] 한빛건설 협력업체 하도급 대금 미지급 현황. (그래픽=안지혜 기자) jihye@newsis.com로", // a particle glued on
		"[서울=뉴시스] 한빛건설 협력업체 하도급 대금 미지급 현황. (문의=안지혜 기자) jihye@newsis.com",   // no drawing's credit
		"[서울=뉴시스] 한빛건설 협력업체 하도급 대금 미지급 현황. (그래픽=안지혜 기자)",                   // no address
		"공정위 관계자는 \"조사 여부는 확인해 줄 수 없다\"고 말했다. psy@newsis.com",
		"[서울=뉴시스] 한빛건설 협력업체 현황. (그래픽=The Graphics) jihye@newsis.com",
	} {
		if isKoreanGraphicCaption(s) {
			t.Errorf("isKoreanGraphicCaption(%q) = true, want false", s)
		}
	}
	for _, s := range captions[:4] {
		d := mustRead(t, strings.Replace(newsisStory, "%s", s, 1))
		got := strings.Join(treeOf(d), "\n")
		if k := kindOfText(d, s); k != "caption" {
			t.Errorf("%s: %s, want a caption:\n%s", s, k, got)
		}
		wantIn(t, got, "paragraph 7일 관련 업계에 따르면")
		if len(d.Articles) != 1 {
			t.Errorf("%s: %d articles, want 1:\n%s", s, len(d.Articles), got)
		}
		roundTrip(t, d)
	}
}

// TestAddressAfterCreditEndsBlock: a block closed by an e-mail address
// after a date, or after a finished sentence closed by its credit in
// brackets (… 현황. (그래픽=X 기자) x@newsis.com), is a sign-off's line no
// column break cut: the paragraph under it across a blank line is no
// rest of it (blind page ko-tongsin-sokbo-dandok, where the graphic's
// caption had been glued to the paragraph under it). An address after an
// unfinished clause, or after a bracket that closes no sentence, says
// nothing.
func TestAddressAfterCreditEndsBlock(t *testing.T) {
	for s, want := range map[string]bool{
		"미지급 현황. (그래픽=안지혜 기자) jihye@newsis.com":            true,
		"미지급 현황 (그래픽=안지혜 기자) 2026.12.07. jihye@newsis.com": true,
		"미지급 현황 2026.12.07 jihye@newsis.com":               true,
		"경기가 열렸다. 연합뉴스 x@yna.co.kr":                        true,
		"미지급 현황 (그래픽=안지혜 기자) jihye@newsis.com":             false,
		"문의는 (담당 부서) help@example.kr":                      false,
		"자세한 내용은 홈페이지를 참고하면 되고 help@example.kr":            false,
	} {
		if got := endsInAddress(s); got != want {
			t.Errorf("endsInAddress(%q) = %v, want %v", s, got, want)
		}
	}
	// The caption's description with no full stop is not read as a
	// caption, but it is no paragraph the break cut either.
	s := "[서울=뉴시스] 한빛건설 협력업체 하도급 대금 미지급 현황 (그래픽=안지혜 기자) 2026.12.07. jihye@newsis.com"
	d := mustRead(t, strings.Replace(newsisStory, "%s", s, 1))
	got := strings.Join(treeOf(d), "\n")
	if strings.Contains(got, "jihye@newsis.com 7일") {
		t.Errorf("the paragraph under an address glued to it:\n%s", got)
	}
	roundTrip(t, d)
}

// TestKoreanLongGraphicCaption: a graphic's description quoting its
// statistics runs past a photo caption's 120 runes; in 뉴시스's form
// (dateline, description, the drawing's credit, date, address) up to
// about 200 runes and two sentences it is still the caption inside the
// story, not a new story's dateline and lead (review 27a, item 4). Three
// sentences, or a description past 200 runes, stay as they were; a
// photo caption with no graphic's form keeps its 120.
func TestKoreanLongGraphicCaption(t *testing.T) {
	long := "[서울=뉴시스] 통계청이 30일 발표한 '10월 산업활동동향'에 따르면 지난달 전(全)산업 생산지수(계절조정·농림어업 제외)는 113.5(2020년=100)로 전월보다 2.5% 감소했다. 소매판매는 0.9%, 설비투자는 5.1% 줄었다. (그래픽=전진우 기자) 2026.12.07. 618tue@newsis.com"
	if !isKoreanGraphicCaption(long) {
		t.Errorf("isKoreanGraphicCaption(%q) = false, want true", long)
	}
	d := mustRead(t, strings.Replace(newsisStory, "%s", long, 1))
	got := strings.Join(treeOf(d), "\n")
	if k := kindOfText(d, long); k != "caption" {
		t.Errorf("long graphic caption: %s, want a caption:\n%s", k, got)
	}
	if len(d.Articles) != 1 {
		t.Errorf("long graphic caption: %d articles, want 1:\n%s", len(d.Articles), got)
	}
	roundTrip(t, d)
	clause := "지난달 전산업 생산지수는 전월보다 2.5% 감소했고 소매판매와 설비투자도 함께 줄어 석 달 만에 트리플 감소를 기록했으며"
	for _, s := range []string{
		// three sentences
		"[서울=뉴시스] 지난달 전산업 생산은 2.5% 감소했다. 소매판매는 0.9% 줄었다. 설비투자는 5.1% 줄었다. (그래픽=전진우 기자) 618tue@newsis.com",
		// past 200 runes
		"[서울=뉴시스] " + clause + " " + clause + " " + clause + " 통계청은 기저효과라고 설명했다. (그래픽=전진우 기자) 618tue@newsis.com",
	} {
		if isKoreanGraphicCaption(s) {
			t.Errorf("isKoreanGraphicCaption(%q) = true, want false", s)
		}
	}
	// koreanCaptionText, the photo caption's test, keeps its 120 runes.
	if koreanCaptionText(strings.TrimPrefix(long[:strings.Index(long, " (그래픽")], "[서울=뉴시스] ")) {
		t.Errorf("koreanCaptionText took a 123-rune description")
	}
}
