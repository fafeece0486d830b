package newstext

import (
	"strings"
	"testing"
)

// TestKoreanFieldRows: a Korean notice's facts set as a form's rows, a
// short label, a colon and the value, one under another (▲일시: … /
// ▲장소: … / ▲문의: …; 통제 시간: …), with or without a bullet, are a
// paragraph each: no photo caption, no section head, never joined to
// each other nor to the lines around them, on a page parted by blank
// lines and on one marked by indent alone (blind pages ko-munhwa-singan,
// ko-sahoe-gyotong).
func TestKoreanFieldRows(t *testing.T) {
	for in, want := range map[string]bool{
		"▲일시: 12월 22일 오후 7시 30분": true, "▲장소 : 시민회관 대공연장": true, "▷통제 구간: 시청~양정교차로": true,
		"○문의: 051-987-6543": true, "- 대상: 초등학생 이상": true, "일시: 12월 22일": true, "관람료：전석 1만원": true,
		"◇신청 기간: 12월 1~5일": true, "▲우회 도로: 중앙대로, 월드컵대로": true,
		"▲사진: 연합뉴스": false, "기자: 올해 공연은 어떻게 준비했나?": false, "▲김 대표: “끝까지 가겠다”": false,
		"▲지난 5일 시민회관에서 합창단원들이 연습하고 있다.": false, "▲일시:": false, "▲ 서울 -1도 ▲ 인천 0도": false,
		"时间：12月12日": false, "Q: 어떻게 보십니까": false, "그 결과는: 참담했다": false, "문: 공연 준비는": false,
		"일시: 12월 22일 오후 7시 30분까지 시민회관 대공연장에서 열리는 송년 음악회에 시민 누구나 참여할 수 있다": false,
	} {
		if got := koFieldRow(in); got != want {
			t.Errorf("koFieldRow(%q) = %v, want %v", in, got, want)
		}
	}

	// A culture page parted by blank lines, 22-character word wraps.
	story := "2026년 12월 7일 월요일　문화　18\n\n시립합창단 송년 음악회…‘메시아’ 전곡 연주\n\n" +
		"시립합창단이 올해 마지막 정기공연으로\n헨델의 오라토리오 ‘메시아’ 전곡을\n무대에 올린다. 객원 지휘자로는 박성훈\n씨가 나선다.\n\n" +
		"관람료 수익은 지역 아동센터에 전달될\n예정이다.\n\n"
	closer := "\n\n김도윤 기자 dykim@example.co.kr\n"
	for _, rows := range [][]string{
		{"▲일시: 12월 22일 오후 7시 30분", "▲장소: 시민회관 대공연장", "▲관람료: 전석 1만원"},
		{"일시: 12월 22일 오후 7시 30분", "장소: 시민회관 대공연장", "관람료: 전석 1만원"},
		{"▷일시 : 12월 22일 오후 7시 30분", "▷장소 : 시민회관 대공연장", "▷문의 : 051-987-6543"},
		{"○ 일시: 12월 22일 오후 7시 30분", "○ 장소: 시민회관 대공연장"},
		{"- 일시: 12월 22일 오후 7시 30분", "- 장소: 시민회관 대공연장", "- 문의: 051-987-6543"},
		{"▲문의: 051-987-6543"},
	} {
		t.Run(rows[0], func(t *testing.T) {
			d := mustRead(t, story+strings.Join(rows, "\n")+closer)
			got := strings.Join(treeOf(d), "\n")
			want := "\n  paragraph 관람료 수익은 지역 아동센터에 전달될 예정이다.\n  paragraph " + strings.Join(rows, "\n  paragraph ") + "\n  byline 김도윤 기자"
			wantIn(t, got, want)
			if len(d.Articles) != 1 || strings.Contains(got, "caption") || strings.Contains(got, "heading") {
				t.Errorf("rows read as captions or heads:\n%s", got)
			}
			roundTrip(t, d)
		})
	}

	// A page with no blank lines that marks its paragraphs by indent:
	// the rows are not the wrap of the paragraph above, nor is the
	// indented paragraph under them their wrap.
	first := "2026년 12월 8일 화요일 사회 11\n무면허 운전 20대 검거\n　무면허로 차를 몰다 사고를 내고\n달아난 20대가 경찰에 붙잡혔다.\n" +
		"　부산 동래경찰서는 도로교통법 위반\n혐의로 C(26)씨를 입건했다고 7일\n밝혔다.\n　C씨는 지난 5일 새벽 동래구의 한\n" +
		"교차로에서 신호를 어기고 달리다\n택시를 들이받은 혐의를 받고 있다.\n박지훈 기자 jhpark@example.co.kr\n"
	second := "송년 걷기대회 10일 시청 일대 통제\n　부산시는 오는 10일 열리는 시민 송년\n걷기대회에 맞춰 시청 일대 도로의\n" +
		"차량 통행을 통제한다고 7일 밝혔다.\n세부 내용은 다음과 같다.\n"
	after := "\n　시는 통제 구간 주변에 안내 요원\n80명을 배치할 계획이다.\n"
	for _, rows := range [][]string{
		{"▲통제 시간: 10일 오전 9시~정오", "▲통제 구간: 시청~양정교차로", "▲우회 도로: 중앙대로, 월드컵대로"},
		{"▷통제 시간: 오전 9시~정오", "▷통제 구간: 시청~양정교차로", "▷우회 도로: 중앙대로, 월드컵대로"},
		{"통제 시간: 10일 오전 9시~정오", "통제 구간: 시청~양정교차로", "우회 도로: 중앙대로, 월드컵대로"},
	} {
		t.Run(rows[0], func(t *testing.T) {
			d := mustRead(t, first+second+strings.Join(rows, "\n")+after)
			got := strings.Join(treeOf(d), "\n")
			want := "밝혔다. 세부 내용은 다음과 같다.\n  paragraph " + strings.Join(rows, "\n  paragraph ") +
				"\n  paragraph 시는 통제 구간 주변에 안내 요원 80명을 배치할 계획이다."
			wantIn(t, got, "headline 송년 걷기대회 10일 시청 일대 통제", want)
			if strings.Contains(got, "caption") || strings.Contains(got, "heading") {
				t.Errorf("rows read as captions or heads:\n%s", got)
			}
			roundTrip(t, d)
		})
	}

	// Look-alikes kept: a ▲ photo caption stays a caption, and a lone
	// line of a row's shape inside a wrapped paragraph (구호: 함께 걷는
	// 부산, 모두의) stays its wrap.
	d := mustRead(t, story+"▲지난 5일 시민회관에서 합창단원들이\n연습하고 있다. /시립합창단 제공"+closer)
	wantIn(t, strings.Join(treeOf(d), "\n"), "caption ▲지난 5일")
	roundTrip(t, d)
	d = mustRead(t, story+"참석자들은 새 구호를 정했다. 이름하여\n구호: 함께 걷는 부산, 모두의\n송년이라는 뜻을 담았다."+closer)
	wantIn(t, strings.Join(treeOf(d), "\n"), "paragraph 참석자들은 새 구호를 정했다. 이름하여 구호: 함께 걷는 부산, 모두의 송년이라는 뜻을 담았다.")
	roundTrip(t, d)
}
