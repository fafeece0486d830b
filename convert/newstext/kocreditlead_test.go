package newstext

import (
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestKoBracketCreditLead: a Korean reporter's run-in credit in square
// brackets opening a line, with text after it, is a story's first line;
// a tag in the same brackets ([단독], [르포]), a credit alone on its line
// and a line with no brackets are not.
func TestKoBracketCreditLead(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"[수원=한빛일보 정하늘 기자] 음주 단속을", true},
		{"[한빛일보 김지훈 기자] 전세사기 피해자들에게", true},
		{"[단독] 음주 단속을 피해", false},
		{"[르포] 한파 속 쪽방촌", false},
		{"한빛일보 김지훈 기자 전세사기 피해자들에게", false},
		{"(수원=한빛일보) 음주 단속을", false},
	} {
		if got := koBracketCreditLead(c.s); got != c.want {
			t.Errorf("koBracketCreditLead(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestKoreanTitleOverBracketCredit: a Korean headline set straight over
// its story's first line, which opens with the reporter's credit in
// square brackets, is the next story's headline however close to the
// measure it runs, not a line of the paragraph above glued to the lede
// (blind round 88).
func TestKoreanTitleOverBracketCredit(t *testing.T) {
	page := "경찰 조사 결과 이들은 신청서를 대신 써 주는\n" +
		"것 외에 별다른 업무를 하지 않은 것으로\n" +
		"드러났다. 피해자 결정 신청은 누구나 무료로\n" +
		"할 수 있다.\n" +
		"\n" +
		"경찰 관계자는 \"지원 절차를 돕겠다며 돈을\n" +
		"요구하는 업체는 일단 의심해야 한다\"고 말했다.\n" +
		"kimjh@hanbitnews.co.kr\n" +
		"\n" +
		"영하 12도 한파에 수도관 동파 잇따라\n" +
		"이수민 기자 smlee@hanbitnews.co.kr\n" +
		"\n" +
		"올겨울 첫 한파특보가 내려진 7일 서울의\n" +
		"아침 최저기온이 영하 12도까지 떨어지면서\n" +
		"수도 계량기 동파 신고가 잇따랐다.\n" +
		"\n" +
		"서울시 상수도사업본부에 따르면 이날 오전\n" +
		"9시까지 접수된 동파 신고는 87건으로 집계됐다.\n" +
		"시는 외출할 때도 수도꼭지를 조금 틀어 두라고\n" +
		"당부했다.\n" +
		"\n" +
		"7일 오전 서울 노원구의 한 아파트 단지에서 관리사무소 직원들이 얼어붙은 수도 계량기를 녹이고 있다. /최유진 기자\n" +
		"\n" +
		"음주 단속 피해 도주하다 가로수 '쾅'\n" +
		"[수원=한빛일보 정하늘 기자] 음주 단속을\n" +
		"피해 달아나던 20대 운전자가 가로수를 들이받아\n" +
		"크게 다쳤다.\n" +
		"\n" +
		"경기 수원남부경찰서는 6일 오후 11시쯤 수원시\n" +
		"권선구의 한 도로에서 음주 단속을 피해 도주하던\n" +
		"B(27)씨의 승용차가 가로수와 충돌했다고 밝혔다.\n" +
		"B씨의 혈중알코올농도는 면허 취소 수준이었다.\n" +
		"\n"
	d := mustRead(t, page)
	if len(d.Articles) < 2 {
		t.Fatalf("%d articles, want at least 2", len(d.Articles))
	}
	kids := d.Articles[len(d.Articles)-1].Children
	if len(kids) < 3 || kids[0].Kind != doc.KindHeadline || kids[0].Text != "음주 단속 피해 도주하다 가로수 '쾅'" || kids[1].Kind != doc.KindByline {
		for _, k := range kids {
			t.Logf("%s %q", k.Kind, k.Text)
		}
		t.Errorf("second article does not open with its headline over the credit")
	}
}
