package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// Korean conventions found by a third round of blind Korean pages
// (ko-hani-print, ko-newsis-web), each tested on original text of its own.

// koOutline lists every article's children of d, one line each (kind,
// then a byline's org, roles and names, then the text), "article" before
// each article.
func koOutline(d *doc.Document) string {
	var b strings.Builder
	for _, a := range d.Articles {
		b.WriteString("article\n")
		for _, n := range a.Children {
			b.WriteString(string(n.Kind))
			if n.Org != "" {
				b.WriteString(" org=" + n.Org)
			}
			if len(n.Roles) > 0 {
				b.WriteString(" roles=" + strings.Join(n.Roles, ","))
			}
			if len(n.Names) > 0 {
				b.WriteString(" names=" + strings.Join(n.Names, ","))
			}
			b.WriteString(" " + n.Text + "\n")
		}
	}
	return b.String()
}

// wantOutline reads page and checks that its outline (koOutline) holds
// a line starting with each of want, in order, and that the tree
// survives writing and reading back.
func wantOutline(t *testing.T, page string, want ...string) {
	t.Helper()
	d := mustRead(t, page)
	got := koOutline(d)
	lines := strings.Split(got, "\n")
	k := 0
	for _, w := range want {
		for k < len(lines) && !strings.HasPrefix(lines[k], w) {
			k++
		}
		if k == len(lines) {
			t.Errorf("no line %q (in order) in:\n%s", w, got)
			return
		}
		k++
	}
	roundTrip(t, d)
}

// TestKoreanPrintFolio: a Korean paper's folio (the date, the weekday,
// the section and the page number, padded apart) is page furniture, not
// a title: the headline and subheadline under it stay a title group, and
// on a short page the folio is not taken for the headline.
func TestKoreanPrintFolio(t *testing.T) {
	for in, want := range map[string]string{
		"2026년 11월 20일 금요일　　　　　경제　　　　　　　　　　9":  noiseFolio,
		"14　　　　지역　　　　2026년 11월 20일 금요일":        noiseFolio,
		"2026년 11월 20일 (금)      오피니언      A31": noiseFolio,
		"2026년11월20일 금요일 3면":                   noiseFolio,
		"2026년 11월 20일 금요일":                    noiseFolio,
		"2026년 11월 20일":                        "", // a sign-off's date, no folio
		"2026년 11월 20일 오후 3시":                  "",
		"20일 오후 수원시 한 시장에서 주민들이 장을 보고 있다.":     "",
		"2026년 11월 20일 개막한 박람회는 사흘간 열린다":       "",
		"11월 20일 금요일 경제 9":                     "", // no year: not a folio's date
	} {
		if got := noiseKind(in); got != want {
			t.Errorf("noiseKind(%q) = %q, want %q", in, got, want)
		}
	}
	folio := "2026년 11월 20일 금요일　　　　　경제　　　　　　　　　　9"
	wantOutline(t, folio+"\n\n골목 상권 살리는 ‘동네 상품권’\n지역화폐 발행액 2년 새 세 배로\n\n"+
		"경기 수원시 영통구의 한 전통시장. 점심시간이 지나자 장바구니를 든 주민들이 하나둘 가게 앞으로\n"+
		"모여들었다. 상인들은 지역화폐로 결제하는 손님이 눈에 띄게 늘었다고 입을 모았다.\n\n"+
		"시장 상인회장은 “예전에는 대형마트로 가던 젊은 부부들이 요즘은 주말마다 시장을 찾는다”며\n"+
		"“할인 혜택이 입소문을 탄 덕분”이라고 말했다.\n",
		"noise "+folio, "headline 골목 상권 살리는 ‘동네 상품권’", "subheadline 지역화폐 발행액 2년 새 세 배로",
		"paragraph 경기 수원시 영통구의 한 전통시장. 점심시간이 지나자 장바구니를 든 주민들이 하나둘 가게 앞으로 모여들었다. 상인들은 지역화폐로 결제하는 손님이 눈에 띄게 늘었다고 입을 모았다.")
	short := "14　　　　지역　　　　2026년 11월 20일 금요일"
	wantOutline(t, short+"\n\n섬마을 버스, 주민이 직접 몬다\n\n"+
		"전남 신안군의 한 섬마을에서 주민들이 직접 운전하는 마을버스가 다음 달부터 운행을 시작한다. 군은 차량 구입비를 지원한다.\n",
		"noise "+short, "headline 섬마을 버스, 주민이 직접 몬다", "paragraph 전남 신안군의")
}

