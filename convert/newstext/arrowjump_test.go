package newstext

import (
	"strings"
	"testing"
)

// teaserBox is a front page's 今日导读 item (invented text, after blind
// page cn-dushibao-daodu): its title over one sentence, then the page
// pointer (%s).
const teaserBox = "今日导读\n\n供暖服务投诉热线开通\n\n　　市住建局昨日开通供暖服务投诉热线，市民可\n拨打12345转3反映室温不达标等问题。%s\n"

// TestArrowPagePointer: a teaser's page pointer after an arrow,
// >>>详见A04版, >>>A04版, >>详见A04, ▶详见A04版, →详见第4版, alone on its
// line (with or without a blank line above it) or run on after the
// item's last sentence, is a jump, as （详见A04版） is (blind page
// cn-dushibao-daodu: it had been a paragraph, and >>>A04版 alone under
// the text or run on was glued into the paragraph). An arrow before a
// word, a bare code with no 版, or an arrow inside a sentence stays text.
func TestArrowPagePointer(t *testing.T) {
	for s, want := range map[string]bool{
		">>>详见A04版":    true,
		">>>A04版":      true,
		">>详见A04":      true,
		"▶详见A04版":      true,
		"→详见第4版":       true,
		"＞＞详见第四版":      true,
		"》》见A3版":       true,
		"▶ 转第8版":       true,
		">>>相关报道见A5":   true,
		">>>更多精彩":      false,
		"→下一页":         false,
		">>>A04":       false, // a code, no 版
		"详见A04版":       false, // no arrow (isBareJump reads it)
		">>>>>详见A04版":  false,
		">>>详见附件":      false,
		"▶详见A04版，另有活动": false,
	} {
		if got := isArrowJump(s); got != want {
			t.Errorf("isArrowJump(%q) = %v, want %v", s, got, want)
		}
		if want && (leadingJump(s) != len(s) || gate(s, summaryFor(s, nil))&gJump == 0) {
			t.Errorf("%q: not read whole as a jump (leadingJump %d, gate %b)", s, leadingJump(s), gate(s, summaryFor(s, nil)))
		}
	}
	for s, want := range map[string]int{
		"反映室温不达标等问题。>>>详见A04版": len("反映室温不达标等问题。"),
		"反映室温不达标等问题。 >>>A04版":  len("反映室温不达标等问题。 "),
		"家住城南的刘建华说，→详见第4版":     len("家住城南的刘建华说，"),
		"反映室温不达标等问题。▶详见A04版":   len("反映室温不达标等问题。"),
		"版面从A01版→A04版":         -1, // an arrow inside a sentence
		"请翻到A01版>>>A04版":       -1,
		"反映室温不达标等问题。>>>更多精彩4":  -1,
	} {
		if got := trailingJump(s); got != want {
			t.Errorf("trailingJump(%q) = %d, want %d", s, got, want)
		}
	}
	para := "paragraph 市住建局昨日开通供暖服务投诉热线，市民可拨打12345转3反映室温不达标等问题。"
	for _, p := range []string{">>>详见A04版", ">>>A04版", ">>详见A04", "▶详见A04版", "→详见第4版"} {
		for _, sep := range []string{"", "\n", "\n\n"} {
			page := strings.Replace(teaserBox, "%s", sep+p, 1)
			wantAllKinds(t, page, "article", "kicker 今日导读", "headline 供暖服务投诉热线开通", para, "jump "+p)
		}
	}
	// An arrow before a word under the text stays the text's.
	d := mustRead(t, strings.Replace(teaserBox, "%s", "\n\n>>>更多精彩内容请关注", 1))
	if got := strings.Join(allKinds(d), "\n"); strings.Contains(got, "jump") {
		t.Errorf("an arrow before a word read as a jump:\n%s", got)
	}
	roundTrip(t, d)
}
