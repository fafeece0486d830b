package newstext

import (
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
