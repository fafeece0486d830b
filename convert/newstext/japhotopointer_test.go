package newstext

import (
	"strings"
	"testing"
)

// TestPhotoPointerCaption: a Japanese sports paper's caption opened by
// the pointer the story sets at its photo, （写真）初座長公演への意気込みを
// 語る星野あかり, is a caption, the photo's place glued on or after ・
// too; the pointer in a sentence, a sentence after it, the pointer alone,
// a credit and a word going on from 写真 are none (blind page
// ja-supo-geino-15, misread 1: the line had been read as a paragraph).
func TestPhotoPointerCaption(t *testing.T) {
	for _, s := range []string{
		"（写真）初座長公演への意気込みを語る星野あかり",
		"(写真)初座長公演への意気込みを語る星野あかり",
		"（写真）　笑顔で会見する星野あかり",
		"（写真右）ポーズを決める江口蓮",
		"（写真・上）熱唱する江口蓮＝１１月２９日",
	} {
		sm := summarize(s)
		if !photoPointerCaption(s) || !isForeignCaption(s) || !mayBeForeignCaption(s, &sm) {
			t.Errorf("%q: not a caption", s)
		}
	}
	for _, s := range []string{
		"会見で意気込みを語った（写真）。", // the pointer in a sentence
		"（写真）は市が提供した。",     // a sentence after it
		"（写真）は市が提供したもの",    // a particle after it
		"（写真）", // the pointer alone
		"（写真）会見は６日に開かれた。２人は笑顔だった", // a full stop
		"（写真集）発売記念イベントを開く星野あかり",   // a word going on from 写真
		"（写真・山田太郎）",               // a credit
		"（写真・山田太郎）ポーズを決める江口蓮",     // a credit, no pointer
		"（写真）ＡＢＣ２０２６",             // no kana
	} {
		if photoPointerCaption(s) {
			t.Errorf("%q: read as a pointer's caption", s)
		}
	}
}

// TestPhotoPointerCaptionOnPage: on a page of no blank lines with
// one-character indents, the pointer's caption flush under a finished
// paragraph is a caption, whether the measure leaves it wider or shorter
// than a full line; a paragraph whose sentence holds the pointer, and a
// wrapped line opening with it inside a sentence, stay the paragraph's.
func TestPhotoPointerCaptionOnPage(t *testing.T) {
	head := "星野あかり　初座長公演\n来春・明治座で「花の宴」\n" +
		"　女優の星野あかり（２８）が６\n日、東京都内で会見した。\n"
	tail := "◆着物の所作猛特訓\n　役作りのため、今年の夏から日\n本舞踊の稽古に通っている。\n"
	for _, c := range []string{
		"（写真）初座長公演への意気込みを語る星野あかり",
		"（写真）意気込む星野あかり",
		"（写真右）意気込みを語る星野あかり",
	} {
		d := mustRead(t, head+c+"\n"+tail)
		got := strings.Join(treeOf(d), "\n")
		wantIn(t, got, "caption "+c, "paragraph 女優の星野あかり（２８）が６日、東京都内で会見した。")
	}
	for _, c := range []struct{ page, want string }{
		{"　女優の星野あかりが会見で語っ\nた（写真）。\n", "paragraph 女優の星野あかりが会見で語った（写真）。"},
		{"　女優の星野あかりが会見した。\n（写真）は事務所が提供した。\n", "paragraph 女優の星野あかりが会見した。"},
	} {
		d := mustRead(t, "星野あかり　初座長公演\n来春・明治座で「花の宴」\n"+c.page+tail)
		got := strings.Join(treeOf(d), "\n")
		wantIn(t, got, c.want)
		if strings.Contains(got, "caption") {
			t.Errorf("%q: a caption read:\n%s", c.page, got)
		}
	}
}
