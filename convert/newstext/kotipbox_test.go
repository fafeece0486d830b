package newstext

import (
	"strings"
	"testing"
)

// TestKoreanTipBoxMarkedChannels: a Korean broadcaster's tip box that
// sets a mark before each channel, with no brackets (MBC's ▷ 전화
// 02-784-4000 / ▷ 이메일 … / ▷ 카카오톡 @mbc제보, SBS's ▷ 카카오톡 : 'SBS
// 제보' 검색, several on one line), is the site's furniture, a unit each
// (blind page ko-mbc-web). A marked line that names a channel with no
// contact after it, or goes on as a sentence, is a story's point and
// stays text.
func TestKoreanTipBoxMarkedChannels(t *testing.T) {
	for in, want := range map[string]bool{
		"▷ 전화 02-784-4000":        true,
		"▷ 이메일 mbcjebo@mbc.co.kr": true,
		"▷ 카카오톡 @mbc제보":           true,
		"▶ 전화 : 02-784-4000":      true,
		"▷전화 02-784-4000":         true,
		"◇ 문자 #5000":              true,
		"▷ 카카오톡 : 'SBS 제보' 검색":    true,
		"▷ 뉴스 홈페이지 : https://news.sbs.co.kr/news/tipOffMain.do":  true,
		"■ 제보 전화 1588-0000":                                      true,
		"▷ 앱 'MBC 뉴스' 검색":                                        true,
		"▷ 전화 02-784-4000 ▷ 이메일 mbcjebo@mbc.co.kr ▷ 카카오톡 @mbc제보": true,
		"☞ 제보하기 ▷ 카카오톡 : 'SBS 제보' 검색":                            true,
		"[홈페이지] www.ytn.co.kr":                                   true,
		"▷ 전화 상담 확대":                                             false,
		"▷ 이메일 보안 강화":                                            false,
		"▷ 카카오톡 먹통 사태 원인은":                                       false,
		"▷ 앱 다운로드 100만 돌파":                                       false,
		"▶ 전화 02-123-4567로 문의하면 된다.":                             false,
		"▷ 홈페이지 개편":                                              false,
		"▷ 전화상담 02-784-4000":                                     false,
		"▷ 카카오톡 @mbc제보 ▷ 전화 상담 확대":                               false,
		"▷ 전화 02-784-4000 ▷":                                     false,
		"[홈페이지] 개편 안내":                                           false,
		"▶ 이메일로 제보를 받습니다. mbc@mbc.co.kr":                         false,
	} {
		if got := koreanCallLine(in); got != want {
			t.Errorf("koreanCallLine(%q) = %v, want %v", in, got, want)
		}
	}
	story := "9호선 급행열차 출입문 안 열려… 승객 40분 갇혀\n\n오늘 아침 출근길 서울 지하철 9호선 급행열차의 출입문이 열리지 않아 승객 수백 명이 40분 가까이 열차 안에 갇혔습니다.\n\nMBC뉴스 김지현입니다.\n\n"
	for _, box := range []string{
		"MBC 뉴스는 24시간 여러분의 제보를 기다립니다.\n▷ 전화 02-784-4000\n▷ 이메일 mbcjebo@mbc.co.kr\n▷ 카카오톡 @mbc제보\n",
		"▶ 전화 02-784-4000\n\n▶ 이메일 mbcjebo@mbc.co.kr\n\n▶ 카카오톡 @mbc제보\n",
	} {
		d := mustRead(t, story+box)
		got := strings.Join(treeOf(d), "\n")
		for _, l := range strings.Split(strings.TrimSpace(box), "\n") {
			if l != "" && !strings.Contains(l, "제보를 기다립니다") {
				wantIn(t, got, "noise "+l)
			}
		}
		if len(d.Articles) != 1 {
			t.Errorf("%d articles, want 1:\n%s", len(d.Articles), got)
		}
		roundTrip(t, d)
	}
	// A story's points under ▷ stay its text.
	d := mustRead(t, story[:strings.Index(story, "MBC뉴스")]+"▷ 전화 상담 확대\n\n▷ 이메일 보안 강화\n")
	if got := strings.Join(treeOf(d), "\n"); strings.Contains(got, "noise ▷") {
		t.Errorf("a story's points read as a tip box:\n%s", got)
	}
	roundTrip(t, d)
}
