package newstext

import (
	"strings"
	"testing"
)

// TestKoreanBoxRecords: a Korean sports page's box score closes under
// its line score with its record rows, 승 X(11승 4패) / 패 … / 홈런 X
// 18호(8회 2점), and the page's day's-games box lists a game a row,
// 대전-수원(수원·18시30분) 류현우-한재민 (blind page ko-kbo-suwon-seungpae,
// items 1a and 4). The record rows had been read as a new article's
// headline and subheadlines, taking the next story's headline under
// them for another subheadline; the day's-games box, 오늘의 경기, as a
// section of the story above. Now the rows are the box's paragraphs, the
// next title line the next story's headline, and 오늘의 경기 a standing
// box of its own. Look-alikes kept: titles opening with the same words
// and no bracketed record, a label run on into a word, a sentence; a
// title naming two sides with no time in its bracket.
func TestKoreanBoxRecords(t *testing.T) {
	for s, want := range map[string]bool{
		"승 강태오(11승 4패)":                  true,
		"패 오민재(7승 8패)":                   true,
		"세 최강훈(2승 1패 20세)":               true,
		"홀드 김민수(15홀드)":                   true,
		"홈런 박지훈 18호(8회 2점)":              true,
		"승리투수 = 강태오(11승 4패)":             true,
		"▲세이브 = 최강훈(20세)":                true,
		"▲ 홈런 = 박지훈 18호(8회 2점·수원)":       true,
		"승 페라자(9승 3패)":                   true,
		"승 패 떠나 최선":                      false,
		"홈런 박지훈, 18호 쐐기포":                false,
		"홈런왕 박지훈(18개)":                   false,
		"승부처는 8회(2사 2루)":                 false,
		"패 인정한 감독(종합)":                   false,
		"세 자매(20세·18세·15세)가 함께 무대에 올랐다.": false,
		"홈런 군단 부활(종합)":                   false,
	} {
		if got := koBoxRecord(s); got != want {
			t.Errorf("koBoxRecord(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"대전-수원(수원·18시30분) 류현우-한재민": true,
		"부산-광주(광주·18시) 송태진-김도겸":    true,
		"대전-수원(수원 18:30) 류현우-한재민":  true,
		"대전-수원(수원·18시30분)":         true,
		"한국-일본(도쿄) 결승 격돌":          false,
		"한국-일본(도쿄) 결승":             false,
		"서울-부산(KTX 2시간) 시대 열린다":    false,
		"류현우-한재민 선발 맞대결":           false,
	} {
		if got := koGameRow(s); got != want {
			t.Errorf("koGameRow(%q) = %v, want %v", s, got, want)
		}
	}

	const page = "프로야구\n강태오 9이닝 무실점 완봉…파도 4연승\n\n" +
		"【수원=정우석 기자】 수원 파도가 에이스 강태오의 완봉 역투를 앞세워 4연승을 달렸다.\n\n" +
		"◇ 박지훈, 8회 쐐기 투런\n1-0으로 앞선 8회말 2사 2루에서 박지훈이 오른쪽 담장을 넘겼다.\n\n" +
		"■ 6일 전적\n대전 000 000 000 0\n수원 010 000 02× 3\n승 강태오(11승 4패)\n패 오민재(7승 8패)\n홈런 박지훈 18호(8회 2점)\n\n" +
		"광주 불꽃, 부산 갈매기 꺾고 3위 지켜\n(광주=뉴스1) 이하나 기자 = 광주 불꽃이 연장 접전 끝에 부산 갈매기를 5-4로 꺾었다.\n\n" +
		"끝내기 안타를 친 한도윤이 물세례를 받고 있다. 사진=광주 불꽃 제공\n\n부산은 8회 이후 불펜이 무너지며 3연패에 빠졌다.\n\n" +
		"오늘의 경기\n대전-수원(수원·18시30분) 류현우-한재민\n부산-광주(광주·18시30분) 송태진-김도겸\n"
	d := mustRead(t, page)
	got := strings.Join(treeOf(d), "\n") + "\n"
	wantIn(t, got,
		"    paragraph 승 강태오(11승 4패)\n    paragraph 패 오민재(7승 8패)\n    paragraph 홈런 박지훈 18호(8회 2점)\narticle\n  headline 광주 불꽃, 부산 갈매기 꺾고 3위 지켜\n",
		"article\n  headline 오늘의 경기\n  paragraph 대전-수원(수원·18시30분) 류현우-한재민\n  paragraph 부산-광주(광주·18시30분) 송태진-김도겸\n")
	roundTrip(t, d)
}
