package newstext

import "testing"

// TestBlind34JaWordedStamp: a Japanese web stamp with the word that says
// which time it gives, run on after it (2026年12月05日18時42分配信,
// jiji.com) or before it with a colon (最終更新：…), is noise like the
// bare stamp (blind page ja-jiji-web), not the headline's subheadline; a
// sentence that runs on past the word stays text.
func TestBlind34JaWordedStamp(t *testing.T) {
	for in, want := range map[string]bool{
		"2026年12月05日18時42分配信":    true,
		"2026年12月5日 18時30分 更新":   true,
		"2026年12月5日18時30分公開":     true,
		"2026年12月5日18時30分掲載":     true,
		"最終更新：2026年12月5日 18時30分": true,
		"配信日時：2026年12月5日 18時30分": true,
		"公開日 2026年12月5日 18時30分":  true,
		"2026/12/05 18:30配信":     true,
		"公開：2026/12/05 18:30":    true,
		"2026年12月5日18時30分配信の記事":  false,
		"2026年12月5日配信":           false, // no time
		"配信":                     false,
		"2026年12月05日18時42分に配信":   false,
		"更新する2026年12月5日 18時30分":  false,
		"18時30分配信":               false,
	} {
		if got := jaWordedStamp(in); got != want {
			t.Errorf("jaWordedStamp(%q) = %v, want %v", in, got, want)
		}
	}
	body := "\n【ワシントン時事】米商務省は４日、中国向けの半導体製造装置の輸出規制を拡大すると発表した。\n同省は声明で「安全保障上の懸念に対処するため」と説明した。\n"
	for _, stamp := range []string{"2026年12月05日18時42分配信", "2026/12/05 18:30更新"} {
		wantKinds(t, "米、対中半導体規制を拡大　ＡＩ向け製造装置を追加\n"+stamp+body,
			"headline 米、対中半導体規制を拡大　ＡＩ向け製造装置を追加", "noise "+stamp, "dateline 【ワシントン時事】")
	}
}

// TestBlind34KoWrittenStamp: SBS dates its web copy with 작성 (written)
// and 수정 (revised), 작성 2026.12.05 20:14 수정 2026.12.05 21:30, as
// other sites do with 입력 and 등록: a time stamp, noise (blind page
// ko-sbs-web), not a paragraph; a sentence opening with 작성 stays one.
func TestBlind34KoWrittenStamp(t *testing.T) {
	for in, want := range map[string]bool{
		"작성 2026.12.05 20:14 수정 2026.12.05 21:30":     true,
		"작성 2026.12.05 20:14":                         true,
		"작성 2026.12.05 20:14 | 수정 2026.12.05 21:30":   true,
		"작성일 : 2026-12-05 20:14":                      true,
		"작성일시 2026.12.05 20:14 수정일시 2026.12.05 21:30": true,
		"작성 중인 법안이 2026.12.05 20:14에 나왔다":             false,
		"작성 2026.12.05":                               false,
	} {
		if got := isWebStamp(in); got != want {
			t.Errorf("isWebStamp(%q) = %v, want %v", in, got, want)
		}
	}
	wantKinds(t, "한파 속 난방비 부담…취약계층 지원 확대\n\n이다은 기자\n작성 2026.12.05 20:14 수정 2026.12.05 21:30\n\n올겨울 첫 한파가 찾아오면서 난방비 걱정이 커지고 있습니다.\n",
		"headline 한파 속 난방비 부담…취약계층 지원 확대", "byline 이다은 기자", "noise 작성 2026.12.05 20:14 수정 2026.12.05 21:30",
		"paragraph 올겨울 첫 한파가 찾아오면서 난방비 걱정이 커지고 있습니다.")
}
