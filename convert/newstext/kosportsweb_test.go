package newstext

import (
	"strings"
	"testing"
)

// A Korean sports daily's web copy (blind page ko-sports-web-photo): the
// site's name over its menu trail, the outlet's run-in credit, a photo
// captioned with the outlet's bracketed credit or a slashed 사진= label
// (kophotolabel_test.go), and a link list under a bracketed header.
const (
	koSportsHead  = "'데뷔 첫 끝내기' 박도현, 한빛 이글스 7연승 이끌었다\n\n9회말 2사 1루서 역전 투런포…선두와 1경기 차\n\n입력 2026.09.06 21:14 | 수정 2026.09.06 22:03\n\n"
	koSportsLead  = "한빛 이글스가 신인 박도현의 끝내기 홈런을 앞세워 7연승을 달렸다."
	koSportsBody  = "한빛은 6일 대전 한빛볼파크에서 열린 서해 돌핀스와 홈경기에서 4-5로 뒤진 9회말 2사 1루에서 터진 박도현의 역전 2점 홈런으로 6-5 승리를 거뒀다.\n\n"
	koSportsPhoto = "한빛 박도현이 6일 대전 한빛볼파크에서 열린 서해 돌핀스와 경기 9회말 끝내기 투런 홈런을 친 뒤 동료들의 축하를 받고 있다."
	koSportsMore  = "박도현은 상대 마무리 최강훈의 시속 151㎞ 직구를 받아쳐 왼쪽 담장을 넘겼다. 데뷔 후 첫 끝내기 홈런이다.\n\n"
	koSportsTail  = "윤재호 기자 (yoonjh@sportshanbit.example)\n\n"
)

// TestKoreanSportsOutlet: a sports daily's name, 스포츠 and a word or a
// word and 스포츠 (스포츠서울, 일간스포츠), is the outlet of a credit that
// names its reporter, as a paper's is; a desk's or a role's word opening
// with 스포츠, a particle glued on, a word of one syllable after it or
// the bare word are none.
func TestKoreanSportsOutlet(t *testing.T) {
	for s, want := range map[string]bool{
		"스포츠서울":    true,
		"스포츠조선":    true,
		"스포츠한빛":    true,
		"스포츠니어스":   true,
		"일간스포츠":    true,
		"한빛스포츠":    true,
		"스포츠":      false,
		"스포츠카":     false, // one syllable: 스포츠카, 스포츠계, 스포츠부
		"스포츠서울의":   false,
		"스포츠서울은":   false,
		"스포츠레저부":   false,
		"스포츠취재팀":   false,
		"스포츠기자":    false,
		"스포츠센터":    false,
		"스포츠 서울":   false,
		"MHN스포츠":   false, // (a Latin brand: latinOutletBrand)
		"스포츠서울신문사": false, // (five syllables after it: ends as a paper's does, koreanPaperTag)
	} {
		if got := koreanSportsOutlet(s); got != want {
			t.Errorf("koreanSportsOutlet(%q) = %v, want %v", s, got, want)
		}
	}
	wantBylineLines(t, map[string]string{
		"[스포츠한빛=대전, 윤재호 기자]":    "org=스포츠한빛 roles=기자 names=윤재호",
		"[일간스포츠=잠실, 김민재 기자]":    "org=일간스포츠 roles=기자 names=김민재",
		"[대전=스포츠서울 김정우 기자]":     "org=스포츠서울 roles=기자 names=김정우",
		"[스포츠조선 김정우·이대선 기자]":    "org=스포츠조선 roles=기자 names=김정우,이대선",
		"스포츠한빛 윤재호 (yoon@x.kr)": "org=스포츠한빛 roles= names=윤재호",
	})
	// A desk before the reporter is no outlet.
	for _, s := range []string{"[스포츠레저부 김정우 기자]", "스포츠취재팀 김정우 기자"} {
		if c, ok := parseBylineLine(s); ok && strings.HasPrefix(c.org, "스포츠") {
			t.Errorf("parseBylineLine(%q) = %s: a desk read as the outlet", s, creditText(c))
		}
	}
}

