package newstext

import (
	"strings"
	"testing"
)

// TestKoreanTipBoxUnmarkedChannels: a tip box's call that opens with a
// mark and asks the reader for tips (※CBS노컷뉴스는 여러분의 제보로 …,
// ※ 당신의 제보가 …) is the site's furniture, and so are the channels
// under it with no mark or bracket (이메일 : …, 카카오톡 : @…, 사이트 :
// https://…), one unit each, with or without blank lines between them
// (blind page ko-nocut-web: they had been paragraphs, the last two
// joined). The same channel line under a story's sentence, or a marked
// note on the story's source that asks no reader, stays text.
func TestKoreanTipBoxUnmarkedChannels(t *testing.T) {
	for in, want := range map[string]bool{
		"※CBS노컷뉴스는 여러분의 제보로 함께 세상을 바꿉니다. 각종 비리와 부당대우, 사건사고와 미담 등 모든 얘깃거리를 알려주세요.": true,
		"※ 여러분의 제보를 기다립니다.":              true,
		"▶ 당신의 제보가 뉴스가 됩니다":              true,
		"※이 기사는 독자 제보를 바탕으로 작성됐습니다.":     false, // asks no reader
		"※ 여러분의 의견을 들려주세요.":              false, // no tip
		"CBS노컷뉴스는 여러분의 제보로 함께 세상을 바꿉니다.": false, // no mark
	} {
		if got := koreanTipSlogan(in); got != want {
			t.Errorf("koreanTipSlogan(%q) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]bool{
		"이메일 : jebo@cbs.co.kr":        true,
		"카카오톡 : @노컷뉴스":                true,
		"사이트 : https://url.kr/b71afn": true,
		"홈페이지 : www.nocutnews.co.kr":  true,
		"전화 : 02-2650-7000":           true,
		"제보 전화 02-2650-7000":          true,
		"이메일 주소를 확인하세요":               false,
		"카카오톡 채널에서 상담할 수 있다.":         false,
		"사이트 개편 안내":                   false,
		"▷ 이메일 mbcjebo@mbc.co.kr":     false, // marked: koreanTipChannelLine's
	} {
		if got := koreanTipUnmarked(in); got != want {
			t.Errorf("koreanTipUnmarked(%q) = %v, want %v", in, got, want)
		}
	}
	story := "겨울철 전기장판 화재 5년간 1천건\n\n2026-12-05 18:42\n\n겨울철 전기장판과 전기요 화재가 최근 5년간 1천건 넘게 발생한 것으로 나타났다.\n\n소방청은 사용하지 않을 때는 반드시 전원 플러그를 뽑아달라고 당부했다.\n\n"
	channels := []string{"이메일 : jebo@cbs.co.kr", "카카오톡 : @노컷뉴스", "사이트 : https://url.kr/b71afn"}
	slogan := "※CBS노컷뉴스는 여러분의 제보로 함께 세상을 바꿉니다. 각종 비리와 부당대우, 사건사고와 미담 등 모든 얘깃거리를 알려주세요."
	for _, box := range []string{
		slogan + "\n\n" + strings.Join(channels, "\n") + "\n",
		slogan + "\n" + strings.Join(channels, "\n") + "\n",
		slogan + "\n\n" + strings.Join(channels, "\n\n") + "\n",
		"MBC 뉴스는 24시간 여러분의 제보를 기다립니다.\n" + strings.Join(channels, "\n") + "\n",
	} {
		d := mustRead(t, story+box)
		got := strings.Join(treeOf(d), "\n") + "\n"
		for _, l := range channels {
			wantIn(t, got, "noise "+l+"\n")
		}
		if strings.HasPrefix(box, "※") {
			wantIn(t, got, "noise "+slogan)
		}
		if len(d.Articles) != 1 {
			t.Errorf("%d articles, want 1:\n%s", len(d.Articles), got)
		}
		roundTrip(t, d)
	}
	// No box over them: a story's contact lines stay its text.
	for _, tail := range []string{
		strings.Join(channels, "\n") + "\n",
		"문의가 있으면 아래로 연락하면 된다.\n\n" + strings.Join(channels, "\n\n") + "\n",
		"※이 기사는 독자 제보를 바탕으로 작성됐습니다.\n\n" + channels[0] + "\n",
	} {
		d := mustRead(t, story+tail)
		got := strings.Join(treeOf(d), "\n")
		if strings.Contains(got, "noise") && strings.Contains(got, "noise 이메일") {
			t.Errorf("a story's contact read as a tip box:\n%s", got)
		}
		roundTrip(t, d)
	}
}
