package newstext

import "testing"

// TestPageDeskBracket: the page's credit for its charts or pictures in
// brackets after the last paragraph (（本版图表：X）) is the desk's
// credit, noise, on a line of its own, not the close of the paragraph.
func TestPageDeskBracket(t *testing.T) {
	for in, want := range map[string]string{
		"（本版图表：孙悦）":     noiseDesk,
		"（本版制图：孙悦　高远）":  noiseDesk,
		"（本版图表：详见附件说明）": "",
		"（记者 孙悦）":       "",
		// padded names, two characters set in three cells
		"（本版图表：李　敏）":         noiseDesk,
		"（本版制图：李　敏　王晓东）":     noiseDesk,
		"（本版圖表：陳　薇）":         noiseDesk,
		"（本版图表：李　敏、周　洋）":     noiseDesk,
		"（本版图表：李、敏）":         "", // 、 parts two words, no padded name
		"（本版图表：见　第　三　版）":     "",
		"（本版图表：李　敏　等　人　供　稿）": "",
	} {
		if got := noiseKind(in); got != want {
			t.Errorf("noiseKind(%q) = %q, want %q", in, got, want)
		}
	}
	wantKinds(t, "菜价回落\n\n　　进入五月，本地蔬菜集中上市，批发价格随之回落。\n　　市场人士预计，价格还有小幅下行空间，但降幅将收窄。\n（本版图表：孙悦）\n",
		"headline 菜价回落",
		"paragraph 进入五月，本地蔬菜集中上市，批发价格随之回落。",
		"paragraph 市场人士预计，价格还有小幅下行空间，但降幅将收窄。",
		"noise （本版图表：孙悦）")
	wantKinds(t, "菜价回落\n\n　　进入五月，本地蔬菜集中上市，批发价格随之回落。\n本报新闻热线：0736-96555\n（本版图表：李　敏）\n",
		"headline 菜价回落",
		"paragraph 进入五月，本地蔬菜集中上市，批发价格随之回落。",
		"noise 本报新闻热线：0736-96555",
		"noise （本版图表：李　敏）")
}

// TestPageEditorBracketStays: the page's editor in brackets, （本版编辑：X）,
// is no chart credit: it stays a byline (the digest sample's reading).
func TestPageEditorBracketStays(t *testing.T) {
	if pageDeskBracket("（本版编辑：孙悦）") {
		t.Error("（本版编辑：孙悦） taken for the page's chart credit")
	}
}
