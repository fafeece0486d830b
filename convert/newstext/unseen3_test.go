package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestWebTimeStamp: a news site's time stamps under the headline (posted,
// updated) are noise, kept in the tree: not a subheadline, not a table's
// row, and not a paragraph that would part the headline from its story
// (blind pages ko-web, tw-web-mix). Blank lines or none.
func TestWebTimeStamp(t *testing.T) {
	ko := "시는 20일 도서관 12곳의 야간 개방을 다음 달부터 확대한다고 밝혔다. 평일 밤 10시까지 문을 연다.\n"
	zh := "市交通局20日发布公告，城区8条公交线路将于下月起优化调整，涉及站点46个。\n"
	tests := []struct {
		name, page string
		want       []string
	}{
		{"ko colon", "시내 도서관 야간 개방 확대\n입력 : 2024.11.20 14:05 수정 : 2024.11.20 16:12\n박지훈 기자\n\n" + ko,
			[]string{"headline 시내 도서관 야간 개방 확대", "noise 입력 : 2024.11.20 14:05 수정 : 2024.11.20 16:12", "byline 박지훈 기자", "paragraph " + ko[:len(ko)-1]}},
		{"ko dashes", "시내 도서관 야간 개방 확대\n등록 2024-11-20 08:30 수정 2024-11-20 09:02\n대전/박지훈 기자\n\n" + ko,
			[]string{"headline 시내 도서관 야간 개방 확대", "noise 등록 2024-11-20 08:30 수정 2024-11-20 09:02", "byline 대전/박지훈 기자"}},
		{"ko am/pm, no blank line", "시내 도서관 야간 개방 확대\n입력 2024.11.20. 오후 3:05\n박지훈 기자\n" + ko,
			[]string{"headline 시내 도서관 야간 개방 확대", "noise 입력 2024.11.20. 오후 3:05", "byline 박지훈 기자", "paragraph " + ko[:len(ko)-1]}},
		{"ko bar", "시내 도서관 야간 개방 확대\n기사입력 2024-11-20 14:05 | 최종수정 2024-11-20 15:30\n\n" + ko,
			[]string{"headline 시내 도서관 야간 개방 확대", "noise 기사입력 2024-11-20 14:05 | 최종수정 2024-11-20 15:30", "paragraph " + ko[:len(ko)-1]}},
		{"tw bare", "台南運河夜間開放　遊船加班\n2024/11/20 14:05\n\n〔記者王美華／台南報導〕台南市政府今（20）日宣布，運河遊船夜間加開班次。\n",
			[]string{"headline 台南運河夜間開放　遊船加班", "noise 2024/11/20 14:05", "dateline 〔記者王美華／台南報導〕"}},
		{"zh source", "城区公交线路优化调整\n2024-11-20 14:05:12　来源：大河网\n\n本报讯　" + zh,
			[]string{"headline 城区公交线路优化调整", "noise 2024-11-20 14:05:12　来源：大河网", "dateline 本报讯"}},
		{"tw han date", "台南運河夜間開放　遊船加班\n2024年11月20日 14:05\n\n〔記者王美華／台南報導〕台南市政府今（20）日宣布，運河遊船夜間加開班次。\n",
			[]string{"headline 台南運河夜間開放　遊船加班", "noise 2024年11月20日 14:05", "dateline 〔記者王美華／台南報導〕"}},
		{"ko subheadline over the stamp", "시내 도서관 야간 개방 확대\n평일 밤 10시까지, 주말은 8시까지\n입력 2024.11.20 14:05\n\n" + ko,
			[]string{"headline 시내 도서관 야간 개방 확대", "subheadline 평일 밤 10시까지, 주말은 8시까지", "noise 입력 2024.11.20 14:05"}},
		{"ko byline run on", "시내 도서관 야간 개방 확대\n박지훈 기자 입력 : 2024.11.20 14:05 수정 : 2024.11.20 15:00\n" + ko,
			[]string{"headline 시내 도서관 야간 개방 확대", "byline 박지훈 기자", "noise 입력 : 2024.11.20 14:05 수정 : 2024.11.20 15:00", "paragraph " + ko[:len(ko)-1]}},
		{"ko byline run on, blank lines", "시내 도서관 야간 개방 확대\n\n박지훈 기자 입력 2024.11.20 14:05\n\n" + ko,
			[]string{"headline 시내 도서관 야간 개방 확대", "byline 박지훈 기자", "noise 입력 2024.11.20 14:05", "paragraph " + ko[:len(ko)-1]}},
		{"zh label", "城区公交线路优化调整\n发布时间：2024-11-20 14:05\n\n本报讯　" + zh,
			[]string{"headline 城区公交线路优化调整", "noise 发布时间：2024-11-20 14:05", "dateline 本报讯"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantKinds(t, tt.page, tt.want...)
			d := mustRead(t, tt.page)
			if len(d.Articles) != 1 {
				t.Errorf("%d articles, want 1 (the stamp parts no story from its headline)", len(d.Articles))
			}
			checkNothingLost(t, []byte(tt.page), d)
		})
	}
	for in, ok := range map[string]bool{
		"2024/12/03 10:25":    true,
		"2024-12-03 10:25:31": true,
		"입력 : 2024.12.03 10:25 수정 : 2024.12.03 11:40":  true,
		"입력 2024.12.03. 오전 10:25":                      true,
		"등록 2024-12-03 09:00 수정 2024-12-03 10:12":      true,
		"發布時間：2024/12/03 10:25":                        true,
		"송고시간2024-12-03 10:25":                         true, // 연합뉴스
		"기사승인 2024.12.03 10:25 최종 수정 2024.12.03 11:02": true,
		"时间：2024-12-03 10:25":                          true,
		"2024年12月3日 10:25":                             true,
		"2024年12月 10:25":                               false,
		"2024/12/03":                                   false, // a date alone: an edition's
		"입력 2024.12.03":                                false,
		"10:25 2024/12/03":                             false, // the time before the date
		"수정 : 오전 10:25":                                false,
		"입력 : 2024.12.03 10:25 김서연 기자":                 false, // a byline run on
		"2024/12/03 10:25 台北市長今日宣布":                    false,
		"수원 2024.12.03 10:25":                          false,
	} {
		if got := isWebStamp(in); got != ok {
			t.Errorf("isWebStamp(%q) = %v, want %v", in, got, ok)
		}
	}
	for _, tt := range []struct{ in, head, stamp string }{
		{"김서연 기자 입력 2024.12.03 10:25", "김서연 기자", "입력 2024.12.03 10:25"},
		{"김서연 기자 2024.12.03 10:25", "김서연 기자", "2024.12.03 10:25"},
		{"입력 2024.12.03 10:25", "", ""},                // a stamp alone
		{"경기는 3일 오후 2024.12.03 10:25 끝났다", "", ""},     // no stamp at the end
		{"시는 이날 오후 3:05부터 행사를 열었다고 밝혔다 10:25", "", ""}, // a time alone
	} {
		h, st, ok := stampTail(tt.in)
		if h != tt.head || st != tt.stamp || ok != (tt.stamp != "") {
			t.Errorf("stampTail(%q) = %q, %q, %v", tt.in, h, st, ok)
		}
	}
}

