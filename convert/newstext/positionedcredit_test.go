package newstext

import "testing"

// TestPositionedCredit: a caption that points at people in the photo
// (（左二）) keeps the bracketed credit that closes it, a sister paper's,
// an agency's or a file's, as the caption's (blind page
// sg-zaobao-web-leling); the same credit after a paragraph that is no
// caption is split off as the story's byline, and a name is no photo's
// source.
func TestPositionedCredit(t *testing.T) {
	desc := "卫生部高级政务部长林美华（左二）星期五到宏茂桥一家乐龄活动中心，与年长居民一起做运动。"
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"海峡时报", true},
		{"新明日报", true},
		{"档案照片", true},
		{"路透社", true},
		{"海峡时报档案照", true},
		{"共同", true},
		{"林美华", false}, // a name, no source
		{"完", false},
		{"下转A3版", false},
	} {
		if got := positionedCredit(desc, c.in); got != c.want {
			t.Errorf("positionedCredit(…, %q) = %v, want %v", c.in, got, c.want)
		}
	}
	if positionedCredit("卫生部星期五发表文告说，新增的中心大多设在成熟组屋区。", "海峡时报") {
		t.Error("a paragraph with no position mark is no caption: its credit is the story's")
	}
	head := "联合早报\n\n新闻 > 新加坡\n\n乐龄活动中心明年增至300个　50个中心延长开放至晚上9时\n\n黄健智 陈婉婷 报道\n\n"
	para := "全岛乐龄活动中心的数量明年将从目前的约220个增至300个，其中至少50个中心会延长开放时间。\n"
	for _, cr := range []string{"（海峡时报）", "（新明日报）", "（档案照片）"} {
		wantKinds(t, head+desc+cr+"\n\n"+para,
			"noise 联合早报", "noise 新闻 > 新加坡", "headline 乐龄活动中心明年增至300个　50个中心延长开放至晚上9时", "byline 黄健智 陈婉婷 报道",
			"caption "+desc+cr, "paragraph 全岛乐龄活动中心的数量明年将从目前的约220个增至300个，其中至少50个中心会延长开放时间。")
	}
	// A story's last paragraph closed by a paper's credit: its byline.
	wantKinds(t, head+para+"\n公众可上网或拨打热线查询住家附近的乐龄活动中心。（海峡时报）\n",
		"noise 联合早报", "noise 新闻 > 新加坡", "headline 乐龄活动中心明年增至300个　50个中心延长开放至晚上9时", "byline 黄健智 陈婉婷 报道",
		"paragraph 全岛乐龄活动中心的数量明年将从目前的约220个增至300个，其中至少50个中心会延长开放时间。",
		"paragraph 公众可上网或拨打热线查询住家附近的乐龄活动中心。", "byline （海峡时报）")
}
