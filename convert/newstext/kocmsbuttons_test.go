package newstext

import (
	"strings"
	"testing"
)

// TestKoreanCMSButtons: a Korean news CMS's tool buttons (ndsoft's 복사하기,
// 본문 글씨 키우기 / 줄이기, 페이스북(으)로 기사보내기, 다른 공유 찾기;
// other sites' 기사 글씨 크게, URL 복사, 기사 주소 복사) are web furniture
// alone on their line or several on one (blind page ko-jiyeok-web-cms);
// the same words in a sentence, with other words around them, or a noun
// alone that may head a part (복사, 글자 크기 확대) are text.
func TestKoreanCMSButtons(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"복사하기", true},
		{"본문 글씨 키우기", true},
		{"본문 글씨 줄이기", true},
		{"본문글씨키우기", true},
		{"글씨 키우기", true},
		{"글자 줄이기", true},
		{"기사 글씨 크게", true},
		{"기사 글씨 작게", true},
		{"글자 크게 보기", true},
		{"폰트 크기 확대하기", true},
		{"URL 복사", true},
		{"URL 복사하기", true},
		{"기사 주소 복사", true},
		{"링크 복사하기", true},
		{"단축URL 복사", true},
		{"페이스북(으)로 기사보내기", true},
		{"URL복사(으)로 기사보내기", true},
		{"카카오톡(으)로 기사보내기", true},
		{"SNS 기사보내기", true},
		{"다른 공유 찾기", true},
		{"기사스크랩하기", true},
		{"기사 인쇄", true},
		{"복사하기 본문 글씨 키우기 본문 글씨 줄이기", true},
		{"URL 복사 | 인쇄하기", true},
		// Look-alikes: text.
		{"복사", false},
		{"복사하기로 했다", false},
		{"문서 복사", false},
		{"글자 크기 확대", false},
		{"글씨 확대", false},
		{"아이 글씨 키우기", false},
		{"글씨 키우기 위한 연습", false},
		{"본문 글씨가 작다", false},
		{"주소 복사해 보내라", false},
		{"기사 보내기 운동 확산", false},
		{"외국어로 기사보내기", false},
		{"학교 (으)로 기사보내기", false},
	} {
		if got := koPortalFurniture(c.in); got != c.want {
			t.Errorf("koPortalFurniture(%q) = %v, want %v", c.in, got, c.want)
		}
		if got := noiseKind(c.in) == noiseChrome; got != c.want && c.in != "복사" {
			t.Errorf("noiseKind(%q) chrome = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestKoreanCMSButtonsPage: on a regional paper's CMS page, the buttons
// under the stamp, one a line, are noise, so the story's text under them
// is its paragraphs, not a section under a head made of a button.
func TestKoreanCMSButtonsPage(t *testing.T) {
	const top = "수원 아파트 지하주차장 전기차 화재…주민 80여명 대피\n한지수 기자\n입력 2026.12.06 17:20\n댓글 0\n바로가기\n"
	const body = "6일 오후 2시 40분께 경기 수원시 권선구의 한 아파트 지하 2층 주차장에서 충전 중이던 전기차에서 불이 났다.\n" +
		"불은 스프링클러가 작동하면서 크게 번지지 않았고, 출동한 소방대가 10분 만에 완전히 껐다.\n"
	for name, buttons := range map[string]string{
		"ndsoft":      "복사하기\n본문 글씨 키우기\n본문 글씨 줄이기\n",
		"copy only":   "복사하기\n",
		"url":         "URL 복사\n기사 글씨 크게\n기사 글씨 작게\n",
		"share":       "페이스북(으)로 기사보내기\n트위터(으)로 기사보내기\nURL복사(으)로 기사보내기\n다른 공유 찾기\n기사스크랩하기\n",
		"one row":     "복사하기 본문 글씨 키우기 본문 글씨 줄이기\n",
		"size at end": "본문 글씨 줄이기\n",
	} {
		t.Run(name, func(t *testing.T) {
			d := mustRead(t, top+buttons+body)
			roundTrip(t, d)
			got := strings.Join(deepKinds(d), "\n") + "\n"
			if strings.Contains(got, "section") || strings.Contains(got, "heading") {
				t.Errorf("a button made a head:\n%s", got)
			}
			if !strings.Contains(got, "headline 수원 아파트") || !strings.Contains(got, "\nparagraph 6일 오후") {
				t.Errorf("want the headline and the paragraphs:\n%s", got)
			}
		})
	}
}
