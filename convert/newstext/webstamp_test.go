package newstext

import (
	"strings"
	"testing"
)

// TestStampWordsFirstRunes holds webStampFirst in step with stampWords:
// a stamp opening with a word whose first rune webStampFirst leaves out
// would never reach isWebStamp.
func TestStampWordsFirstRunes(t *testing.T) {
	for _, w := range stampWords {
		if r, _ := firstRune(w); !webStampFirst(r) {
			t.Errorf("stamp word %q opens with %q, which webStampFirst does not report", w, r)
		}
	}
}

// TestClockMark: stampTail's first test finds a colon or a digit right
// before 时/時/点/點, and nothing else (重点, 观点 hold no clock).
func TestClockMark(t *testing.T) {
	for s, want := range map[string]bool{
		"2026-12-05 18:20": true,
		"2026年12月5日 下午3时":  true,
		"12月5日 晚上8點":       true,
		"本次会议的重点是明年的预算":    false,
		"观点：城市更新要以人为本":     false,
		"2026年12月5日":       false,
		"下午三时":             false,
	} {
		if got := clockMark(s); got != want {
			t.Errorf("clockMark(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestKoreanStampsParted: a Korean site parts its posted and updated
// stamps with a slash or a bar (입력:… / 수정:… on 국민일보, ㅣ set for a
// bar): one stamp line, noise, never glued to the caption under it. A
// slash with no stamp word after it, or trailing, is no stamp.
func TestKoreanStampsParted(t *testing.T) {
	for _, s := range []string{
		"입력:2026.12.06 14:20 / 수정:2026.12.06 15:02",
		"입력:2026-12-06 18:42 / 수정:2026-12-06 19:10",
		"입력: 2026-12-06 18:42 / 수정: 2026-12-06 19:10",
		"입력 2026-12-06 18:42 / 수정 2026-12-06 19:10",
		"입력 2026.12.06 14:20 /수정 2026.12.06 15:02",
		"입력 2026.12.06 17:20/수정 2026.12.06 18:42",
		"입력 2026.12.06 17:20/ 수정 2026.12.06 18:42",
		"입력:2026-12-06 17:20/수정:2026-12-06 18:42",
		"등록 2026.12.06 17:20:05/수정 2026.12.06 18:42:10",
		"입력 2026.12.06 14:20 | 수정 2026.12.06 15:02",
		"입력 2026.12.06 14:20 ㅣ 수정 2026.12.06 15:02",
		"입력 2026.12.06 14:20ㅣ수정 2026.12.06 15:02",
		"입력 2026.12.06 오후 2:20 ／ 수정 2026.12.06 오후 3:02",
	} {
		if !isWebStamp(s) {
			t.Errorf("%s: not a stamp", s)
		}
	}
	for _, s := range []string{
		"입력 2026.12.06 14:20 /",
		"입력 2026.12.06 14:20 / 2026.12.06 15:02",
		"입력 2026.12.06 14:20 / 연합뉴스",
		"2026.12.06 14:20 / 서울 종로구",
		"입력 2026.12.06 17:20/",
		"입력 2026.12.06 17:20/2026.12.06 18:42",
		"입력 2026.12.06 17:20/연합뉴스",
		"입력 2026.12.06/수정 2026.12.06 18:42",
	} {
		if isWebStamp(s) {
			t.Errorf("%s: read as a stamp", s)
		}
	}
	page := "한파에 한랭질환자 급증…\"새벽 외출 자제해야\"\n" +
		"입력:2026.12.06 14:20 / 수정:2026.12.06 15:02\n" +
		"전국 곳곳에 한파특보가 내려진 6일 서울 종로구 광화문네거리에서 시민들이 출근하고 있다. 연합뉴스\n" +
		"올겨울 들어 한파가 일찍 찾아오면서 한랭질환자가 지난해보다 크게 늘었다.\n" +
		"질병관리청은 한랭질환자가 87명으로 집계됐다고 6일 밝혔다.\n" +
		"김도윤 기자 kdy@kmib.co.kr\n"
	d := mustRead(t, page)
	roundTrip(t, d)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got, "noise 입력:2026.12.06 14:20 / 수정:2026.12.06 15:02\n")
	if strings.Contains(got, "15:02 전국") {
		t.Errorf("the stamp glued to the caption:\n%s", got)
	}
}

// TestPostedRevisedStamp: a Hong Kong site stamps its story 刊登 (posted)
// and 修訂 (revised), each with a date and time: the stamp line, noise,
// which makes the tagged title over it the headline and is never glued
// to the share row under it. The words with no time after them, or with
// text after the time, are prose.
func TestPostedRevisedStamp(t *testing.T) {
	for s, want := range map[string]bool{
		"刊登：2026-12-06 14:32　修訂：2026-12-06 15:10":     true,
		"刊登：2026-12-06 14:32":                         true,
		"刊登時間：2026/12/06 14:32　最後修訂：2026/12/06 15:10": true,
		"刊登 2026-12-06 14:32 修訂 2026-12-06 15:10":     true,
		"刊登时间：2026-12-06 14:32　修订时间：2026-12-06 15:10": true,
		"刊登：2026-12-06":                               false,
		"刊登於2026-12-06 14:32的公告":                      false,
		"修訂條例 2026-12-06 14:32 起正式生效":                 false,
		"刊登廣告請致電 2345 6789":                           false,
	} {
		if got := isWebStamp(s); got != want {
			t.Errorf("isWebStamp(%q) = %v, want %v", s, got, want)
		}
	}
	page := "維港新聞網\n首頁 > 港聞 > 社會\n" +
		"【颱風彩雲】天文台今晚8時改發八號風球\n" +
		"刊登：2026-12-06 14:32　修訂：2026-12-06 15:10\n" +
		"分享至：Facebook　WhatsApp　複製連結\n" +
		"記者 鄭嘉朗 報道：天文台表示，颱風彩雲正以每小時18公里向西北偏西移動，預料今晚8時改發八號烈風或暴風信號。\n" +
		"教育局宣布，明日（7日）全港學校停課。\n"
	d := mustRead(t, page)
	roundTrip(t, d)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got, "headline 【颱風彩雲】天文台今晚8時改發八號風球\nnoise 刊登：2026-12-06 14:32　修訂：2026-12-06 15:10\nnoise 分享至：")
}