// TestKoreanSiteNameOverRoot: a short line opening the page right over a
// menu root (홈, 전체기사) is the site's name over its trail, whatever
// the name (스포츠한빛 / 홈 / 야구 / 프로야구): noise with the trail, the
// headline under them the headline. A sentence or a long line over the
// root, an unknown line over a section rather than a root, or a root
// with no trail under it, are left to the title rules.
func TestKoreanSiteNameOverRoot(t *testing.T) {
	for _, tt := range []struct {
		name, root string
		want       bool
	}{
		{"스포츠한빛", "홈", true},
		{"한빛스포츠", "전체기사", true},
		{"JTBC 뉴스", "홈", true},
		{"한빛 이글스가 이겼다.", "홈", false},
		{"올해 프로야구 관중 천만 명 돌파 눈앞", "홈", false},
		{"스포츠한빛", "사회", false},
		{"홈", "홈", false},
		{"사회", "홈", false},
	} {
		if got := siteNameOverRoot(tt.name, tt.root); got != tt.want {
			t.Errorf("siteNameOverRoot(%q, %q) = %v, want %v", tt.name, tt.root, got, tt.want)
		}
	}
	page := "스포츠한빛\n\n홈\n야구\n프로야구\n\n" + koSportsHead + "[스포츠한빛=대전, 윤재호 기자] " + koSportsLead + "\n\n" + koSportsBody + koSportsTail
	d := mustRead(t, page)
	got := strings.Join(deepKinds(d), "\n") + "\n"
	wantIn(t, got, "noise 스포츠한빛\n", "noise 홈\n", "noise 야구\n", "noise 프로야구\n",
		"headline '데뷔 첫 끝내기' 박도현, 한빛 이글스 7연승 이끌었다\n",
		"byline [스포츠한빛=대전, 윤재호 기자]\n", "paragraph "+koSportsLead+"\n")
	roundTrip(t, d)
	// Over a section, not a root, the line stays a title line.
	d = mustRead(t, "스포츠한빛\n\n야구\n프로야구\n\n"+koSportsHead+koSportsLead+"\n\n"+koSportsBody)
	if got := strings.Join(deepKinds(d), "\n") + "\n"; strings.Contains(got, "noise 스포츠한빛\n") {
		t.Errorf("a line over a section read as the site's name:\n%s", got)
	}
}

// TestKoreanOutletPhotoCaption: a caption closed by its photographer's
// bracketed credit with the outlet before the name, the place before an
// equals sign or not ([대전=스포츠한빛 김정우 기자], [이데일리 X 기자]), is
// one caption, kept whole; the same bracket after a paragraph's sentence
// in another verb (… 밝혔다.) is the paragraph's byline, split off, and
// a bracket naming no outlet, or no name, is none.
func TestKoreanOutletPhotoCaption(t *testing.T) {
	for s, want := range map[string]bool{
		koSportsPhoto + " [대전=스포츠한빛 김정우 기자]":        true,
		koSportsPhoto + " [스포츠한빛 김정우 기자]":           true,
		koSportsPhoto + " [세종=이데일리 김정우 기자]":         true,
		koSportsPhoto + " [대전=한빛일보 김정우 기자]":         true,
		"한빛 이글스 김성진 감독. [스포츠서울 김정우 기자]":             true,
		koSportsPhoto + " [김정우 기자]":                 true, // (the name alone, as before)
		"김성진 감독은 선수들이 잘해줬다고 밝혔다. [대전=스포츠한빛 김정우 기자]": false,
		koSportsPhoto + " [대전=한빛 이글스 김정우 기자]":       false,
		koSportsPhoto + " [대전=스포츠한빛 기자]":            false,
		koSportsPhoto + " [스포츠레저부 김정우 기자]":          false,
		koSportsPhoto + "[대전=스포츠한빛 김정우 기자]":         false,
	} {
		if got := isKoreanReporterCaption(s); got != want {
			t.Errorf("isKoreanReporterCaption(%q) = %v, want %v", s, got, want)
		}
	}
	caption := koSportsPhoto + " [대전=스포츠한빛 김정우 기자]"
	d := mustRead(t, koSportsHead+"[스포츠한빛=대전, 윤재호 기자] "+koSportsLead+"\n\n"+koSportsBody+caption+"\n\n"+koSportsMore+koSportsTail)
	got := strings.Join(deepKinds(d), "\n") + "\n"
	wantIn(t, got, "caption "+caption+"\n", "paragraph "+strings.TrimSuffix(koSportsMore, "\n\n")+"\n")
	roundTrip(t, d)
	para := "김성진 감독은 선수들이 잘해줬다고 밝혔다."
	d = mustRead(t, koSportsHead+koSportsLead+"\n\n"+koSportsBody+para+" [대전=스포츠한빛 김정우 기자]\n")
	got = strings.Join(deepKinds(d), "\n") + "\n"
	wantIn(t, got, "paragraph "+para+"\n", "byline [대전=스포츠한빛 김정우 기자]\n")
	roundTrip(t, d)
	// The story's last sentence may end in 있다 too: with no text under
	// it, the line is that paragraph and its byline (review 26,
	// ko-brief-byline).
	last := "시는 이번 공사로 누수율이 절반 가까이 줄어들 것으로 기대하고 있다."
	d = mustRead(t, "한빛시, 노후 상수관 교체 착수\n\n한빛시는 다음 달부터 구도심 노후 상수관 12㎞ 구간의 교체 공사에 들어간다고 3일 밝혔다.\n\n공사비 48억원은 국비와 시비로 마련했으며, 시는 연말까지 공사를 마칠 계획이다.\n\n"+last+" [대전=이데일리 김정우 기자]\n")
	got = strings.Join(deepKinds(d), "\n") + "\n"
	wantIn(t, got, "paragraph "+last+"\n", "byline [대전=이데일리 김정우 기자]\n")
	roundTrip(t, d)
}