// TestStampDatesArticle: a title-like line over a web time stamp is the
// headline of an article (the stamp dates one), never a section head of
// the article before it.
func TestStampDatesArticle(t *testing.T) {
	page := "첫 기사 제목\n\n시는 20일 도서관 12곳의 야간 개방을 다음 달부터 확대한다고 밝혔다.\n\n" +
		"둘째 기사 제목이다\n입력 2024.11.20 14:05\n\n구는 20일 공원 5곳을 새로 열었다고 밝혔다.\n"
	d := mustRead(t, page)
	if len(d.Articles) != 2 {
		t.Fatalf("%d articles, want 2:\n%s", len(d.Articles), outline(d, false))
	}
	if got := kindsOf(&doc.Document{Articles: d.Articles[1:]}); len(got) < 2 || got[0] != "headline 둘째 기사 제목이다" || got[1] != "noise 입력 2024.11.20 14:05" {
		t.Errorf("second article: %q", got)
	}
	roundTrip(t, d)
}

// TestUDNWebCredit: 聯合報's web credit line, the time, the paper and the
// reporter run together under the headline, is the story's dateline:
// the paper its organisation, the reporter's role and name, the place the
// report was filed from (即時, filed as it happened, is no part of the
// place). Blind page tw-web-mix.
func TestUDNWebCredit(t *testing.T) {
	body := "嘉義縣政府今天表示，阿里山公路明年起將分段拓寬，工期預計兩年。\n"
	tests := []struct {
		line, org, role, names, place, rest string
	}{
		{"2024-11-20 09:14 聯合報／ 記者黃寶慧／嘉義即時報導", "聯合報", "記者", "黃寶慧", "嘉義", ""},
		{"2024/11/20 09:14　經濟日報／記者林明德／台北即時報導", "經濟日報", "記者", "林明德", "台北", ""},
		{"2024-11-20 09:14 聯合報／記者黃寶慧、王小明／嘉義報導", "聯合報", "記者", "黃寶慧,王小明", "嘉義", ""},
		{"2024-11-20 09:14 聯合報／ 記者黃寶慧／嘉義即時報導 縣府今天表示", "聯合報", "記者", "黃寶慧", "嘉義", "縣府今天表示"},
	}
	for _, tt := range tests {
		d, rest, ok := webCreditDateline(tt.line)
		if !ok || d.org != tt.org || strings.Join(d.roles, ",") != tt.role || strings.Join(d.names, ",") != tt.names || d.place != tt.place || rest != tt.rest {
			t.Errorf("webCreditDateline(%q) = %+v, %q, %v", tt.line, d, rest, ok)
		}
	}
	for _, no := range []string{
		"2024-11-20 09:14 聯合報",                // no reporter
		"2024-11-20 聯合報／ 記者黃寶慧／嘉義即時報導",        // no time
		"聯合報記者黃寶慧今天在嘉義報導，縣府表示",                // no slashes
		"2024-11-20 09:14 縣府今天表示，／記者黃寶慧／嘉義報導", // no paper's name
	} {
		if _, _, ok := webCreditDateline(no); ok {
			t.Errorf("webCreditDateline(%q) accepted", no)
		}
	}
	page := "阿里山公路明年分段拓寬\n2024-11-20 09:14 聯合報／ 記者黃寶慧／嘉義即時報導\n\n" + body
	wantKinds(t, page, "headline 阿里山公路明年分段拓寬", "dateline 2024-11-20 09:14 聯合報／ 記者黃寶慧／嘉義即時報導", "paragraph "+strings.TrimSuffix(body, "\n"))
	n := mustRead(t, page).Articles[0].Children[1]
	if n.Org != "聯合報" || strings.Join(n.Names, ",") != "黃寶慧" || n.Place != "嘉義" {
		t.Errorf("dateline org %q names %q place %q, want 聯合報 黃寶慧 嘉義", n.Org, n.Names, n.Place)
	}
}

