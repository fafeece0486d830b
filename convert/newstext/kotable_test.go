package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestKoreanFigureTable: a Korean paper's small table of figures under a
// story, its title closed by its unit in brackets ((단위: p), (단위=원),
// (단위 : 포인트)), a header row of periods (구분 10월 11월 12월) or of
// words (구분 전월 당월 증감), rows of a name and bare figures (제조업 69
// 68 72, fields parted by a space, U+3000 or two spaces), and 자료: under
// it, is a table: the title its caption, the rows paragraphs marked as
// rows, the source its note (blind page ko-jibang-gyeongje, misread 6:
// the rows had been a fake article's headline and subheadlines). A
// headline's figures of different units, a phrase after a figure, a
// headline of short words over a market box's row and a sentence opening
// with 자료 stay as they were.
func TestKoreanFigureTable(t *testing.T) {
	for s, want := range map[string]int{
		"제조업 69 68 72":          4,
		"비제조업　73　71　70":         4,
		"비제조업  73  71  70":      4,
		"구분 10월 11월 12월":        4,
		"서울 아파트 3.5% 4.1%":      3,
		"원·달러 환율 1378.5원 ▼9.7원": 3, // (a market row, as before)
		"코로나 확진 5만 7천명":         0, // units of two kinds: a headline's counts
		"아파트값 3주 연속 하락":         0, // a word after a figure
		"한국 2 일본 1":             0,
		"전통시장 12곳":              0, // one figure
		"2026 10 11":            0, // no name
		"대전 000 000 000 0":      5, // a line score
		"수원 010 000 02× 3":      5, // the home team's ninth not played
		"수원 010 000 × 3":        0, // (a mark alone is no figure)
		"한국 3×4 일본":             0,
	} {
		if got := koreanRow(s); got != want {
			t.Errorf("koreanRow(%q) = %d, want %d", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"대구·경북 업황 BSI 추이(단위: p)":    true,
		"대구·경북 업황 BSI 추이 (단위: 포인트)": true,
		"주요 품목 소비자가격(단위=원)":         true,
		"지역별 아파트값 변동률 [단위 : %]":     true,
		"(단위: p)":          false, // the unit alone
		"가격이 올랐다. (단위: 원)": false,
		"조직 개편(단위 조정)":     false,
		"주요 城市价格（单位：元）":    true, // (Chinese, as before)
	} {
		if got := unitTitle(s); got != want {
			t.Errorf("unitTitle(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"자료: 한국은행 대구경북본부": true,
		"자료=통계청":          true,
		"자료 : 한국거래소":      true,
		"자료：관세청, 산업통상자원부": true,
		"자료를 보면 수출이 늘었다.": false,
		"자료: 조사는 끝났다.":    false, // a sentence
		"자료실":             false,
	} {
		if got := isNote(s); got != want {
			t.Errorf("isNote(%q) = %v, want %v", s, got, want)
		}
	}
	for _, c := range []struct {
		header, row string
		want        bool
	}{
		{"구분 전월 당월 증감", "제조업 68 72 4", true},
		{"지역 매매 전세", "서울 3.5% 4.1%", true},
		{"구분 전월 당월", "제조업 68 72 4", false},                 // three columns over four
		{"코스피 사흘째 하락", "코스피 2712.35 ▲53.21(2.00%)", false}, // a headline over a market box
		{"환율 급등 마감", "원·달러 환율 1378.5원 -9.7원", false},       // the same
		{"체감경기가 다시 올랐다", "제조업 68 72 4", false},             // a sentence's words
	} {
		if got := headerOver(c.header, c.row); got != c.want {
			t.Errorf("headerOver(%q, %q) = %v, want %v", c.header, c.row, got, c.want)
		}
	}

	story := "18 경제 2026년 12월 7일 월요일 대구신문\n\n" +
		"지역 기업 체감경기 넉달 만에 반등\n\n" +
		"12월 제조업 BSI 72…전월보다 4p 올라\n\n" +
		"대구·경북 지역 제조업체들의 체감경기가\n넉달 만에 반등했다. 수출 주문이 늘어난\n영향이다.\n\n"
	tail := "\n\n한은 관계자는 \"연말 소비 둔화로\n서비스업 체감경기는 여전히\n부진하다\"고 말했다.\n\n박서연 기자 psy@dgnews.example\n"
	for name, c := range map[string]struct {
		table string
		want  []string
	}{
		"periods": {"대구·경북 업황 BSI 추이(단위: p)\n\n구분 10월 11월 12월\n제조업 69 68 72\n비제조업 73 71 70\n\n자료: 한국은행 대구경북본부",
			[]string{"caption 대구·경북 업황 BSI 추이(단위: p)", "row 구분 10월 11월 12월", "row 제조업 69 68 72", "row 비제조업 73 71 70", "note 자료: 한국은행 대구경북본부"}},
		"ideographic spaces": {"대구·경북 업황 BSI 추이 (단위: 포인트)\n\n구분　10월　11월　12월\n제조업　69　68　72\n비제조업　73　71　70\n\n자료: 한국은행 대구경북본부",
			[]string{"caption 대구·경북 업황 BSI 추이 (단위: 포인트)", "row 구분　10월　11월　12월", "row 제조업　69　68　72", "row 비제조업　73　71　70", "note 자료: 한국은행 대구경북본부"}},
		"words": {"업종별 BSI(단위=p)\n\n구분 전월 당월 증감\n제조업 68 72 4\n비제조업 71 70 -1\n\n자료=한국은행",
			[]string{"caption 업종별 BSI(단위=p)", "row 구분 전월 당월 증감", "row 제조업 68 72 4", "row 비제조업 71 70 -1", "note 자료=한국은행"}},
		"no title, no header": {"제조업 69 68 72\n비제조업 73 71 70\n\n자료: 한국은행 대구경북본부",
			[]string{"row 제조업 69 68 72", "row 비제조업 73 71 70", "note 자료: 한국은행 대구경북본부"}},
	} {
		d := mustRead(t, story+c.table+tail)
		if len(d.Articles) != 1 {
			t.Errorf("%s: %d articles, want 1:\n%s", name, len(d.Articles), strings.Join(treeOf(d), "\n"))
		}
		got := strings.Join(rowKinds(d), "\n")
		wantIn(t, got, c.want...)
		wantIn(t, got, "headline 지역 기업 체감경기 넉달 만에 반등", "paragraph 한은 관계자는", "byline 박서연 기자")
		roundTrip(t, d)
	}
}

// rowKinds lists d's nodes as treeOf does, flat, a paragraph marked as a
// table's row as "row".
func rowKinds(d *doc.Document) []string {
	var out []string
	d.WalkDocument(func(n *doc.Node) bool {
		k := string(n.Kind)
		if n.Row {
			k = "row"
		}
		if n.Text != "" {
			out = append(out, k+" "+n.Text)
		}
		return true
	})
	return out
}

// TestKoreanUnitSignTable: a Korean table whose row carries a unit sign
// glued to a figure, 84㎡ (U+33A1), 84m², 12㎞, under its unit title and a
// header row of column names over rows with a change (단지 면적 거래가
// 변동률 / 압구정 한빛현대 84㎡ 42.5 +6.3), is a table: the rows rows, the
// header a row too (a column's name may end as a particle does, 거래가,
// 종가), the source a note, the story going on under it (blind page
// ko-budongsan-sise, misread A: the rows had been a fake article's
// headline and subheadlines, the header its kicker). Set with or without
// a blank line between title, header and rows. A headline with a figure
// and a unit sign, the same header words with no unit title over them
// (a headline over a market box's row) and mixed units with no change
// stay as they were.
func TestKoreanUnitSignTable(t *testing.T) {
	for s, want := range map[string]int{
		"압구정 한빛현대 84㎡ 42.5 +6.3": 4,
		"상계 주공7단지 59㎡ 6.2 -2.1":  4,
		"판교 봇들마을 84m² 17.2 +1.2": 4,
		"대관령 -12℃ -8℃ ▲4℃":       4,
		"강남 재건축 84㎡ 59㎡":         3, // one unit, no change: a small table's row
		"강남 84㎡ 42억 돌파":          0, // a word after a figure: a headline
		"전용 84㎡ 42억원":            0, // units of two kinds, no change
		"아파트 3.3㎡당 1450만원":       0, // the same
		"갤럭시 S26 128GB":          0, // one figure
		"영하 12㎞㎞㎞ -3":            0, // a unit of three signs
	} {
		if got := koreanRow(s); got != want {
			t.Errorf("koreanRow(%q) = %d, want %d", s, got, want)
		}
	}
	const title, row = "서울 주요 단지 실거래가(단위: 억원, %)", "압구정 한빛현대 84㎡ 42.5 +6.3"
	for _, c := range []struct {
		title, header, row string
		want               bool
	}{
		{title, "단지 면적 거래가 변동률", row, true},
		{title, "구분 면적 종가 등락률", row, true},
		{"주요 단지 시세 (단위=억원)", "단지 면적 거래가 변동률", row, true},
		{title, "구분 전월 당월 증감", "제조업 68 72 4", true},          // (plain rows too)
		{"서울 아파트값 양극화 1년 새 최대", "단지 면적 거래가 변동률", row, false}, // no unit title above
		{title, "단지 면적 거래가", row, false},                     // three columns over four
		{title, "집값이 다시 올랐다 최근", row, false},                 // a sentence's words
		{"가격이 올랐다. (단위: 억원)", "단지 면적 거래가 변동률", row, false},
	} {
		if got := koreanHeaderUnder(c.title, c.header, c.row); got != c.want {
			t.Errorf("koreanHeaderUnder(%q, %q, %q) = %v, want %v", c.title, c.header, c.row, got, c.want)
		}
	}
	if headerOver("단지 면적 거래가 변동률", row) {
		t.Errorf("headerOver(%q, %q): a header over a changed row with no title above", "단지 면적 거래가 변동률", row)
	}

	story := "A22 부동산 2026년 12월 7일 월요일 한빛경제신문\n\n" +
		"강남 재건축 ‘신고가’ 행진…외곽은 6주째 하락\n\n" +
		"서울 아파트값이 지역에 따라 뚜렷하게 엇갈리고 있다.\n\n" +
		"◆노도강은 6주 연속 하락\n\n" +
		"반면 노원구(-0.06%)와 도봉구(-0.05%)는 하락세가 이어졌다.\n\n"
	tail := "\n\n자료: 국토교통부 실거래가 공개시스템\n\n그래픽=정다은 기자\n\n" +
		"실거래가로도 격차는 뚜렷하다.\n\n◆“내년 상반기까지 양극화 이어질 것”\n\n" +
		"전문가들은 온도 차가 쉽게 좁혀지지 않을 것으로 내다봤다.\n\n한지수 기자 jshan@hanbiteconomy.example\n"
	rows := "압구정 한빛현대 84㎡ 42.5 +6.3\n반포 푸른마을자이 59㎡ 28.0 +3.7\n상계 주공7단지 59㎡ 6.2 -2.1"
	wantRows := []string{"row 압구정 한빛현대 84㎡ 42.5 +6.3", "row 반포 푸른마을자이 59㎡ 28.0 +3.7", "row 상계 주공7단지 59㎡ 6.2 -2.1", "note 자료: 국토교통부"}
	for name, table := range map[string]string{
		"blank lines":        title + "\n\n단지 면적 거래가 변동률\n" + rows,
		"one block":          title + "\n단지 면적 거래가 변동률\n" + rows,
		"m² and 종가":          title + "\n\n구분 면적 종가 등락률\n" + strings.ReplaceAll(rows, "㎡", "m²"),
		"under the sentence": strings.TrimSuffix(story, "\n") + title + "\n단지 면적 거래가 변동률\n" + rows,
	} {
		s := story + table
		if name == "under the sentence" {
			s = table // (the paragraph's block holds the title)
		}
		d := mustRead(t, s+tail)
		got := strings.Join(rowKinds(d), "\n")
		if len(d.Articles) != 1 {
			t.Errorf("%s: %d articles, want 1:\n%s", name, len(d.Articles), got)
		}
		want := append([]string{"caption " + title}, wantRows...)
		if name == "m² and 종가" {
			want = []string{"caption " + title, "row 구분 면적 종가 등락률", "row 압구정 한빛현대 84m² 42.5 +6.3", "note 자료: 국토교통부"}
		} else {
			want = append(want, "row 단지 면적 거래가 변동률")
		}
		wantIn(t, got, want...)
		wantIn(t, got, "byline 그래픽=정다은 기자", "paragraph 실거래가로도", "byline 한지수 기자")
		roundTrip(t, d)
	}
	// A headline with a unit sign after a closed story stays the next
	// story's headline.
	d := mustRead(t, story+"한지수 기자 jshan@hanbiteconomy.example\n\n강남 84㎡ 42억 돌파\n\n압구정 한빛현대 전용 84㎡가 42억원에 거래됐다.\n")
	wantIn(t, strings.Join(treeOf(d), "\n"), "headline 강남 84㎡ 42억 돌파")
}
