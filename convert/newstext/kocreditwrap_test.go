package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestKoreanCaptionCreditWrap: a Korean photo caption whose bracketed
// credit the hard wrap set alone on the block's last line is one caption,
// credit included; a paragraph's sentence over a lone credit keeps the
// credit apart, a caption of its own.
func TestKoreanCaptionCreditWrap(t *testing.T) {
	const head = "누리텔레콤, AI 반도체 자회사 세운다\n\n국내 3위 통신사 누리텔레콤이\n인공지능(AI) 반도체 설계\n자회사를 세우고 자체 칩 양산에\n나선다. 통신사가 AI 추론용\n반도체를 직접 설계해 양산까지\n하는 것은 국내에서 처음이다.\n\n"
	const tail = "\n\n통신업계가 칩 개발에 뛰어드는\n것은 데이터센터 운영비의 절반\n가까이를 차지하는 GPU 구매\n부담을 줄이기 위해서다.\n\n이준호 기자\n"
	for _, c := range []struct {
		block string
		want  []string // the captions, in order
	}{
		// the case and its variants
		{"박정우 누리텔레콤\nAI인프라부문장이 지난달 경기\n성남시 판교 연구소에서 AI\n반도체 시제품을 설명하고 있다.\n(사진=누리텔레콤 제공)",
			[]string{"박정우 누리텔레콤 AI인프라부문장이 지난달 경기 성남시 판교 연구소에서 AI 반도체 시제품을 설명하고 있다. (사진=누리텔레콤 제공)"}},
		{"박정우 누리텔레콤\nAI인프라부문장이 지난달 경기\n성남시 판교 연구소에서 AI\n반도체 시제품을 설명하고 있다.\n(사진=연합뉴스)",
			[]string{"박정우 누리텔레콤 AI인프라부문장이 지난달 경기 성남시 판교 연구소에서 AI 반도체 시제품을 설명하고 있다. (사진=연합뉴스)"}},
		{"박정우 누리텔레콤\nAI인프라부문장이 지난달 경기\n성남시 판교 연구소에서 AI\n반도체 시제품을 설명하고 있다.\n(누리텔레콤 제공)",
			[]string{"박정우 누리텔레콤 AI인프라부문장이 지난달 경기 성남시 판교 연구소에서 AI 반도체 시제품을 설명하고 있다. (누리텔레콤 제공)"}},
		{"박정우 부문장이 반도체\n시제품을 설명하고 있다.\n(사진=누리텔레콤 제공)",
			[]string{"박정우 부문장이 반도체 시제품을 설명하고 있다. (사진=누리텔레콤 제공)"}},
		{"판교 연구소에 시제품이 전시돼\n있다. 박정우 부문장이 이를\n설명하고 있다.\n(사진=누리텔레콤 제공)",
			[]string{"판교 연구소에 시제품이 전시돼 있다. 박정우 부문장이 이를 설명하고 있다. (사진=누리텔레콤 제공)"}},
		// look-alikes: the credit stays a caption of its own
		{"박정우 누리텔레콤 부문장은\n“내년 하반기 첫 물량을\n투입할 계획”이라고\n말했다.\n(사진=누리텔레콤 제공)",
			[]string{"(사진=누리텔레콤 제공)"}},
		{"누리텔레콤은 이달 중 이사회를\n열 예정이다. 자본금은\n2000억원 규모다. 회사는\n칩 양산을 준비하고 있다.\n(사진=누리텔레콤 제공)",
			[]string{"(사진=누리텔레콤 제공)"}},
		{"누리텔레콤은 판교 데이터센터에\n칩을 우선 공급하기로 했다.\n(사진=누리텔레콤 제공)",
			[]string{"(사진=누리텔레콤 제공)"}},
		{"업계는 통신 3사가 향후 5년간\n투자를 늘릴 것으로 보고 있다.\n(자료=통계청)",
			nil},
		{"박정우 누리텔레콤\nAI인프라부문장이 지난달 경기\n성남시 판교 연구소에서 AI\n반도체 시제품을 설명하고 있다.\n(그래픽=김하늘 기자)",
			nil},
	} {
		d := mustRead(t, head+c.block+tail)
		got := kindTexts(d, doc.KindCaption)
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%q: captions %q, want %q\n%s", c.block, got, c.want, outline(d, false))
		}
		roundTrip(t, d)
	}
}
