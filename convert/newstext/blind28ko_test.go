package newstext

import (
	"strings"
	"testing"
)

// TestBlind28KoreanNoticeAfterByline: a Korean correction notice
// (바로잡습니다) after a story closed by its reporter's e-mail byline is an
// article of its own, not a section of that story (blind page
// ko-bugo-barojab); so is any short title line over body text after a
// byline that closed its article.
func TestBlind28KoreanNoticeAfterByline(t *testing.T) {
	for in, want := range map[string]bool{
		"바로잡습니다":     true,
		"알려드립니다":     true,
		"정정보도":       true,
		"정정보도문":      true,
		"반론보도문":      true,
		"정정·반론보도문":   true,
		"사과드립니다":     true,
		"시민들 바로잡습니다": false, // (a headline that uses the word)
		"보도":         false,
	} {
		if got := standingBox(in); got != want {
			t.Errorf("standingBox(%q) = %v, want %v", in, got, want)
		}
	}
	story := "시내버스 노선 12개 개편…내년 1월 시행\n\n" +
		"창원시는 내년 1월부터 시내버스 12개 노선을 개편한다고 4일 밝혔다.\n\n" +
		"시는 개편 노선 안내문을 정류장에 붙일 예정이다.\n\n" +
		"김도윤 기자 dykim@knnews.co.kr\n\n"
	for _, tt := range []struct{ title, text string }{
		{"바로잡습니다", "본보 12월 4일자 13면 기사 중 '8.2% 증가'를 '2.8% 증가'로 바로잡습니다."},
		{"알려드립니다", "본보는 12월 7일자부터 지역면을 16면으로 늘립니다."},
		{"정정보도문", "본보 11월 3일자 기사에서 A씨가 계약을 주도했다고 보도했으나 사실이 아니어서 바로잡습니다."},
		// No notice's name: the e-mail byline closed the story all the same.
		{"마산항 물동량 증가", "마산항 물동량이 3년 만에 늘었다."},
	} {
		d := mustRead(t, story+tt.title+"\n\n"+tt.text+"\n")
		if got, want := headlines(d), "시내버스 노선 12개 개편…내년 1월 시행 / "+tt.title; got != want {
			t.Errorf("%s: articles %q, want %q\n%s", tt.title, got, want, strings.Join(pageLeafKinds(d), "\n"))
		}
		roundTrip(t, d)
	}
}

// TestBlind28ItemLines: the entries of a standing box one under another,
// each opening with ▽ (부고, 人事), are one paragraph each, as a list's ◆ ●
// ■ items are: a line opening with the bullet the line above opened with
// is the next item, never the wrap of the one above (blind page
// ko-bugo-barojab).
func TestBlind28ItemLines(t *testing.T) {
	for _, tt := range []struct {
		name, page string
		want       []string
	}{
		{"ko ▽", "부고\n\n▽김영수씨 별세, 김민호(한결전자 상무)씨 부친상=4일 창원파티마병원 장례식장, 발인 6일 오전 7시, 055-270-1000\n▽박순자씨 별세, 이정훈(경남도청 과장)씨 모친상=4일 마산의료원 장례식장, 발인 6일 오전 8시, 055-249-1000\n",
			[]string{"headline 부고",
				"paragraph ▽김영수씨 별세, 김민호(한결전자 상무)씨 부친상=4일 창원파티마병원 장례식장, 발인 6일 오전 7시, 055-270-1000",
				"paragraph ▽박순자씨 별세, 이정훈(경남도청 과장)씨 모친상=4일 마산의료원 장례식장, 발인 6일 오전 8시, 055-249-1000"}},
		{"ko ◆", "인사\n\n◆김영수씨 별세, 김민호(한결전자 상무)씨 부친상=4일 창원파티마병원 장례식장, 발인 6일 오전 7시, 055-270-1000\n◆박순자씨 별세, 이정훈(경남도청 과장)씨 모친상=4일 마산의료원 장례식장, 발인 6일 오전 8시, 055-249-1000\n",
			[]string{"headline 인사",
				"paragraph ◆김영수씨 별세, 김민호(한결전자 상무)씨 부친상=4일 창원파티마병원 장례식장, 발인 6일 오전 7시, 055-270-1000",
				"paragraph ◆박순자씨 별세, 이정훈(경남도청 과장)씨 모친상=4일 마산의료원 장례식장, 발인 6일 오전 8시, 055-249-1000"}},
		{"ja ▽", "人事\n\n▽松江市（１日）総務課長（財政課長）石田誠、財政課長（企画課長補佐）山本一郎\n▽出雲市（１日）市民課長（福祉課長）田中花子\n",
			[]string{"headline 人事",
				"paragraph ▽松江市（１日）総務課長（財政課長）石田誠、財政課長（企画課長補佐）山本一郎",
				"paragraph ▽出雲市（１日）市民課長（福祉課長）田中花子"}},
		// An entry wrapped onto a line of its own: the wrap is a word space.
		{"ko ▽ wrapped", "부고\n\n▽김영수씨 별세, 김민호(한결전자 상무)씨 부친상=4일 창원파티마병원 장례식장,\n발인 6일 오전 7시\n▽박순자씨 별세, 이정훈(경남도청 과장)씨 모친상=4일 마산의료원 장례식장\n",
			[]string{"headline 부고",
				"paragraph ▽김영수씨 별세, 김민호(한결전자 상무)씨 부친상=4일 창원파티마병원 장례식장, 발인 6일 오전 7시",
				"paragraph ▽박순자씨 별세, 이정훈(경남도청 과장)씨 모친상=4일 마산의료원 장례식장"}},
	} {
		d := mustRead(t, tt.page)
		if got, want := strings.Join(pageLeafKinds(d), "\n"), strings.Join(tt.want, "\n"); got != want {
			t.Errorf("%s: got:\n%s\nwant:\n%s", tt.name, got, want)
		}
		roundTrip(t, d)
	}
}

// TestBlind28KoreanWrapSpace: every hard wrap in Korean text is a word
// space, also where a figure or a bullet (▽, ▲) stands at the wrap; a
// figure broken at a CJK wrap stays unspaced.
func TestBlind28KoreanWrapSpace(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"발인 6일 오전 7시, 055-270-1000", "▽박순자씨 별세", true},
		{"부친상=4일 장례식장", "▽박순자씨 별세", true},
		{"그는", "「오늘」이라고 말했다", true},
		{"주문이", "포장재업계에서", true},
		{"약 2", "00명이 모였다", true},
		{"发展", "▽北京", false},
		{"约2", "00个", false},
		{"総務課長", "▽出雲市", false},
		{"the", "end", true},
	} {
		if got := needsSpace(tt.a, tt.b); got != tt.want {
			t.Errorf("needsSpace(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
