package newstext

import (
	"strings"
	"testing"
)

// TestSuppliedPictureCredit: a Hong Kong 副刊 feature's credit line under
// its title naming the writer and, for the pictures, a supplier in the
// wording of a supplied picture, 文：何嘉儀　圖：受訪者提供 (blind round 77,
// item 1a: it was read as a second subheadline), is the byline: roles 文
// and 圖, the writer's name, the supplier no name and no org. Also with
// the slash, 文／X　圖／由主辦方提供, and a body, 圖：醫管局提供.
// Look-alikes: the supplier's credit alone, 圖：受訪者提供, stays a photo's
// credit (a caption), the writer's role credited to a supplier, and a
// supplier run on to more words, are no credit.
func TestSuppliedPictureCredit(t *testing.T) {
	wantBylineLines(t, map[string]string{
		"文：何嘉儀　圖：受訪者提供":  "org= roles=文,圖 names=何嘉儀",
		"文：何嘉儀　圖：受訪者供圖":  "org= roles=文,圖 names=何嘉儀",
		"文／何嘉儀　圖／受訪者提供":  "org= roles=文,圖 names=何嘉儀",
		"文：何嘉仪　图：由主办方提供": "org= roles=文,图 names=何嘉仪",
		"文：何嘉儀　圖：醫管局提供":  "org= roles=文,圖 names=何嘉儀",
		"圖：受訪者提供　文：何嘉儀":  "org= roles=圖,文 names=何嘉儀",
		"文：何嘉儀　圖：黃志明":    "org= roles=文,圖 names=何嘉儀,黃志明", // (as before)
	})
	for _, in := range []string{"圖：受訪者提供", "图：由主办方提供", "文：受訪者提供", "文：何嘉儀　圖：受訪者提供相片"} {
		if c, ok := parseBylineLine(in); ok {
			t.Errorf("parseBylineLine(%q) = %s, want none", in, creditText(c))
		}
	}
	const head = "醫生話你知\n\n寒冬心臟病發個案急增\n\n胸口翳痛切勿硬撐　及早求醫是關鍵\n\n"
	const body = "　　踏入十二月，本港氣溫驟降，各區公立醫院急症室求診人數明顯上升。\n"
	d := mustRead(t, head+"文：何嘉儀　圖：受訪者提供\n\n"+body)
	got := strings.Join(treeOf(d), "\n")
	wantIn(t, got, "subheadline 胸口翳痛切勿硬撐　及早求醫是關鍵\n  byline 文：何嘉儀　圖：受訪者提供\n  paragraph 踏入十二月")
	roundTrip(t, d)
	// The supplier's credit alone under a sentence is the photo's caption.
	d = mustRead(t, head+body+"\n■黃志明醫生提醒市民注意保暖。\n圖：受訪者提供\n")
	if got := strings.Join(treeOf(d), "\n"); strings.Contains(got, "byline") {
		t.Errorf("圖：受訪者提供 alone read as a byline:\n%s", got)
	}
}
