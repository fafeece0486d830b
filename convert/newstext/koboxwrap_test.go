package newstext

import (
	"strings"
	"testing"
)

// koBoxStory is a short story set over the boxes of the tests below: its
// lines are narrower than a box's wrapped entry, as a page's body may be.
const koBoxStory = "경산 공장서 불…2시간 만에 진화\n\n4일 오후 경산시의 한 공장에서 불이 나\n2시간 만에 꺼졌다.\n\n박소연 기자 psy@daegu.example\n\n"

// koBoxArticle returns the tree of the last article of page, the box.
func koBoxArticle(t *testing.T, page string) string {
	t.Helper()
	d := mustRead(t, page)
	roundTrip(t, d)
	got := strings.Join(treeOf(d), "\n")
	return got[strings.LastIndex(got, "article\n"):]
}

// TestKoreanBoxEntryBracketWrap: a Korean death notice's entry wrapped
// inside its round bracket, ▽이순자씨 별세, 박정훈(대구한빛일보 편집국 /
// 부장)씨 모친상, is one paragraph whatever bullet opens it (▽, ▲, ▷)
// and wherever the box stands (after a story, opening the page), though
// its first line runs wider than the story's lines (a box's row set wide)
// or looks like a title line: the line closing the bracket is its wrap,
// never a head, a headline or a paragraph of its own (blind round 73's
// box, edited). Look-alikes stay as they were: an entry closing its
// bracket over the rows under it, and an entry left open over the next
// entry.
func TestKoreanBoxEntryBracketWrap(t *testing.T) {
	box := func(b string) string {
		return "부고\n" + b + "이순자씨 별세, 박정훈(대구한빛일보 편집국\n부장)씨 모친상\n빈소: 대구가톨릭대병원 장례식장 특2호실\n발인: 6일 오전 7시\n☎ 053-650-4000\n" +
			b + "최덕수씨(전 경산시의원) 별세,\n최민호(경북도청 주무관)씨 부친상\n빈소: 경산중앙병원 장례식장 3호실\n발인: 7일 오전 8시 30분\n☎ 053-810-5000\n"
	}
	want := func(b string) string {
		return "article\n  headline 부고\n  paragraph " + b + "이순자씨 별세, 박정훈(대구한빛일보 편집국 부장)씨 모친상\n  paragraph 빈소: 대구가톨릭대병원 장례식장 특2호실\n  paragraph 발인: 6일 오전 7시\n  paragraph ☎ 053-650-4000\n  paragraph " +
			b + "최덕수씨(전 경산시의원) 별세, 최민호(경북도청 주무관)씨 부친상\n  paragraph 빈소: 경산중앙병원 장례식장 3호실\n  paragraph 발인: 7일 오전 8시 30분\n  paragraph ☎ 053-810-5000"
	}
	for _, c := range []struct{ page, want string }{
		{koBoxStory + box("▽"), want("▽")},
		{koBoxStory + box("▲"), want("▲")},
		{koBoxStory + box("▷"), want("▷")},
		{box("▽"), want("▽")},
		{box("▲"), want("▲")},
		{box("▷"), want("▷")},
		// Look-alikes: an entry closing its bracket on its line, over
		// its rows; an entry left open over the next entry (each its
		// own).
		{koBoxStory + "부고\n▽김영희씨 별세, 이철수(대구시청 과장)씨\n모친상\n빈소: 경북대병원 장례식장 1호실\n발인: 8일 오전 6시\n",
			"article\n  headline 부고\n  paragraph ▽김영희씨 별세, 이철수(대구시청 과장)씨 모친상\n  paragraph 빈소: 경북대병원 장례식장 1호실\n  paragraph 발인: 8일 오전 6시"},
		{koBoxStory + "부고\n▷김영희씨 별세, 이철수(대구시청\n▷박상수씨 별세, 박민(대구일보 기자)씨 부친상\n",
			"article\n  headline 부고\n  paragraph ▷김영희씨 별세, 이철수(대구시청\n  paragraph ▷박상수씨 별세, 박민(대구일보 기자)씨 부친상"},
	} {
		if got := koBoxArticle(t, c.page); got != c.want {
			t.Errorf("page:\n%s\n got:\n%s\nwant:\n%s", c.page, got, c.want)
		}
	}
}

