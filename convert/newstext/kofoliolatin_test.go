package newstext

import (
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestKoreanFolioLatinSection: a Korean folio whose section's name holds
// a capital abbreviation (경제·IT, IT·과학, ESG) is a folio as 경제 is;
// lines that only look so stay no folio.
func TestKoreanFolioLatinSection(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		// the case and its variants
		{"한빛일보　2026년 12월 7일 월요일　B5　경제·IT", true},
		{"한빛일보　2026년 12월 7일 월요일　B5　IT", true},
		{"한빛경제신문　2026년 12월 7일 월요일　B5　경제·IT", true},
		{"2026년 12월 7일 월요일　B5　IT·과학", true},
		{"IT·과학　2026년 12월 7일 월요일　B5", true},
		{"2026년 12월 7일 월요일　A12　ESG", true},
		// look-alikes that stay no folio
		{"한빛일보　2026년 12월 7일 월요일　B5　경제", true}, // (already one)
		{"2026년 12월 7일 월요일　B5　Tech", false},
		{"2026년 12월 7일 월요일　B5　TECHNOLOGY", false},
		{"2026년 12월 7일 월요일　B5　경제·", false},
		{"2026년 12월 7일 월요일　B5　IT·AI·경제·과학", false},
		{"AI 2026년 12월 7일 월요일 발표 예정", false},
		{"2026년 12월 7일　IT", false},
		{"2026년 12월 7일 월요일　B5　IT 업계 소식", false},
	} {
		if got := koreanFolio(c.in); got != c.want {
			t.Errorf("koreanFolio(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestKoreanFolioLatinSectionRead: read at the top of a page, such a
// folio is noise (the gate lets a line ending in a capital through) and
// the story's title under it is its headline.
func TestKoreanFolioLatinSectionRead(t *testing.T) {
	const story = "\n\n[단독] 누리텔레콤, AI 반도체 자회사 세운다\n\n국내 3위 통신사 누리텔레콤이 인공지능(AI) 반도체 설계 자회사를 세우고 자체 칩 양산에 나선다.\n\n이준호 기자\n"
	for _, c := range []struct {
		folio string
		want  doc.Kind
	}{
		{"한빛일보　2026년 12월 7일 월요일　B5　경제·IT", doc.KindNoise},
		{"한빛일보　2026년 12월 7일 월요일　B5　IT", doc.KindNoise},
		{"한빛경제신문　2026년 12월 7일 월요일　B5　산업·IT", doc.KindNoise},
		{"한빛일보　2026년 12월 7일 월요일　B5　경제", doc.KindNoise},
		{"한빛일보　2026년 12월 7일 월요일　B5　Tech", doc.KindHeadline},
		{"한빛일보　2026년 12월 7일 월요일　B5　TECHNOLOGY", doc.KindHeadline},
	} {
		d := mustRead(t, c.folio+story)
		if n := nodeWithText(d, c.folio); n == nil || n.Kind != c.want {
			t.Errorf("%s: got %s, want %s\n%s", c.folio, creditFields(n), c.want, outline(d, false))
		}
		if c.want == doc.KindNoise {
			if n := nodeWithText(d, "[단독] 누리텔레콤, AI 반도체 자회사 세운다"); n == nil || n.Kind != doc.KindHeadline {
				t.Errorf("%s: title got %s, want headline\n%s", c.folio, creditFields(n), outline(d, false))
			}
		}
		roundTrip(t, d)
	}
}
