package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// weiboPost is a police account's bulletin copied off a microblog, one
// paragraph a line: the account's name over the post's stamp (STAMP), the
// post's topic, its bracketed title, the text, the issuer over the date,
// and the post's counters (COUNTERS).
const weiboPost = "平安江州\n" +
	"STAMP\n" +
	"#江州城东一小区电动车起火#\n" +
	"【警情通报】\n" +
	"2026年12月5日14时12分，江州市公安局城东分局接群众报警称，东湖街道锦绣花园小区一楼车棚发生火情。接警后，公安、消防、急救等部门迅速赶赴现场处置，明火于14时35分被扑灭。\n" +
	"经初步调查，火情系车棚内一辆电动自行车充电时电池故障引发，过火面积约20平方米，造成6辆电动自行车烧毁，无人员伤亡。\n" +
	"江州市公安局城东分局\n" +
	"2026年12月5日\n" +
	"COUNTERS\n"

// weiboPostWith fills weiboPost's stamp and counters.
func weiboPostWith(stamp, counters string) string {
	return strings.Replace(strings.Replace(weiboPost, "STAMP", stamp, 1), "COUNTERS", counters, 1)
}

// TestMicroblogClientStamp: a microblog's stamp names the client the post
// was sent from after its time, 2026-12-05 18:20 来自 微博网页版, the time
// in any form the site prints (12-5 18:20, 12月5日 18:20, 今天 09:12,
// 5分钟前, 刚刚), perhaps the poster's IP place before the client: a time
// stamp, noise, and the account's name over it, at the page's top, is
// the platform's furniture too (blind page cn-weibo-jingqing: the name
// had been the headline, the stamp glued to the text). A time with no
// client, a client with no time, a clause after 来自 and a name over a bare
// stamp (a news site's headline) stay as they were.
func TestMicroblogClientStamp(t *testing.T) {
	for in, want := range map[string]bool{
		"2026-12-05 18:20 来自 微博网页版":            true,
		"12-5 18:20 来自 iPhone客户端":              true,
		"12月5日 18:20 来自 vivo X100 已编辑":         true,
		"今天 09:12 来自微博 weibo.com":              true,
		"5分钟前 来自 HUAWEI Mate 60 Pro":           true,
		"刚刚 来自 微博视频号":                          true,
		"2026-12-05 18:20 发布于 江苏 来自 iPhone客户端": true,
		"2026-12-05 18:20 來自 微博網頁版":            true,
		"来自 微博网页版":                             false,
		"12-5 来自 iPhone客户端":                    false,
		"13-45 18:20 来自 iPhone客户端":             false,
		"18:20 来自北京的游客说，景区人太多":                 false,
		"今天来自全国各地的游客":                          false,
	} {
		if got := noiseKind(in) == noiseStamp; got != want {
			t.Errorf("noiseKind(%q) stamp = %v, want %v", in, got, want)
		}
	}
	for _, stamp := range []string{"2026-12-05 18:20 来自 微博网页版", "12-5 18:20 来自 iPhone客户端", "今天 09:12 来自微博 weibo.com"} {
		d := mustRead(t, weiboPostWith(stamp, "转发 126　评论 348　赞 1562"))
		for _, line := range []string{"平安江州", stamp} {
			if got := kindOfText(d, line); got != string(doc.KindNoise) {
				t.Errorf("%q over %q: %s, want noise\n%s", line, stamp, got, treeLines(d))
			}
		}
		if got := headlines(d); got != "【警情通报】" {
			t.Errorf("%q: headlines %s\n%s", stamp, got, treeLines(d))
		}
		roundTrip(t, d)
	}
	// A name over a bare stamp, a news site's headline, stays one.
	d := mustRead(t, weiboPostWith("2026-12-05 18:20", ""))
	if got := kindOfText(d, "平安江州"); got != string(doc.KindHeadline) {
		t.Errorf("over a bare stamp: %s, want the headline\n%s", got, treeLines(d))
	}
	roundTrip(t, d)
}

