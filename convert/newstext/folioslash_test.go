package newstext

import "testing"

// TestFolioFullwidthSlash: Taiwanese folios part the date from the
// weekday with a full-width slash (2026年12月4日／星期五　　南部新聞　A14),
// as they part a reporter from a place; the folio is noise, not the
// headline of the brief under it (blind page ltn-difang).
func TestFolioFullwidthSlash(t *testing.T) {
	for in, want := range map[string]string{
		"2026年12月4日／星期五　　南部新聞　A14": noiseFolio,
		"2026年12月4日/星期五　　南部新聞　A14": noiseFolio,
		"〔記者李立法／屏東報導〕":             "",
		"竹田驛站週末市集開張／客家粄條搶手":        "",
	} {
		if got := noiseKind(in); got != want {
			t.Errorf("noiseKind(%q) = %q, want %q", in, got, want)
		}
	}
	wantKinds(t, "2026年12月4日／星期五　　南部新聞　A14\n\n竹田驛站週末市集開張　客家粄條搶手\n〔記者李立法／屏東報導〕屏東縣竹田鄉竹田驛站週末市集昨天開張，20多個攤位販售客家粄條、\n醃漬蘿蔔乾及手作藍染，吸引不少遊客。\n",
		"noise 2026年12月4日／星期五　　南部新聞　A14",
		"headline 竹田驛站週末市集開張　客家粄條搶手",
		"dateline 〔記者李立法／屏東報導〕")
}
