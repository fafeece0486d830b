package newstext

import (
	"strings"
	"testing"
)

// TestKoreanAngleCreditCaption: a Korean caption closed by the supplier's
// credit in angle brackets (<충북소방본부 제공>, 〈청주시 제공〉, the
// brackets mixed as typing or OCR gives them, <사진=충북도>) is a
// caption, and it closes the caption: the paragraph under it is not its
// wrap. A paragraph of three sentences ending so, a bare <사진> pointing
// at the photo, and a jump or title in angle brackets are not. The
// paper's archive closes a caption the same way (<한빛일보 DB>,
// <중부매일 자료사진>); a bare <DB> names none.
func TestKoreanAngleCreditCaption(t *testing.T) {
	const desc = "6일 오후 청주시 흥덕구의 한 공장에서 불이 나 소방대원들이 진화 작업을 하고 있다."
	for _, c := range []struct {
		s    string
		want bool
	}{
		{desc + " <충북소방본부 제공>", true},
		{desc + " 〈충북소방본부 제공〉", true},
		{desc + " ‹충북소방본부 제공>", true},
		{desc + " ＜청주시 제공＞", true},
		{desc + "<청주 흥덕소방서 제공>", true},
		{desc + " <사진=충북도>", true},
		{"지난 5일 청주 무심천 벚꽃길을 걷는 시민들. <사진=청주시 제공>", true},
		{desc + " <사진>", false},
		{desc + " <관련기사 3면>", false},
		{"불은 공장을 태웠다. 직원들은 대피했다. 소방당국은 원인을 조사하고 있다. <충북소방본부 제공>", false},
		{"작가의 대표작은 많은 독자의 사랑을 받았다. <토지>", false},
		{"<충북소방본부 제공>", false},
		// The paper's archive (blind 71, ko-beopwon-panggyeol).
		{"청주지방법원 청사 전경. <한빛일보 DB>", true},
		{"청주지방법원 청사 전경. ‹한빛일보 DB>", true},
		{"청주지방법원 청사 전경. <한빛일보DB>", true},
		{"청주지방법원 청사 전경. 〈뉴스1 DB〉", true},
		{"충북도청 전경. <중부매일 자료사진>", true},
		{"충북도청 전경. <자료사진>", true},
		{"충북도청 전경. <DB>", false},
		{"도는 주민 정보를 한데 모으기로 했다. 개인정보 유출 우려도 제기됐다. 시스템은 내년 가동된다. <한빛일보 DB>", false},
		{"<한빛일보 DB>", false},
		{"청주지방법원 청사 전경. <한빛일보, DB>", false},
	} {
		if got := isCaption(c.s); got != c.want {
			t.Errorf("isCaption(%q) = %v, want %v", c.s, got, c.want)
		}
		if got := endsInCredit(c.s); got != c.want && c.want {
			t.Errorf("endsInCredit(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	for _, credit := range []string{"<충북소방본부 제공>", "〈충북소방본부 제공〉", "‹충북소방본부 제공>"} {
		page := "청주 플라스틱 공장 화재…1억여원 피해\n\n" +
			"6일 오후 2시 15분께 충북 청주시 흥덕구 송정동의 한 플라스틱 제조공장에서 불이 나 2시간 만에 꺼졌다.\n\n" +
			desc + " " + credit + "\n" +
			"소방당국은 정확한 화재 원인을 조사하고 있다.\n\n" +
			"이승훈 기자 shlee@cbilbo.example\n"
		d := mustRead(t, page)
		got := strings.Join(pageLeafKinds(d), "\n")
		wantIn(t, got, "caption "+desc+" "+credit+"\nparagraph 소방당국은")
		roundTrip(t, d)
	}
}
