package newstext

import (
	"strings"
	"testing"
)

// TestKoreanStandingBoxNames: a Korean local page's boxes of ▲ entries
// other than 동정, 인사 and 부고, 사건·사고 (the dot as ·, ㆍ or ・, or a
// space, or none), 게시판, 알림, 화촉, bare or in square brackets, are
// standing boxes: after the story above closed with its byline, the box's
// name heads an article of its own and its ▲ entries are paragraphs, not
// captions (blind page ko-sageon-sago). A box whose name no list holds
// (경찰·소방, [119 출동]) is told by its shape: a short Hangul name right
// after the closing byline over two or more ▲ entries, each a finished
// sentence. Look-alikes stay what they were: a longer phrase holding a
// box's word, a photo page's name over captions, a short line over one ▲
// caption, a name not after a byline.
func TestKoreanStandingBoxNames(t *testing.T) {
	for in, want := range map[string]bool{
		"사건·사고": true, "사건ㆍ사고": true, "사건・사고": true, "사건 사고": true, "사건사고": true, "[사건·사고]": true,
		"게시판": true, "[게시판]": true, "알림": true, "화촉": true,
		"사건·사고 잇따라": false, "교통사고": false, "알림판": false, "게시판 운영": false, "사고": false,
	} {
		if got := standingBox(in); got != want {
			t.Errorf("standingBox(%q) = %v, want %v", in, got, want)
		}
	}
	story := "보험금 노리고 아내 탄 차에 불 지른 40대 징역 12년\n\n보험금을 노리고 아내가 탄 차량에\n불을 지른 40대 남성에게 중형이\n선고됐다.\n\n재판부는 \"죄질이 매우 불량하다\"고\n판시했다.\n\n"
	closer := "대구=정우성 기자 wsjung@daeilnews.co.kr\n\n"
	entries := "▲5일 오후 11시 20분쯤 대구\n북구 산격동의 한 아파트 12층에서\n불이 나 주민 30여 명이 대피했다.\n\n▲6일 오전 7시쯤 경북 칠곡군\n중앙고속도로 상행선에서 화물차가\n가드레일을 들이받아 운전자\nC(58)씨가 크게 다쳤다.\n"
	e1 := "paragraph ▲5일 오후 11시 20분쯤 대구 북구 산격동의 한 아파트 12층에서 불이 나 주민 30여 명이 대피했다."
	e2 := "paragraph ▲6일 오전 7시쯤 경북 칠곡군 중앙고속도로 상행선에서 화물차가 가드레일을 들이받아 운전자 C(58)씨가 크게 다쳤다."
	for _, box := range []string{"사건·사고", "사건ㆍ사고", "[사건·사고]", "사건사고", "사건 사고", "게시판", "경찰·소방", "[119 출동]", "화재"} {
		t.Run(box, func(t *testing.T) {
			d := mustRead(t, story+closer+box+"\n\n"+entries)
			got := strings.Join(treeOf(d), "\n")
			if len(d.Articles) != 2 {
				t.Fatalf("%d articles, want 2:\n%s", len(d.Articles), got)
			}
			wantIn(t, got, "article\n  headline "+box+"\n  "+e1+"\n  "+e2)
			roundTrip(t, d)
		})
	}
	// The byline with no e-mail closes the story under its last paragraph.
	d := mustRead(t, story+"대구=정우성 기자\n\n경찰·소방\n\n"+entries)
	wantIn(t, strings.Join(treeOf(d), "\n"), "headline 경찰·소방", e1, e2)
	roundTrip(t, d)
	// Look-alikes: a photo page's name over captions; a short line over
	// one ▲ caption; a short line under the story's last paragraph, with
	// no byline closing it.
	for _, page := range []string{
		story + closer + "포토\n\n" + entries,
		story + closer + "경찰·소방\n\n" + entries[:strings.Index(entries, "\n\n")+1],
		story + "경찰·소방\n\n" + entries,
	} {
		d := mustRead(t, page)
		got := strings.Join(treeOf(d), "\n")
		if !strings.Contains(got, "caption ▲5일") {
			t.Errorf("the ▲ line is no longer a caption:\n%s", got)
		}
		roundTrip(t, d)
	}
}

