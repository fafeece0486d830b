package newstext

import (
	"strings"
	"testing"
)

// TestKoreanBulletHead: a Korean head or brief's title under a head's
// bullet is a line of its own; a book box's entry, a notice's field, a
// byline, a sentence and a line whose clause stays open are no head.
func TestKoreanBulletHead(t *testing.T) {
	for s, want := range map[string]bool{
		"◇반도체 통제 완화가 최대 쟁점": true, "◇日 홋카이도 앞바다 규모 6.1 지진": true, "◇中 광저우∼난닝 고속철 개통": true,
		"◆민자 구간 사업비 분담 논의": true, "■ 상인들 \"주말엔 주차 전쟁\"": true, "◇\"불 나면 점포 전체가 위험\"": true,
		"□ 수요응답형 버스, 대안 될까": true,
		"◇겨울 바다의 노래(김하늘":    false, "◇바람이 머무는 섬(이서연 지음·파도출판·1만5000원)=섬마을": false,
		"■ 부산=김민준 기자": false, "◇일시: 12월 10일 오후 2시": false, "◇참가 신청은 오는 20일까지 홈페이지에서": false,
		"◇시내버스 노선을": false, "◇올해 행사는 취소됐다.": false, "◇“현지 생산 늘린": false, "◇서울·부산·": false,
		"반도체 통제 완화가 최대 쟁점": false, "▲부행장 김철수": false, "◇女子": false, "◇": false,
		"◇이번 조치는 내년 상반기까지 이어질 전망이며 정부는 추가 대책을 검토하고 있는 것으로 알려졌다고 전했다": false,
	} {
		if got := koreanBulletHead(s); got != want {
			t.Errorf("koreanBulletHead(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestKoreanBulletHeadOver: a bullet's line is a head over the line under
// it only when that line opens a clause of its own (a dateline, a topic,
// a subject unless the head holds a topic); a run-in brief's or a press
// release's first line, wrapped anywhere, and a ▲ run of appointments
// go on (review 28b, findings 1, 2, 3 and 6). A head in a headline's form
// (no topic, subject or object, no figure last) stands over any lede that
// opens a word of its own (review 28d, finding 1).
func TestKoreanBulletHeadOver(t *testing.T) {
	for _, c := range []struct {
		head, next string
		want       bool
	}{
		// Heads.
		{"◇반도체 통제 완화가 최대 쟁점", "양국은 고성능 반도체 수출 통제의", true},
		{"◇日 홋카이도 앞바다 규모 6.1 지진", "(도쿄 교도=연합뉴스) 일본 홋카이도", true},
		{"◇中 광저우∼난닝 고속철 개통", "(베이징 신화=연합뉴스) 중국", true},
		{"◇英 런던 지하철 파업 철회", "영국 런던 지하철 노조가 8일로", true},
		{"◇베이징 회담서 다룰 최대 쟁점은", "양국은 고성능 반도체 수출 통제의", true},
		{"◇관세 휴전 연장 가능성 높아", "백악관은 휴전 연장에 무게를 두고", true},
		{"■ 상인들 \"주말엔 주차 전쟁\"", "시장 상인들은 주말마다", true},
		// A head in a headline's form over a lede opening with a time, a
		// place or a compound before its subject (review 28d, finding 1).
		{"◇서울시 겨울철 한파 종합대책 본격 가동", "7일 서울시에 따르면 시는 이달부터 내년", true},
		{"◇부산 해운대 빛축제 내년 1월까지 열려", "지난 6일 오후 해운대해수욕장 일대에서", true},
		{"◇내년 예산 656조원 국회 본회의 통과", "정부와 여당이 합의한 내년도 예산안이", true},
		{"◇서울 강남 아파트 화재로 2명 부상", "서울 강남구의 한 아파트에서 6일 밤 불", true},
		// A headline's form over a word's rest, or over a list's next item.
		{"◇영국 런던 지하철 파업 8일 예정", "했던 24시간 파업을 철회했다.", false},
		{"◇중국 광저우∼난닝 고속철도", "가 6일 개통해 두 도시 간 이동 시간", false},
		{"◇장소 서울시청 광장", "◇대상 서울 시민 누구나", false},
		// A brief run in after its bullet, wrapped by count or measure.
		{"◇일본 홋카이도 동부 해역에서 7일", "오전 4시 12분께 규모 6.1의 지진이", false},
		{"◇중국 광저우와 난닝을 잇는 고속철도", "가 6일 개통해 두 도시 간 이동 시간", false},
		{"◇영국 런던 지하철 노조가 8일로 예정", "했던 24시간 파업을 철회했다.", false},
		{"◇서울시는 연말을 맞아 이달 15일부터 구청 민원실의", "운영 시간을 오후 9시까지 연장한다고 7일 밝혔다.", false},
		{"◇시민안전보험 보장 범위도 내년부터 대폭 확대되고", "자전거 사고와 화재 피해까지 보상 대상에 포함된다.", false},
		{"◇주민센터 무인 발급기도 연내 200대가 추가로 설치돼", "주말에도 각종 증명서를 뗄 수 있게 된다.", false},
		// A brief of a 사건·사고 column run in after its ■, its first line
		// closing on a time told roughly or on a word that modifies the
		// noun wrapped onto the next line (blind round 88).
		{"■ 6일 오후 3시 40분쯤 인천 남동구의 한", "공장에서 불이 나 1시간 만에 꺼졌다.", false},
		{"■ 7일 오전 6시 10분쯤 경남 김해시 남해고속도로", "부산 방향에서 승용차 등 차량 4대가 잇따라", false},
		{"■ 7일 새벽 강원 평창군 한 야산에서 실종 신고된", "70대 C씨가 수색 13시간 만에 저체온증 상태로", false},
		{"■ 서울 도심 빌딩에서 불이 나 직원 모든", "인원이 대피했다.", false},
		{"■ 한미 방위비 분담 합의", "양국은 7일 워싱턴에서", true}, // a noun in 의
		// Heads in a headline's form that end on a noun all the same.
		{"■ 인천 남동구 공장 화재", "6일 오후 3시 40분쯤 인천 남동구의 한", true},
		{"■ 한파 속 실종 70대 구조", "7일 새벽 강원 평창군 한 야산에서", true},
		{"■ 전세사기 피해 한 달 새 급증", "서울시에 따르면 지난달 접수된", true},
		// A press release's □ items.
		{"□ 행정안전부는 7일 올해 지방자", "치단체 합동평가 결과를 발표했다.", false},
		{"□ 광역 부문에서는 경기도와 전라", "남도가 최우수 기관으로 선정됐다.", false},
		{"□ 행안부는 우수 기관에 특별교부세", "총 120억원을 차등 지원할 계획이다.", false},
		// A ▲ run of appointments.
		{"◇실장급 전보 ▲기획조정실장 김철수 ▲정부혁신조직실장", "이영희 ▲지방자치균형발전실장 박민수", false},
		{"◇국장급 전보 ▲대변인 최지훈 ▲비상안전기획관 정수아", "▲감사관 한도윤", false},
		// A topic's head over a subject: the same clause.
		{"◇올해 대회 우승은", "한국이 차지했다.", false},
		// The forms koreanBulletHead refuses.
		{"◇참가 신청은 오는 20일까지 홈페이지에서", "양국은 고성능 반도체 수출 통제의", false},
		{"◇일시: 12월 10일 오후 2시", "(도쿄 교도=연합뉴스) 일본 홋카이도", false},
		{"반도체 통제 완화가 최대 쟁점", "양국은 고성능 반도체 수출 통제의", false},
	} {
		if got := koreanBulletHeadOver(c.head, c.next); got != c.want {
			t.Errorf("koreanBulletHeadOver(%q, %q) = %v, want %v", c.head, c.next, got, c.want)
		}
	}
}

// TestKoreanQuoteTitle: a quote headline, a speaker's word or two and the
// quotation closing the line, over a clause of its own is a headline over
// its subheadline; a quotation after a longer clause, an open one, or a
// second line with neither … nor a quotation are left to the measure.
func TestKoreanQuoteTitle(t *testing.T) {
	const sub = "조선중앙통신 논평…“지역 정세 통제 불능” 주장"
	for _, c := range []struct {
		a, l string
		want bool
	}{
		{"北 “美 핵항모 전개는 엄중한 도발”", sub, true},
		{"정부 \"내년 2% 성장 가능\"", "수출 회복세…\"하반기 반등\"", true},
		{"이 대통령 “민생 최우선”", "국무회의서 예산 조기 집행 지시…“속도가 생명”", true},
		{"한빛금융그룹, 계열사 대표 3명 교체 \"디지털 전환 속도\"", "…50대 초반 전면 배치", false},
		{"한빛금융그룹, 계열사 대표 3명 교체", "\"디지털 전환 속도\"…50대 초반 전면 배치", false},
		{"정부 \"내년 2% 성장 가능하다", sub, false},
		{"北 “美 핵항모 전개는 엄중한 도발”", "규탄 성명 발표", false},
		{"“美 핵항모 전개는 엄중한 도발”", sub, true}, // (the quotation alone: koquotetitle_test.go)
		{"北 “美 핵항모 전개는 엄중한 도발” 주장", sub, false},
	} {
		if got := koreanQuoteTitleOver(c.a, c.l); got != c.want {
			t.Errorf("koreanQuoteTitleOver(%q, %q) = %v, want %v", c.a, c.l, got, c.want)
		}
	}
}

// TestKoreanWordSpaceKept: on a Korean page a space beside a Hanja word
// (北 “美) is the writer's; on a Chinese page a space between ideographs
// is OCR's and goes.
func TestKoreanWordSpaceKept(t *testing.T) {
	ko, zh := &builder{lang: "ko"}, &builder{lang: "zh"}
	if s, n := ko.straySpaces("北 “美 핵항모 전개는 엄중한 도발”"); n != 0 || s != "北 “美 핵항모 전개는 엄중한 도발”" {
		t.Errorf("ko: %q, %d", s, n)
	}
	if s, n := zh.straySpaces("株洲 轨道交通"); n != 1 || s != "株洲轨道交通" {
		t.Errorf("zh: %q, %d", s, n)
	}
}

// koGukjePage is a Korean international page wrapped at twenty characters
// by count: ◇ heads and briefs' titles as full as a body line over their
// text, a quote headline over its subheadline after a finished paragraph
// (blind page ko-gukje).
const koGukjePage = `한빛일보 2026년 12월 7일 월요일 A14 국제

美·中 정상 내달 베이징서 회담…관세 휴전 연장 논의
백악관 “무역·반도체 포괄 협의”…中 “상호 존중이 전제”

(워싱턴·베이징=연합뉴스) 김도윤
이서진 특파원 = 미국과 중국 정상이
다음 달 중순 베이징에서 만나 내년
1월 끝나는 관세 휴전의 연장 여부를
논의한다.

백악관은 6일(현지시간) 브리핑에서
“양국 정상이 무역과 반도체 수출
통제 등 현안을 포괄적으로 협의할
것”이라고 밝혔다.

◇반도체 통제 완화가 최대 쟁점
양국은 고성능 반도체 수출 통제의
완화 범위를 놓고 막판 협상을 벌이고
있다.

北 “美 핵항모 전개는 엄중한 도발”
조선중앙통신 논평…“지역 정세 통제 불능” 주장

북한이 미국 핵항모의 부산 입항을
“엄중한 도발”로 규정했다.

조선중앙통신은 7일 논평에서 “미국의
무분별한 힘자랑은 지역 정세를 통제
불능의 상태로 몰아가고 있다”고
주장했다.

박지훈 기자 jhpark@hanbit.co.kr

[지구촌 단신]

◇日 홋카이도 앞바다 규모 6.1 지진
(도쿄 교도=연합뉴스) 일본 홋카이도
동부 해역에서 7일 오전 4시
12분께 규모 6.1의 지진이
발생했다. 쓰나미 우려는 없다.

◇中 광저우∼난닝 고속철 개통
(베이징 신화=연합뉴스) 중국
광저우와 난닝을 잇는 고속철도가 6일
개통해 두 도시 간 이동 시간이
2시간대로 줄었다.

◇英 런던 지하철 파업 철회
영국 런던 지하철 노조가 8일로
예정했던 24시간 파업을 철회했다고
BBC가 7일 전했다.
`

// TestKoreanBulletHeadsOnCountPage: the ◇ head is a section's heading
// over its paragraph, the quote headline and its subheadline open the
// next article (the space after 北 kept), and the bracketed briefs label
// is the first brief's kicker over three articles headed by their ◇
// titles.
func TestKoreanBulletHeadsOnCountPage(t *testing.T) {
	d := mustRead(t, koGukjePage)
	got := strings.Join(flatKinds(d), "\n") + "\n"
	for _, w := range []string{
		"    heading ◇반도체 통제 완화가 최대 쟁점",
		"    paragraph 양국은 고성능 반도체 수출 통제의 완화 범위를 놓고 막판 협상을 벌이고 있다.",
		"article\n  headline 北 “美 핵항모 전개는 엄중한 도발”\n  subheadline 조선중앙통신 논평…“지역 정세 통제 불능” 주장",
		"article\n  kicker [지구촌 단신]\n  headline ◇日 홋카이도 앞바다 규모 6.1 지진",
		"article\n  headline ◇中 광저우∼난닝 고속철 개통",
		"article\n  headline ◇英 런던 지하철 파업 철회\n  paragraph 영국 런던 지하철 노조가 8일로 예정했던 24시간 파업을 철회했다고 BBC가 7일 전했다.",
	} {
		if !strings.Contains(got, "\n"+w+"\n") {
			t.Errorf("no %q in:\n%s", w, got)
		}
	}
	roundTrip(t, d)
}

// koRunInPage is a Korean page wrapped at about twenty characters by
// count: a head ending in its topic over the text's own topic, and a
// briefs column whose items run in after their ◇ (review 28b).
const koRunInPage = `한빛일보 2026년 12월 7일 월요일 A14 국제

美·中 정상 내달 베이징서 회담

(워싱턴=연합뉴스) 김도윤 특파원 =
미국과 중국 정상이 다음 달 중순
베이징에서 만나 내년 1월 끝나는
관세 휴전의 연장 여부를 논의한다.

◇베이징 회담서 다룰 최대 쟁점은
양국은 고성능 반도체 수출 통제의
완화 범위를 놓고 막판 협상을 벌이고
있다.

[지구촌 단신]

◇일본 홋카이도 동부 해역에서 7일
오전 4시 12분께 규모 6.1의 지진이
발생했다. 쓰나미 우려는 없다.
`

// TestKoreanBulletHeadsRunIn: the topic's head is a heading over its
// paragraph; the run-in brief is one paragraph, its first line no head.
func TestKoreanBulletHeadsRunIn(t *testing.T) {
	d := mustRead(t, koRunInPage)
	got := strings.Join(flatKinds(d), "\n") + "\n"
	for _, w := range []string{
		"    heading ◇베이징 회담서 다룰 최대 쟁점은\n    paragraph 양국은 고성능 반도체 수출 통제의 완화 범위를 놓고 막판 협상을 벌이고 있다.",
		"paragraph ◇일본 홋카이도 동부 해역에서 7일 오전 4시 12분께 규모 6.1의 지진이 발생했다. 쓰나미 우려는 없다.",
	} {
		if !strings.Contains(got, w+"\n") {
			t.Errorf("no %q in:\n%s", w, got)
		}
	}
	roundTrip(t, d)
}
