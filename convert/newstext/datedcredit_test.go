package newstext

import (
	"strings"
	"testing"
)

// TestDatedCreditUnbracketed: 中央社's photo credit set without its
// brackets after the caption's sentence, with the photo's date after a
// space, closes a caption as the bracketed （中央社記者X攝　113年12月8日）
// does; other dates, words or credits after the space stay as they were.
func TestDatedCreditUnbracketed(t *testing.T) {
	for s, want := range map[string]bool{
		"北市都發局長邱冠霖（右）8日說明老舊公寓增設電梯補助新制。中央社記者江品叡攝　113年12月8日": true,
		"寒流來襲，民眾穿上厚重外套禦寒。中央社記者鄭宜蓁攝　113年12月8日":              true,
		"寒流來襲，民眾穿上厚重外套禦寒。中央社記者鄭宜蓁攝 2024年12月8日":             true,
		"寒流來襲，民眾穿上厚重外套禦寒。中央社記者鄭宜蓁攝　12月8日":                  true,
		"中央社記者鄭宜蓁攝　113年12月8日":                              true,
		"寒流來襲，民眾穿上厚重外套禦寒。本報記者　李　強　摄　2024年12月8日":            true,
		// Look-alikes.
		"寒流來襲，民眾穿上厚重外套禦寒。中央社記者鄭宜蓁攝113年12月8日":   false, // no space before the date
		"寒流來襲，民眾穿上厚重外套禦寒。中央社記者鄭宜蓁攝　今天上午":       false, // words, no date
		"寒流來襲，民眾穿上厚重外套禦寒。中央社記者鄭宜蓁攝　113年12月8日電": false, // a dateline's 電
		"寒流來襲，民眾穿上厚重外套禦寒。中央社記者鄭宜蓁攝　截至12月8日":    false, // a clause with a date
		"展覽展出他多年來拍攝的作品，展期至　113年12月8日":          false, // no credit before the date
		"記者會上，他說這張照片是他拍攝　113年12月8日":            false, // 拍攝, no photographer's name
		"市府表示，補助申請自明年1月起受理。（編輯：賴思妤）　113年12月8日": false, // an editor's trailer
	} {
		if got := isCaption(s); got != want {
			t.Errorf("isCaption(%q) = %v, want %v", s, got, want)
		}
		if got := endsInCredit(s); got != want {
			t.Errorf("endsInCredit(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestDatedCreditNoJoin: on a wire feed that parts its blocks by blank
// lines, the caption closed by the unbracketed dated credit is a caption,
// never joined to the paragraph under it as a column break's halves;
// the same line with a word for its date stays the paragraph it was.
func TestDatedCreditNoJoin(t *testing.T) {
	head := "北市老舊公寓加裝電梯　補助上限提高至400萬元\n\n（中央社記者戴玉涵台北8日電）台北市政府今天宣布，明年起提高老舊公寓增設電梯補助。\n\n"
	tail := "\n\n都發局統計，補助制度上路10年來，已有126棟公寓完成增設電梯。（編輯：賴思妤）1131208\n"
	caption := "北市都發局長邱冠霖（右）8日說明老舊公寓增設電梯補助新制。中央社記者江品叡攝　113年12月8日"
	got := leafLines(t, head+caption+tail)
	for _, want := range []string{"caption " + caption, "paragraph 都發局統計，補助制度上路10年來，已有126棟公寓完成增設電梯。"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in:\n%s", want, got)
		}
	}
	// Look-alike: a paragraph cut by a column break, no credit before
	// its last words, still runs on into the paragraph under it.
	cut := "北市都市發展局長邱冠霖說，全市無電梯公寓約有5萬8000棟，許多長輩"
	got = leafLines(t, head+cut+"\n\n「每天上下樓都是一場冒險」。"+tail)
	if !strings.Contains(got, "paragraph "+cut+"「每天上下樓都是一場冒險」。") {
		t.Errorf("the cut paragraph not joined:\n%s", got)
	}
}
