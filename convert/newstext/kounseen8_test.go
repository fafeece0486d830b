package newstext

import (
	"strings"
	"testing"
)

// Korean conventions found by an eighth round of blind pages, each
// tested on original text of its own.

// TestKoreanAgencyCaption: a web page's caption closed by the wire that
// took the photo after a space, with no slash (… 공사 현장. 연합뉴스), is
// a caption between the paragraphs; a paragraph that ends in a verb's
// 다 or runs past two sentences is not, nor is a credit of a word that
// names no wire.
func TestKoreanAgencyCaption(t *testing.T) {
	for _, s := range []string{
		"지난 3일 부산 해운대구의 한 재건축 단지 공사 현장. 연합뉴스",
		"시민들이 새로 문을 연 하천 산책로를 걷고 있다. 뉴시스",
		"관광객들이 광장에서 사진을 찍고 있다. AP 연합뉴스",
		"지난 2일 서울 중구 명동 거리의 모습. 뉴스1",
	} {
		if !isKoreanAgencyCaption(s) || !isCaption(s) {
			t.Errorf("%s: not an agency caption", s)
		}
	}
	for _, s := range []string{
		"시 관계자는 산책로를 모두 개방하겠다고 말했다. 연합뉴스",
		"공사가 끝났다. 시민들이 몰렸다. 주말에는 더 붐볐다. 연합뉴스",
		"지난 2일 서울 중구 명동 거리의 모습. 한빛시청",
		"지난 2일 서울 중구 명동 거리의 모습. 연합뉴스는 이날",
		"지난 2일 서울 중구 명동 거리의 모습. 한빛시 제공, 연합뉴스",
	} {
		if isKoreanAgencyCaption(s) {
			t.Errorf("%s: read as an agency caption", s)
		}
	}
	page := "해운대 재건축 속도\n\n" +
		"부산 해운대구의 노후 아파트 단지들이 잇달아 재건축 사업 승인을 받았다. 구는 올해만 세 곳이 착공했다고 밝혔다.\n\n" +
		"지난 3일 부산 해운대구의 한 재건축 단지 공사 현장. 연합뉴스\n\n" +
		"업계에서는 분양 시장이 회복되면 사업 속도가 더 빨라질 것으로 보고 있다.\n"
	d := mustRead(t, page)
	roundTrip(t, d)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got, "caption 지난 3일 부산 해운대구의 한 재건축 단지 공사 현장. 연합뉴스\nparagraph 업계에서는")
}
