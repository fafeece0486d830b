package newstext

import (
	"strings"
	"testing"
)

// TestBlind29PhrasedTitle: a headline of phrases parted by an ideographic
// space, one asking and one giving a source's words after a colon
// (…要漲？　市府：…), is a title line, so over a web time stamp it is the
// headline and not a sentence glued across the stamp to the lead (blind
// page tw-mirror-web). A phrase that both quotes and asks is speech, and
// sentence punctuation or a second source's colon makes no title.
func TestBlind29PhrasedTitle(t *testing.T) {
	for _, tt := range []struct {
		in string
		ok bool
	}{
		{"公園停車費要漲？　市府：明年起分區調整", true},
		{"市府：明年起分區調整　公園停車費要漲？", true},
		{"停車費要漲！　議員：先改善停車位　市府研議", true},
		{"公園停車費要漲？市府：明年起分區調整", false},   // no U+3000: one phrase, speech
		{"公園停車費要漲？　明年起分區調整", false},     // no source's words: exclaimedTitle's business
		{"問：為什麼漲價？　答：原物料上漲", false},     // an interview's question and answer
		{"市府：明年起分區調整。　停車費要漲？", false},   // a sentence
		{"停車費要漲？　市府：分區調整　議員：反對", false}, // two sources
		{"「停車費要漲？」　市府：分區調整", false},     // quoted speech first
		{"停車費要漲？　市府：明年起分區調整，", false},   // a clause goes on
	} {
		if got := phrasedTitle(tt.in); got != tt.ok {
			t.Errorf("phrasedTitle(%q) = %v, want %v", tt.in, got, tt.ok)
		}
	}
	wantKinds(t, "自由時報 > 生活\n\n公園停車費要漲？　市府：明年起分區調整\n\n2026.12.03 09:10\n\n臺北市政府今天表示，明年起公園周邊停車場將分區調整費率，平日每小時最高50元。\n",
		"noise 自由時報 > 生活",
		"headline 公園停車費要漲？　市府：明年起分區調整",
		"noise 2026.12.03 09:10",
		"paragraph 臺北市政府今天表示，明年起公園周邊停車場將分區調整費率，平日每小時最高50元。")
}

// TestBlind29ClosingReporter: a Taiwanese site closes each story with the
// reporter's line, 記者X／台北報導, alone after the last paragraph or
// caption. With the next title line (or the end) after it, it is the
// story's closing dateline and the title line the next story's headline
// (blind page tw-mirror-web); with body text after it, it still leads an
// untitled brief, as wire briefs run.
func TestBlind29ClosingReporter(t *testing.T) {
	page := "臺北市公車12月起調整路線\n\n2026.12.03 09:10\n\n臺北市公車處宣布，12月起將調整3條公車路線，以配合捷運新站通車。\n\n記者王怡婷／台北報導\n\n" +
		"淡海輕軌藍海線通車　首週免費搭乘\n\n新北市捷運局表示，淡海輕軌藍海線將於下週六正式通車，首週免費搭乘。\n\n記者李建宏／新北報導\n"
	d := mustRead(t, page)
	var got []string
	for _, a := range d.Articles {
		got = append(got, "article")
		for _, n := range a.Children {
			got = append(got, string(n.Kind)+" "+n.Text)
		}
	}
	want := []string{"article",
		"headline 臺北市公車12月起調整路線", "noise 2026.12.03 09:10", "paragraph 臺北市公車處宣布，12月起將調整3條公車路線，以配合捷運新站通車。", "dateline 記者王怡婷／台北報導",
		"article",
		"headline 淡海輕軌藍海線通車　首週免費搭乘", "paragraph 新北市捷運局表示，淡海輕軌藍海線將於下週六正式通車，首週免費搭乘。", "dateline 記者李建宏／新北報導"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	roundTrip(t, d)
	// Body text under it: the line leads a brief of its own.
	d = mustRead(t, "臺北市公車12月起調整路線\n\n臺北市公車處宣布，12月起將調整3條公車路線，以配合捷運新站通車。\n\n記者王怡婷／台北報導\n\n新北市捷運局今天表示，淡海輕軌藍海線將於下週六正式通車，首週免費搭乘。\n")
	if len(d.Articles) != 2 {
		t.Errorf("reporter's line over body text: %d articles, want 2 (an untitled brief)", len(d.Articles))
	}
}
