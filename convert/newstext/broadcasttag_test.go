package newstext

import (
	"strings"
	"testing"
)

// TestBroadcastTagDateline: a broadcaster's, news site's or agency's name
// run in before the story's first sentence, in round or lenticular
// brackets, is the dateline naming it, as a paper's 【大公報】… is (blind
// page mo-tdm-web: （澳廣視新聞） stayed in the paragraph and 【澳廣視新聞】
// became a digest's run-in head). A section's, programme's or region's
// name ending the same way, a label, a one-rune word, a paper's name in
// round brackets, or a tag before no sentence stays as it was.
func TestBroadcastTagDateline(t *testing.T) {
	const sentence = "輕軌氹仔線延伸至石排灣的延線工程已完成系統測試。"
	for _, tag := range []string{
		"（澳廣視新聞）", "【澳廣視新聞】", "(澳廣視新聞)", "（無綫新聞）", "【有線新聞】", "（公視新聞）", "（TVBS新聞）",
		"（香港電台）", "【商業電台】", "【無綫電視】", "（北京電視台）", "【鳳凰衛視】", "（美國之音）", "（中央廣播）",
		"（東森新聞台）", "（中時新聞網）", "（澳廣視）", "【公視】", "（央视）", "（中央社）", "【新華社】", "（中新社）",
	} {
		d, rest, ok := parseDatelineLang(tag+sentence, "zh-Hant")
		org := strings.Trim(tag, "（）【】()")
		if !ok || d.text != tag || d.org != org || rest != sentence {
			t.Errorf("%s: dateline %v %+v rest %q; want org %s", tag, ok, d, rest, org)
		}
	}
	for _, in := range []string{
		"【延伸閱讀】" + sentence, "【即時新聞】" + sentence, "【國際新聞】" + sentence, "【澳門新聞】" + sentence,
		"【晚間新聞】" + sentence, "（假新聞）" + sentence, "【電台】" + sentence, "【網絡電台】" + sentence,
		"（澳門日報）" + sentence,                // a paper runs its name in lenticular brackets only
		"（澳廣視新聞）",                          // alone: no sentence to run into
		"（澳廣視新聞）2026年12月5日", "（澳廣視新聞）：記者會", // before no sentence
	} {
		if d, rest, ok := parseDatelineLang(in, "zh-Hant"); ok && d.org != "" {
			t.Errorf("%q: dateline %+v rest %q, want none", in, d, rest)
		}
	}
	if d, _, ok := parseDatelineLang("（澳廣視新聞）"+sentence, "ja"); ok && d.org != "" {
		t.Error("a Japanese page's bracket read as a broadcaster's dateline")
	}
	// On the site's page, under the headline: the dateline, then the
	// paragraph; written out, it runs into the paragraph again.
	for _, tag := range []string{"（澳廣視新聞）", "【澳廣視新聞】", "（中央社）", "【香港電台】", "【大公報】"} {
		d := mustRead(t, "輕軌石排灣延線下月試運行\n\n"+tag+sentence+"\n\n發言人又指，當局會在試運行結束後公佈票價。\n")
		if k := kindOfText(d, tag); k != "dateline" {
			t.Errorf("%s: %s\n%s", tag, k, outline(d, false))
		}
		roundTrip(t, d)
	}
	// A tag run into a short text over the next story's headline: the
	// text it ran into is the story's, no kicker (taken for one, the tag
	// was left with nothing to run into, and read back as a kicker).
	for _, page := range []string{"【香港電台】輕軌\n\n# 標題\n", "（中央社）輕軌\n\n# 標題\n", "【澳門日報】\n輕軌\n\n# 標題\n", "　　前段。\n（澳廣視新聞）輕軌\n\n# 標題\n"} {
		roundTrip(t, mustRead(t, page))
	}
	// The paper the README names, 大公報, though its name ends as a
	// communiqué's does; communiqués stay text.
	if d, _, ok := parseDatelineLang("【大公報】"+sentence, "zh-Hant"); !ok || d.org != "大公報" {
		t.Errorf("【大公報】: %v %+v, want org 大公報", ok, d)
	}
	for _, in := range []string{"【聯合公報】" + sentence, "【統計公報】" + sentence} {
		if d, _, ok := parseDatelineLang(in, "zh-Hant"); ok && d.org != "" {
			t.Errorf("%q: dateline %+v, want none", in, d)
		}
	}
	// A section's name before the sentence stays a digest's run-in head.
	d := mustRead(t, "輕軌石排灣延線下月試運行\n\n【即時新聞】"+sentence+"\n\n發言人又指，當局會在試運行結束後公佈票價。\n")
	if k := kindOfText(d, "【即時新聞】"); k != "heading" {
		t.Errorf("【即時新聞】: %s\n%s", k, outline(d, false))
	}
	roundTrip(t, d)
}
