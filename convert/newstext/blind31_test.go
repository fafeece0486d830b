package newstext

import (
	"strings"
	"testing"
)

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

// TestBlind31KatakanaWordWrapped: on an OCR'd vertical page wrapped at
// nine characters, a caption's first line a character short of the count
// that breaks a katakana word (堀を優雅に泳ぐコ / ハクチョウ＝４日、) is
// wrapped, not a head over the rest: no line ended on purpose breaks a
// word (blind page ja-ocr-tate-matsumoto). So is one broken before the
// long-vowel mark (スワ / ンボート). The head ending its word (餌やりは
// 控えて) still heads its section.
func TestBlind31KatakanaWordWrapped(t *testing.T) {
	const top = "松本城の堀に冬の使者到来\nコハクチョウ２０羽\n【松本】国宝松本城\nの堀に、今季もコハ\nクチョウが 飛来し\n" +
		"た。市によると、四\n日朝までに成鳥と幼\n鳥合わせて約２０羽\nを確認。例年より一\n週間ほど早いという\n（写真）。\n"
	const rest = "　堀の周囲では早朝\nから 写真愛好家ら\nがカメラを構えた。\n市内の会社員、中島\n亮さん（６４）は、\n" +
		"「毎年この姿を見る\nと冬が来たと実感す\nる」と話した。\n餌やりは控えて\n　市は鳥インフルエ\nンザ対策として、観\n" +
		"光客に餌を与えない\nよう 呼びかける看\n板を堀の周りに８カ\n所設置した。\n（小林美穂）\n"
	head := []string{"headline 松本城の堀に冬の使者到来", "subheadline コハクチョウ２０羽", "dateline 【松本】",
		"paragraph 国宝松本城の堀に、今季もコハクチョウが飛来した。市によると、四日朝までに成鳥と幼鳥合わせて約２０羽を確認。例年より一週間ほど早いという（写真）。"}
	body := "paragraph 堀の周囲では早朝から写真愛好家らがカメラを構えた。市内の会社員、中島亮さん（６４）は、「毎年この姿を見ると冬が来たと実感する」と話した。"
	for _, c := range [][]string{
		{"堀を優雅に泳ぐコ", "ハクチョウ＝４日、", "松本市丸の内で"},
		{"堀に浮かぶスワ", "ンボート＝４日、松", "本市丸の内で"},
	} {
		caption := strings.Join(c, "")
		page := top + strings.Join(c, "\n") + "\n" + rest
		wantKinds(t, page, append(head, "caption "+caption, body, "section ")...)
		kids := mustRead(t, page).Articles[0].Children
		if sec := kids[len(kids)-1]; len(sec.Children) == 0 || sec.Children[0].Kind != "heading" || sec.Children[0].Text != "餌やりは控えて" {
			t.Errorf("%s: the last section is not headed 餌やりは控えて", caption)
		}
	}
}