// TestKoreanCaptionCredits: a Korean photo caption between paragraphs
// ending in its supplier's credit without brackets (… 있다. 강원도청
// 제공), or in 뉴스1's date stamp and agency with the supplier in
// brackets before it (… 있다.(강원도 제공) 2024.11.20/뉴스1), is a
// caption, not a paragraph, and the paragraph under it is not its rest
// (blind pages ko-web, ko-saseol-news1).
func TestKoreanCaptionCredits(t *testing.T) {
	p1 := "강원도는 20일 올겨울 첫 한파 특보에 대비해 취약계층 3천여 가구를 방문 점검했다고 밝혔다.\n"
	p2 := "도는 다음 달까지 난방비 지원 대상을 확대할 계획이다.\n"
	for _, cap := range []string{
		"20일 춘천시 한 경로당에서 공무원들이 난방기를 점검하고 있다. 강원도청 제공",
		"20일 춘천시 한 경로당에서 공무원들이 난방기를 점검하고 있다.(강원도 제공) 2024.11.20/뉴스1",
		"20일 춘천시 한 경로당에서 공무원들이 난방기를 점검하고 있다. 2024.11.20/뉴스1",
	} {
		for _, sep := range []string{"\n\n", "\n"} {
			page := "강원도, 한파 취약계층 점검\n\n" + p1 + sep + cap + sep + p2
			wantKinds(t, page, "headline 강원도, 한파 취약계층 점검", "paragraph "+strings.TrimSuffix(p1, "\n"), "caption "+cap, "paragraph "+strings.TrimSuffix(p2, "\n"))
		}
	}
	tests := []struct {
		in               string
		supplied, stamps bool
	}{
		{"난방기를 점검하고 있다. 강원도청 제공", true, false},
		{"시민들이 행사를 즐기고 있다. 한국관광공사 강원지사 제공", true, false},
		{"난방기를 점검하고 있다.(강원도 제공) 2024.11.20/뉴스1", false, true},
		{"난방기를 점검하고 있다. 2024.11.20/뉴스1", false, true},
		{"난방기를 점검하고 있다. (사진=강원도) 2024.11.20/뉴스1", false, true},
		{"도는 이날 점검 결과를 발표했다. 이어 추가 대책을 내놓았다. 또 예산을 늘렸다. 강원도청 제공", false, false}, // a paragraph's sentences
		{"자료는 도청이 제공", false, false},
		{"난방기를 점검하고 있다. 강원도청, 춘천시 제공", false, false},
		{"난방기를 점검하고 있다. 2024.11.20/강원도 제공", false, false},
		{"난방기를 점검하고 있다.(강원도 설명 자료에 따르면 매우 긴 괄호) 2024.11.20/뉴스1", false, false},
		{"2024.11.20/뉴스1", false, false},
	}
	for _, tt := range tests {
		if got := isKoreanSuppliedCaption(tt.in); got != tt.supplied {
			t.Errorf("isKoreanSuppliedCaption(%q) = %v, want %v", tt.in, got, tt.supplied)
		}
		if got := isKoreanStampCaption(tt.in); got != tt.stamps {
			t.Errorf("isKoreanStampCaption(%q) = %v, want %v", tt.in, got, tt.stamps)
		}
	}
}

