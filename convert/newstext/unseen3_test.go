package newstext

import (
	"strings"
	"testing"
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
		"입력 : 2024.12.03 10:25 수정 : 2024.12.03 11:40": true,
		"입력 2024.12.03. 오전 10:25":                     true,
		"등록 2024-12-03 09:00 수정 2024-12-03 10:12":     true,
		"發布時間：2024/12/03 10:25":                       true,
		"2024/12/03":                                  false, // a date alone: an edition's
		"입력 2024.12.03":                               false,
		"10:25 2024/12/03":                            false, // the time before the date
		"수정 : 오전 10:25":                               false,
		"입력 : 2024.12.03 10:25 김서연 기자":                false, // a byline run on
		"2024/12/03 10:25 台北市長今日宣布":                   false,
		"수원 2024.12.03 10:25":                         false,
	} {
		if got := isWebStamp(in); got != ok {
			t.Errorf("isWebStamp(%q) = %v, want %v", in, got, ok)
		}
	}
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
		{"聯合報／記者黃寶慧、王小明／嘉義報導", "聯合報", "記者", "黃寶慧,王小明", "嘉義", ""},
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