// TestKoreanBracketLinkHeader: a Korean link header in square brackets,
// [관련기사], at a web page's foot (the site's stamp above, nothing but
// link titles and furniture under it) is noise and the titles under it
// related links, ▶ before them or not, each a unit; over body text, or
// on a page with no web furniture, it stays text, and so do a jump
// (<관련기사 3면>), a header with a title run on and a tag of another kind.
func TestKoreanBracketLinkHeader(t *testing.T) {
	for s, want := range map[string]bool{
		"[관련기사]":             true,
		"[관련 기사]":            true,
		"［관련뉴스］":             true,
		"[많이 본 뉴스]":          true,
		"[이 기사와 함께 많이 본 뉴스]": true,
		"[관련기사] 한빛, 7연승":     false,
		"<관련기사>":             false,
		"[관련기사 3면]":          false,
		"[相关阅读]":             false,
		"[단독]":               false,
		"관련기사":               false, // (the bare header: linkHeaders)
	} {
		if got := koBracketLinkHeader(s); got != want {
			t.Errorf("koBracketLinkHeader(%q) = %v, want %v", s, got, want)
		}
	}
	const (
		links  = "▶ '6연승' 한빛, 외국인 투수 교체 승부수 통했다\n▶ 서해 최강훈, 시즌 4번째 블론세이브…\"내 탓\"\n▶ [포토] 박도현, 끝내기 홈런 뒤 물세례\n"
		titles = "'6연승' 한빛, 외국인 투수 교체 승부수 통했다\n서해 최강훈, 시즌 4번째 블론세이브…\"내 탓\"\n"
		copy   = "\n<저작권자 © 스포츠한빛, 무단 전재 및 재배포 금지>\n"
	)
	story := koSportsHead + koSportsLead + "\n\n" + koSportsBody + koSportsTail
	for _, list := range []string{links, titles} {
		d := mustRead(t, story+"[관련기사]\n"+list+copy)
		got := strings.Join(deepKinds(d), "\n") + "\n"
		wantIn(t, got, "noise [관련기사]\n")
		for _, l := range strings.Split(strings.TrimSuffix(list, "\n"), "\n") {
			wantIn(t, got, "noise "+l+"\n")
		}
		roundTrip(t, d)
	}
	// A print page, no web furniture: the bracket stays text.
	print := "한빛 이글스 7연승 이끌었다\n\n" + koSportsLead + "\n\n" + koSportsBody + "[관련기사]\n" + titles
	if got := strings.Join(deepKinds(mustRead(t, print)), "\n") + "\n"; strings.Contains(got, "noise [관련기사]") {
		t.Errorf("print page: header made noise:\n%s", got)
	}
	// Over body text the header stays text.
	over := story + "[관련기사]\n\n" + koSportsBody
	if got := strings.Join(deepKinds(mustRead(t, over)), "\n") + "\n"; strings.Contains(got, "noise [관련기사]") {
		t.Errorf("over body text: header made noise:\n%s", got)
	}
}