// TestKoreanCommaHeadline: on a Korean page, a title-like line with a
// comma between its two clauses, alone between blank lines after a
// finished paragraph and over body text, is the headline of the next
// article (an editorial page's second 사설, unlabelled), not the start
// of a paragraph glued to the one under it across the blank line (blind
// page ko-saseol-news1).
func TestKoreanCommaHeadline(t *testing.T) {
	first := "사설\n학교 급식 노동자 처우, 더 미룰 수 없다\n\n전국 학교 급식실의 조리 인력 부족이 심각하다. 올해 채용 공고의 절반이 미달됐다.\n\n"
	second := "전세 사기 대책, 피해자 구제가 우선이다\n\n전세 사기 피해자로 인정된 사람이 2만명을 넘었다. 그러나 실제 지원을 받은 사람은 일부에 그친다.\n"
	d := mustRead(t, first+second)
	if len(d.Articles) != 2 {
		t.Fatalf("%d articles, want 2:\n%s", len(d.Articles), outline(d, false))
	}
	if got := kindsOf(&doc.Document{Articles: d.Articles[1:]}); len(got) != 2 || got[0] != "headline 전세 사기 대책, 피해자 구제가 우선이다" {
		t.Errorf("second article: %q", got)
	}
	roundTrip(t, d)
	// Not after unfinished text, not without text under it, not in a
	// block with other lines, and not on a page of another language.
	for _, page := range []string{
		first + "전세 사기 대책, 피해자 구제가 우선이다\n",
		"학교 급식 노동자 처우 개선\n\n전국 학교 급식실의 조리 인력 부족이 심각하다. 올해 채용 공고의 절반이\n\n전세 사기 대책, 피해자 구제가 우선이다\n\n미달됐다. 교육청은 대책을 내놓지 않았다.\n",
	} {
		if d := mustRead(t, page); len(d.Articles) != 1 {
			t.Errorf("%d articles, want 1:\n%s\n%s", len(d.Articles), page, outline(d, false))
		}
	}
}

