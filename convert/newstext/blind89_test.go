package newstext

import (
	"testing"
)

// TestBlind89DayWireCaption: a Japanese wire photo's caption whose tail
// gives the day alone and then the agency after a second ＝, the place in
// its words, 北京市内で開かれた就職説明会に集まった大学生ら＝６日＝AP
// (blind page ja-kokusai-hantai-15), is a caption of the story above, as
// …＝７日、ワシントン＝ロイター is: it was read as the next story's
// headline, that headline as its subheadline. A full stop before ＝, a
// place or a word that is no agency after the second ＝, no kana in the
// description, no day, or nothing before ＝ keep their reading.
func TestBlind89DayWireCaption(t *testing.T) {
	const story = "中国、若者の失業対策強化\n地方に起業支援基金\n" +
		"　【北京＝高村美穂】中国国務院\nは７日、若年層の失業率の高止ま\nりを受け、地方で起業する大学卒\n業生に最大５０万元を低利で融資\nする基金を創設すると発表した。\n" +
		"　中国の１６～２４歳の失業率は\n１０月時点で１６％台と高い水準\nが続いている。\n"
	const next = "\n北朝鮮、短距離弾道ミサイル発射\n" +
		"　【ソウル共同】韓国軍合同参謀\n本部によると、北朝鮮は８日朝、\n日本海に向けて短距離弾道ミサイ\nル１発を発射した。\n"
	for _, tt := range []struct {
		name, caption, text, want string
	}{
		{"AP", "北京市内で開かれた就職説明会に\n集まった大学生ら＝６日＝AP\n", "北京市内で開かれた就職説明会に集まった大学生ら＝６日＝AP", "caption"},
		{"full-width AP", "北京市内で開かれた就職説明会に\n集まった大学生ら＝６日＝ＡＰ\n", "北京市内で開かれた就職説明会に集まった大学生ら＝６日＝ＡＰ", "caption"},
		{"Reuters", "北京市内で開かれた就職説明会に\n集まった大学生ら＝６日＝ロイター\n", "北京市内で開かれた就職説明会に集まった大学生ら＝６日＝ロイター", "caption"},
		{"time of day", "北京市内で開かれた就職説明会に\n集まった大学生ら＝６日午後＝ＡＦＰ\n", "北京市内で開かれた就職説明会に集まった大学生ら＝６日午後＝ＡＦＰ", "caption"},
		{"Kyodo, one line", "就職説明会に集まった大学生ら＝６日＝共同\n", "就職説明会に集まった大学生ら＝６日＝共同", "caption"},
		{"next headline", "北京市内で開かれた就職説明会に\n集まった大学生ら＝６日＝AP\n", "北朝鮮、短距離弾道ミサイル発射", "headline"},
		// Look-alikes.
		{"place before the agency (unchanged)", "北京市内で開かれた就職説明会に\n集まった大学生ら＝６日、北京＝AP\n", "北京市内で開かれた就職説明会に集まった大学生ら＝６日、北京＝AP", "caption"},
		{"bracketed credit (unchanged)", "北京市内で開かれた就職説明会に\n集まった大学生ら＝６日（ＡＰ＝共同）\n", "北京市内で開かれた就職説明会に集まった大学生ら＝６日（ＡＰ＝共同）", "caption"},
	} {
		d := mustRead(t, story+tt.caption+next)
		if got := kindOfText(d, tt.text); got != tt.want {
			t.Errorf("%s: %q read as %q, want %q\n%s", tt.name, tt.text, got, tt.want, outline(d, false))
		}
		roundTrip(t, d)
	}
	for s, want := range map[string]bool{
		"北京市内で開かれた就職説明会に集まった大学生ら＝６日＝AP": true,
		"会見する首相＝６日夜＝ロイター":               true,
		"記者会見する大統領＝２０２６年１２月６日＝ＥＰＡ":      true,
		"就職説明会に集まった大学生ら＝６日＝共同":          true,
		"説明会が開かれた。大学生ら＝６日＝AP":           false, // a sentence
		"就職説明会に集まった大学生ら＝６日＝市民会館":        false, // a place, no agency
		"就職説明会に集まった大学生ら＝６日＝AP通信調べ":      false, // more than the agency
		"米株続落＝６日＝ロイター":                  false, // no kana: a market report's head
		"就職説明会に集まった大学生ら＝６月＝AP":          false, // no day
		"就職説明会に集まった大学生ら＝６日＝":            false, // nothing after ＝
		"＝６日＝AP": false, // nothing before ＝
		"ＷＨＯ＝世界保健機関＝６日": false, // an abbreviation's ＝
	} {
		if got := isJapaneseWireCaption(s); got != want {
			t.Errorf("isJapaneseWireCaption(%q) = %v, want %v", s, got, want)
		}
	}
}
