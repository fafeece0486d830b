package newstext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestKoreanClosingCredit: a Korean paragraph closed by its reporter
// with no bracket or address (… 밝혔다. 이수민 기자), the one paragraph of
// a brief, is a paragraph and a byline, not a photo's caption; a caption
// closed the same way describes the photo (…하고 있다, …모습.) and stays
// one.
func TestKoreanClosingCredit(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"brief closed by its reporter", "행정안전부, 겨울철 난방비 지원 확대\n\n" +
			"행정안전부는 저소득층 가구의 겨울철 난방비 지원 대상을 30만 가구 늘린다고 21일 밝혔다. 신청은 다음 달 말까지 주민센터에서 받는다. 이수민 기자\n",
			"paragraph 행정안전부는 저소득층 가구의 겨울철 난방비 지원 대상을 30만 가구 늘린다고 21일 밝혔다. 신청은 다음 달 말까지 주민센터에서 받는다.\nbyline 이수민 기자 기자 이수민\n"},
		{"correspondent", "도쿄 지하철 요금 인상\n\n" +
			"도쿄메트로는 내년 3월부터 기본요금을 10엔 올린다고 밝혔다. 정다운 특파원\n",
			"byline 정다운 특파원 특파원 정다운\n"},
		{"caption of a photo as it is", "첫눈 내린 서울 도심\n\n" +
			"서울에 첫눈이 내린 가운데 시민들이 19일 종로구 광화문광장에서 우산을 쓰고 걷고 있다. 박서준 기자\n\n" +
			"기상청은 이날 오전 서울 지역에 올겨울 첫눈이 관측됐다고 밝혔다. 지난해보다 엿새 늦다.\n",
			"caption 서울에 첫눈이 내린 가운데 시민들이 19일 종로구 광화문광장에서 우산을 쓰고 걷고 있다. 박서준 기자\n"},
		{"caption naming the photo", "해운대 빛축제 개막\n\n" +
			"19일 개막한 부산 해운대 빛축제 현장의 모습. 박서준 기자\n\n" +
			"부산 해운대구는 빛축제가 내년 1월 말까지 이어진다고 밝혔다. 관람은 무료다.\n",
			"caption 19일 개막한 부산 해운대 빛축제 현장의 모습. 박서준 기자\n"},
	}
	for _, tt := range tests {
		d := mustRead(t, tt.page)
		roundTrip(t, d)
		var b strings.Builder
		for _, a := range d.Articles {
			doc.Walk(a, func(n *doc.Node) bool {
				if !n.Kind.IsContainer() {
					fmt.Fprintln(&b, strings.Join(append([]string{string(n.Kind), n.Text}, append(n.Roles, n.Names...)...), " "))
				}
				return true
			})
		}
		if got := b.String(); !strings.Contains(got, tt.want) {
			t.Errorf("%s: no\n%s in\n%s", tt.name, tt.want, got)
		}
	}
}