// TestKoreanSentenceLines: a Korean page whose long lines mostly end a
// sentence sets a paragraph on each line, with no blank line between:
// a line ending a sentence ends its paragraph there, however long the
// next (blind page ko-saseol-news1). A hard-wrapped Korean page, whose
// lines end mid-sentence, keeps its wrapped lines joined.
func TestKoreanSentenceLines(t *testing.T) {
	l1 := "전국 학교 급식실의 조리 인력 부족이 심각하다. 올해 상반기 채용 공고의 절반 이상이 지원자가 없어 미달됐다."
	l2 := "교육청은 처우 개선을 약속했지만, 실제 임금 인상률은 물가 상승률에도 못 미쳤다. 현장에서는 인력 이탈이 계속되고 있다."
	l3 := "급식은 아이들의 건강과 직결되는 교육의 일부다. 정부와 교육청이 예산을 확보해 근본적인 대책을 내놓아야 한다."
	l4 := "학부모 단체도 3일 성명을 내고 급식 노동자의 처우 개선을 촉구했다."
	page := "학교 급식 노동자 처우 개선 시급\n\n" + l1 + "\n" + l2 + "\n" + l3 + "\n" + l4 + "\n"
	wantKinds(t, page, "headline 학교 급식 노동자 처우 개선 시급", "paragraph "+l1, "paragraph "+l2, "paragraph "+l3, "paragraph "+l4)
	lines := func(ss ...string) []srcLine {
		var out []srcLine
		for i, s := range ss {
			out = append(out, srcLine{text: s, no: i + 1})
		}
		return out
	}
	if !koreanSentenceLines(lines(l1, l2, l3, l4, "")) {
		t.Errorf("koreanSentenceLines: lines that each end a sentence not seen")
	}
	wrapped := lines("전국 학교 급식실의 조리 인력 부족이 심각하다. 올해 상반기 채용 공고의",
		"절반 이상이 지원자가 없어 미달됐다. 교육청은 처우 개선을 약속했지만, 실제",
		"임금 인상률은 물가 상승률에도 못 미쳤다. 현장에서는 인력 이탈이 계속되고",
		"있다. 급식은 아이들의 건강과 직결되는 교육의 일부다.", "")
	if koreanSentenceLines(wrapped) {
		t.Errorf("koreanSentenceLines: a hard-wrapped page taken for one paragraph a line")
	}
	// One sentence a line, paragraphs parted by blank lines: the lines
	// are sentences of a paragraph.
	oneEach := "학교 급식 노동자 처우 개선 시급\n\n전국 학교 급식실의 조리 인력 부족이 갈수록 심각해지고 있다.\n올해 상반기 채용 공고의 절반 이상이 지원자가 없어 미달됐다.\n교육청은 처우 개선을 약속했지만 실제 임금 인상률은 낮았다.\n\n" +
		"급식은 아이들의 건강과 직결되는 교육의 일부라는 지적이 나온다.\n정부와 교육청이 예산을 확보해 근본적인 대책을 내놓아야 한다.\n"
	if d := mustRead(t, oneEach); len(d.Articles) != 1 || len(d.Articles[0].Children) != 3 {
		t.Errorf("one sentence a line: want headline and two paragraphs, got\n%s", outline(d, false))
	}
	if koreanSentenceLines(lines("市交通局20日发布公告，城区8条公交线路将于下月起优化调整。", "涉及站点46个，市民可登录官网查询具体线路和时刻表信息。", "调整后，线路平均运行时间将缩短约10分钟，换乘更便捷。", "")) {
		t.Errorf("koreanSentenceLines: a Chinese page")
	}
	for in, want := range map[string][2]bool{
		l1: {true, true},
		"교육청 관계자는 “예산이 부족해 인상 폭을 늘리기 어렵다”고 말했다.”":  {true, true},
		"현장에서는 인력 이탈이 계속되고":                        {false, false}, // short of the width
		"전국 학교 급식실의 조리 인력 부족이 심각하다. 올해 상반기 채용 공고의": {false, true},
		"市交通局20日发布公告，城区8条公交线路将于下月起优化调整。":           {false, false},
	} {
		if e, h := koreanLineEnd(in); e != want[0] || h != want[1] {
			t.Errorf("koreanLineEnd(%q) = %v, %v, want %v", in, e, h, want)
		}
	}
}