// TestKoreanNoticeRowLast: a death notice's row alone at the end of its
// box's block, under the entry it belongs to (부고 / ▷이순자씨 별세, … /
// 빈소: 대구가톨릭대병원 장례식장 특2호실), is a row of its own, as it is
// over the other rows (발인: …): the labels 빈소, 발인 and 장지 with
// their colon are no sentence's wrap (koNoticeRow). Look-alikes stay as
// they were: a sentence wrapped at 빈소는, and another label's lone line
// under a sentence left open (a line with a colon may be a wrap).
func TestKoreanNoticeRowLast(t *testing.T) {
	const next = "\n알림\n대구한빛일보는 신춘문예 작품을 공모합니다.\n"
	for _, c := range []struct{ page, want string }{
		{koBoxStory + "부고\n▷이순자씨 별세, 박정훈(대구한빛일보 편집국\n부장)씨 모친상\n빈소: 대구가톨릭대병원 장례식장 특2호실\n" + next,
			"  headline 부고\n  paragraph ▷이순자씨 별세, 박정훈(대구한빛일보 편집국 부장)씨 모친상\n  paragraph 빈소: 대구가톨릭대병원 장례식장 특2호실\narticle\n  headline 알림"},
		{koBoxStory + "부고\n▽이순자씨 별세, 박정훈(대구한빛일보 편집국\n부장)씨 모친상\n빈소: 대구가톨릭대병원 장례식장 특2호실\n" + next,
			"  headline 부고\n  paragraph ▽이순자씨 별세, 박정훈(대구한빛일보 편집국 부장)씨 모친상\n  paragraph 빈소: 대구가톨릭대병원 장례식장 특2호실\narticle\n  headline 알림"},
		{koBoxStory + "부고\n▲이순자씨 별세, 박정훈(대구한빛일보 편집국\n부장)씨 모친상\n빈소: 대구가톨릭대병원 장례식장 특2호실\n" + next,
			"  headline 부고\n  paragraph ▲이순자씨 별세, 박정훈(대구한빛일보 편집국 부장)씨 모친상\n  paragraph 빈소: 대구가톨릭대병원 장례식장 특2호실\narticle\n  headline 알림"},
		{"부고\n▷이순자씨 별세, 박정훈(대구한빛일보 부장)씨 모친상\n발인: 6일 오전 7시\n" + next,
			"  headline 부고\n  paragraph ▷이순자씨 별세, 박정훈(대구한빛일보 부장)씨 모친상\n  paragraph 발인: 6일 오전 7시\narticle\n  headline 알림"},
		{koBoxStory + "부고\n▷최덕수씨(전 경산시의원) 별세, 최민호씨 부친상\n장지: 경산 하양읍 선영\n",
			"  headline 부고\n  paragraph ▷최덕수씨(전 경산시의원) 별세, 최민호씨 부친상\n  paragraph 장지: 경산 하양읍 선영"},
		// Look-alikes.
		{"전 경산시의원 최덕수씨 별세\n\n최덕수 전 경산시의원이 4일 별세했다. 향년 82세. 고인의\n빈소는 경산중앙병원 장례식장에 마련됐다.\n",
			"  paragraph 최덕수 전 경산시의원이 4일 별세했다. 향년 82세. 고인의 빈소는 경산중앙병원 장례식장에 마련됐다."},
		{"경산시 문화 행사\n\n경산시는 오는 10일 시민 음악회를 열며 자세한\n장소: 경산시민회관 대공연장\n",
			"  paragraph 경산시는 오는 10일 시민 음악회를 열며 자세한 장소: 경산시민회관 대공연장"},
	} {
		d := mustRead(t, c.page)
		got := strings.Join(treeOf(d), "\n")
		wantIn(t, got, c.want)
		roundTrip(t, d)
	}
}

