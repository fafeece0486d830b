package newstext

import (
	"strings"
	"testing"
)

// TestKoreanBriefThenStory: on a Korean page that parts its blocks by
// blank lines, a title line alone between blank lines right after a
// brief, one finished paragraph under its title line with no byline, is
// the next story's headline, not a head of the brief (blind page
// ko-gangwon-nalssi, misread 7): it had been a section heading holding
// the next story and its byline. After a story of two paragraphs or
// more, a short line, a clause ending in a particle that leaves it open
// or a line holding a sentence's end, the line stays what the other rules
// make it.
func TestKoreanBriefThenStory(t *testing.T) {
	for in, want := range map[string]bool{
		"구경하고 사진을":          true,
		"시는 이번 달부터 산책로 주변에": true,
		"시민에게":              true,
		"강릉시는":              true,
		"강릉 경포로 10일 차량 통제":  false,
		"경포로 일부 구간 통제":      false,
		"회의":                false, // 의, a noun's end too: not listed
		"는":                 false, // a particle alone
	} {
		if got := koreanOpenClause(in); got != want {
			t.Errorf("koreanOpenClause(%q) = %v, want %v", in, got, want)
		}
	}
	const folio = "8　강원일보　2026년 12월 6일 토요일　사회\n\n"
	const brief = "6일 강원 영동 지역은 대체로\n맑겠으나 영서 북부는 오후부터 구름이\n많아지겠다. 아침 최저기온은 영하\n8도에서 영상 1도로 춥겠다.\n\n"
	const title = "강릉 경포로 10일 차량 통제"
	const story = "\n\n강릉시는 오는 10일 오전 9시부터\n오후 6시까지 경포로 일부 구간의\n차량 통행을 전면 통제한다고 5일\n밝혔다.\n\n시는 이 기간 시내버스를 우회\n운행하고 주변 도로에 안내 요원을\n배치할 계획이다.\n"
	const second = "기상청은 주말에도 맑은 날씨가\n이어지겠다고 내다봤다.\n\n"
	for _, c := range []struct {
		name, page string
		articles   int
		want       string
	}{
		{"tagged brief", folio + "[날씨] 영동 맑고 영서 북부 구름\n\n" + brief + title + story + "\n강릉=김도윤기자\n", 2, "headline " + title},
		{"untagged brief", folio + "영동 맑고 영서 북부 구름\n\n" + brief + title + story, 2, "headline " + title},
		{"no folio", "영동 맑고 영서 북부 구름\n\n" + brief + title + story, 2, "headline " + title},
		{"brief one line", folio + "영동 맑고 영서 북부 구름\n\n6일 강원 영동 지역은 대체로 맑겠다.\n\n" + title + story, 2, "headline " + title},
		// Two paragraphs above: a head of that story.
		{"after two paragraphs", folio + "영동 맑고 영서 북부 구름\n\n" + brief + second + title + story, 1, "heading " + title},
		// A clause a column break cut (its object's particle leaves it
		// open) or a line holding a sentence's end: text, not a title.
		{"cut clause", folio + "영동 맑고 영서 북부 구름\n\n" + brief + "지난 5일 시민들이 새로 문을 연 하천 산책로를 걸으며 사진을" + story, 1, "paragraph 지난 5일 시민들이"},
		{"sentence inside", folio + "영동 맑고 영서 북부 구름\n\n" + brief + "시민들이 산책로를 걷고 있다. 시는 이번 달부터 산책로 주변에" + story, 1, "paragraph 시민들이 산책로를"},
		// Too short for a headline here: a head.
		{"short line", folio + "영동 맑고 영서 북부 구름\n\n" + brief + "차량 통제" + story, 1, "heading 차량 통제"},
	} {
		d := mustRead(t, c.page)
		got := strings.Join(treeOf(d), "\n")
		if !strings.Contains(got, c.want) || len(d.Articles) != c.articles {
			t.Errorf("%s: want %q in %d articles, got %d:\n%s", c.name, c.want, c.articles, len(d.Articles), got)
		}
		roundTrip(t, d)
	}
}
