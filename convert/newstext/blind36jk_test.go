package newstext

import (
	"slices"
	"testing"
)

// TestBlind36JaNamedStamp: a Japanese site's reporter name run into the
// story's time stamp with no space (佐藤遥2026年12月5日 17時30分,
// 朝日新聞デジタル) is a byline and a stamp (blind page
// ja-asahi-yuryo-web), not a subheadline; a word saying which time the
// stamp is, a place, or a sentence before the date is no name.
func TestBlind36JaNamedStamp(t *testing.T) {
	for in, want := range map[string]string{
		"佐藤遥2026年12月5日 17時30分":   "佐藤遥",
		"佐々木真一2026年12月5日 17時30分": "佐々木真一",
		"山田太郎2026/12/05 17:30":   "山田太郎",
		"最終更新2026年12月5日 17時30分":  "",
		"配信日時2026年12月5日 17時30分":  "",
		"東京都2026年12月5日 17時30分":   "",
		"佐藤遥2026年12月5日":          "", // no time
		"佐藤遥2026年12月5日に発表した":     "",
		"佐藤遥 2026年12月5日 17時30分":  "", // spaced: stampTail's
	} {
		name, _, ok := jaNamedStamp(in)
		if !ok {
			name = ""
		}
		if name != want {
			t.Errorf("jaNamedStamp(%q) = %q, want %q", in, name, want)
		}
	}
	body := "\n\n宮城県石巻市の沿岸で５日、養殖カキの水揚げが本格的に始まった。\n"
	wantKinds(t, "養殖カキ、水揚げ本格化　高水温乗り越え「身入り上々」　石巻\n\n佐藤遥2026年12月5日 17時30分"+body,
		"headline 養殖カキ、水揚げ本格化　高水温乗り越え「身入り上々」　石巻", "byline 佐藤遥", "noise 2026年12月5日 17時30分",
		"paragraph 宮城県石巻市の沿岸で５日、養殖カキの水揚げが本格的に始まった。")
	// No blank lines: the line still stands apart from the headline.
	wantKinds(t, "養殖カキ、水揚げ本格化　高水温乗り越え\n佐藤遥2026年12月5日 17時30分\n宮城県石巻市の沿岸で５日、養殖カキの水揚げが本格的に始まった。\n",
		"headline 養殖カキ、水揚げ本格化　高水温乗り越え", "byline 佐藤遥", "noise 2026年12月5日 17時30分")
}

// TestBlind36JaStampName: a reporter's name alone on its line between a
// Japanese web headline and the time stamp is the byline (blind page
// ja-asahi-yuryo-web), spaced or not; a word or phrase there stays the
// headline's subheadline.
func TestBlind36JaStampName(t *testing.T) {
	head := "養殖カキ、水揚げ本格化　高水温乗り越え「身入り上々」　石巻\n\n"
	tail := "\n\n2026年12月5日 17時30分\n\n宮城県石巻市の沿岸で５日、養殖カキの水揚げが本格的に始まった。\n"
	for in, want := range map[string]string{
		"佐藤遥":    "byline 佐藤遥",
		"佐藤　遥":   "byline 佐藤　遥",
		"佐々木真一":  "byline 佐々木真一",
		"最終更新":   "subheadline 最終更新",
		"宮城県石巻市": "subheadline 宮城県石巻市",
		"今季も出荷へ": "subheadline 今季も出荷へ",
	} {
		wantKinds(t, head+in+tail, "headline 養殖カキ、水揚げ本格化　高水温乗り越え「身入り上々」　石巻", want)
	}
	// Past the member label between (as the writer sets each apart).
	d := mustRead(t, head+"有料会員記事\n\n佐藤遥"+tail)
	if k := allKinds(d); !slices.Contains(k, "byline 佐藤遥") {
		t.Errorf("a name under the member label: %v", k)
	}
	roundTrip(t, d)
}

