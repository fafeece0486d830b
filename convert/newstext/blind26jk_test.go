package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestBlind26PlaceReporterDateline: the 毎日 style writes the reporter
// straight after a katakana place with no ＝ (blind page ja-asahi-world);
// a kanji word there that is part of the place or a desk, or an agency,
// is no reporter.
func TestBlind26PlaceReporterDateline(t *testing.T) {
	for in, want := range map[string][3]string{
		"ジュネーブ田中健":   {"ジュネーブ", "田中健", ""},
		"ニューヨーク佐々木亮": {"ニューヨーク", "佐々木亮", ""},
		"ワシントン共同":    {"ワシントン", "", "共同"},
		"パリ郊外":       {"パリ郊外", "", ""},
		"ロンドン支局":     {"ロンドン支局", "", ""},
		"ジュネーブ＝田中健":  {"ジュネーブ", "田中健", ""},
	} {
		dl, ok := bracketDateline(in, "ja")
		if !ok || dl.place != want[0] || strings.Join(dl.names, ",") != want[1] || dl.org != want[2] {
			t.Errorf("bracketDateline(%q) = %+v, %v; want place %s names %s org %s", in, dl, ok, want[0], want[1], want[2])
		}
	}
	if _, ok := placeReporterDateline("東京田中健"); ok {
		t.Error("a kanji place run into a kanji name has no boundary to find")
	}
	wantKinds(t, "感染症の備え　ＷＨＯが新指針\n\n【ジュネーブ田中健】世界保健機関（ＷＨＯ）は３日、新たな指針を公表した。\n",
		"headline 感染症の備え　ＷＨＯが新指針", "dateline 【ジュネーブ田中健】")
}

// TestBlind26KoreanGraphicAndArchiveCaptions: a graphic's title opening
// with its label in square brackets and no other cue ([그래픽] … 비율)
// passes the gate to the caption's recogniser (it stayed a paragraph and
// was joined across the blank line under it to the next paragraph, as a
// column's cut end); and a caption closed by the paper's photo archive
// with no bracket (… 밀집 지역. 경향신문 자료사진) is a caption (blind page
// ko-khan). A paragraph's sentence about an archive photo is none.
func TestBlind26KoreanGraphicAndArchiveCaptions(t *testing.T) {
	for in, want := range map[string]bool{
		"서울 관악구의 한 원룸 밀집 지역. 경향신문 자료사진": true,
		"지난 3일 서울 여의도 국회 모습. 자료사진":      true,
		"원룸 밀집 지역. 경향신문 자료사진":           true,
		"시는 이날 원룸 밀집 지역의 자료사진을 공개했다.":   false,
		"경향신문 자료사진":                     false,
		"원룸 밀집 지역. 경향신문, 자료사진":          false,
		"원룸 밀집 지역 경향신문 자료사진":            false,
	} {
		if got := isKoreanArchiveCaption(in); got != want {
			t.Errorf("isKoreanArchiveCaption(%q) = %v, want %v", in, got, want)
		}
	}
	for _, in := range []string{"[그래픽] 서울 청년 1인가구 소득 대비 주거비 비율", "서울 관악구의 한 원룸 밀집 지역. 경향신문 자료사진"} {
		page := "서울에 사는 청년 1인가구 절반가량이 월 소득의 30% 이상을 주거비로 쓰는 것으로\n나타났다.\n\n" + in +
			"\n\n주거 형태는 월세가 68%로 가장 많았고, 전세 21%, 부모 소유 주택 등 기타가 11%였다.\n응답자의 62%는 식비를 줄였다고 답했다.\n"
		d := mustRead(t, page)
		if got := strings.Join(pageLeafKinds(d), "\n"); !strings.Contains(got, "caption "+in+"\n") {
			t.Errorf("%q not a caption of its own:\n%s", in, got)
		}
		roundTrip(t, d)
	}
}

// TestBlind26WireHeadlines: on a Japanese agency's wire, where a ◎ line
// stands straight over a paragraph led by the agency's dateline
// (【北京共同】), every ◎ line over body text opening the page or after a
// story's end is a story's headline, the marker kept (blind page
// ja-kyodo-wire); with no agency's dateline under any, ◎ lines stay a
// story's section heads.
func TestBlind26WireHeadlines(t *testing.T) {
	wire := "◎防災庁、２７年度発足へ\n　政府は３日、設置法案を閣議決定した。\n" +
		"◎中国、レアアース輸出を許可制に\n　【北京共同】中国商務省は３日、輸出を許可制にすると発表した。\n" +
		"◎東証、終値は１５０円高\n　３日の東京株式市場は、買いが先行した。\n"
	d := mustRead(t, wire)
	var heads []string
	for _, a := range d.Articles {
		if len(a.Children) > 0 && a.Children[0].Kind == doc.KindHeadline {
			heads = append(heads, a.Children[0].Text)
		}
	}
	if want := "◎防災庁、２７年度発足へ|◎中国、レアアース輸出を許可制に|◎東証、終値は１５０円高"; strings.Join(heads, "|") != want {
		t.Errorf("wire headlines = %q, want %q:\n%s", strings.Join(heads, "|"), want, outline(d, false))
	}
	roundTrip(t, d)
	own := strings.Replace(wire, "【北京共同】", "", 1)
	d = mustRead(t, "防災の体制づくり\n"+own)
	if len(d.Articles) != 1 {
		t.Errorf("◎ heads under a story's headline, no agency's dateline: one article, got:\n%s", outline(d, false))
	}
}

