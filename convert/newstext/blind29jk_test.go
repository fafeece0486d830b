package newstext

import (
	"strings"
	"testing"
)

// TestBlind29CreditClosesLine: a paragraph line ending in a bracketed
// credit after its last sentence (…と述べた。（共同）) is finished, like
// one ending in an end mark: the caption set right under it (…＝共同) is
// not wrapped into it, and the credit splits off as the story's byline
// (blind page ja-hokkoku). The same line without the credit reads alike,
// and a bracket that is no credit after the sentence (（写真は本文と関係ありません）) stays
// in its paragraph.
func TestBlind29CreditClosesLine(t *testing.T) {
	head := "能登の仮設商店街、来春閉鎖へ\n　石川県輪島市の仮設商店街を運営する協同組合は４日、来年３月末で営業を終えると発表した。本設の店舗への移転が進んだためで、入居する３２店のうち２０店が年度内に市中心部で再開する。\n"
	last := "　組合長は「仮設での３年間を支えてくれた全国の人に感謝したい」と述べた。"
	caption := "仮設商店街で買い物をする観光客＝４日、石川県輪島市＝共同\n"
	para := "paragraph 石川県輪島市の仮設商店街を運営する協同組合は４日、来年３月末で営業を終えると発表した。本設の店舗への移転が進んだためで、入居する３２店のうち２０店が年度内に市中心部で再開する。"
	wantKinds(t, head+last+"（共同）\n"+caption,
		"headline 能登の仮設商店街、来春閉鎖へ", para,
		"paragraph 組合長は「仮設での３年間を支えてくれた全国の人に感謝したい」と述べた。",
		"byline （共同）", "caption 仮設商店街で買い物をする観光客＝４日、石川県輪島市＝共同")
	wantKinds(t, head+last+"\n"+caption,
		"headline 能登の仮設商店街、来春閉鎖へ", para,
		"paragraph 組合長は「仮設での３年間を支えてくれた全国の人に感謝したい」と述べた。",
		"caption 仮設商店街で買い物をする観光客＝４日、石川県輪島市＝共同")
	tests := []struct {
		in   string
		want bool
	}{
		{"…と述べた。（共同）", true},
		{"…と述べた。〔時事〕", true},
		{"…と述べた。（完）", true},
		{"…と述べた（共同）", false},
		{"…と述べた。（写真は本文と関係ありません）", false},
		{"…と述べた。（１）", false},
		{"…と述べた。", false},
	}
	for _, tt := range tests {
		if got := closedLine(tt.in); got != tt.want {
			t.Errorf("closedLine(%s) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestBlind29TitlesOverNarrowColumns: a block of two title lines whose
// second stops clearly short of the measure with no sentence ended is a
// headline over its subheadline, though the headline runs nearly as wide
// as the narrow columns' full lines, when the subheadline's first word
// would have fitted on the headline's line (blind page ko-seoul-photo).
// A headline wrapped at the measure, the next word too long to fit on
// its first line, is not cut there.
func TestBlind29TitlesOverNarrowColumns(t *testing.T) {
	body := "\n\n수도권에 첫 한파특보가 내려진 4일 전기차 운전자들이\n배터리 성능 저하로 불편을 겪었다. 한국교통안전공단에\n따르면 영하 10도 이하에서는 전기차 주행 가능 거리가\n상온보다 평균 30% 가까이 줄어든다.\n\n" +
		"충전 속도도 느려진다. 배터리 온도가 낮으면 급속충전기를\n써도 충전에 걸리는 시간이 평소의 두 배 가까이 늘어날 수\n있다.\n\n" +
		"공단 관계자는 \"출발 전 앱으로 배터리를 미리 데워 두고,\n가급적 실내나 지하 주차장에 주차하는 것이 좋다\"고\n말했다.\n"
	head := "한파에 전기차 배터리 ‘뚝’…주행거리 30% 줄어"
	lead := "paragraph 수도권에 첫 한파특보가 내려진 4일 전기차 운전자들이 배터리 성능 저하로 불편을 겪었다. 한국교통안전공단에 따르면 영하 10도 이하에서는 전기차 주행 가능 거리가 상온보다 평균 30% 가까이 줄어든다."
	wantKinds(t, head+"\n영하 10도 아래선 충전 시간도 두 배로"+body,
		"headline "+head, "subheadline 영하 10도 아래선 충전 시간도 두 배로", lead)
	// (운전자들은: a word of ten columns, which the headline's line had no
	// room for.)
	got := kindsOf(mustRead(t, head+"\n운전자들은 충전소 앞에서 발을 굴렀다"+body))
	for _, k := range got {
		if strings.HasSuffix(k, " "+head) {
			t.Errorf("a headline wrapped at the measure cut after its first line: %q", got)
		}
	}
}

// TestBlind29KoreanBureau: 서울신문's bureau form, the place its reporter
// files from set before the name with a space (세종 이영준 기자), is read
// as 세종=이영준 기자 is: the name alone, the place left in the text
// (blind page ko-seoul-photo). Two names of three syllables parted by a
// space stay a pair of reporters.
func TestBlind29KoreanBureau(t *testing.T) {
	for in, want := range map[string]string{
		"세종 이영준 기자 apple@seoul.co.kr": "roles=기자 names=이영준",
		"세종 이영준 기자":                   "roles=기자 names=이영준",
		"부산 김민준 기자 kmj@seoul.co.kr":   "roles=기자 names=김민준",
		"김철수 이영희 기자":                  "roles=기자 names=김철수,이영희",
		"김철수 이영희 기자 x@seoul.co.kr":    "roles=기자 names=김철수,이영희",
		// A correspondent's foreign city runs to a name's length.
		"워싱턴 이경주 특파원":                 "roles=특파원 names=이경주",
		"베이징 김민수 특파원 kms@seoul.co.kr": "roles=특파원 names=김민수",
		"모스크바 최영진 특파원":                "roles=특파원 names=최영진",
	} {
		c, ok := koreanTrailer(in)
		if !ok {
			c, ok = parseCredit(in, true)
		}
		if got := "roles=" + strings.Join(c.roles, ",") + " names=" + strings.Join(c.names, ","); !ok || got != want {
			t.Errorf("%s: %s (%v), want %s", in, got, ok, want)
		}
	}
}