// TestKoreanBookBox: a culture page's box of new books, its name (신간,
// [신간], 새로 나온 책, or one no list holds, [화제의 책]) right after
// the e-mail byline that closed the story above, over entries opening
// with one bullet (◇제목(저자·출판사·값)=…), is an article of its own
// under that name, its entries paragraphs (blind page ko-munhwa-singan:
// 신간 had been a paragraph of the story above). Look-alikes kept: the
// same name with no byline closing the story above, and over entries
// opening with different bullets.
func TestKoreanBookBox(t *testing.T) {
	for in, want := range map[string]bool{"신간": true, "[신간]": true, "새로 나온 책": true, "신간 안내": false, "신간들": false} {
		if got := standingBox(in); got != want {
			t.Errorf("standingBox(%q) = %v, want %v", in, got, want)
		}
	}
	story := "2026년 12월 7일 월요일　문화　18\n\n시립미술관 겨울 기획전…지역 작가 40명 참여\n\n" +
		"시립미술관이 지역 작가 40명의 작품을 모은\n겨울 기획전을 다음 달 말까지 연다. 회화와\n조각, 설치 작품 120여 점이 걸리며 작가와의\n대화도 주말마다 열린다.\n\n" +
		"미술관은 관람객이 몰리는 주말에는 관람\n시간을 오후 8시까지 늘리기로 했다.\n\n"
	closer := "정하은 기자 hejung@example.co.kr\n\n"
	entries := "◇바람이 머무는 섬(이서연\n지음·파도출판·1만5000원)=제주 바닷가\n마을에서 자란 작가가 해녀였던 어머니의\n삶을 기록한 에세이다.\n\n" +
		"◇골목 식당의 시간(최준호\n지음·동네책방·1만7000원)=부산 원도심\n노포 스무 곳의 내력을 주인들의\n목소리로 들려준다.\n"
	e1 := "paragraph ◇바람이 머무는 섬(이서연 지음·파도출판·1만5000원)=제주 바닷가 마을에서 자란 작가가 해녀였던 어머니의 삶을 기록한 에세이다."
	e2 := "paragraph ◇골목 식당의 시간(최준호 지음·동네책방·1만7000원)=부산 원도심 노포 스무 곳의 내력을 주인들의 목소리로 들려준다."
	for _, box := range []string{"신간", "[신간]", "새로 나온 책", "[화제의 책]"} {
		t.Run(box, func(t *testing.T) {
			d := mustRead(t, story+closer+box+"\n\n"+entries)
			got := strings.Join(treeOf(d), "\n")
			if len(d.Articles) != 2 {
				t.Fatalf("%d articles, want 2:\n%s", len(d.Articles), got)
			}
			wantIn(t, got, "article\n  headline "+box+"\n  "+e1+"\n  "+e2)
			roundTrip(t, d)
		})
	}
	for _, page := range []string{
		story + "[화제의 책]\n\n" + entries,
		story + closer + "[화제의 책]\n\n" + strings.Replace(entries, "◇골목", "○골목", 1),
	} {
		d := mustRead(t, page)
		got := strings.Join(treeOf(d), "\n")
		if strings.Contains(got, "headline [화제의 책]") {
			t.Errorf("a box without its shape read as one:\n%s", got)
		}
		roundTrip(t, d)
	}
}

