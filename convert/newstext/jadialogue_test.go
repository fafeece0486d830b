package newstext

import "testing"

// TestJaDialogueLines: a line of dialogue, one whole utterance in 「」,
// set flush inside a block of a novel's wrapped text on a page that
// parts its blocks by blank lines, is a paragraph, never a head or the
// next story's headline (blind round 85). A quoted head in a block of
// its own, the same line on a page with no blank lines, a quoted
// headline over its story and a line that goes on after its 」 read as
// before.
func TestJaDialogueLines(t *testing.T) {
	const (
		title = "連載小説\n潮待ちの町　（４２）\n\n"
		a     = "　修一は濡れた外套を脱ごうとも\nせず、土間に立ったまま帳場の奥\nを見回した。\n"
		b     = "　柱に貼られた品書きを指さして、\n兄は小さく笑った。真帆は返事を\nしなかった。\n"
		c     = "　自分の声が思ったより固く響い\nて、真帆は帳面に目を落とした。\n"
		end   = "（つづく）\n\n俳　壇\n\n　一句目、冬の谷あいに響く鍬の音だけを捉えた。\n"
	)
	pa := "paragraph 修一は濡れた外套を脱ごうともせず、土間に立ったまま帳場の奥を見回した。"
	pb := "paragraph 柱に貼られた品書きを指さして、兄は小さく笑った。真帆は返事をしなかった。"
	pc := "paragraph 自分の声が思ったより固く響いて、真帆は帳面に目を落とした。"
	wantRun(t, title+a+"「親父の字、残ってるな」\n"+b+"「泊まるなら前金です」\n"+c+end,
		pa, "paragraph 「親父の字、残ってるな」", pb, "paragraph 「泊まるなら前金です」", pc, "noise （つづく）")
	wantRun(t, title+a+"「『汐見屋』の名は残したい」\n"+b+end, pa, "paragraph 「『汐見屋』の名は残したい」", pb)
	wantRun(t, title+a+"「えっ」\n"+b+end, pa, "paragraph 「えっ」", pb)

	// A quoted head standing in a block of its own stays a head.
	wantRun(t, title+a+c+"\n「地域の足を守りたい」\n\n"+b+end, pa, pc, "heading 「地域の足を守りたい」", pb)
	// On a page with no blank lines the block tells nothing.
	wantRun(t, "連載小説\n潮待ちの町　（４２）\n"+a+c+"「親父の字、残ってるな」\n"+b, pa, pc, "heading 「親父の字、残ってるな」", pb)
	// A quoted headline over its story stays the headline.
	wantKinds(t, "「核なき世界へ」\n被爆者ら国連で訴え\n\n　被爆者団体の代表が６日、国連本部で演説した。\n\n　会場は拍手に包まれた。\n",
		"headline 「核なき世界へ」", "subheadline 被爆者ら国連で訴え")
	for s, want := range map[string]bool{
		"「親父の字、残ってるな」":    true,
		"「『汐見屋』の名は残したい」":  true,
		"「親父の字」と兄は言った":    false,
		"「親父の字」「残ってるな」":   false,
		"親父の字、残ってるな":      false,
		"「」":              false,
		"「明日の朝には出る」と修一は言": false,
	} {
		if got := jaWholeQuote(s); got != want {
			t.Errorf("jaWholeQuote(%q) = %v, want %v", s, got, want)
		}
	}
}
