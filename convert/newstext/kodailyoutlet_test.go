package newstext

import "testing"

// TestKoreanRegionalDailyOutlet: a regional daily named for its region
// and 매일 (충청매일, 중부매일, 경북매일), or a site ending in 닷컴 or
// 타임즈, is an outlet before its reporter in a run-in credit, with a
// space or an equals sign between, as a paper ending in 일보 is (blind
// page ko-web-gyeongje: the credit stayed at the head of the paragraph).
// 매일 alone (every day), a three-syllable name ending in it (김매일) and
// an ending alone (타임즈) are no outlet, and a credit without an outlet
// stays no run-in.
func TestKoreanRegionalDailyOutlet(t *testing.T) {
	for _, tt := range []struct {
		in, credit string
		ok         bool
	}{
		{"[충청매일 이서윤 기자] 대전지역 소비자물가가 석 달 연속 올랐다.", "org=충청매일 roles=기자 names=이서윤", true},
		{"[중부매일 김지훈 기자] 청주시가 내년 예산안을 확정했다.", "org=중부매일 roles=기자 names=김지훈", true},
		{"[경북매일 박서연·최민준 기자] 포항 철강공단의 가동률이 떨어졌다.", "org=경북매일 roles=기자 names=박서연,최민준", true},
		{"[충청매일=이서윤 기자] 대전지역 소비자물가가 석 달 연속 올랐다.", "org=충청매일 roles=기자 names=이서윤", true},
		{"[조선닷컴 정하은 기자] 서울 아파트값이 3주 연속 올랐다.", "org=조선닷컴 roles=기자 names=정하은", true},
		{"[코리아타임즈 김은비 기자] 정부가 예산안을 확정했다.", "org=코리아타임즈 roles=기자 names=김은비", true},
		{"[매일 김지훈 기자] 청주시가 예산안을 확정했다.", "", false},
		{"[김매일 기자] 청주시가 예산안을 확정했다.", "", false},
		{"[타임즈 김지훈 기자] 청주시가 예산안을 확정했다.", "", false},
	} {
		end, c, ok := runInCredit(tt.in)
		if ok != tt.ok || ok && creditText(c) != tt.credit {
			t.Errorf("runInCredit(%q) = %d %s %v, want %s %v", tt.in, end, creditText(c), ok, tt.credit, tt.ok)
		}
	}
	for in, want := range map[string]bool{
		"충청매일": true, "중부매일": true, "광주매일": true, "조선닷컴": true, "코리아타임즈": true,
		"매일": false, "김매일": false, "타임즈": false, "닷컴": false, "단독": false,
	} {
		if got := koreanPaperTag(in); got != want {
			t.Errorf("koreanPaperTag(%q) = %v, want %v", in, got, want)
		}
	}
	page := "대전 11월 소비자물가 2.1% 상승\n[충청매일 이서윤 기자] 대전지역 소비자물가가 농산물 가격 상승의 영향으로 석 달 연속 2%대 오름세를 이어갔다.\n충청지방통계청이 6일 발표한 동향에 따르면 대전의 소비자물가지수는 2.1% 올랐다.\n"
	wantKinds(t, page, "headline 대전 11월 소비자물가 2.1% 상승", "byline [충청매일 이서윤 기자]",
		"paragraph 대전지역 소비자물가가 농산물 가격 상승의 영향으로 석 달 연속 2%대 오름세를 이어갔다. 충청지방통계청이 6일 발표한 동향에 따르면 대전의 소비자물가지수는 2.1% 올랐다.")
	d := mustRead(t, page)
	if len(d.Articles) == 0 || len(d.Articles[0].Children) < 2 {
		t.Fatalf("page read as %d articles, want one with a byline under its headline", len(d.Articles))
	}
	if org := d.Articles[0].Children[1].Org; org != "충청매일" {
		t.Errorf("run-in credit's org = %q, want 충청매일", org)
	}
	roundTrip(t, d)
}