// TestKoreanBoxAfterBox: a local page sets its standing boxes one under
// another, 게시판 / ▲… / 화촉 / ▲…: the name of the next box right under
// the last entry of the one above opens an article of its own (it had
// been a paragraph of the box above), and each ▲ entry under a box's name
// is a paragraph, one ending in a sentence's full stop (…독서교실을 연다.)
// no section head, one with no stop (▲이민호·김서영씨=12일 …) no title
// line (blind page ko-b56-jibang-1myeon). A bulleted Korean line ending
// in a full stop after Hangul is a sentence, never a head. Look-alikes
// kept: a short ▲ head with no stop inside a story (▲아빠 몫 90일), an
// appointments box's ◇ ministry heads over its ▽ entries, and a box's
// word in a story's text.
func TestKoreanBoxAfterBox(t *testing.T) {
	for s, head := range map[string]bool{
		"▲청주시립도서관은 20일 오후 2시 어린이 겨울방학 독서교실을 연다.": false,
		"▲시는 내년부터 요금을 내린다.":                      false,
		"■ 시민 10명 중 7명이 \"찬성\"했다.”":              false,
		"▲아빠 몫 90일":          true,
		"◆ 남은 과제는":           true,
		"◆ 지원 대상 확대…내년 1월부터": true,
	} {
		if got := headMarker(s) != ""; got != head {
			t.Errorf("headMarker(%q) != \"\": %v, want %v", s, got, head)
		}
	}
	closer := "이서연 기자 lsy@chsinbo.example\n\n"
	board := "게시판\n\n▲충북문화재단은 15일까지 지역\n예술인 창작지원사업 참가자를\n모집한다. 문의\n043-220-1234.\n\n▲청주시립도서관은 20일 오후 2시\n어린이 겨울방학 독서교실을 연다.\n\n"
	short := "게시판\n\n▲충북문화재단은 15일 공모를 연다.\n\n▲청주시립도서관은 20일 독서교실을 연다.\n\n"
	wedding := "화촉\n\n▲이민호·김서영씨=12일 오후 1시 청주 그랜드웨딩홀\n\n▲박준혁·최유진씨=13일 낮 12시 충주 시티컨벤션\n"
	deaths := "부고\n\n▲김철수씨 별세, 김영희씨 남편상=6일 청주의료원 장례식장, 발인 8일 오전 7시\n\n"
	for page, want := range map[string]string{
		closer + board + wedding:          "게시판 화촉",
		closer + short + wedding:          "게시판 화촉",
		closer + short + deaths + wedding: "게시판 부고 화촉",
	} {
		d := mustRead(t, page)
		got := strings.Join(treeOf(d), "\n")
		if h := strings.Join(articleHeadlines(d), " "); h != want {
			t.Errorf("headlines %q, want %q, each box its article:\n%s", h, want, got)
		}
		wantIn(t, got, "paragraph ▲청주시립도서관은 20일", "paragraph ▲이민호·김서영씨=12일 오후 1시 청주 그랜드웨딩홀", "paragraph ▲박준혁·최유진씨=13일 낮 12시 충주 시티컨벤션")
		for _, k := range []string{"heading", "subheadline", "kicker"} {
			if strings.Contains(got, k) {
				t.Errorf("a %s among the boxes:\n%s", k, got)
			}
		}
		roundTrip(t, d)
	}
	// Look-alikes: a ▲ head inside a story; an appointments box's ◇ heads.
	story := "육아휴직 급여 내년부터 오른다\n\n내년부터 육아휴직 급여 상한이\n월 250만원으로 오른다고 정부가\n6일 밝혔다.\n\n▲아빠 몫 90일\n\n아빠가 쓰는 휴직 기간도 90일로\n늘어난다.\n"
	d := mustRead(t, story)
	wantIn(t, strings.Join(treeOf(d), "\n"), "heading ▲아빠 몫 90일")
	roundTrip(t, d)
	insa := closer + "인사\n\n◇기획재정부\n▽경제정책국장 박민수\n▽예산총괄심의관 이정훈\n◇국토교통부\n▽도시정책관 최서연\n\n부고\n\n▽김영자 씨 별세·이성민 씨 모친상=5일 서울아산병원 장례식장, 발인 7일 오전 6시\n"
	d = mustRead(t, insa)
	wantIn(t, strings.Join(treeOf(d), "\n"), "heading ◇기획재정부", "heading ◇국토교통부", "headline 부고")
	roundTrip(t, d)
}