// TestKoreanBoxOpeningPage: a 부고 box of ▷ entries opening the page, no
// story above it, reads as it does under a story: a wrapped entry is one
// paragraph, and a telephone number alone after its sign (☎
// 053-650-4000, koPhoneLine) right under its entry is a line of its own,
// never glued to the entry, also under a story, nor is the next entry
// under it its wrap. Look-alikes stay as they were: a sentence wrapped
// before a number it goes on after, and the sign inside a line.
func TestKoreanBoxOpeningPage(t *testing.T) {
	for _, c := range []struct{ page, want string }{
		{"부고\n▷이순자씨 별세, 박정훈(대구한빛일보 편집국\n부장)씨 모친상=6일 오전 7시, 대구가톨릭대병원\n☎ 053-650-4000\n▷최덕수씨 별세, 최민호(경북도청 주무관)씨\n부친상=7일 오전 8시, 경산중앙병원\n☏ 053-810-5000\n",
			"article\n  headline 부고\n  paragraph ▷이순자씨 별세, 박정훈(대구한빛일보 편집국 부장)씨 모친상=6일 오전 7시, 대구가톨릭대병원\n  paragraph ☎ 053-650-4000\n  paragraph ▷최덕수씨 별세, 최민호(경북도청 주무관)씨 부친상=7일 오전 8시, 경산중앙병원\n  paragraph ☏ 053-810-5000"},
		{"부고\n▷이순자씨 별세, 박정훈(대구한빛일보 편집국\n부장)씨 모친상\n☎ 053-650-4000\n",
			"article\n  headline 부고\n  paragraph ▷이순자씨 별세, 박정훈(대구한빛일보 편집국 부장)씨 모친상\n  paragraph ☎ 053-650-4000"},
		{koBoxStory + "부고\n▷이순자씨 별세, 박정훈(대구일보 부장)씨 모친상\n☎ 053-650-4000\n",
			"article\n  headline 부고\n  paragraph ▷이순자씨 별세, 박정훈(대구일보 부장)씨 모친상\n  paragraph ☎ 053-650-4000"},
		{"부고\n▷이순자씨 별세, 박정훈(대구한빛일보 편집국\n부장)씨 모친상\n빈소: 대구가톨릭대병원 장례식장 특2호실\n발인: 6일 오전 7시\n☎ 053-650-4000\n▷최덕수씨(전 경산시의원) 별세,\n최민호(경북도청 주무관)씨 부친상\n빈소: 경산중앙병원 장례식장 3호실\n",
			"article\n  headline 부고\n  paragraph ▷이순자씨 별세, 박정훈(대구한빛일보 편집국 부장)씨 모친상\n  paragraph 빈소: 대구가톨릭대병원 장례식장 특2호실\n  paragraph 발인: 6일 오전 7시\n  paragraph ☎ 053-650-4000\n  paragraph ▷최덕수씨(전 경산시의원) 별세, 최민호(경북도청 주무관)씨 부친상\n  paragraph 빈소: 경산중앙병원 장례식장 3호실"},
		// Look-alikes: the number a sentence goes on after; the sign
		// inside a line.
		{koBoxStory + "알림\n대구한빛일보는 신춘문예 작품을 공모합니다. 문의는\n☎ 053-000-1234로 하면 됩니다.\n",
			"article\n  headline 알림\n  paragraph 대구한빛일보는 신춘문예 작품을 공모합니다. 문의는 ☎ 053-000-1234로 하면 됩니다."},
		{koBoxStory + "알림\n대구한빛일보는 신춘문예 작품을 공모합니다. 응모작\n접수와 문의는 ☎ 053-000-1234로 하면\n됩니다.\n",
			"article\n  headline 알림\n  paragraph 대구한빛일보는 신춘문예 작품을 공모합니다. 응모작 접수와 문의는 ☎ 053-000-1234로 하면 됩니다."},
	} {
		if got := koBoxArticle(t, c.page); got != c.want {
			t.Errorf("page:\n%s\n got:\n%s\nwant:\n%s", c.page, got, c.want)
		}
	}
}
