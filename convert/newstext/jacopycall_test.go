package newstext

import "testing"

// TestJapaneseLettersCall: a Japanese letters corner's call for letters,
// its desk named with the corner in brackets and closed by the e-mail
// address (blind page ja-chiho-ronsetsu-koe), is page furniture, however
// many sentences it runs. A story's sentence on a post or on a town's
// contest, a call with no address, one whose address is inside its
// sentence, and copyCall's Chinese forms are not this call.
func TestJapaneseLettersCall(t *testing.T) {
	for s, want := range map[string]bool{
		"※「声」への投稿は５００字以内。住所、氏名、年齢、職業、電話番号を明記し、〒３９０―８５８５　松本市中央２の１　信州日報読者センター「声」係へ。メール　koe@shinshu-nippo.example.jp": true,
		"投稿は〒１０４―８０１１　東洋新聞「声」係へ。メール koe@toyo-shimbun.example.jp":                                                   true,
		"◇「みんなの広場」へのお便りは、〒１００―８０５１　毎朝新聞「みんなの広場」係へ。メールはhiroba@maiasa.example.jp":                                    true,
		"※投書は６００字程度で、読売報知「気流」係へ。Ｅメール：kiryu@yomihochi.example.jp":                                                   true,
		"ＳＮＳへの投稿は削除された。問い合わせは同社広報部 info@example.jp":                                                                false,
		"作品の応募は〒３９０―８５８５　松本市役所「俳句」係へ。メール　haiku@city.example.jp":                                                    false,
		"「声」への投稿は５００字以内。〒３９０―８５８５　信州日報読者センター「声」係へ。":                                                                false,
		"先月、「声」係に投稿した。連絡先はkoe@shinshu-nippo.example.jp。":                                                           false,
		"欢迎投稿　评论版邮箱：jwpl@jcwb.com.cn":                                                                              false,
	} {
		if got := jaLettersCall(s); got != want {
			t.Errorf("jaLettersCall(%q) = %v, want %v", s, got, want)
		}
	}
	// On the letters corner's page: noise at the foot of the last letter.
	tw34WantTree(t, "声\n雪道の歩道に手すりを\n　先週、通院の帰りに凍った歩道\nで転びそうになりました。坂の多\nい町では手すりがあるだけで安心\nして歩けます。\n　市には冬の間だけでも、駅まで\nの道に設置を検討してほしいと思\nいます。\n望月正雄（７８）＝松本市、無職\n"+
		"※「声」への投稿は５００字以内。住所、氏名、年齢、職業、電話番号を明記し、〒３９０―８５８５　松本市中央２の１　信州日報読者センター「声」係へ。メール　koe@shinshu-nippo.example.jp\n",
		"article\n  kicker 声\n  headline 雪道の歩道に手すりを\n"+
			"  paragraph 先週、通院の帰りに凍った歩道で転びそうになりました。坂の多い町では手すりがあるだけで安心して歩けます。\n"+
			"  paragraph 市には冬の間だけでも、駅までの道に設置を検討してほしいと思います。\n"+
			"  byline  望月正雄 : 望月正雄（７８）＝松本市、無職\n"+
			"  noise ※「声」への投稿は５００字以内。住所、氏名、年齢、職業、電話番号を明記し、〒３９０―８５８５　松本市中央２の１　信州日報読者センター「声」係へ。メール　koe@shinshu-nippo.example.jp")
}
