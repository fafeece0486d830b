package newstext

import "testing"

// TestJaMidStoryWireCredit: a relayed wire photo's credit alone between
// two paragraphs of a Japanese story, the one above finished, is the
// credit of a photo whose caption the copy dropped: a caption, the story
// one article with its paragraphs in order, its org not the photo
// agency's (review 28a, ja-afp-mid2). At the story's end the credit is
// its trailer; under its uncredited caption it closes the caption; a
// bare （共同）, one inside an unfinished sentence, and one over the next
// story's headline are left as they were; so are the item credits of a
// briefs box with no dateline (海外短信) and a credit with another closing
// the paragraph below (review 29b, ja-kaigai-tanshin): each its item's
// trailer.
func TestJaMidStoryWireCredit(t *testing.T) {
	const (
		head = "ガザ停戦、第２段階へ協議開始\n\n【カイロ共同】エジプトは５日、第２段階への移行に向けた協議を始めたと発表した。\n\n"
		tail = "\n\nエジプト外務省によると、協議は数日間続く見通しだ。\n"
		top  = "article\n  headline ガザ停戦、第２段階へ協議開始\n  dateline 【カイロ共同】\n  paragraph エジプトは５日、第２段階への移行に向けた協議を始めたと発表した。\n"
		last = "  paragraph エジプト外務省によると、協議は数日間続く見通しだ。"
	)
	for credit, org := range map[string]string{"（ＡＦＰ＝時事）": "時事", "（ＡＰ＝共同）": "共同", "（ロイター＝共同）": "共同", "（AFP＝時事）": "時事"} {
		// Mid-story: a caption.
		tw34WantTree(t, head+credit+tail, top+"  caption "+credit+"\n"+last)
		// At the end: the story's trailer.
		tw34WantTree(t, head+"エジプト外務省によると、協議は数日間続く見通しだ。\n\n"+credit+"\n",
			top+last+"\n  byline   "+org+": "+credit)
	}
	// Under its caption, set apart by a blank line: the caption's close.
	tw34WantTree(t, head+"警備する治安部隊＝５日、カイロ\n\n（ＡＦＰ＝時事）"+tail,
		top+"  caption 警備する治安部隊＝５日、カイロ（ＡＦＰ＝時事）\n"+last)
	// Look-alikes left as they were: a bare agency (a wire story's own
	// credit), a credit inside an unfinished sentence, one over the next
	// story's headline.
	tw34WantTree(t, head+"（共同）"+tail, top+"  byline   共同: （共同）\n"+last)
	tw34WantTree(t, "ガザ停戦、協議開始\n\n【カイロ共同】エジプトは５日、協議を始めたと発表\n\n（ＡＦＰ＝時事）\n\nした。協議は数日間続く見通しだ。\n",
		"article\n  headline ガザ停戦、協議開始\n  dateline 【カイロ共同】\n  paragraph エジプトは５日、協議を始めたと発表\n  byline   時事: （ＡＦＰ＝時事）\n  paragraph した。協議は数日間続く見通しだ。")
	tw34WantTree(t, head+"（ＡＦＰ＝時事）\n\n日銀、追加利上げを見送り\n\n日銀は５日の金融政策決定会合で、政策金利を据え置くことを決めた。\n",
		top+"  byline   時事: （ＡＦＰ＝時事）\narticle\n  headline 日銀、追加利上げを見送り\n  paragraph 日銀は５日の金融政策決定会合で、政策金利を据え置くことを決めた。")
	// A briefs box of headless items, each closed by its credit: the
	// credits are the items' trailers, dateline or none.
	const briefs = "\u3000フランスのマクロン大統領は５日、パリで記者会見し、来年の予算案を議会に提出すると表明した。\n（ＡＦＰ＝時事）\n\n" +
		"\u3000ブラジル南部で５日、大雨による洪水が起き、少なくとも１２人が死亡した。地元当局が明らかにした。\n（ロイター＝共同）\n\n" +
		"\u3000インドネシア中央銀行は５日、政策金利を０・２５％引き下げ、５・５％にすると発表した。\n（ロイター＝共同）\n"
	tw34WantTree(t, "海外短信\n\n"+briefs, "article\n  headline 海外短信\n"+
		"  paragraph フランスのマクロン大統領は５日、パリで記者会見し、来年の予算案を議会に提出すると表明した。\n  byline   時事: （ＡＦＰ＝時事）\n"+
		"  paragraph ブラジル南部で５日、大雨による洪水が起き、少なくとも１２人が死亡した。地元当局が明らかにした。\n  byline   共同: （ロイター＝共同）\n"+
		"  paragraph インドネシア中央銀行は５日、政策金利を０・２５％引き下げ、５・５％にすると発表した。\n  byline   共同: （ロイター＝共同）")
	tw34WantTree(t, head+"（ＡＦＰ＝時事）\n\nブラジル南部で５日、洪水が起き、１２人が死亡した。\n\n（ロイター＝共同）\n",
		top+"  byline   時事: （ＡＦＰ＝時事）\n  paragraph ブラジル南部で５日、洪水が起き、１２人が死亡した。\n  byline   共同: （ロイター＝共同）")
}
