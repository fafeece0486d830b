package newstext

import (
	"strings"
	"testing"
)

// insaPage is a Korean regional daily's 인사·부고 page (blind page
// ko-insa-bugo-65), word-wrapped at 22 characters: a folio naming the
// page's two sections joined by a middle dot, a story under a headline
// hand-wrapped over two lines, an appointments box (◇ organisation heads,
// <국장급> rank lines, ▲ runs), a 부고 box whose entry's form rows and
// telephone stand among its entries, and a wedding box.
const insaPage = "2026년 12월 7일 월요일　인사·부고　29\n\n" +
	"한빛금융그룹, 계열사 대표 3명 교체\n\"디지털 전환 속도\"…50대 초반 전면 배치\n\n" +
	"한빛금융그룹은 6일 자회사 대표이사 후보\n추천위원회를 열고 한빛은행 등 3개\n계열사 대표를 새로 내정했다고 밝혔다.\n한빛은행장에는 김도현 수석부행장이,\n한빛카드 대표에는 윤서진\n디지털전략본부장이 각각 추천됐다.\n\n" +
	"새 대표들은 이달 말 각 사 주주총회를\n거쳐 내년 1월 1일 취임한다. 임기는\n2년이다.\n\n" +
	"정다은 기자 dajeong@hanbitilbo.co.kr\n\n" +
	"인사\n\n◇한빛은행\n▲부행장 김철수(디지털금융그룹)\n이영희(기업금융그룹) ▲상무\n박민수(리스크관리본부)\n정하늘(자금시장본부) 최서윤(영업기획부)\n\n" +
	"◇충청도청\n<국장급>\n▲기획조정실장 한상우 ▲문화체육관광국장\n오지민\n<과장급>\n▲예산담당관 서지아\n▲인사과장 남궁현\n\n" +
	"부고\n\n▲김정숙씨 별세 = 박현우(한빛일보\n논설위원)씨 모친상, 박은영(청주교대\n교수)씨 시모상\n빈소: 청주성모병원 장례식장 2호실\n발인: 9일 오전 7시\n장지: 청주 목련공원\n☎ 043-219-8000\n\n" +
	"▲이상철(전 충북도의원)씨 별세 =\n이지훈(한빛건설 상무)씨 부친상 = 6일\n충북대병원 장례식장 특3호실, 발인 8일\n오전 6시, 장지 괴산 선영. ☎\n043-269-6000\n\n" +
	"결혼\n\n▲김민준(한빛전자 대리)·이서연(교사)씨\n= 13일 낮 12시 청주 라포레웨딩홀\n3층\n▲박지훈(회사원)·최유나(간호사)씨 =\n13일 오후 1시 30분 대전\n유성컨벤션웨딩홀\n"