// TestKoreanMailedCaption: a caption closed by the photographer's name,
// 기자 and e-mail address (… 사고 있다. 박종식 기자 anaki@hani.co.kr) is a
// caption with its credit, never glued to the paragraph under it; the
// same credit alone is the article's closing byline, and a paragraph
// reporting what someone said keeps its run-on credit as text.
func TestKoreanMailedCaption(t *testing.T) {
	for in, want := range map[string]bool{
		"19일 오후 경기 수원시의 한 전통시장에서 주민들이 지역화폐로 채소를 사고 있다. 박종식 기자 anaki@hani.co.kr": true,
		"지난 18일 문을 연 수원 영통구 주민센터의 모습. 박종식 기자 anaki@hani.co.kr":                  true,
		"시장은 붐볐다. 주민들이 줄을 서 있다. 박종식 기자 anaki@hani.co.kr":                        true,
		"박종식 기자 anaki@hani.co.kr": false,
		"상인회장은 “손님이 늘었다”고 말했다. 박종식 기자 anaki@hani.co.kr":              false,
		"주민들이 채소를 사고 있다. 문의 anaki@hani.co.kr":                        false,
		"주민들이 채소를 사고 있다. 박종식 기자 anaki":                               false,
		"주민들이 채소를 사고 있다. 시장은 붐볐다. 상인들은 웃었다. 박종식 기자 anaki@hani.co.kr": false, // three sentences: a paragraph
	} {
		if got := isKoreanMailedCaption(in); got != want {
			t.Errorf("isKoreanMailedCaption(%q) = %v, want %v", in, got, want)
		}
		if want && !isCaption(in) {
			t.Errorf("isCaption(%q) = false", in)
		}
	}
	caption := "19일 오후 경기 수원시의 한 전통시장에서 주민들이 지역화폐로 채소를 사고 있다. 박종식 기자 anaki@hani.co.kr"
	wantOutline(t, "골목 상권 살리는 ‘동네 상품권’\n\n"+
		"시장 상인회장은 “예전에는 대형마트로 가던 젊은 부부들이 요즘은 주말마다 시장을 찾는다”며\n"+
		"“할인 혜택이 입소문을 탄 덕분”이라고 말했다.\n\n"+caption+"\n\n"+
		"행정안전부 자료를 보면, 전국 지방자치단체의 지역화폐 발행액은 2024년 9조원에서 올해 27조원으로 늘었다. 소비 위축으로 어려움을 겪는 소상공인을 돕기 위한 조처다.\n\n"+
		"김민경 기자 salmat@hani.co.kr\n",
		"headline 골목 상권 살리는 ‘동네 상품권’",
		"paragraph 시장 상인회장은 “예전에는 대형마트로 가던 젊은 부부들이 요즘은 주말마다 시장을 찾는다”며 “할인 혜택이 입소문을 탄 덕분”이라고 말했다.",
		"caption "+caption,
		"paragraph 행정안전부 자료를 보면, 전국 지방자치단체의 지역화폐 발행액은 2024년 9조원에서 올해 27조원으로 늘었다. 소비 위축으로 어려움을 겪는 소상공인을 돕기 위한 조처다.",
		"byline roles=기자 names=김민경 김민경 기자 salmat@hani.co.kr")
	// Set with no blank line, between the wrapped lines of two
	// paragraphs, the caption is still a unit of its own: the lines under
	// it are the next paragraph.
	wantOutline(t, "골목 상권 살리는 ‘동네 상품권’\n\n"+
		"시장 상인회장은 “예전에는 대형마트로 가던 젊은 부부들이 요즘은 주말마다 시장을 찾는다”며\n"+
		"“할인 혜택이 입소문을 탄 덕분”이라고 말했다.\n"+caption+"\n"+
		"행정안전부 자료를 보면, 전국 지방자치단체의 지역화폐 발행액은 2024년 9조원에서 올해 27조원으로\n"+
		"늘었다. 소비 위축으로 어려움을 겪는 소상공인을 돕기 위한 조처다.\n",
		"headline 골목 상권 살리는 ‘동네 상품권’",
		"paragraph 시장 상인회장은 “예전에는 대형마트로 가던 젊은 부부들이 요즘은 주말마다 시장을 찾는다”며 “할인 혜택이 입소문을 탄 덕분”이라고 말했다.",
		"caption "+caption,
		"paragraph 행정안전부 자료를 보면, 전국 지방자치단체의 지역화폐 발행액은 2024년 9조원에서 올해 27조원으로 늘었다. 소비 위축으로 어려움을 겪는 소상공인을 돕기 위한 조처다.")
}