// TestBlind26DatelineLineNotGlued: a line opening with a bracketed
// dateline opens the paragraph it leads, however full the line above
// (OCR of a vertical page, whose subheadline is as wide as the column:
// blind page ja-ocr-tategaki).
func TestBlind26DatelineLineNotGlued(t *testing.T) {
	page := "雪原の鉄路を守る\n除雪車の運転士２５年\n【旭川】大雪の朝、最初\nに線路を走るのは除雪\n車だ。ＪＲ北海道旭川\n運転所の運転士、今井\n大輔さん（５２）はこ\nの道２５年。夜明け前\nの午前３時に出庫し、\n始発列車が通る前に約\n６０キロの線路の雪を\nかき分ける。\n　今冬は記録的な大雪\nが予想され、運転所は\n除雪車を２両増やして\n備える。\n"
	wantKinds(t, page, "headline 雪原の鉄路を守る", "subheadline 除雪車の運転士２５年", "dateline 【旭川】",
		"paragraph 大雪の朝、最初に線路を走るのは除雪車だ。ＪＲ北海道旭川運転所の運転士、今井大輔さん（５２）はこの道２５年。夜明け前の午前３時に出庫し、始発列車が通る前に約６０キロの線路の雪をかき分ける。")
}

// TestBlind26KoreanMarketRows: a Korean market box's rows, a name and
// then figures only, one of them a change after ▲/▼ (코스피 2712.35
// ▲53.21(2.00%)), are a table's rows, one paragraph each under the box's
// head, not title lines (blind page ko-mk-stock); a headline with a
// figure in a phrase is none.
func TestBlind26KoreanMarketRows(t *testing.T) {
	for in, want := range map[string]int{
		"코스피 2712.35 ▲53.21(2.00%)": 3,
		"원·달러 환율 1378.5원 ▼9.7원":     3,
		"코스닥 768.40 -12.08(1.60%)":  3,
		"코스피 2%대 급등…2700선 회복":       0,
		"코스피 2712.35 회복":            0,
		"코스피 2712.35 2700.10":       3, // bare figures: a small table's row (korows.go)
		"코스피 2712.35 2700선":         0, // figures of two units
		"지난해 매출 3조 2000억":           0,
		"코스피 ▲53.21 2712.35 급등":     0,
	} {
		if got := tableRow(in); got != want {
			t.Errorf("tableRow(%q) = %d, want %d", in, got, want)
		}
	}
	page := "코스피 2%대 급등…2700선 회복\n\n코스피가 외국인 매수세에 힘입어 2% 넘게 오르며 2700선을 회복했다.\n\n" +
		"이날 주요 지표\n코스피 2712.35 ▲53.21(2.00%)\n코스닥 768.40 ▲12.08(1.60%)\n원·달러 환율 1378.5원 ▼9.7원\n\n[이민호 기자]\n"
	d := mustRead(t, page)
	want := "headline 코스피 2%대 급등…2700선 회복\nparagraph 코스피가 외국인 매수세에 힘입어 2% 넘게 오르며 2700선을 회복했다.\n" +
		"heading 이날 주요 지표\nparagraph 코스피 2712.35 ▲53.21(2.00%)\nparagraph 코스닥 768.40 ▲12.08(1.60%)\nparagraph 원·달러 환율 1378.5원 ▼9.7원\nbyline [이민호 기자]"
	if got := strings.Join(pageLeafKinds(d), "\n"); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	// The writers part a row's cells at every space: the row whose name
	// has two words is a row of four cells in the run of three-cell rows,
	// its figures set under theirs (layout.TableSlots).
	var rows []string
	doc.Walk(d.Articles[0], func(n *doc.Node) bool {
		if n.Row {
			rows = append(rows, n.Text)
		}
		return true
	})
	if len(rows) != 3 || !strings.Contains(rows[2], "환율") {
		t.Errorf("table rows = %q, want the three market rows", rows)
	}
	roundTrip(t, d)
}
