package newstext

import (
	"strings"
	"testing"
)

// TestKoPortalNote: Naver's note on its sections closing a story it
// carries (기사 섹션 분류 안내, its explanation, 이 기사는 언론사에서 사회
// 섹션으로 분류했습니다.) is the portal's furniture; a paragraph about a
// paper's sections, or a title of those words with more, is not.
func TestKoPortalNote(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"기사 섹션 분류 안내", true},
		{"기사섹션 분류 안내", true},
		{"기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다. 언론사는 개별 기사를 2개 이상 섹션으로 중복 분류할 수 있습니다.", true},
		{"기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다.", true},
		{"이 기사는 언론사에서 사회 섹션으로 분류했습니다.", true},
		{"이 기사는 언론사에서 IT/과학 섹션으로 분류했습니다.", true},
		{"기사 섹션 분류 안내서 개정", false},
		{"기사의 섹션 정보는 편집국이 매일 아침 정한다.", false},
		{"이 기사는 언론사에서 삭제했습니다.", false},
		{"신문사는 기사를 섹션으로 분류해 싣고 있습니다.", false},
	} {
		if got := koPortalNote(c.s); got != c.want {
			t.Errorf("koPortalNote(%q) = %v, want %v", c.s, got, c.want)
		}
		if got := noiseKind(c.s) != ""; got != c.want {
			t.Errorf("noiseKind(%q) noise = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestKoNaverPage: a Naver copy of a paper's story, one unit a line
// (blind page ko-naver-web): the counters copied without their counts
// (추천, 댓글) beside the portal's buttons are noise, not a head over the
// story, and the closing note on its sections is noise, not an article
// of its own. A counter word alone away from any button (추천 heading a
// list of picks between paragraphs) is left as it was.
func TestKoNaverPage(t *testing.T) {
	head := "충청일보\n청주시, 내년 7월부터 만 70세 이상 시내버스 무료\n입력2026.12.05. 오후 6:42\n기사원문\n김서연 기자\n"
	body := "[충청일보 김서연 기자] 충북 청주시가 내년 7월부터 만 70세 이상 시민에게 시내버스 요금을 받지 않는다.\n" +
		"청주시는 이런 내용을 담은 조례가 시의회를 통과했다고 5일 밝혔다. 대상은 약 9만4천명이다.\n" +
		"김서연 기자 ksy@ccilbo.example\n" +
		"Copyright ⓒ 충청일보. All rights reserved. 무단 전재 및 재배포 금지.\n" +
		"기사 섹션 분류 안내\n" +
		"기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다. 언론사는 개별 기사를 2개 이상 섹션으로 중복 분류할 수 있습니다.\n"
	for _, buttons := range []string{
		"추천\n댓글\n본문 요약봇\n텍스트 음성 변환 서비스 사용하기\n글자 크기 변경하기\nSNS 보내기\n인쇄하기\n",
		"추천\n댓글\n",
		"공감\n본문 요약봇\n인쇄하기\n",
		"좋아요\n인쇄하기\n",
	} {
		d := mustRead(t, head+buttons+body)
		kinds := kindsOf(d)
		if len(d.Articles) != 1 {
			t.Errorf("%q: %d articles, want 1:\n%v", buttons, len(d.Articles), kinds)
		}
		got := map[string]bool{}
		for _, k := range kinds {
			got[k] = true
			if f := strings.Fields(k); len(f) > 0 && (f[0] == "section" || f[0] == "subheadline" || f[0] == "kicker") {
				t.Errorf("%q: unit %s", buttons, k)
			}
		}
		for _, l := range strings.Split(strings.TrimSpace(buttons), "\n") {
			if !got["noise "+l] {
				t.Errorf("%q: %s is not noise:\n%s", buttons, l, strings.Join(kinds, "\n"))
			}
		}
		if !got["noise 기사 섹션 분류 안내"] {
			t.Errorf("%q: the section note is not noise:\n%s", buttons, strings.Join(kinds, "\n"))
		}
		roundTrip(t, d)
	}
	// Away from any button, between paragraphs, the word stays text.
	page := "이번 주 추천 도서\n\n올겨울 읽을 만한 책을 골랐다. 모두 지역 작가의 책이다.\n\n추천\n\n첫 책은 청주의 골목을 걷는 산문집이다. 작가는 20년 동안 골목을 기록했다.\n"
	d := mustRead(t, page)
	for _, k := range kindsOf(d) {
		if k == "noise 추천" {
			t.Errorf("추천 between paragraphs read as noise:\n%s", strings.Join(kindsOf(d), "\n"))
		}
	}
	roundTrip(t, d)
}
