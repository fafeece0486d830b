package newstext

import (
	"strings"
	"testing"
)

// TestKoreanFolioPageWord: a Korean paper whose name ends in none of the
// known endings (경남신보) prints its folio with the name first and the
// page's number with 면 before the section last, 경남신보 2026년 12월 7일
// 월요일 9면 경제, or the page first and the name last: furniture, not the
// headline (blind page ko-jibang-suchul). The 면 page word is what marks
// it (with the ordinal 제 too, 제14면); without it, or with more than a name and a section besides the
// date, a line is left to the text (a headline that holds a date, a
// sentence naming a page).
func TestKoreanFolioPageWord(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"경남신보 2026년 12월 7일 월요일 9면 경제", noiseFolio},
		{"경남신보 2026년 12월 7일 9면 경제", noiseFolio},
		{"경남신보 2026년 12월 7일 (월) 9면 경제", noiseFolio},
		{"경남신보　2026년 12월 7일 월요일　9면　경제", noiseFolio},
		{"중부매일 2026년12월7일 월요일 A9면 사회", noiseFolio},
		{"경제 9면 2026년 12월 7일 월요일 경남신보", noiseFolio},
		{"경남신보 9면 경제 2026년 12월 7일 월요일", noiseFolio},
		// The ordinal 제 before the page number.
		{"제14면  국제  2026년 12월 7일", noiseFolio},
		{"2026년 12월 7일 월요일 제14면 국제", noiseFolio},
		// Look-alikes.
		{"제14면 국제면 기사 정정", ""},
		{"제2026년 12월 7일 제14면", ""},
		{"경남 수출 석 달 연속 증가", ""},
		{"오늘의 날씨 2026년 12월 7일 월요일 9면 경제", ""},
		{"정부 2026년 12월 7일 월요일 발표", ""},
		{"경남신보 2026년 12월 7일자 9면 보도 정정", ""},
		{"경남신보는 2026년 12월 7일 9면에 이를 보도했다.", ""},
		{"경남신보 9면 경제", ""},
		{"2026년 12월 7일 9면에 실린 기사", ""},
	}
	for _, tc := range tests {
		if got := noiseKind(tc.line); got != tc.want {
			t.Errorf("noiseKind(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
	page := "경남신보 2026년 12월 7일 월요일 9면 경제\n경남 수출 석 달 연속 증가\n11월 38억달러…조선·기계 호조\n" +
		"　경남지역 수출이 조선과 기계류\n호조에 힘입어 석 달 연속 증가세를\n이어갔다.\n" +
		"　창원세관이 6일 발표한 11월 경남\n지역 수출입 동향에 따르면 수출액은\n38억달러로 집계됐다.\n/이수민기자\n"
	d := mustRead(t, page)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got, "noise 경남신보 2026년 12월 7일 월요일 9면 경제\nheadline 경남 수출 석 달 연속 증가\nsubheadline 11월 38억달러…조선·기계 호조\nparagraph 경남지역")
	roundTrip(t, d)
}