// TestKoreanBarByline: a column's author line, the name, a bar and the
// writer's organisation and position (최은서 | 주거권네트워크 정책위원), is
// its byline, not a subheadline; a row of a name and a word is not one.
func TestKoreanBarByline(t *testing.T) {
	tests := []struct {
		in        string
		ok        bool
		org, role string
	}{
		{"최은서 | 주거권네트워크 정책위원", true, "주거권네트워크", "정책위원"},
		{"한민호｜서울대 경제학부 교수", true, "서울대 경제학부", "교수"},
		{"남궁진 | 소설가", true, "", "소설가"},
		{"서울 | 맑음", false, "", ""},
		{"최은서 | 주거권네트워크, 정책위원", false, "", ""},
		{"최은서 정책위원", false, "", ""},
		{"정책 토론회 | 국회 의원회관 대회의실에서 열린 토론회의 위원", false, "", ""},
	}
	for _, tt := range tests {
		c, ok := parseBylineLine(tt.in)
		if !ok {
			c = credit{}
		}
		if ok != tt.ok || c.org != tt.org || tt.ok && (len(c.roles) != 1 || c.roles[0] != tt.role) {
			t.Errorf("parseBylineLine(%q) = %+v, %v; want org %q role %q, %v", tt.in, c, ok, tt.org, tt.role, tt.ok)
		}
	}
	wantOutline(t, "[왜냐면]\n청년 주거 지원, 문턱부터 낮춰야\n\n최은서 | 주거권네트워크 정책위원\n\n"+
		"지난달 대학 졸업을 앞둔 후배가 전세사기 피해를 입었다는 소식을 들었다. 보증금 전부를 돌려받지 못한 채 고시원으로 옮겼다고 한다.\n\n"+
		"지원 제도는 찾아가는 방식으로 바뀌어야 한다. 문턱을 낮추는 것이 곧 주거권을 지키는 길이다.\n",
		"kicker [왜냐면]", "headline 청년 주거 지원, 문턱부터 낮춰야",
		"byline org=주거권네트워크 roles=정책위원 names=최은서 최은서 | 주거권네트워크 정책위원",
		"paragraph 지난달 대학 졸업을")
}

// TestKoreanColumnLabel: a column's or series' name alone in square
// brackets over a title line is the kicker (its label), the title the
// headline, even after the previous article's closing byline; a
// dateline, a paper's tag, a photo credit and a story's tag in the same
// brackets are no label.
func TestKoreanColumnLabel(t *testing.T) {
	for in, want := range map[string]bool{
		"[왜냐면]":       true,
		"[아침 햇발]":     true,
		"［시론·칼럼］":     true,
		"[서울=뉴시스]":    false,
		"[한국일보]":      false,
		"[연합뉴스 자료사진]": false,
		"[속보]":        false,
		"[왜냐면] 청년 주거": false,
		"[3]":         false,
		"[Opinion]":   false,
	} {
		if got := koreanColumnLabel(in); got != want {
			t.Errorf("koreanColumnLabel(%q) = %v, want %v", in, got, want)
		}
	}
	page := "하지만 재정 부담을 우려하는 목소리도 나온다. 한 재정학자는 “사용처를 넓히는 쪽이 효과적”이라고 말했다.\n\n" +
		"김민경 기자 salmat@hani.co.kr\n\n" +
		"[아침 햇발]\n겨울 골목의 연탄 한 장\n\n" +
		"올해도 연탄 나눔 봉사자가 크게 줄었다고 한다. 연탄 한 장 값이 오르고 후원도 줄면서 창고가 비어 간다.\n"
	wantOutline(t, page, "byline roles=기자 names=김민경 김민경 기자 salmat@hani.co.kr",
		"article", "kicker [아침 햇발]", "headline 겨울 골목의 연탄 한 장", "paragraph 올해도")
}

