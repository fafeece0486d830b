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

// TestBlind29UpdatedStamp: a web time stamp followed by the time of its
// update in brackets is the site's stamp, noise, when the update gives
// its date without the year or the time alone, as 中央社 does:
// 2026/12/05 14:32（12/05 15:10 更新） (blind page tw-cna-web, where it
// was read as the headline's subheadline).
func TestBlind29UpdatedStamp(t *testing.T) {
	for s, want := range map[string]bool{
		"2026/12/05 14:32（12/05 15:10 更新）":     true,
		"2026/12/05 14:32（12/05 15:10更新）":      true,
		"2026/12/05 14:32 (12-05 15:10 更新)":    true,
		"2026/12/05 14:32（15:10 更新）":           true,
		"2026年5月12日 6:00 (2026年5月12日 11:40更新)": true,
		"2026/12/05 14:32（12/05 更新）":           false, // no time
		"2026/12/05 14:32（13/45 15:10 更新）":     false, // no month and day
		"立法院三讀長照法（12/05 15:10 更新）":             false, // no stamp before it
		"2026/12/05 14:32（12/05 15:10 修正）":     false, // no update word
	} {
		if got := updatedStamp(s); got != want {
			t.Errorf("updatedStamp(%q) = %v, want %v", s, got, want)
		}
	}
	wantKinds(t, "台鐵新自強號明年上路　北高最快3小時\n2026/12/04 09:15（12/04 11:20 更新）\n（中央社記者汪淑芬台北4日電）交通部今天宣布，台鐵新一代城際列車將於明年3月起陸續投入營運。\n",
		"headline 台鐵新自強號明年上路　北高最快3小時",
		"noise 2026/12/04 09:15（12/04 11:20 更新）",
		"dateline （中央社記者汪淑芬台北4日電）")
}

// TestBlind29DatedPhotoCredit: a caption closed by 中央社's bracketed
// photo credit with the photo's date after 攝, （中央社記者X攝　115年12月
// 4日）, ends in its credit as （記者X攝） does: on a page of one paragraph
// a line, the paragraph line under it is never its wrap (blind page
// tw-cna-web, where a caption as wide as the page's measure was glued to
// the paragraph under it).
func TestBlind29DatedPhotoCredit(t *testing.T) {
	for s, want := range map[string]bool{
		"交通部長（右）在車廂內試乘。（中央社記者張新偉攝　115年12月4日）": true,
		"交通部長在車廂內試乘。（中央社記者張新偉攝 2026年12月4日）":   true,
		"交通部長在車廂內試乘。（中央社記者張新偉攝）":              true,
		"這張照片（攝於1950年）":                       false, // a date the photo was taken in, no credit
		"交通部長在車廂內試乘。（中央社記者張新偉）":               false, // a byline's bracket
	} {
		if got := endsInCredit(s); got != want {
			t.Errorf("endsInCredit(%q) = %v, want %v", s, got, want)
		}
	}
	caption := "交通部4日舉行新列車發表會，交通部長（右）與台鐵局長在車廂內試乘並聽取簡報。（中央社記者張新偉攝　115年12月4日）"
	page := "台鐵新自強號明年上路　北高最快3小時\n2026/12/04 09:15\n" +
		"（中央社記者汪淑芬台北4日電）交通部今天宣布，台鐵新一代城際列車將於明年3月起陸續投入營運，北高最快3小時可抵達，票價維持不變，首批共12列。\n" +
		"交通部長表示，新列車座位數較現行車型增加兩成，並設有無障礙座位與行李區，可望紓解連假期間一票難求的情形。\n" +
		caption + "\n" +
		"台鐵局指出，新列車將先行駛西部幹線，東部幹線則待電力設備更新後再評估。\n" +
		"鐵道迷對新車外觀評價兩極，有人認為設計新穎，也有人覺得缺乏特色。（編輯：林克倫）1151204\n" +
		"延伸閱讀\n台鐵票價凍漲至明年底　交通部：不影響服務\n"
	d := mustRead(t, page)
	var found bool
	for _, k := range kindsOf(d) {
		if k == "caption "+caption {
			found = true
		}
	}
	if !found {
		t.Errorf("caption closed by 中央社's dated credit not read alone:\n%s", strings.Join(kindsOf(d), "\n"))
	}
	roundTrip(t, d)
}
