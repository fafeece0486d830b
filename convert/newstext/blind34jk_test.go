package newstext

import (
	"strings"
	"testing"
)

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

// TestBlind34JaContentLabel: a label in lenticular brackets naming a kind
// of item or article (【図解】, 【写真特集】, 【動画】, 【詳報】, 【解説】)
// is no dateline's place (blind page ja-jiji-web); a graphic's, gallery's
// or video's label with the item's title run on is a link to it, noise,
// and any such label opens its line's unit, never glued onto the
// paragraph above. Places and wire datelines stay datelines.
func TestBlind34JaContentLabel(t *testing.T) {
	for in, want := range map[string]bool{
		"【図解】米国の対中輸出規制の経緯":       false,
		"【写真特集】師走の京都":            false,
		"【動画】会見の様子":              false,
		"【詳報】補正予算案の中身":           false,
		"【解説】物価高対策の規模を優先した。":     false,
		"【東京】都は５日、新たな支援策を発表した。":  true,
		"【ワシントン時事】米商務省は４日、発表した。": true,
		"【旭川】市は５日、発表した。":         true,
	} {
		if _, _, got := parseDatelineLang(in, "ja"); got != want {
			t.Errorf("parseDatelineLang(%q) ok = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]bool{
		"【図解】米国の対中輸出規制の経緯": true,
		"【写真特集】師走の京都":      true,
		"【動画】米、対中規制を拡大":    true,
		"【図解】":               false, // the label alone
		"【解説】米国の狙い":          false, // a head's label, not a medium's
		"【図解】規制の経緯は次の通りだ。":   false, // a sentence
		"【東京】都は５日、新たな支援策を発表": false,
		"図解　米国の対中輸出規制の経緯":    false,
	} {
		if got := jaMediaLink(in); got != want {
			t.Errorf("jaMediaLink(%q) = %v, want %v", in, got, want)
		}
	}
	head := "米、対中半導体規制を拡大　ＡＩ向け製造装置を追加\n2026年12月05日18時42分\n【ワシントン時事】米商務省は４日、中国向けの半導体製造装置の輸出規制を拡大すると発表した。\n"
	para := "日本やオランダの装置メーカーにも影響が及ぶ可能性があり、日本政府は対応を検討している。"
	for _, label := range []string{"図解", "写真特集", "動画"} {
		link := "【" + label + "】米国の対中輸出規制の経緯"
		d := mustRead(t, head+para+"\n"+link+"\n関連記事\n・中国、レアアース輸出を許可制に\n")
		if len(d.Articles) != 1 {
			t.Errorf("%s: %d articles, want 1", label, len(d.Articles))
		}
		wantIn(t, outline(d, false), "noise "+link)
		roundTrip(t, d)
	}
	// A page wrapped at a narrow measure: 【解説】 opens its own unit
	// after the paragraph's last line, however full that line is.
	page := "政府、補正予算案を決定\n　政府は５日の臨時閣議で、総額１３兆\n円の補正予算案を決定した。物価高対策\nが柱となる。財政規律の議論は先送り。\n【解説】物価高対策の規模を優先するあ\nまり、財政規律は置き去りにされた。\n"
	d := mustRead(t, page)
	got := outline(d, false)
	if strings.Contains(got, "先送り。【解説】") {
		t.Errorf("【解説】 glued onto the paragraph above:\n%s", got)
	}
	roundTrip(t, d)
}

// TestBlind34JaJointTrailer: a Japanese story by two or more reporters
// closes with their full names in one bracket, parted by 、 or ・
// (（木村花子、宮本健）, blind page ja-tokuho-desk): a byline naming each,
// not a headline, a paragraph or a dateline's place. Places and desks
// listed alike (（東京・大阪）, （東京都、大阪府）) are no names.
func TestBlind34JaJointTrailer(t *testing.T) {
	for in, want := range map[string]string{
		"木村花子、宮本健":       "木村花子,宮本健",
		"木村花子・宮本健":       "木村花子,宮本健",
		"木村花子　宮本健":       "", // a column and its writer may be set so
		"湘江时评 赵一鸣":       "",
		"木村　花子、宮本　健":     "木村花子,宮本健",
		"木村花子、宮本健、佐々木まり": "木村花子,宮本健,佐々木まり",
		"東京・大阪":          "",
		"東京都、大阪府":        "",
		"社会部、経済部":        "",
		"日本、中国":          "",
		"木村花子":           "", // one name: nameOnlyCredit's
		"写真・図版":          "",
		"ワシントン・ニューヨーク":   "",
	} {
		names, _ := jaJointNames(in)
		if got := strings.Join(names, ","); got != want {
			t.Errorf("jaJointNames(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]bool{"歩": true, "北": true, "上": false, "完": false, "続": false, "一": false, "株": false, "土": false, "北村": false, "ア": false} {
		if _, got := deskSignature(in); got != want {
			t.Errorf("deskSignature(%q) = %v, want %v", in, got, want)
		}
	}
	page := "消える街の銭湯　燃料高騰が追い打ち\n　東京都内の銭湯が、この一年で\n十八軒減った。店主たちの背中を押\nした形だ。\n◆専門家「公的支援を」\n　大学教授は「公共インフラとして\n支える発想が必要だ」と指摘する。\n%s\nデスクメモ\n　子どもの頃、父に連れられて通\nった銭湯の富士山の絵を今も覚え\nている。\n（歩）\n"
	for _, trailer := range []string{"（木村花子、宮本健）", "（木村花子・宮本健）"} {
		d := mustRead(t, strings.Replace(page, "%s", trailer, 1))
		wantIn(t, outline(d, false), "byline "+trailer, "article", "headline デスクメモ", "byline （歩）")
		roundTrip(t, d)
	}
}

// TestBlind34KoBoxEntries: 동정 (who did what) is a Korean paper's
// standing box as 인사 and 부고 are, its name bare or in square brackets
// ([동정]), an article of its own; the ▲ entries listed under a box's
// name are its paragraphs, not photo captions (blind page
// ko-hankook-dongjeong). A ▲ sentence under other text stays a caption.
func TestBlind34KoBoxEntries(t *testing.T) {
	for in, want := range map[string]bool{
		"동정": true, "[동정]": true, "인물동정": true, "인사": true, "[부고]": true,
		"동정심": false, "[단독]": false, "동정 여론": false,
	} {
		if got := standingBox(in); got != want {
			t.Errorf("standingBox(%q) = %v, want %v", in, got, want)
		}
	}
	story := "전통시장 화재 3년간 1200건…절반이 전기 원인\n\n최근 3년간 전국 전통시장에서 발생한 화재가 1200건을 넘은 것으로 나타났다.\n\n김지현 기자 jhkim@hankookilbo.com\n\n"
	entries := "▲최민호 한국소방안전원장은 4일 서울\n중구 방산시장을 찾아 겨울철 화재 예방\n실태를 점검했다.\n▲이정은 전국상인연합회장은 5일 국회에서\n전통시장 안전 지원 예산 증액을\n요청했다.\n"
	for _, box := range []string{"동정", "[동정]", "인사", "부고"} {
		d := mustRead(t, story+box+"\n\n"+entries)
		if len(d.Articles) != 2 {
			t.Fatalf("%s: %d articles, want 2:\n%s", box, len(d.Articles), outline(d, false))
		}
		got := strings.Join(treeOf(d), "\n")
		wantIn(t, got, "headline "+box, "paragraph ▲최민호 한국소방안전원장은 4일 서울 중구 방산시장을 찾아 겨울철 화재 예방 실태를 점검했다.",
			"paragraph ▲이정은 전국상인연합회장은 5일 국회에서 전통시장 안전 지원 예산 증액을 요청했다.")
		roundTrip(t, d)
	}
	// Under the story's last paragraph, with no box's name, a ▲ sentence
	// is the photo's caption still.
	d := mustRead(t, "전통시장 화재 3년간 1200건…절반이 전기 원인\n\n최근 3년간 전국 전통시장에서 발생한 화재가 1200건을 넘은 것으로 나타났다.\n\n▲지난 3월 불이 난 대구의 한 전통시장에서 소방대원들이 잔불을 정리하고 있다.\n\n재산 피해는 약 870억 원에 달했다.\n")
	wantIn(t, strings.Join(treeOf(d), "\n"), "caption ▲지난 3월 불이 난 대구의 한 전통시장에서 소방대원들이 잔불을 정리하고 있다.")
}
