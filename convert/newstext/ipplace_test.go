package newstext

import "testing"

// TestIPLocationStamp: a self-media platform's stamp with the poster's IP
// location after the time (2026-12-05 18:20 发布于：江苏, 发布于 北京,
// ·IP属地：广东), or the location alone on its line, is a time stamp
// (noise), and the account's name alone over it (城东发布), with a blank
// line between or not, is the site's furniture, not a subheadline nor a
// second article's headline (blind page cn-sohu-web). A time with other
// words after it, a place with no time, a phrase with a clause mark over
// the stamp and the name over a stamp with no IP location stay as they
// were.
func TestIPLocationStamp(t *testing.T) {
	const (
		title = "城东区试点“社区食堂”　老人每餐8元吃上两荤一素\n\n"
		body  = "\n\n12月5日，城东区首批6家社区食堂正式开门营业。记者在青石巷社区食堂看到，已有二十多位老人排队取餐。\n\n区民政局表示，明年将在全区推广到30家。\n"
	)
	for _, tt := range []struct {
		name, sep, stamp string
		stampNoise       bool // the stamp line is noise
		nameNoise        bool // the name line is noise
	}{
		{"城东发布", "\n", "2026-12-05 18:20 发布于：江苏", true, true},
		{"城东发布", "\n\n", "2026-12-05 18:20 发布于：江苏", true, true},
		{"三联生活周刊", "\n", "2026-12-05 18:20 发布于：北京", true, true},
		{"城东发布", "\n", "2026-12-05 18:20 发布于 北京", true, true},
		{"城东发布", "\n", "2026-12-05 18:20·IP属地：广东", true, true},
		{"城东发布", "\n", "2026-12-05 18:20:31 IP 属地广东", true, true},
		{"城东发布", "\n", "12-05 18:20 发布于：内蒙古", false, false}, // (no year: no stamp as before)
		{"Vista看天下", "\n", "IP属地：广东", true, true},
		{"城东发布", "\n", "发布于：江苏", true, true},
		// Not an IP location, not a stamp, not a name.
		{"城东发布", "\n", "2026-12-05 18:20 发布于：城东区政府门户网站首页栏目", false, false},
		{"城东发布", "\n", "2026-12-05 18:20", true, false},
		{"城东发布", "\n", "2026-12-05 18:20 属地管理办法", false, false},
		{"每餐8元，吃上两荤一素", "\n", "2026-12-05 18:20 发布于：江苏", true, false},
	} {
		d := mustRead(t, title+tt.name+tt.sep+tt.stamp+body)
		if got := kindOfText(d, tt.stamp) == "noise"; got != tt.stampNoise {
			t.Errorf("%q: stamp noise %v, want %v\n%s", tt.stamp, got, tt.stampNoise, outline(d, false))
		}
		if got := kindOfText(d, tt.name) == "noise"; got != tt.nameNoise {
			t.Errorf("%q over %q: name noise %v, want %v\n%s", tt.name, tt.stamp, got, tt.nameNoise, outline(d, false))
		}
		if n := len(d.Articles); tt.nameNoise && n != 1 {
			t.Errorf("%q over %q: %d articles\n%s", tt.name, tt.stamp, n, outline(d, false))
		}
		roundTrip(t, d)
	}
	// The account's name on the stamp's line is the stamp's, whole.
	for _, s := range []string{"城东发布　2026-12-05 18:20 发布于：江苏", "城东发布 2026-12-05 18:20 IP属地：江苏"} {
		if k := noiseKind(s); k != noiseStamp {
			t.Errorf("noiseKind(%s) = %q, want a stamp", s, k)
		}
	}
	// Prose holding the words stays prose.
	for _, s := range []string{"该视频发布于江苏", "记者2026-12-05 18:20发布于江苏", "实行属地管理", "IP属地"} {
		if k := noiseKind(s); k != "" {
			t.Errorf("noiseKind(%s) = %q, want none", s, k)
		}
	}
}
