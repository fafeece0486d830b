package newstext

import "testing"

// TestKoreanSiteTail: ndsoft's link to the reporter's other stories, 최유진
// 기자의 다른기사 보기 (다른 기사 보기, 기자의 다른기사 보기, 최유진 기자
// 다른기사 보기, or the words alone), and its comment section's head,
// 0개의 댓글 (12 개의 댓글), alone on their lines under a story are the
// site's furniture (blind page ko-web-gijasucheop). A sentence holding the
// words, a counted noun the README leaves as text (댓글 3개), and a word
// that is no name before 기자 keep their reading.
func TestKoreanSiteTail(t *testing.T) {
	for in, want := range map[string]bool{
		"최유진 기자의 다른기사 보기": true,
		"최유진 기자 다른기사 보기":  true,
		"최유진기자의 다른 기사 보기": true,
		"기자의 다른기사 보기":     true,
		"다른기사 보기":         true,
		"다른기사보기":          true,
		"0개의 댓글":          true,
		"12 개의 댓글":        true,
		"1,204개의 댓글":      true,
		// Look-alikes.
		"수백 개의 댓글": false,
		"댓글 3개":    false,
		"방송사 기자의 다른기사 보기는 어렵다":  false,
		"현장에서 뛰는 기자의 다른기사 보기":   false,
		"그는 기자의 다른 기사 보기를 권했다.": false,
	} {
		if got := koreanSiteTail(in); got != want {
			t.Errorf("koreanSiteTail(%q) = %v, want %v", in, got, want)
		}
	}
	const page = "경남매일신문\n오피니언\n[기자수첩] 버스 노선 개편, 시민 목소리부터 들어야\n승인 2026.12.06 17:20\n기자명 최유진 기자\n댓글 0\n" +
		"창원시가 내년 3월 시내버스 노선 전면 개편을 앞두고 있다. 개편안의 핵심은 중복 노선을 줄이는 것이다.\n" +
		"시는 일정에 쫓기기보다 읍면동을 직접 찾아가 목소리를 듣는 일부터 해야 한다.\n" +
		"저작권자 © 경남매일신문 무단전재 및 재배포 금지\n최유진 기자의 다른기사 보기\n0개의 댓글\n"
	d := mustRead(t, page)
	k := allKinds(d)
	if len(k) < 2 || k[len(k)-2] != "noise 최유진 기자의 다른기사 보기" || k[len(k)-1] != "noise 0개의 댓글" {
		t.Errorf("the page's tail: %q", k)
	}
	roundTrip(t, d)
}
