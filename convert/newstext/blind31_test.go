package newstext

import "testing"

// kofuStory is the first story of blind page ja-chiho-kofu-teisei, its
// lines wrapped at 22 characters, up to the line under its last
// paragraph, whose last line fills the column and ends its sentence.
const kofuStory = "高校生が大しめ縄奉納\n地元神社に長さ５メートル\n" +
	"　【甲府】甲府市の県立甲府農林高校の生徒１２\n人が４日、地元の稲荷神社に長さ約５メートルの\n" +
	"大しめ縄を奉納した（写真）。校内の田んぼで育\nてたもち米のわらを使い、約１カ月かけて編み上\nげた。\n" +
	"　３年の望月彩花さん（１８）は「卒業前に地域\nへ恩返しができてうれしい」と笑顔を見せた。\n"

// TestBlind31CaptionUnderFullLine: a Japanese caption whole on its line,
// told by its tail (＝４日、甲府市で) or its label (写真は…), directly
// under a paragraph line that fills the column and ends a sentence is a
// caption, never that paragraph's wrap (blind page ja-chiho-kofu-teisei);
// the headline after it is still a headline. A full line opening 写真は
// that goes on in the line under it is the paragraph's next sentence.
func TestBlind31CaptionUnderFullLine(t *testing.T) {
	head := []string{"headline 高校生が大しめ縄奉納", "subheadline 地元神社に長さ５メートル", "dateline 【甲府】",
		"paragraph 甲府市の県立甲府農林高校の生徒１２人が４日、地元の稲荷神社に長さ約５メートルの大しめ縄を奉納した（写真）。校内の田んぼで育てたもち米のわらを使い、約１カ月かけて編み上げた。"}
	last := "paragraph ３年の望月彩花さん（１８）は「卒業前に地域へ恩返しができてうれしい」と笑顔を見せた。"
	for _, caption := range []string{"大しめ縄を運び込む生徒たち＝４日、甲府市で", "写真は大しめ縄を運び込む生徒たち", "写真は、大しめ縄を運び込む生徒たち＝４日"} {
		wantKinds(t, kofuStory+caption+"\n", append(head, last, "caption "+caption)...)
		d := mustRead(t, kofuStory+caption+"\n\n富士吉田で初雪　平年より９日早く\n　【富士吉田】富士吉田市で５日朝、今季初めて\nの雪が観測された。\n")
		if len(d.Articles) != 2 || d.Articles[1].Children[0].Kind != "headline" {
			t.Errorf("%s: the next story is not an article under its headline: %d articles", caption, len(d.Articles))
		}
	}
	wantKinds(t, kofuStory+"写真は市の職員が撮影し、校内に張り出される予\n定だ。\n",
		append(head, last+"写真は市の職員が撮影し、校内に張り出される予定だ。")...)
}