// TestKoreanRunTogetherStamp: a web stamp copied with no space before its
// second word (…08:00:00수정 2026.…) is the same time stamp; a summary
// box's label (기사내용 요약) is noise, and the points under it the
// story's subheadlines, a line each, whether a blank line parts them
// from the label or not.
func TestKoreanRunTogetherStamp(t *testing.T) {
	for in, want := range map[string]bool{
		"등록 2026.11.20 07:30:00수정 2026.11.20 10:05:12":  true,
		"입력 2026.11.20 07:30수정 2026.11.20 10:05":        true,
		"등록 2026.11.20 07:30:00 수정 2026.11.20 10:05:12": true,
		"등록 2026.11.20 07:30:00수정":                      false,
		"등록 2026.11.20 07:30:00수도권":                     false,
		"2026.11.20 07:30에 열린다":                         false,
	} {
		if got := isWebStamp(in); got != want {
			t.Errorf("isWebStamp(%q) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"기사내용 요약": noiseSummary,
		"기사 요약":   noiseSummary,
		"기사내용":    "",
		"기사 요약문":  "",
	} {
		if got := noiseKind(in); got != want {
			t.Errorf("noiseKind(%q) = %q, want %q", in, got, want)
		}
	}
	head := "지방 공항 국제선 이용객 1년 새 40%↑\n등록 2026.11.20 07:30:00수정 2026.11.20 10:05:12\n"
	points := "청주·대구 공항 노선 확대 효과\n단거리 노선 수요 1.5배로 회복\n"
	body := "\n[대구=뉴시스]박서준 기자 = 지방 공항의 국제선 이용객이 1년 새 40% 넘게 늘어난 것으로 나타났다. 저비용항공사들이 동남아 노선을 잇달아 늘린 영향이다.\n"
	for _, sep := range []string{"\n", "\n\n"} {
		wantOutline(t, head+sep+"기사내용 요약"+sep+points+body,
			"article", "headline 지방 공항 국제선 이용객 1년 새 40%↑",
			"noise 등록 2026.11.20 07:30:00수정 2026.11.20 10:05:12", "noise 기사내용 요약",
			"subheadline 청주·대구 공항 노선 확대 효과", "subheadline 단거리 노선 수요 1.5배로 회복",
			"dateline org=뉴시스 [대구=뉴시스]", "byline roles=기자 names=박서준 박서준 기자 =")
	}
	// Without the label, the line under the stamp is not a subheadline
	// of the headline over it (the stamp ends the title group).
	if d := mustRead(t, head+"\n"+points+body); strings.Contains(koOutline(d), "noise 기사") {
		t.Errorf("a summary label out of nothing:\n%s", koOutline(d))
	}
}

// TestNewsisCaptions: 뉴시스's photo caption opens as a story does, with
// its dateline and photographer, but ends in the date and the address
// ([대구=뉴시스] 이무열 기자 = 19일 … 밟고 있다. 2026.11.19. lmy@newsis.com);
// its graphic credit is a dateline, who drew it in brackets and an
// address. Both are captions, not new stories; a story's lead is not.
func TestNewsisCaptions(t *testing.T) {
	for in, want := range map[string]bool{
		"[대구=뉴시스] 이무열 기자 = 19일 대구국제공항 출국장에서 여행객들이 탑승 수속을 밟고 있다. 2026.11.19. lmy@newsis.com": true,
		"[서울=뉴시스] (그래픽=김규리 기자) kkr@newsis.com":                                              true,
		"(그래픽=김규리 기자) kkr@newsis.com":                                                       true,
		"[서울=뉴시스] (사진=김규리 기자)":                                                              true,
		"[대구=뉴시스]박서준 기자 = 지방 공항의 국제선 이용객이 늘었다. 저비용항공사들이 노선을 늘린 영향이다.":                       false,
		"[서울=뉴시스] (그래픽=국토교통부 자료) kkr@newsis.com":                                            false,
		"[서울=뉴시스] (그래픽=김규리 기자) 자세한 내용은 누리집 참조":                                              false,
	} {
		if got := isCaption(in); got != want {
			t.Errorf("isCaption(%q) = %v, want %v", in, got, want)
		}
		if got := kindOf(in) == uCaption; got != want {
			t.Errorf("kindOf(%q) caption = %v, want %v", in, got, want)
		}
	}
	photo := "[대구=뉴시스] 이무열 기자 = 19일 대구국제공항 출국장에서 여행객들이 탑승 수속을 밟고 있다. 2026.11.19. lmy@newsis.com"
	graphic := "[서울=뉴시스] (그래픽=김규리 기자) kkr@newsis.com"
	wantOutline(t, "지방 공항 국제선 이용객 1년 새 40%↑\n\n"+
		"[대구=뉴시스]박서준 기자 = 지방 공항의 국제선 이용객이 1년 새 40% 넘게 늘어난 것으로 나타났다.\n\n"+photo+"\n\n"+
		"청주공항은 지난해보다 노선이 6개 늘면서 이용객이 두 배 가까이 증가했다.\n\n"+graphic+"\n\n"+
		"공항공사 관계자는 \"겨울 성수기에 맞춰 노선을 더 늘릴 계획\"이라고 말했다.\n\npsj@newsis.com\n",
		"article", "headline 지방 공항 국제선 이용객 1년 새 40%↑", "dateline org=뉴시스 [대구=뉴시스]",
		"caption "+photo, "paragraph 청주공항은 지난해보다 노선이 6개 늘면서 이용객이 두 배 가까이 증가했다.",
		"caption "+graphic, "paragraph 공항공사 관계자는", "byline psj@newsis.com")
	if d := mustRead(t, "지방 공항 국제선 이용객 1년 새 40%↑\n\n[대구=뉴시스]박서준 기자 = 지방 공항의 국제선 이용객이 늘었다.\n\n"+photo+"\n\n청주공항은 이용객이 증가했다.\n"); len(d.Articles) != 1 {
		t.Errorf("the caption started an article:\n%s", koOutline(d))
	}
}