// TestKoreanFolioDottedSection: a Korean folio whose page holds two of
// the paper's sections names them joined by a middle dot (인사·부고,
// 정치ㆍ국제), one section word of the folio: noise, not the page's
// headline (blind page ko-insa-bugo-65). Look-alikes kept: more than
// three parts, a part ending as a predicate does, a dot ending the word,
// no page number nor weekday, the dotted word alone.
func TestKoreanFolioDottedSection(t *testing.T) {
	for _, tc := range []struct {
		line, want string
	}{
		{"2026년 12월 7일 월요일　인사·부고　29", noiseFolio},
		{"2026년 12월 7일 월요일　정치ㆍ국제　3", noiseFolio},
		{"29　인사·부고　2026년 12월 7일 월요일", noiseFolio},
		{"2026년 12월 7일 월요일　경제・산업・금융　12", noiseFolio},
		{"A29　사람·인사　2026년 12월 7일 월요일", noiseFolio},
		// Look-alikes.
		{"2026년 12월 7일 월요일　한국·미국·일본·중국　3", ""},
		{"2026년 12월 7일 월요일　오르고·내렸다　3", ""},
		{"2026년 12월 7일 월요일　인사·　29", ""},
		{"2026년 12월 7일 인사·부고", ""},
		{"인사·부고", ""},
	} {
		if got := noiseKind(tc.line); got != tc.want {
			t.Errorf("noiseKind(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
	d := mustRead(t, insaPage)
	wantIn(t, strings.Join(pageLeafKinds(d), "\n"), "noise 2026년 12월 7일 월요일　인사·부고　29")
	roundTrip(t, d)
}

// TestKoreanLongHeadline: a Korean headline setting two clauses on one
// line (…교체 "디지털 전환 속도"…50대 초반 전면 배치: 35 characters
// besides its spaces), hand-wrapped over two lines or typed on one, is
// the story's headline under the folio, not a paragraph for its length
// (blind page ko-insa-bugo-65). Chinese and Japanese keep their limit.
func TestKoreanLongHeadline(t *testing.T) {
	if koHeadlineLimit("ko") != 40 || koHeadlineLimit("zh-Hans") != 32 || koHeadlineLimit("ja") != 32 {
		t.Errorf("koHeadlineLimit: ko %d, zh-Hans %d, ja %d", koHeadlineLimit("ko"), koHeadlineLimit("zh-Hans"), koHeadlineLimit("ja"))
	}
	title := "한빛금융그룹, 계열사 대표 3명 교체 \"디지털 전환 속도\"…50대 초반 전면 배치"
	page := strings.Replace(insaPage, "인사·부고", "경제", 1) // (a folio read so before: blind65's item 1b alone)
	oneLine := strings.Replace(page, "교체\n\"디지털", "교체 \"디지털", 1)
	for name, page := range map[string]string{"wrapped": page, "one line": oneLine} {
		d := mustRead(t, page)
		got := strings.Join(pageLeafKinds(d), "\n")
		wantIn(t, got, "headline "+title+"\nparagraph 한빛금융그룹은 6일")
		if strings.Contains(got, "subheadline") {
			t.Errorf("%s: a subheadline:\n%s", name, got)
		}
		roundTrip(t, d)
	}
}

// TestKoreanAppointmentsBox: an appointments box's organisations open
// with ◇ heads, their entries ▲ runs with no full stop, grouped under
// rank lines in angle brackets (<국장급>): each ◇ line heads a section,
// the one after the first's entries too, whatever stands under it; a ▲
// run wrapped at the page's count goes on onto the line under it (오지민),
// however wide its bullets make it in columns; a rank line is a paragraph
// of its own, never the wrap of the entry above; and the name of the
// next box under the last entry starts its article (blind page
// ko-insa-bugo-65).
func TestKoreanAppointmentsBox(t *testing.T) {
	for s, want := range map[string]bool{
		"<국장급>": true, "〈과장급〉": true, "＜부이사관 승진＞": true, "《전보》": true,
		"<국장급": false, "<>": false, "< 국장급>": false, "<정기 인사 발령 및 승진 안내>": false, "<KBS>": false, "<사진=연합뉴스>": false,
	} {
		if got := koRankLine(s); got != want {
			t.Errorf("koRankLine(%q) = %v, want %v", s, got, want)
		}
	}
	d := mustRead(t, insaPage)
	got := strings.Join(treeOf(d), "\n")
	wantIn(t, got,
		"article\n  headline 인사\n  section\n    heading ◇한빛은행\n    paragraph ▲부행장 김철수(디지털금융그룹) 이영희(기업금융그룹) ▲상무 박민수(리스크관리본부) 정하늘(자금시장본부) 최서윤(영업기획부)\n"+
			"  section\n    heading ◇충청도청\n    paragraph <국장급>\n    paragraph ▲기획조정실장 한상우 ▲문화체육관광국장 오지민\n    paragraph <과장급>\n    paragraph ▲예산담당관 서지아\n    paragraph ▲인사과장 남궁현\narticle\n  headline 부고")
	roundTrip(t, d)
	// Look-alikes: a ◇ head under a story's unfinished paragraph stays
	// text (no entries of an earlier ◇ head above it); a title line
	// wider than the count over its subheadline stays two lines.
	story := "정다은 기자 dajeong@hanbitilbo.co.kr\n\n청주시 겨울 축제 내일 개막\n\n청주시는 7일부터 열흘간 무심천 일대에서\n겨울 축제를 연다고 밝혔다. 시는 올해\n먹거리 장터를 두 배로 늘렸고\n\n◇충청도청\n<국장급>\n▲기획조정실장 한상우\n"
	d = mustRead(t, story)
	if got := strings.Join(treeOf(d), "\n"); strings.Contains(got, "heading ◇충청도청") {
		t.Errorf("a ◇ line under an unfinished paragraph read as a head:\n%s", got)
	}
	roundTrip(t, d)
}

// TestKoreanBoxAsides: lines a Korean box sets among its entries, a
// death notice's form rows (빈소: …) and telephone (☎ 043-219-8000), an
// appointments box's ranks (<국장급>), keep the box's run of entries
// going: the ▲ entry after them is the box's next entry, a paragraph, not
// a photo's caption, and the name of the next box under the last entry
// heads its own article: 결혼, the plain name of the wedding box beside
// 화촉, or any short name over two or more ▲ entries there (회갑). Look-
// alikes kept: a ▲ caption under a story's form rows, a telephone line
// with words, a single ▲ line under a short title after a box.
func TestKoreanBoxAsides(t *testing.T) {
	for s, want := range map[string]bool{
		"☎ 043-219-8000": true, "☏(043)219-8000": true, "☎043-269-6000": true,
		"☎ 문의 043-219-8000": false, "☎ 119": false, "☎": false,
	} {
		if got := koPhoneLine(s); got != want {
			t.Errorf("koPhoneLine(%q) = %v, want %v", s, got, want)
		}
	}
	if !standingBox("결혼") || standingBox("결혼식 풍경") {
		t.Errorf("standingBox: 결혼 %v, 결혼식 풍경 %v", standingBox("결혼"), standingBox("결혼식 풍경"))
	}
	second := "paragraph ▲이상철(전 충북도의원)씨 별세 = 이지훈(한빛건설 상무)씨 부친상 = 6일 충북대병원 장례식장 특3호실, 발인 8일 오전 6시, 장지 괴산 선영. ☎ 043-269-6000"
	for _, name := range []string{"결혼", "회갑"} {
		d := mustRead(t, strings.Replace(insaPage, "\n결혼\n", "\n"+name+"\n", 1))
		got := strings.Join(treeOf(d), "\n")
		wantIn(t, got, "paragraph ☎ 043-219-8000\n  "+second+"\narticle\n  headline "+name+
			"\n  paragraph ▲김민준(한빛전자 대리)·이서연(교사)씨 = 13일 낮 12시 청주 라포레웨딩홀 3층\n  paragraph ▲박지훈(회사원)·최유나(간호사)씨 = 13일 오후 1시 30분 대전 유성컨벤션웨딩홀")
		if strings.Contains(got, "caption") {
			t.Errorf("%s: a caption among the boxes:\n%s", name, got)
		}
		roundTrip(t, d)
	}
	// Look-alikes: a story's form rows over a photo's ▲ caption; one ▲
	// line under a short title after a box.
	story := "청주 겨울 축제 개막\n\n청주시는 7일부터 열흘간 무심천 일대에서\n겨울 축제를 연다고 밝혔다.\n일시: 12월 7~16일\n장소: 무심천 둔치\n\n▲6일 오후 청주 무심천 둔치에서 관계자들이\n축제 무대를 설치하고 있다. /한빛일보 DB\n"
	d := mustRead(t, story)
	wantIn(t, strings.Join(treeOf(d), "\n"), "caption ▲6일 오후")
	roundTrip(t, d)
	photo := strings.Replace(insaPage, "결혼\n\n▲김민준", "첫눈\n\n▲김민준", 1)
	photo = photo[:strings.Index(photo, "▲박지훈")]
	d = mustRead(t, photo)
	if got := strings.Join(treeOf(d), "\n"); !strings.Contains(got, "caption ▲김민준") {
		t.Errorf("one ▲ line under a short title read as a box's entry:\n%s", got)
	}
	roundTrip(t, d)
}
