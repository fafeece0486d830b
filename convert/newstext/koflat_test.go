package newstext

import "testing"

// TestKoreanFlatPage: a Korean print page whose paragraphs are marked by
// nothing, no blank line and no indent (blind page ko-nongu-jeonjeok),
// ends a paragraph at a line that ends a Korean sentence, however full
// the line, and takes its first line for the headline when it ends as
// one (a noun or a clipped form, no particle marking a subject or
// object), and a second such line for the subheadline. A first line
// that ends in a particle or holds a sentence's particles stays the
// text's; a page that indents its paragraphs, or parts them by blank
// lines, keeps a sentence ending at a wrap inside its paragraph.
func TestKoreanFlatPage(t *testing.T) {
	for in, want := range map[string]bool{
		"프로배구 현대건설, 흥국생명 꺾고 선두": true,
		"대한항공 3연패 탈출":           true,
		"2년 만에 정상 탈환…V3":        true,
		"\"막차 1시간 당겨져\"":        true,
		"현대건설이 5일 수원체육관에서":      false, // a particle ends it
		"정규리그 홈경기에서 흥국생명을":      false,
		"3-1로 꺾고 선두를 지켰다.":      false, // a sentence
		"모마는 28득점":              true,  // (koreanCaseMarked tells this one)
		"현대건설, 흥국생명 꺾고":         false, // 고 ties it to the next word
		"블로킹 득점에서 12-7로 앞섰고,":   false,
	} {
		if got := koreanTitleEnd(in); got != want {
			t.Errorf("koreanTitleEnd(%q) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]bool{
		"프로배구 현대건설, 흥국생명 꺾고 선두": false,
		"모마는 28득점":         true,
		"현대건설이 5일 수원체육관에서": true,
		"이 경기 3세트 역전":      false, // (a one-syllable word: a determiner)
	} {
		if got := koreanCaseMarked(in); got != want {
			t.Errorf("koreanCaseMarked(%q) = %v, want %v", in, got, want)
		}
	}
	// Lines wrapped between words at 30 columns, as the typesetter
	// left them: the first paragraph's last line, 3-1로 꺾고 선두를
	// 지켰다., is as full as the others (the next word would not fit).
	const body = "현대건설이 5일 수원체육관에서\n열린 2026-2027 프로배구 V리그\n여자부 홈경기에서 흥국생명을\n3-1로 꺾고 선두를 지켰다.\n모마는 28득점을 올리며 공격을\n이끌었고, 양효진은 블로킹\n4개를 포함해 15점을 보탰다.\n박소연 기자 psy@sportsnews.co.kr\n"
	const p1 = "paragraph 현대건설이 5일 수원체육관에서 열린 2026-2027 프로배구 V리그 여자부 홈경기에서 흥국생명을 3-1로 꺾고 선두를 지켰다."
	const p2 = "paragraph 모마는 28득점을 올리며 공격을 이끌었고, 양효진은 블로킹 4개를 포함해 15점을 보탰다."
	const by = "byline 박소연 기자 psy@sportsnews.co.kr"
	const head = "프로배구 현대건설, 흥국생명 꺾고 선두\n"
	wantAllKinds(t, head+body, "article", "headline 프로배구 현대건설, 흥국생명 꺾고 선두", p1, p2, by)
	// A folio above, a subheadline under the headline.
	wantAllKinds(t, "2026년 12월 6일 토요일 스포츠 23\n"+head+"모마 28득점 양효진 블로킹 4개\n"+body,
		"article", "noise 2026년 12월 6일 토요일 스포츠 23", "headline 프로배구 현대건설, 흥국생명 꺾고 선두", "subheadline 모마 28득점 양효진 블로킹 4개", p1, p2, by)
	// A sentence closed inside its quotes ends its paragraph too, and
	// a paragraph of two sentences ends with the second.
	wantAllKinds(t, head+"현대건설이 5일 수원체육관에서\n흥국생명을 3-1로 꺾었다. 강성형\n감독은 \"끝까지 버텨 준 선수들\n덕분에 선두를 지켰다.\"\n모마는 28득점을 올리며 공격을\n이끌었다. 팀은 이날 승리로\n2위와 승점 차를 5로 벌렸다.\n양효진은 블로킹 4개를 포함해\n15점을 보탰다.\n",
		"article", "headline 프로배구 현대건설, 흥국생명 꺾고 선두",
		"paragraph 현대건설이 5일 수원체육관에서 흥국생명을 3-1로 꺾었다. 강성형 감독은 \"끝까지 버텨 준 선수들 덕분에 선두를 지켰다.\"",
		"paragraph 모마는 28득점을 올리며 공격을 이끌었다. 팀은 이날 승리로 2위와 승점 차를 5로 벌렸다.",
		"paragraph 양효진은 블로킹 4개를 포함해 15점을 보탰다.")
	// A page with no headline: its first line holds a sentence's
	// particles (주포 모마는) and ends bare, and is the text's, not a
	// title; so is such a line under the headline no subheadline.
	const bare = "팀의 주포 모마는 이날 28득점\n올리며 공격을 이끌었다.\n"
	const pb = "paragraph 팀의 주포 모마는 이날 28득점 올리며 공격을 이끌었다."
	wantAllKinds(t, bare+body, "article", pb, p1, p2, by)
	wantAllKinds(t, head+bare+body, "article", "headline 프로배구 현대건설, 흥국생명 꺾고 선두", pb, p1, p2, by)
	// Paragraphs parted by blank lines keep a sentence that ends at a
	// wrap inside them.
	wantAllKinds(t, head+"\n현대건설이 5일 흥국생명을 3-1로\n꺾었다. 팀은 이날 승리로\n선두를 지켰다. 모마는 28득점을\n올렸다.\n\n양효진은 블로킹 4개를 포함해\n15점을 보탰다.\n",
		"article", "headline 프로배구 현대건설, 흥국생명 꺾고 선두",
		"paragraph 현대건설이 5일 흥국생명을 3-1로 꺾었다. 팀은 이날 승리로 선두를 지켰다. 모마는 28득점을 올렸다.",
		"paragraph 양효진은 블로킹 4개를 포함해 15점을 보탰다.")
}
