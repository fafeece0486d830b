package newstext

import (
	"slices"
	"testing"
)

// TestKoreanMastheadAsked: a Korean site's masthead is a paper's name
// (never an ending alone: 투데이, 데일리, 타임스 are words), and the title
// under it is asked the same whether it stands as a line or as the "# "
// headline the writer marks, so the two readings agree (a FuzzRead round
// trip read 투데이 back as the site's name).
func TestKoreanMastheadAsked(t *testing.T) {
	for s, want := range map[string]bool{
		"머니투데이": true, "이데일리": true, "코리아타임스": true, "투데이": false, "데일리": false, "타임스": false,
	} {
		if got := koreanPaperTag(s); got != want {
			t.Errorf("koreanPaperTag(%s) = %v, want %v", s, got, want)
		}
	}
	for _, page := range []string{
		"투데이\n !상승부담김도윤기자\n\n공유하기글자크기국내카드사들의분기순이익이년전보다00줄어든0것으로0나타났다!",
		"투데이\n\n# !상승부담김도윤기자\n\n　　공유하기글자크기국내카드사들의분기순이익이년전보다00줄어든0것으로0나타났다!\n",
	} {
		d := mustRead(t, page)
		if k := allKinds(d); slices.Contains(k, "noise 투데이") {
			t.Errorf("%q: %v, want 투데이 no masthead", page, k)
		}
		roundTrip(t, d)
	}
	d := mustRead(t, "머니투데이\n\n# 카드사 순이익 줄어\n\n　　국내 카드사들의 3분기 순이익이 1년 전보다 줄어든 것으로 나타났다.\n")
	if k := allKinds(d); !slices.Contains(k, "noise 머니투데이") {
		t.Errorf("머니투데이 over a marked headline: %v, want the masthead as noise", k)
	}
	roundTrip(t, d)
}
