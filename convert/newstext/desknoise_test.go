package newstext

import "testing"

// TestDeskLineNoise: a page's desk line, naming its editor with the art
// editor or proofreader beside (编辑　X　美编　Y　校对　Z), or its desk's
// editors under 本版责编 with their names padded to three cells, is page
// furniture, noise, not a byline (美编 is a role, not a name); the
// article's own editor alone, or with its proofreader, stays its byline.
func TestDeskLineNoise(t *testing.T) {
	for in, want := range map[string]string{
		"编辑　孙丽　美编　郑宇　校对　冯悦": noiseDesk,
		"本版责编：吴　昊　何　静":      noiseDesk,
		"本版責編：吳　昊　何　靜":      noiseDesk,
		"编辑　孙丽":             "",
		"编辑 孙丽 校对 冯悦":       "",
		"责任编辑：王军　校对：张亮":     "",
	} {
		if got := noiseKind(in); got != want {
			t.Errorf("noiseKind(%q) = %q, want %q", in, got, want)
		}
	}
	wantKinds(t, "2026年7月3日　星期五　A06　民生\n编辑　孙丽　美编　郑宇　校对　冯悦\n\n老旧小区加装电梯提速\n\n本报讯　记者从市住建局获悉，今年上半年全市老旧小区新增加装电梯二百一十部，同比增长三成。\n\n本版责编：吴　昊　何　静\n",
		"noise 2026年7月3日　星期五　A06　民生",
		"noise 编辑　孙丽　美编　郑宇　校对　冯悦",
		"headline 老旧小区加装电梯提速",
		"dateline 本报讯",
		"paragraph 记者从市住建局获悉，今年上半年全市老旧小区新增加装电梯二百一十部，同比增长三成。",
		"noise 本版责编：吴　昊　何　静")
}
