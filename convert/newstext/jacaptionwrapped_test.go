package newstext

import (
	"strings"
	"testing"
)

// TestJaWrappedCaptionUnderFullLine: on a 地方紙 page with no blank lines
// (15 characters a line, 。 hung as a 16th), a caption wrapped over two or
// three lines and closed by its tail after ＝ (…盛り付ける田村恵子さ / ん＝
// 松本市、山田一郎撮影) is a caption of its own right under a paragraph
// whose last line ends a sentence, however full that line (blind page
// ja-kurashi-recipe-77, item 2a: the paragraph and the caption had been
// one caption). Look-alikes kept: a story's sentence with a person's age
// between ＝ going on with a particle (…一郎さん＝６８＝が３０年撮影 / した…), and a
// paragraph's next sentence with no ＝.
func TestJaWrappedCaptionUnderFullLine(t *testing.T) {
	const head = "２０２６年（令和８年）１２月７日　月曜日　くらし　１１\nきょうの一品\n大根と鶏肉の煮物　ゆずの香りで温まる\n" +
		"　寒さで甘みを増す大根を、鶏も\nも肉と一緒にじっくり煮込む。料\n理教室を開く田村恵子さんは「ゆ\nずの皮を散らすと香りが立ちます\nよ。冷めてもおいしいの」と話す。\n"
	const para = "paragraph 寒さで甘みを増す大根を、鶏もも肉と一緒にじっくり煮込む。料理教室を開く田村恵子さんは「ゆずの皮を散らすと香りが立ちますよ。冷めてもおいしいの」と話す。"
	const box = "材料（４人分）\n大根　１／２本\n鶏もも肉　２５０グラム\n"
	for _, c := range []struct {
		tail, caption string
	}{
		// The photographer's credit after the place (朝日's form).
		{"煮物を器に盛り付ける田村恵子さ\nん＝松本市、山田一郎撮影\n",
			"caption 煮物を器に盛り付ける田村恵子さん＝松本市、山田一郎撮影"},
		// Three lines, the photographer alone after ＝.
		{"ゆずの皮を刻んで散らし、煮物を\n器に盛り付ける料理教室講師の田\n村恵子さん＝山田一郎撮影\n",
			"caption ゆずの皮を刻んで散らし、煮物を器に盛り付ける料理教室講師の田村恵子さん＝山田一郎撮影"},
		// The supplier's credit.
		{"料理教室で使う松本市産の大根と\nゆず＝松本市農政課提供\n",
			"caption 料理教室で使う松本市産の大根とゆず＝松本市農政課提供"},
	} {
		d := mustRead(t, head+c.tail+box)
		got := strings.Join(pageLeafKinds(d), "\n") + "\n"
		wantIn(t, got, para+"\n"+c.caption+"\n")
		roundTrip(t, d)
	}
	// Look-alikes: the paragraph goes on.
	for _, c := range []struct {
		tail, want string
	}{
		{"会場には市内に住む写真家の田中\n一郎さん＝６８＝が３０年撮影\nした作品が並ぶ。\n",
			"会場には市内に住む写真家の田中一郎さん＝６８＝が３０年撮影した作品が並ぶ。"},
		{"市内の写真家田中一郎さん＝６８\n＝が撮影した作品も並ぶ。\n",
			"市内の写真家田中一郎さん＝６８＝が撮影した作品も並ぶ。"},
		{"会場では地元の農家が育てた野菜\nも販売する。\n",
			"会場では地元の農家が育てた野菜も販売する。"},
	} {
		d := mustRead(t, head+c.tail+box)
		got := strings.Join(pageLeafKinds(d), "\n") + "\n"
		if strings.Contains(got, "caption ") {
			t.Errorf("a paragraph's sentence read as a caption:\n%s", got)
		}
		wantIn(t, got, c.want)
		roundTrip(t, d)
	}
}
