package newstext

import (
	"strings"
	"testing"
)

// TestZhWeatherBox: a Chinese page's weather box under its name alone,
// 天氣 (天气), is an article of its own where a box stands: after a
// letter's signature, under the letters column's call for letters, or
// opening the page (blind page hk-sheping-duzhe-65: it ran into the
// last letter as a paragraph). A travel guide's 天氣 between its 交通
// and 住宿 stays the story's head.
func TestZhWeatherBox(t *testing.T) {
	box := "天氣\n\n　　天文台預測，今日大致多雲，早\n上有一兩陣微雨。\n\n今日　15－21度　濕度60－85%\n明日　14－20度　濕度55－80%\n"
	letter := "讀者來信\n巴士改道　長者苦不堪言\n\n　　本人居於沙田水泉澳邨，上月起\n區內一條巴士線改經新路。\n\n　　希望當局重新考慮，至少在原址\n保留一個分站。\n\n"
	for name, page := range map[string]string{
		"signature":  letter + "沙田　陳志強\n\n" + box,
		"call":       letter + "歡迎讀者來函，電郵：letters@hkdaily.hk\n\n" + box,
		"simplified": strings.NewReplacer("天氣", "天气", "預測", "预测", "陣", "阵").Replace(box),
		"opening":    box,
	} {
		d := mustRead(t, page)
		got := strings.Join(treeOf(d), "\n")
		a := d.Articles[len(d.Articles)-1]
		if h := a.Children[0]; h.Kind != "headline" || !strings.HasPrefix(h.Text, "天") {
			t.Errorf("%s: want the weather box's name the last article's headline:\n%s", name, got)
		}
		roundTrip(t, d)
	}
	travel := "北海道冬遊攻略\n記者 陳嘉欣\n\n　　踏入十二月，不少港人計劃到北海道賞雪。\n\n交通\n\n　　新千歲機場有快線直達札幌市中心。\n\n天氣\n\n　　札幌十二月平均氣溫約零下四度。\n\n住宿\n\n　　旺季酒店房價上升，宜提早預訂。\n"
	d := mustRead(t, travel)
	got := strings.Join(treeOf(d), "\n")
	if len(d.Articles) != 1 || !strings.Contains(got, "heading 天氣") {
		t.Errorf("a travel guide's 天氣 head read as a box:\n%s", got)
	}
	roundTrip(t, d)
	// A page's folio that a page break drops into the guide over its 天氣
	// head ends no story: the head stays the guide's (review 27b,
	// hk-travel-weather-folio). Under a folio after a signed letter, the
	// box is still a box.
	folio := "2026年12月6日（星期日）　B6　旅遊\n"
	d = mustRead(t, strings.Replace(travel, "\n天氣\n", "\n"+folio+"天氣\n", 1))
	got = strings.Join(treeOf(d), "\n")
	if len(d.Articles) != 1 || !strings.Contains(got, "heading 天氣") {
		t.Errorf("a folio mid-story made 天氣 a box:\n%s", got)
	}
	roundTrip(t, d)
	d = mustRead(t, letter+"沙田　陳志強\n"+folio+box)
	if a := d.Articles[len(d.Articles)-1]; a.Children[0].Kind != "headline" || a.Children[0].Text != "天氣" {
		t.Errorf("a box under a folio after a signed letter: want its name the headline:\n%s", strings.Join(treeOf(d), "\n"))
	}
}
