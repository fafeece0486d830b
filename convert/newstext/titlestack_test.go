package newstext

import (
	"strings"
	"testing"
)

// briefsPage is a Hong Kong paper's brief page as OCR reads it (invented
// text, after blind page hk-headline-ocr): 16 characters a line, no blank
// lines, paragraphs marked by the 2em indent alone; a story under its
// two title lines, then TITLES (the next brief's title lines, flush
// left) and the brief's one paragraph.
const briefsPage = "港聞　Ｐ６\n觀塘貨車倒車\n撞倒六旬漢危殆\n" +
	"　　一名六十二歲男子昨晨在觀塘駿\n業街行人路上被一輛倒車的貨車撞倒，\n頭部受傷送院後情況危殆。\n" +
	"　　警方初步調查顯示，涉事貨車司\n機五十歲，事後留在現場協助調查，\n警方正追查事發經過。\n" +
	"TITLES\n" +
	"　　屯門一間茶餐廳昨午發生火警，\n消防員到場以一條喉及一隊呼吸器灌\n救，約半小時後將火救熄，無人受傷。\n"

// briefsPageHans is a mainland evening paper's brief column set the same
// way (18 characters a line).
const briefsPageHans = "江州晚报　2026年12月5日　星期六　A07　城事\n东湖路口早高峰两车相撞\n" +
	"　　昨天早上7时许，东湖路与建设路\n交叉口发生一起两车相撞事故，所幸无\n人受伤，交警到场后迅速疏导交通。\n" +
	"TITLES\n" +
	"　　昨天下午，城南一家餐馆后厨起火，\n消防员到场后十分钟将明火扑灭，现场\n无人受伤。\n"

// TestTwoTitleLinesAfterStory: two unmarked title lines flush left
// between a finished story's last sentence and an indented paragraph, on
// a page that marks paragraphs by indent alone, are the next story's
// title group, kicker over a longer headline or (in Traditional Chinese)
// headline over a no wider subheadline, never a one-line paragraph over a section head
// (blind page hk-headline-ocr, variant h3: 屯門茶餐廳火警 / 一條喉救熄無人傷
// had been a paragraph and a head), as the README's title-over-indent
// and stacked-title rules say. One such line there stays a section
// head (a story's head and a brief's title stand alike; the README's
// ambiguity), and over text a dateline opens it is the headline.
func TestTwoTitleLinesAfterStory(t *testing.T) {
	hant := "paragraph 警方初步調查顯示，涉事貨車司機五十歲，事後留在現場協助調查，警方正追查事發經過。"
	hantBody := "paragraph 屯門一間茶餐廳昨午發生火警，消防員到場以一條喉及一隊呼吸器灌救，約半小時後將火救熄，無人受傷。"
	hans := "paragraph 昨天早上7时许，东湖路与建设路交叉口发生一起两车相撞事故，所幸无人受伤，交警到场后迅速疏导交通。"
	hansBody := "paragraph 昨天下午，城南一家餐馆后厨起火，消防员到场后十分钟将明火扑灭，现场无人受伤。"
	for _, c := range []struct {
		page, last, body string
		titles           []string // title lines, each "kind text"
	}{
		{briefsPage, hant, hantBody, []string{"kicker 屯門茶餐廳火警", "headline 一條喉救熄無人傷"}},
		{briefsPage, hant, hantBody, []string{"kicker 茶餐廳火警", "headline 一條喉救熄無人傷"}},
		{briefsPage, hant, hantBody, []string{"headline 屯門茶餐廳昨午火警", "subheadline 無人受傷"}},
		{briefsPage, hant, hantBody, []string{"headline 落山風報到　恆春半島陣風9級", "subheadline 騎士行車務必小心"}},
		{briefsPageHans, hans, hansBody, []string{"kicker 城南餐馆后厨起火", "headline 消防员十分钟扑灭明火"}},
		{briefsPageHans, hans, hansBody, []string{"kicker 城南一餐馆后厨起火", "headline 无人受伤"}}, // (zh-Hans: the first of two is the kicker)
	} {
		var lines []string
		for _, k := range c.titles {
			_, text, _ := strings.Cut(k, " ")
			lines = append(lines, text)
		}
		d := mustRead(t, strings.Replace(c.page, "TITLES", strings.Join(lines, "\n"), 1))
		got := allKinds(d)
		want := append(append([]string{c.last, "article"}, c.titles...), c.body)
		k := 0
		for k < len(got) && got[k] != c.last {
			k++
		}
		if k+len(want) != len(got) || strings.Join(got[k:], "\n") != strings.Join(want, "\n") {
			t.Errorf("%v: got\n%s", lines, strings.Join(got, "\n"))
		}
		roundTrip(t, d)
	}
	// One title line there: a head of the story above (the samples'
	// heads, 下一步目标, stand just so), unless a dateline opens the text.
	d := mustRead(t, strings.Replace(briefsPage, "TITLES", "茶餐廳火警無人傷", 1))
	if got := outline(d, false); !strings.Contains(got, "heading 茶餐廳火警無人傷") || len(d.Articles) != 1 {
		t.Errorf("one title line over plain text: got\n%s", got)
	}
	roundTrip(t, d)
	d = mustRead(t, strings.Replace(strings.Replace(briefsPage, "TITLES", "茶餐廳火警無人傷", 1), "　　屯門一間", "　　【本報訊】屯門一間", 1))
	if got := strings.Join(allKinds(d), "\n"); !strings.Contains(got, "article\nheadline 茶餐廳火警無人傷") {
		t.Errorf("one title line over a dateline: got\n%s", got)
	}
	roundTrip(t, d)
}
