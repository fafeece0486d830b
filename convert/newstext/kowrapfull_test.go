package newstext

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// koWrapFullBody is two paragraphs of a Korean local story, mostly
// syllables: wrapped at a count, their full lines are nearly twice as wide
// in columns.
var koWrapFullBody = []string{
	"소방당국에 따르면 불은 공장 내부 건조실에서 처음 시작된 것으로 보이며 당시 근무하던 직원들은 모두 스스로 대피해 다친 사람은 없었다.",
	"소방당국은 인력과 장비를 동원해 진화에 나섰으며 정확한 화재 원인과 피해 규모를 조사하고 있다고 밝혔다.",
	"인근 주민들은 검은 연기가 마을 전체를 뒤덮어 한동안 창문을 닫고 지냈다며 불안한 마음을 감추지 못했다.",
}

// koWrapFullPage is a Korean local news page wrapped at n by width, blank
// lines between its blocks: a headline and subheadline, the body of
// koWrapFullBody with para (under a head line, when head is not empty)
// wrapped the same way after its first paragraph, and a byline.
func koWrapFullPage(head, para string, n int, width func(string) int) string {
	var b strings.Builder
	b.WriteString("2026년 12월 7일 월요일　사회　9\n\n")
	b.WriteString("청주 플라스틱 공장 화재…1억여원 피해\n\n인명피해 없어…소방 \"용접 불티 추정\"\n\n")
	b.WriteString(koWrapWords(koWrapFullBody[0], n, width) + "\n\n")
	if head != "" {
		b.WriteString(head + "\n")
	}
	b.WriteString(koWrapWords(para, n, width) + "\n\n")
	for _, p := range koWrapFullBody[1:] {
		b.WriteString(koWrapWords(p, n, width) + "\n\n")
	}
	b.WriteString("이승훈 기자 shlee@cbilbo.example\n")
	return b.String()
}

// TestKoWordWrapFullLine: on a Korean page word-wrapped by character
// count, a paragraph's first line that the next word of figures, brackets
// and units would not have fitted on by count (이 불로 공장 건물 1개 over
// 동(660㎡)과, blind page ko-jibang-hwajae) was wrapped there: one
// paragraph, never a head over the rest, though in columns the word is
// narrow. A head ended short of the count, the next word fitting, stays a
// head; so does the line on a page wrapped by width, measured in columns.
// (A headline over its subheadline, which a headline's type sets apart
// from the count, is TestKoreanPrintWrapAndTitles'.)
func TestKoWordWrapFullLine(t *testing.T) {
	runes := utf8.RuneCountInString
	for _, c := range []struct {
		name  string
		head  string
		para  string
		n     int
		width func(string) int
		whole bool // the block read as one paragraph
	}{
		{"area in brackets", "", "이 불로 공장 건물 1개 동(660㎡)과 기계류 등이 타 소방서 추산 1억2천만원의 재산피해가 났다.", 18, runes, true},
		{"area count 20", "", "이 불로 공장과 창고 건물 1개 동(1천320㎡)이 모두 타 소방서 추산 3억원의 재산피해가 났다.", 20, runes, true},
		{"age in brackets", "", "이 사고로 차량 1대 B(52)씨가 크게 다쳐 병원으로 옮겨졌으나 생명에는 지장이 없는 것으로 알려졌다.", 18, runes, true},
		{"percent and sum", "", "올해 지역 예산 2.5%(1천200억원)가 늘어 시는 복지 사업을 확대하기로 했다고 밝혔다.", 18, runes, true},
		{"two lines", "", "이 불로 공장 건물 1개 동(660㎡)과 창고가 탔다.", 18, runes, true},
		// A head with room for the next word by count (9+1+5) stays a
		// head; and on a page wrapped by width the columns decide.
		{"head with room", "불은 어떻게 났나", "소방당국은 공장 내부에서 용접 작업을 하던 중 튄 불티가 적재된 원료에 옮겨붙은 것으로 보고 있다.", 18, runes, false},
		{"head on width page", "불은 어떻게 났나", "소방당국은 공장 내부에서 용접 작업을 하던 중 튄 불티가 적재된 원료에 옮겨붙은 것으로 보고 있다.", 32, columns, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := koWrapFullPage(c.head, c.para, c.n, c.width)
			d := mustRead(t, page)
			got := kindsOf(d)
			want := "paragraph " + c.para
			found := false
			for _, k := range got {
				found = found || k == want
			}
			if c.head != "" {
				// Read whole, the head would open the paragraph; a head
				// opens a section instead.
				found = strings.Contains(strings.Join(got, "\n"), "paragraph "+c.head+" ")
			}
			if found != c.whole {
				t.Errorf("page:\n%s\ngot:\n%s\nwant one paragraph %v", page, strings.Join(got, "\n"), c.whole)
			}
			roundTrip(t, d)
		})
	}
}
