package newstext

import "testing"

// TestJaTopicLabel: a Japanese bracket holding a topic's or genre's word
// (【宇宙】, 【話題】, 【新製品】, 【コラム】) or a head ending in a word no
// place ends in (【イベント情報】, 【北方領土問題】) is no dateline's place;
// a place stays a dateline: a regional paper's town alone (【松本】,
// 【飯田】, 【天龍】), a city with its word (【長野市】), a katakana city, a
// place with its agency or reporter, a children's paper's place with its
// reading.
func TestJaTopicLabel(t *testing.T) {
	for in, want := range map[string]string{
		"【宇宙】":       "",
		"【話題】":       "",
		"【新製品】":      "",
		"【環境】":       "",
		"【健康】":       "",
		"【コラム】":      "",
		"【イベント情報】":   "",
		"【北方領土問題】":   "",
		"【物価高対策】":    "",
		"【宇宙（うちゅう）】": "",
		// Look-alikes: places stay datelines.
		"【松本】":         "松本",
		"【金沢】":         "金沢",
		"【飯田】":         "飯田",
		"【天龍】":         "天龍",
		"【浜松】":         "浜松",
		"【長野市】":        "長野市",
		"【種子島】":        "種子島",
		"【ワシントン】":      "ワシントン",
		"【ワシントン共同】":    "ワシントン",
		"【北京＝山田太郎】":    "北京",
		"【種子島（たねがしま）】": "種子島",
	} {
		d, _, ok := parseDatelineLang(in+"日本の探査機が、小惑星に着陸しました。", "ja")
		if got := d.place; !ok && got != "" || got != want {
			t.Errorf("parseDatelineLang(%q): place %q (%v), want %q", in, got, ok, want)
		}
	}
}

// TestJaTopicLabelTree: a bare topic's head alone on its line or run in
// at its paragraph heads a section of the story, no dateline opening an
// article of its own; a town's name alone over a story stays its
// dateline.
func TestJaTopicLabelTree(t *testing.T) {
	tw34WantTree(t, "きょうのニュース\n\n【宇宙】\n　日本の探査機が、小惑星に着陸しました。探査機は来年、地球に戻ります。\n\n【話題】市内の小学校で運動会が開かれ、児童が玉入れを楽しんだ。\n",
		"article\n  headline きょうのニュース\n  section\n    heading 【宇宙】\n    paragraph 日本の探査機が、小惑星に着陸しました。探査機は来年、地球に戻ります。\n"+
			"  section\n    heading 【話題】\n    paragraph 市内の小学校で運動会が開かれ、児童が玉入れを楽しんだ。")
	tw34WantTree(t, "松本城で冬の祭り\n\n【松本】\n　松本市の松本城で６日、冬の祭りが開かれた。\n",
		"article\n  headline 松本城で冬の祭り\n  dateline 【松本】\n  paragraph 松本市の松本城で６日、冬の祭りが開かれた。")
}
