package newstext

import (
	"strings"
	"testing"
)

// TestKoreanPairedLeadCredit: a wire story's lead credit naming two or
// three reporters joined by a middle dot before 기자 =, (청주=뉴스1)
// 이정민·윤하은 기자 = …, is its byline, each name read, as the pair parted
// by a space is (blind page ko-tongsin-sokbo-dandok: the credit had
// stayed in the paragraph); the Hangul dot some papers set (김철수ㆍ
// 이영희) is read alike, and so are names run into their role, as
// regional papers set them (이정민기자 =, 이정민·윤하은기자 =). A stray
// dot, a part that is no name, a pair with no role and a word run into
// 기자 that is no name stay text. A titled reporter's title after the
// name, 국제전문기자, 선임기자, is the role, never a second name (review
// of 0c5599b: 국제전문 had been read as a name).
func TestKoreanPairedLeadCredit(t *testing.T) {
	for in, want := range map[string]string{
		"이정민·윤하은 기자 = 7일 오전":          "org= roles=기자 names=이정민,윤하은",
		"이정민·윤하은·박서연 기자 = 7일 오전":      "org= roles=기자 names=이정민,윤하은,박서연",
		"김철수ㆍ이영희 기자 = 7일 오전":          "org= roles=기자 names=김철수,이영희",
		"이정민 윤하은 기자 = 7일 오전":          "org= roles=기자 names=이정민,윤하은",
		"이정민·윤하은 기자 jm@news1.kr = 7일": "org= roles=기자 names=이정민,윤하은",
		"이정민기자 = 7일 오전":               "org= roles=기자 names=이정민",
		"이정민·윤하은기자 = 7일 오전":           "org= roles=기자 names=이정민,윤하은",
		"남궁민수기자 = 7일 오전":              "org= roles=기자 names=남궁민수",
	} {
		_, c, ok := koreanLeadCredit(in)
		if got := creditText(c); !ok || got != want {
			t.Errorf("koreanLeadCredit(%q) = %s %v, want %s", in, got, ok, want)
		}
	}
	for _, in := range []string{
		"이정민· 기자 = 7일", // a stray dot
		"·이정민 기자 = 7일",
		"이정민·Kim 기자 = 7일", // no Hangul name
		"이정민·윤하은 = 7일",    // no role
		"서울·인천·경기 지역에 = 비상저감조치",
		"이정민·Kim기자 = 7일",  // no Hangul name
		"방송기자협회장기자 = 7일",  // no name before 기자
		"기자 = 7일",         // a role alone
		"사진기자·윤하은 = 7일",   // no role after the names
		"국제전문기자 = 7일",     // a title alone, no name
		"국제전문기자 이재준 = 7일", // the title before the name
	} {
		if _, c, ok := koreanLeadCredit(in); ok {
			t.Errorf("koreanLeadCredit(%q) = %s, want none", in, creditText(c))
		}
	}
	for _, credit := range []string{"이정민·윤하은 기자 =", "김철수ㆍ이영희 기자 =", "이정민·윤하은·박서연 기자 =", "이정민·윤하은기자 ="} {
		d := mustRead(t, "청주 가경동 교차로 5중 추돌…출근길 3명 경상\n\n(청주=뉴스1) "+credit+" 7일 오전 7시 50분께 충북 청주시 흥덕구 가경동의 한 교차로에서 차량 5대가 잇따라 부딪혔다.\n\n이 사고로 3명이 경상을 입었다.\n")
		got := strings.Join(treeOf(d), "\n")
		wantIn(t, got, "dateline (청주=뉴스1)", "byline "+credit, "paragraph 7일 오전 7시 50분께")
		roundTrip(t, d)
	}
}
