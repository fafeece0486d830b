package newstext

import (
	"strings"
	"testing"
)

// Korean conventions found by a sixth round of blind Korean pages (a KBS
// broadcast report's web copy), each tested on original text of its own.

// TestBroadcastWebCopyForms: the parts of a broadcast report's web copy
// alone: its stamps with the time in round brackets, the program it ran
// in, the crew parted by slashes with no brackets, and the tip box's
// lines after ▣ and ◇.
func TestBroadcastWebCopyForms(t *testing.T) {
	for in, want := range map[string]string{
		"입력 2025.11.20 (07:41)":          noiseStamp,
		"수정 2025.11.20 (08:15)":          noiseStamp,
		"2025年11月20日 07:41　（最終更新 08:15）": noiseStamp,
		"뉴스 9":      noiseChrome,
		"뉴스12":      noiseChrome,
		"8뉴스":       noiseChrome,
		"MBC 뉴스데스크": noiseChrome,
		"뉴스 속 인물":   "",
		"▣ MBC 기사 원문보기 : http://imnews.example/a/1": noiseChrome,
		"▣ 제보 하기":                    noiseChrome,
		"◇ 전화 : 02-000-1234":         noiseChrome,
		"◇ 이메일 : tips@mbc.example":   noiseChrome,
		"◇ 카카오톡 : 'MBC제보' 검색, 채널 추가": noiseChrome,
		"◇ 폭설 피해 어디까지":               "",
		"(14:02) 회의가 시작됐다":           "",
	} {
		if got := noiseKind(in); got != want {
			t.Errorf("noiseKind(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"촬영기자:박준호/영상편집:최유리": "roles=촬영기자,영상편집 names=박준호,최유리",
		"영상취재:정다운/그래픽:한소라":  "roles=영상취재,그래픽 names=정다운,한소라",
		"자료:통계청/그래픽:한소라":    "",
	} {
		c, ok := parseBylineLine(in)
		got := ""
		if ok {
			got = "roles=" + strings.Join(c.roles, ",") + " names=" + strings.Join(c.names, ",")
		}
		if got != want {
			t.Errorf("parseBylineLine(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestBroadcastWebCopyPage: a broadcast report's web copy with no blank
// lines in its head or its tip box: the site's name (MBC 뉴스) is its
// masthead, the headline stands over its stamps and program line, the
// crew closes the story as a byline and each line of the tip box is
// noise, all in one article.
func TestBroadcastWebCopyPage(t *testing.T) {
	page := "MBC 뉴스\n한파에 수도 계량기 동파 잇따라…“보온재 점검해야”\n입력 2025.12.18 (20:05)\n수정 2025.12.18 (21:30)\n뉴스데스크\n오세훈 기자\n\n" +
		"[앵커]\n\n영하 15도 안팎의 강추위에 수도 계량기가 얼어 터지는 사고가 잇따랐습니다.\n\n[리포트]\n\n" +
		"서울에서만 오늘 하루 계량기 동파 신고가 200건 넘게 접수됐습니다.\n\n" +
		"MBC 뉴스 오세훈입니다.\n\n촬영기자:박준호/영상편집:최유리\n\n" +
		"▣ MBC 기사 원문보기 : http://imnews.example/a/1\n▣ 제보 하기\n◇ 카카오톡 : 'MBC제보' 검색, 채널 추가\n◇ 전화 : 02-000-1234\n◇ 이메일 : tips@mbc.example\n\n" +
		"ⓒ MBC. 무단 전재 및 재배포 금지\n"
	d := mustRead(t, page)
	if len(d.Articles) != 1 {
		t.Errorf("%d articles, want 1", len(d.Articles))
	}
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got,
		"noise MBC 뉴스\nheadline 한파에 수도 계량기 동파 잇따라…“보온재 점검해야”\nnoise 입력 2025.12.18 (20:05)\nnoise 수정 2025.12.18 (21:30)\nnoise 뉴스데스크\nbyline 오세훈 기자",
		"byline 촬영기자:박준호/영상편집:최유리\nnoise ▣ MBC 기사 원문보기 : http://imnews.example/a/1\nnoise ▣ 제보 하기\nnoise ◇ 카카오톡 : 'MBC제보' 검색, 채널 추가\nnoise ◇ 전화 : 02-000-1234\nnoise ◇ 이메일 : tips@mbc.example\nnoise ⓒ")
}
