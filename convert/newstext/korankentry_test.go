package newstext

import (
	"strings"
	"testing"
)

// rankEntryPage is a Korean people page wrapped at word spaces by a
// 22-character count: a story to measure it by, then an appointments box
// whose ▲ run fills its line right above a rank line (blind page
// ko-saramdeul-bugo-insa). ABOVE, RANK and UNDER are the lines under test.
const rankEntryPage = "2026년 12월 8일 화요일　사람들　27\n\n" +
	"충북 괴산군 청천면의 옛 청천초\n" +
	"송면분교. 2019년 문을 닫은 이 학교\n" +
	"교실 네 칸이 지금은 3만여 권의 책이\n" +
	"꽂힌 마을 책방으로 바뀌었다. 책방을\n" +
	"꾸린 한영숙(64) 대표는 “버려진\n" +
	"학교를 주민들이 다시 드나드는 공간으로\n" +
	"만들고 싶었다”고 말했다.\n" +
	"\n" +
	"서울에서 30년 넘게 중학교 국어 교사로\n" +
	"일한 한 대표는 2020년 명예퇴직한 뒤\n" +
	"남편의 고향인 괴산으로 내려왔다.\n" +
	"처음에는 집 거실에 작은 서가를 두고\n" +
	"이웃에게 책을 빌려주던 것이 시작이었다.\n" +
	"\n" +
	"한영숙 대표가 7일 충북 괴산군 느티나무책방에서 기증받은 책을 정리하고 있다. /김태윤 기자\n" +
	"\n" +
	"책방 운영비는 주민 회비와 군의\n" +
	"작은도서관 지원금으로 충당한다. 매주\n" +
	"토요일에는 어르신 한글교실과 어린이\n" +
	"그림책 읽기 모임이 열린다. 한 대표는\n" +
	"“내년에는 귀촌 청년들과 함께 지역\n" +
	"이야기를 담은 책을 직접 펴낼\n" +
	"계획”이라고 했다.\n" +
	"\n" +
	"글·사진=김태윤 기자 tykim@hanbitilbo.co.kr\n" +
	"\n" +
	"한빛장학재단, 청주 고교생 50명에 장학금\n" +
	"\n" +
	"한빛장학재단(이사장 서경호)은 지난 5일\n" +
	"청주 한빛문화센터에서 장학금 전달식을\n" +
	"열고 청주지역 고등학생 50명에게 모두\n" +
	"1억원을 전달했다고 7일 밝혔다. 재단은\n" +
	"2011년 설립 이후 지금까지\n" +
	"1천200여 명에게 장학금을 지원했다.\n" +
	"/정다은기자\n" +
	"\n" +
	"인사\n\n" +
	"◇충청북도\n" +
	"<국장급>\n" +
	"ABOVE\n" +
	"RANK\n" +
	"UNDER\n" +
	"▲도민소통과장 황보은지\n"

// TestKoreanRankLineUnderFullEntry: an appointments box's rank alone in
// angle brackets between two entries is a paragraph of its own, whatever
// the width of the entry line above it, which a run of ▲ items fills to
// the page's count (▲행정국장 조현우 ▲균형발전국장 윤미경 / <과장급> /
// ▲총무과장 임재석). Variants: 〈전보〉 and ＜과장급＞ brackets, ▷ entries, a
// short entry above (as before). Look-alikes that must not change: a
// rank line with no entry under it (the box's last line), a bracketed
// title wrapped in a sentence with text under it, a rank line under a
// sentence of the story's text, a line of text, not a label, in brackets.
func TestKoreanRankLineUnderFullEntry(t *testing.T) {
	const full = "▲행정국장 조현우 ▲균형발전국장 윤미경"
	for _, c := range []struct {
		name, above, rank, under string
		alone                    bool
	}{
		{"the case", full, "<과장급>", "▲총무과장 임재석", true},
		{"〈전보〉", full, "〈전보〉", "▲총무과장 임재석", true},
		{"＜과장급＞", full, "＜과장급＞", "▲총무과장 임재석", true},
		{"▷ entries", "▷행정국장 조현우 ▷균형발전국장 윤미경", "<과장급>", "▷총무과장 임재석", true},
		{"a short entry above", "▲행정국장 조현우", "<과장급>", "▲총무과장 임재석", true},
		// look-alikes
		{"text under the bracket", full, "<과장급>", "승진 대상자는 모두 12명이다", false},
		{"no entry under it: a sentence", "도는 이번 인사에서 국장급과 과장급", "《전보》", "인사를 함께 발표했다고 밝혔다.", false},
		{"a long label in brackets", full, "<정기 인사 발령 및 승진 안내>", "▲총무과장 임재석", false},
		{"a bullet line under it, a caption's text above", "괴산군 느티나무책방에서 책을 정리하는 모습", "<과장급>", "▲총무과장 임재석", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := strings.NewReplacer("ABOVE", c.above, "RANK", c.rank, "UNDER", c.under).Replace(rankEntryPage)
			d := mustRead(t, page)
			got := strings.Join(treeOf(d), "\n")
			alone := strings.Contains(got, "paragraph "+c.rank+"\n")
			if alone != c.alone {
				t.Errorf("%s a paragraph alone = %v, want %v:\n%s", c.rank, alone, c.alone, got)
			}
			roundTrip(t, d)
		})
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"▲총무과장 임재석", true}, {"▷총무과장 임재석", true}, {"△총무과장", true},
		{"<과장급>", false}, {"총무과장 임재석", false}, {"▷", false}, {"", false},
	} {
		if got := koEntryBulletLine(c.s); got != c.want {
			t.Errorf("koEntryBulletLine(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