// TestBlind36JaMemberLabel: 有料会員記事 alone under a Japanese web
// headline is the site's member label (blind page ja-asahi-yuryo-web),
// noise like 有料記事; a longer line saying it is text.
func TestBlind36JaMemberLabel(t *testing.T) {
	for in, want := range map[string]bool{
		"有料会員記事":     true,
		"有料記事":       true,
		"会員限定記事":     true,
		"有料会員記事の一覧":  false,
		"有料会員記事について": false,
	} {
		if got := jaMemberLabel(in); got != want {
			t.Errorf("jaMemberLabel(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestBlind36WebButtons: a site's buttons of two words (글자크기 조절,
// 기사 스크랩, 글자 크기) are web furniture (blind page ko-hankyung-web), and
// a button word alone (list) next to a line of them is too (blind page
// ja-asahi-yuryo-web); a sentence using the words stays text.
func TestBlind36WebButtons(t *testing.T) {
	for in, want := range map[string]bool{
		"글자크기 조절":     true,
		"글자 크기 조절":    true,
		"기사 스크랩":      true,
		"기사 공유":       true,
		"기사":          false,
		"조절":          false,
		"크기 조절이 필요하다": false,
		"금리 조절 나선 한은, 기사회생": false,
	} {
		if got := webChrome(in); got != want {
			t.Errorf("webChrome(%q) = %v, want %v", in, got, want)
		}
	}
	wantKinds(t, "배터리 3사, 설비투자 20% 줄였다\n\n입력2026.12.05 17:48 수정2026.12.05 18:02\n\n글자크기 조절\n\n기사 스크랩\n\n국내 주요 배터리 3사의 설비투자액이 20% 넘게 줄었다.\n",
		"headline 배터리 3사, 설비투자 20% 줄였다", "noise 입력2026.12.05 17:48 수정2026.12.05 18:02", "noise 글자크기 조절", "noise 기사 스크랩",
		"paragraph 국내 주요 배터리 3사의 설비투자액이 20% 넘게 줄었다.")
	wantKinds(t, "養殖カキ、水揚げ本格化　高水温乗り越え\n\n2026年12月5日 17時30分\n\nlist\n\n写真・図版\n\n宮城県石巻市の沿岸で５日、養殖カキの水揚げが本格的に始まった。\n",
		"headline 養殖カキ、水揚げ本格化　高水温乗り越え", "noise 2026年12月5日 17時30分", "noise list", "noise 写真・図版")
}

// TestBlind36KoShortOutletCredit: a Korean paper's short name in the
// reporter's bracket run into the first paragraph ([한경 김도윤 기자],
// [매경 X 기자]) is the byline's org, split off the paragraph (blind page
// ko-hankyung-web), as a full name ([이데일리 X 기자]) is; a place or a
// word of two syllables is no outlet.
func TestBlind36KoShortOutletCredit(t *testing.T) {
	for in, want := range map[string]string{
		"[한경 김도윤 기자] 국내": "한경",
		"[매경 박서연 기자] 국내": "매경",
		"[헤경 이민수 기자] 국내": "헤경",
		"[서울 김도윤 기자] 국내": "",
		"[세계 김도윤 기자] 국내": "",
		"[단독 김도윤 기자] 국내": "",
	} {
		_, c, ok := koreanRunInCredit(in)
		got := ""
		if ok {
			got = c.org
		}
		if got != want {
			t.Errorf("koreanRunInCredit(%q) org = %q, want %q", in, got, want)
		}
	}
	wantKinds(t, "배터리 3사, 설비투자 20% 줄였다\n\n입력2026.12.05 17:48\n\n[한경 김도윤 기자] 국내 주요 배터리 3사의 설비투자액이 20% 넘게 줄었다.\n\n업계 관계자는 “내년 하반기부터 투자 재개 여부가 결정될 것”이라고 말했다.\n",
		"headline 배터리 3사, 설비투자 20% 줄였다", "noise 입력2026.12.05 17:48", "byline [한경 김도윤 기자]", "paragraph 국내 주요 배터리 3사의 설비투자액이 20% 넘게 줄었다.")
}

// TestBlind36KoLeadLinkHeader: a Korean link header with a lead phrase
// before it (이 기사와 함께 많이 본 뉴스, 지금 많이 본 기사) heads the site's
// links as 많이 본 뉴스 alone does (blind page ko-hankyung-web): noise,
// its links related links; a sentence ending in the words is no header.
func TestBlind36KoLeadLinkHeader(t *testing.T) {
	for in, want := range map[string]bool{
		"이 기사와 함께 많이 본 뉴스":           true,
		"지금 많이 본 기사":                 true,
		"이 시각 추천 뉴스":                 true,
		"이 기사와 함께 많이 본 뉴스:":          true,
		"많이 본 뉴스":                    true,
		"2026년 많이 본 뉴스":              false,
		"독자들이 가장 많이 본 기사는 배터리 관련 기사": false,
		"많이 본 뉴스 보기":                 false,
	} {
		if got := isLinkHeader(in); got != want {
			t.Errorf("isLinkHeader(%q) = %v, want %v", in, got, want)
		}
	}
	wantKinds(t, "배터리 3사, 설비투자 20% 줄였다\n\n국내 주요 배터리 3사의 설비투자액이 20% 넘게 줄었다.\n\n김도윤 기자 dykim@hankyung.com\n\n이 기사와 함께 많이 본 뉴스\n\nK배터리, 유럽 점유율 하락\n",
		"headline 배터리 3사, 설비투자 20% 줄였다", "paragraph 국내 주요 배터리 3사의 설비투자액이 20% 넘게 줄었다.", "byline 김도윤 기자 dykim@hankyung.com",
		"noise 이 기사와 함께 많이 본 뉴스", "noise K배터리, 유럽 점유율 하락")
}
