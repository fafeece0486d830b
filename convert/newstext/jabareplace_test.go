package newstext

import "testing"

// TestJaBarePlaceCaption: a Japanese caption closed by its photo's place
// alone after ＝, with no で, no day and no credit (…「四季花鳥図屏風」
// ＝松本市美術館, …＝首相官邸, …＝長野県庁, …＝東京・霞が関), is a caption,
// and on a page with no blank lines it ends there: the next story's
// headline and subheadline under it keep their roles. Not changed: a
// market row's rate, a race result, a definition, a name list's party, a
// wire headline's source, a person's home in a story or a box's entry,
// a sentence.
func TestJaBarePlaceCaption(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"修復を経て初公開された「四季花鳥図屏風」＝松本市美術館", true},
		{"記者会見する首相＝首相官邸", true},
		{"表彰状を受け取る宮沢静香さん＝長野県庁", true},
		{"報道陣の質問に答える事務次官＝東京・霞が関", true},
		{"写真＝新装された展示室＝松本市美術館", true},
		{"初売りでにぎわう買い物客＝大阪・梅田", true},
		{"雪の中を登校する児童＝白馬村・北城", true},
		{"見頃を迎えたハクチョウ＝安曇野市", true},
		{"円相場が一時１ドル＝１５０円", false},
		{"①山田太郎＝東京", false},
		{"ＷＨＯ＝世界保健機関", false},
		{"比例代表の当選者は田中＝自民", false},
		{"ウクライナ東部に大規模攻撃＝ロシア", false},
		{"北朝鮮が弾道ミサイル発射＝韓国軍", false},
		{"書家の宮沢静香さん（７２）＝長野市", false},
		{"▽小林昭一さん（８０）＝上田市", false},
		{"宮沢静香さん（７２）＝長野市＝ら３人を選んだ", false},
		{"展示は来月まで続く。＝松本市美術館", false},
		{"候補者の田中さん＝自民・公明推薦", false},
		{"連立を組む両党の幹部＝自民・公明", false},
		{"式典に出席した来賓＝中川", false},
	} {
		if got := isForeignCaption(tt.s); got != tt.want {
			t.Errorf("isForeignCaption(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	const story = "青木松渓　初の回顧展\n屏風など８０点　松本市美術館\n　江戸後期に松本城下で活躍した\n町絵師、青木松渓の初の本格的な\n回顧展が、松本市美術館で開かれ\nている。\n（小池真由）\n"
	const storyTree = "article\n  headline 青木松渓　初の回顧展\n  subheadline 屏風など８０点　松本市美術館\n  paragraph 江戸後期に松本城下で活躍した町絵師、青木松渓の初の本格的な回顧展が、松本市美術館で開かれている。\n  byline  小池真由 : （小池真由）\n"
	const next = "県芸術文化功労者に３人\n書家の宮沢さんら　２０日表彰\n　県教育委員会は６日、本年度の\n県芸術文化功労者に３人を選んだ\nと発表した。\n"
	const nextTree = "article\n  headline 県芸術文化功労者に３人\n  subheadline 書家の宮沢さんら　２０日表彰\n  paragraph 県教育委員会は６日、本年度の県芸術文化功労者に３人を選んだと発表した。"
	for _, tt := range []struct{ name, caption, want string }{
		{"wrapped, facility", "修復を経て初公開された「四季花\n鳥図屏風」＝松本市美術館\n", "修復を経て初公開された「四季花鳥図屏風」＝松本市美術館"},
		{"one line, facility", "初公開された屏風＝松本市美術館\n", "初公開された屏風＝松本市美術館"},
		{"office", "修復を経て初公開された「四季花\n鳥図屏風」＝長野県庁\n", "修復を経て初公開された「四季花鳥図屏風」＝長野県庁"},
		{"residence", "報道陣の質問に答える首相＝首相官邸\n", "報道陣の質問に答える首相＝首相官邸"},
		{"region and district", "修復を経て初公開された「四季花\n鳥図屏風」＝東京・霞が関\n", "修復を経て初公開された「四季花鳥図屏風」＝東京・霞が関"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tw34WantTree(t, story+tt.caption+next, storyTree+"  caption "+tt.want+"\n"+nextTree)
		})
	}
}