// TestKoreanBoxArrowEntries: a Korean standing box may set its entries
// after ▷ (or ▽) where others set ▲, 부고 / ▷이순자씨 별세, 박정훈(…
// 부장)씨 모친상 / 빈소: … (blind page ko-jibang-sahoe-daegu-b73). Each
// entry is a paragraph of the box's article, whether or not it ends a
// sentence, the first one no subheadline of the box's name; and a ▷ line
// under an entry that opened with ▷ is the next entry, never the wrap of
// the one above. Look-alikes stay what they were: a ▷ line under a
// headline that names no box is its subheadline; an appointments box's
// ◇ line over its ▷ entries stays a head; an entry wrapped over two
// lines stays one paragraph.
func TestKoreanBoxArrowEntries(t *testing.T) {
	story := "경산 공장서 불…2시간 만에 진화\n\n4일 오후 경산시의 한 공장에서 불이 나\n2시간 만에 꺼졌다.\n\n박소연 기자 psy@daegu.example\n\n"
	for _, c := range []struct{ page, want, not string }{
		{"부고\n▷이순자씨 별세, 박정훈(대구한빛일보 편집국\n부장)씨 모친상\n빈소: 대구가톨릭대병원 장례식장 특2호실\n발인: 6일 오전 7시\n☎ 053-650-4000\n▷최덕수씨(전 경산시의원) 별세,\n최민호(경북도청 주무관)씨 부친상\n빈소: 경산중앙병원 장례식장 3호실\n발인: 7일 오전 8시 30분\n☎ 053-810-5000\n",
			"headline 부고\n  paragraph ▷이순자씨 별세, 박정훈(대구한빛일보 편집국 부장)씨 모친상\n  paragraph 빈소: 대구가톨릭대병원 장례식장 특2호실\n  paragraph 발인: 6일 오전 7시\n  paragraph ☎ 053-650-4000\n  paragraph ▷최덕수씨(전 경산시의원) 별세, 최민호(경북도청 주무관)씨 부친상", "subheadline"},
		{"부고\n▷김영희씨 별세, 이철수(대구시청 과장)씨 모친상\n빈소: 경북대병원 장례식장 1호실\n발인: 8일 오전 6시\n▷박상수씨 별세=9일 오전 8시, 대구의료원\n",
			"headline 부고\n  paragraph ▷김영희씨 별세, 이철수(대구시청 과장)씨 모친상\n  paragraph 빈소: 경북대병원 장례식장 1호실", "subheadline"},
		{"부고\n▷김영희씨 별세, 이철수(대구시청 과장)씨 모친상=8일 오전 6시, 경북대병원\n▷박상수씨 별세, 박민(대구일보 기자)씨 부친상=9일 오전 8시, 대구의료원\n",
			"headline 부고\n  paragraph ▷김영희씨 별세, 이철수(대구시청 과장)씨 모친상=8일 오전 6시, 경북대병원\n  paragraph ▷박상수씨 별세, 박민(대구일보 기자)씨 부친상=9일 오전 8시, 대구의료원", "subheadline"},
		{"동정\n▷김철수 대구시장은 5일 시청에서 간부회의를 주재했다.\n▷이영희 대구시의회 의장은 5일 달성군을 방문했다.\n",
			"headline 동정\n  paragraph ▷김철수 대구시장은 5일 시청에서 간부회의를 주재했다.\n  paragraph ▷이영희 대구시의회 의장은 5일 달성군을 방문했다.", ""},
		{"인사\n◇대구시\n▷기획조정실장 김영호\n▷경제국장 이민수\n",
			"heading ◇대구시\n    paragraph ▷기획조정실장 김영호\n    paragraph ▷경제국장 이민수", ""},
		// Look-alikes: a ▷ line under a headline naming no box.
		{"부고 알림 서비스 확대\n▷유족 요청시 무료 게재\n\n대구한빛일보는 4일부터 부고 게재를 확대한다고 밝혔다.\n",
			"headline 부고 알림 서비스 확대\n  subheadline ▷유족 요청시 무료 게재", ""},
		{"경산 공장서 불…2시간 만에 진화\n▷인명 피해 없어, 경찰 원인 조사\n\n4일 오후 경산시의 한 공장에서 불이 났다.\n",
			"paragraph 4일 오후 경산시의 한 공장에서 불이 났다.", "paragraph ▷"},
		// Look-alikes: prose enumerating after ▷ inline, a narrow
		// column's wrap landing on a ▷ mid-sentence (review 30a,
		// ko-arrow-para-wrap): the line goes on with the sentence, after
		// an inline run (…5곳 / ▷작은도서관 3곳 ▷…) or an open particle
		// or ending (…정비하고 / ▷가로등 …).
		{"대구시, 내년 생활SOC 12곳 조성\n320억 투입…상반기 설계 마쳐\n\n[대구한빛일보=김민준 기자] 대구시는\n내년 생활SOC 사업에 320억원을\n투입한다고 4일 밝혔다. 분야별\n계획은 다음과 같다.\n▷생활편의=시는 ▷공영주차장 5곳\n▷작은도서관 3곳 ▷어린이공원 4곳을\n새로 짓는다.\n▷안전=노후 보행로 12㎞를 정비하고\n▷가로등 800개 ▷방범카메라 150대를\n새로 단다.\n",
			"  paragraph ▷생활편의=시는 ▷공영주차장 5곳 ▷작은도서관 3곳 ▷어린이공원 4곳을 새로 짓는다.\n  paragraph ▷안전=노후 보행로 12㎞를 정비하고 ▷가로등 800개 ▷방범카메라 150대를 새로 단다.", "heading"},
		{"대구시, 보행 안전 예산 늘려\n\n[대구한빛일보=김민준 기자] 대구시는\n내년 안전 분야에 120억원을\n투입한다고 4일 밝혔다.\n▷안전=노후 보행로 12㎞를 정비하고\n▷가로등 800개를 새로 단다.\n",
			"  paragraph ▷안전=노후 보행로 12㎞를 정비하고 ▷가로등 800개를 새로 단다.", "heading"},
	} {
		d := mustRead(t, story+c.page)
		got := strings.Join(treeOf(d), "\n")
		wantIn(t, got, c.want)
		if box := got[strings.LastIndex(got, "article\n"):]; c.not != "" && strings.Contains(box, c.not) {
			t.Errorf("%q in the box's article:\n%s", c.not, got)
		}
		roundTrip(t, d)
	}
	for _, c := range []struct{ page, want string }{
		// Look-alikes: a one-item entry ending in a noun that ends in an
		// open particle's syllable, a school (경북고) or a division
		// (청년정책과): each stays an entry (review 30b, ko-arrow-insa-school,
		// ko-arrow-insa-gwa). The pages stand alone: after a story the
		// entries stayed apart before the fix too.
		{"대구시교육청 인사\n\n◇교장 전보\n▷김영호 경북고\n▷이민수 대구고\n▷박지은 경신고\n\n◇교감 승진\n▷정대호 대구여고\n▷한수진 포항제철고\n",
			"    paragraph ▷김영호 경북고\n    paragraph ▷이민수 대구고\n    paragraph ▷박지은 경신고"},
		{"인사\n\n◇대구시\n▷김영호 청년정책과\n▷이민수 자치행정과\n▷박지은 문화예술과\n▷최정훈 기획예산과\n\n◇대구시교육청\n▷정대호 교육정책과장\n▷한수진 유아교육과장\n",
			"    paragraph ▷김영호 청년정책과\n    paragraph ▷이민수 자치행정과\n    paragraph ▷박지은 문화예술과\n    paragraph ▷최정훈 기획예산과"},
	} {
		d := mustRead(t, c.page)
		got := strings.Join(treeOf(d), "\n")
		wantIn(t, got, c.want)
		roundTrip(t, d)
	}
}