// TestMicroblogTopics: a microblog's topic sits between two #,
// #江州城东一小区电动车起火#, one alone on its line or several, a line of
// the platform's furniture as a line of open tags (#颱風 #天文台) is;
// under the stamp it had been glued to the post's text. A headline's
// marker (# 标题), an unclosed tag alone, a topic with text after it and
// a tag with spaces at its ends stay as they were.
func TestMicroblogTopics(t *testing.T) {
	for in, want := range map[string]bool{
		"#江州城东一小区电动车起火#": true,
		"#颱風彩雲# #停課#":    true,
		"#颱風彩雲##停課#":     true,
		"#樱花季[超话]#":      true,
		"#颱風 #天文台":       true,
		"# 江州城东一小区电动车起火": false,
		"#江州城东一小区电动车起火":  false,
		"# 江州 #":         false,
		"##":             false,
	} {
		if got := hashtagLine(in); got != want {
			t.Errorf("hashtagLine(%q) = %v, want %v", in, got, want)
		}
	}
	d := mustRead(t, weiboPostWith("2026-12-05 18:20 来自 微博网页版", ""))
	if got := kindOfText(d, "#江州城东一小区电动车起火#"); got != string(doc.KindNoise) {
		t.Errorf("topic: %s, want noise\n%s", got, treeLines(d))
	}
	roundTrip(t, d)
}

// TestMicroblogActionBar: a microblog's counters under its post with no
// read counter among them, 转发 126　评论 348　赞 1562 (three counters, or
// two with a repost), are its action bar, furniture, and the issuer and
// date above them the post's sign-off (blind page cn-weibo-jingqing: the
// counters had been a table's row, the issuer a section head). Two
// counters with no repost (the README's 点赞 12　评论 5), a repost alone
// and a counted noun stay text.
func TestMicroblogActionBar(t *testing.T) {
	for in, want := range map[string]bool{
		"转发 126　评论 348　赞 1562":     true,
		"转发 126 | 评论 348 | 赞 1562": true,
		"转发126　评论348　赞1562":        true,
		"轉發 12　評論 3":               true,
		"评论 5　点赞 12　收藏 3":          true,
		"点赞 12　评论 5":               false,
		"转发 126":                   false,
		"转发 126 次　评论 348 条":        false,
		"转发 126　评论 348　赞 1562 次":   false,
	} {
		if got := readCount(in); got != want {
			t.Errorf("readCount(%q) = %v, want %v", in, got, want)
		}
	}
	d := mustRead(t, weiboPostWith("2026-12-05 18:20 来自 微博网页版", "转发 126　评论 348　赞 1562"))
	for line, want := range map[string]doc.Kind{
		"转发 126　评论 348　赞 1562": doc.KindNoise,
		"江州市公安局城东分局":           doc.KindByline,
		"2026年12月5日":           doc.KindDateline,
	} {
		if got := kindOfText(d, line); got != string(want) {
			t.Errorf("%q: %s, want %s\n%s", line, got, want, treeLines(d))
		}
	}
	roundTrip(t, d)
}

// TestBracketedPostTitle: a label in lenticular brackets alone opening a
// page that has no title (furniture above it only), over the text, with
// no other lead-in 【…】 on the page, is the post's title, 【警情通报】
// (blind page cn-weibo-jingqing: it had been a digest's run-in head). A
// label under a headline, a digest whose items each run in after their
// 【…】, and a column's label over a title line stay as they were.
func TestBracketedPostTitle(t *testing.T) {
	const text = "2026年12月5日14时12分，城东分局接群众报警称，锦绣花园小区车棚发生火情。\n经初步调查，火情系电动自行车充电时电池故障引发，无人员伤亡。\n"
	for _, tt := range []struct {
		page, label string
		want        doc.Kind
	}{
		{"【警情通报】\n" + text, "【警情通报】", doc.KindHeadline},
		{"2026-12-05 18:20 来自 微博网页版\n【权威发布】\n" + text, "【权威发布】", doc.KindHeadline},
		{"城东车棚起火无人伤亡\n【警情通报】\n" + text, "【警情通报】", doc.KindHeading},
		{"【警情通报】\n" + text + "【出行提示】明日地铁2号线延时运营至凌晨1点。\n", "【警情通报】", doc.KindHeading},
		{"【对话】\n城东车棚起火无人伤亡\n" + text, "【对话】", doc.KindKicker},
	} {
		d := mustRead(t, tt.page)
		if got := kindOfText(d, tt.label); got != string(tt.want) {
			t.Errorf("%q: %s, want %s\n%s", tt.page, got, tt.want, treeLines(d))
		}
		roundTrip(t, d)
	}
}
