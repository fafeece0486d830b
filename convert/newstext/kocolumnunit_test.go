package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestKoreanHeaderColumnUnit: under its table's unit title a Korean
// header's word may carry its column's unit in brackets (전년비(%),
// 매출(억원)); a bracket of other words, or the header with no unit
// title over it, is no header.
func TestKoreanHeaderColumnUnit(t *testing.T) {
	for _, c := range []struct {
		in     string
		titled bool
		want   int
	}{
		// the case and its variants
		{"회사 투자액 전년비(%)", true, 3},
		{"구분 투자액 전년비(%)", true, 3},
		{"회사 매출(억원) 증감(%p)", true, 3},
		{"지역 인구(만명) 비중(%) 순위", true, 4},
		{"품목 물량(천톤) 금액(달러)", true, 3},
		// look-alikes
		{"회사 투자액 전년비", true, 3}, // (no unit: a header already)
		{"회사 투자액 전년비(%)", false, 0},
		{"코스피 사흘째 하락(종합)", true, 0},
		{"누리텔레콤 반도체 자회사(가칭)", true, 0},
		{"회사 투자액 전년비(2025)", true, 0},
		{"회사 투자액 전년비(%", true, 0},
		{"회사 투자액 전년비(속보)", true, 0},
	} {
		if got := koreanHeaderOf(c.in, c.titled); got != c.want {
			t.Errorf("koreanHeaderOf(%q, %v) = %d, want %d", c.in, c.titled, got, c.want)
		}
	}
}

// TestKoreanHeaderColumnUnitRead: read under its unit title, with no blank
// line between them or with one, the header is a paragraph (a row of the
// table) and the title alone the caption; a title with a bare unit that
// is no header under another title stays a caption.
func TestKoreanHeaderColumnUnitRead(t *testing.T) {
	const head = "누리텔레콤, AI 반도체 자회사 세운다\n\n통신업계가 칩 개발에 뛰어드는 것은 GPU 구매 부담을 줄이기 위해서다.\n\n"
	const tail = "\n\n자료: 각 사, 증권업계 종합\n\n전문가들은 자체 칩이 성공하려면 소프트웨어 생태계 확보가 관건이라고 지적한다.\n\n이준호 기자\n"
	const rows = "누리텔레콤 12,000 +35\n한강텔레콤 18,500 +22\n바다모바일 9,800 +41"
	for _, c := range []struct {
		table string
		want  []string // the captions
	}{
		// the case and its variants
		{"통신 3사 AI 인프라 투자 계획(단위: 억원)\n회사 투자액 전년비(%)\n" + rows,
			[]string{"통신 3사 AI 인프라 투자 계획(단위: 억원)"}},
		{"통신 3사 AI 인프라 투자 계획(단위: 억원)\n\n회사 투자액 전년비(%)\n" + rows,
			[]string{"통신 3사 AI 인프라 투자 계획(단위: 억원)"}},
		{"통신 3사 AI 인프라 투자 계획(단위: 억원)\n구분 투자액 증감(%p)\n" + rows,
			[]string{"통신 3사 AI 인프라 투자 계획(단위: 억원)"}},
		// look-alikes
		{"통신 3사 AI 인프라 투자 계획(단위: 억원)\n회사 투자액 전년비\n" + rows,
			[]string{"통신 3사 AI 인프라 투자 계획(단위: 억원)"}},
		{"통신 3사 AI 인프라 투자 증가율(%)\n" + rows,
			[]string{"통신 3사 AI 인프라 투자 증가율(%)"}},
		{"통신 3사 AI 인프라 투자 계획(단위: 억원)\n\n통신 3사 투자 증가율(%)\n\n" + rows,
			[]string{"통신 3사 AI 인프라 투자 계획(단위: 억원)", "통신 3사 투자 증가율(%)"}},
	} {
		d := mustRead(t, head+c.table+tail)
		got := kindTexts(d, doc.KindCaption)
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%q: captions %q, want %q\n%s", c.table, got, c.want, outline(d, false))
		}
		roundTrip(t, d)
	}
}
