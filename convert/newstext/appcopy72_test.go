package newstext

import (
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// appCopyHead opens a mainland app page copied from a phone, one paragraph
// a line, no blank lines, for the tests below.
const appCopyHead = "零下30℃的铁塔上，他们为电网“把脉”\n来源：央视新闻客户端\n" +
	"央视新闻客户端12月6日消息（总台央视记者 赵一鸣 刘佳）：受强冷空气影响，北疆多地气温跌破零下30℃。6日清晨，12名巡线工人顶着大风，对一条输电线路开展特巡。\n"

// appCopyBody is two paragraphs of the same page.
const appCopyBody = "“天越冷，用电负荷越高，线路一旦出问题，影响的是上百万户居民取暖。”班长马建军说。\n" +
	"在海拔1800米的山口，工人们要系好安全带，沿着塔身一级一级向上攀爬。\n"

// TestVideoCreditCaption: a caption closed by a video's credit in
// brackets, （视频：总台央视记者 X）, （视频/新华社）, （视频来源：X）, after
// one short sentence, is a caption as one closed by （记者 X 摄） is, and
// on a page of one paragraph a line it is never glued to the paragraph
// under it. A paragraph of several sentences or of speech, or a bracket
// that is a clause, stays text.
func TestVideoCreditCaption(t *testing.T) {
	for s, want := range map[string]bool{
		"▶巡线工人在80米高的铁塔上更换绝缘子。（视频：总台央视记者 刘佳）": true,
		"救援人员在废墟中搜寻幸存者。（视频/新华社）":             true,
		"市民在江边观赏跨年烟花。（视频来源：江城发布）":            true,
		"遊客在雪地中合影留念。（視頻：本報記者 陳明）":            true,
		// Look-alikes.
		"北疆多地气温跌破零下30℃。工人们顶着大风徒步12公里。（视频：总台央视记者 刘佳）": false,
		"记者来到抢修现场。（视频：记者在现场看到，工人们正在抢修）":              false,
		"班长表示，视频已经上传。（视频：总台央视记者 刘佳）":                 false,
		"巡线工人在铁塔上更换绝缘子。（视频）":                         false,
	} {
		if got := isCaption(s); got != want {
			t.Errorf("isCaption(%q) = %v, want %v", s, got, want)
		}
	}
	const caption = "▶巡线工人在80米高的铁塔上更换绝缘子。（视频：总台央视记者 刘佳）"
	d := mustRead(t, appCopyHead+caption+"\n"+appCopyBody)
	if n := nodeWithText(d, caption); n == nil || n.Kind != doc.KindCaption {
		t.Errorf("%s: got %s, want caption\n%s", caption, creditFields(n), outline(d, false))
	}
	roundTrip(t, d)
}

// TestTapLink: an app's tap-to-see link alone on its line, to the story's
// pictures or video (点击查看更多高清图片, 点击查看大图, 点击观看视频) or to
// its topic page (点击查看专题：寒潮来袭　温暖守护, 点击进入专题), is
// furniture, not a section's head over the paragraphs under it. The words
// in a sentence, a tap with no such target, and a detail's link with a
// title after it stay text.
func TestTapLink(t *testing.T) {
	for s, want := range map[string]bool{
		"点击查看更多高清图片":         true,
		"点击查看大图":             true,
		"點擊查看更多圖片":           true,
		"点击观看视频":             true,
		"点击进入专题 >":           true,
		"点击这里查看高清组图":         true,
		"👇点击查看详情":            true,
		"点击查看专题：寒潮来袭　温暖守护":   true,
		"點擊查看專題：寒潮來襲":        true,
		"点击查看视频的人数超过百万":      false,
		"点击查看图片后，页面自动跳转":     false,
		"点击量突破十亿":            false,
		"点击查看次数":             false,
		"点击进入":               false,
		"点击查看专题：寒潮来袭，各地积极应对": false,
		"点击查看详情：寒潮来袭":        false,
	} {
		if got := sitePromo(s); got != want {
			t.Errorf("sitePromo(%q) = %v, want %v", s, got, want)
		}
		if first, _ := firstRune(s); want && !promoFirst(first) {
			t.Errorf("%q: promoFirst keeps it from sitePromo", s)
		}
	}
	for _, line := range []string{"点击查看更多高清图片", "点击查看专题：寒潮来袭　温暖守护"} {
		d := mustRead(t, appCopyHead+line+"\n"+appCopyBody)
		if n := nodeWithText(d, line); n == nil || n.Kind != doc.KindNoise {
			t.Errorf("%s: got %s, want noise\n%s", line, creditFields(n), outline(d, false))
		}
		roundTrip(t, d)
	}
}

// TestOriginalNoticeDisclaimer: a site's notice closing its own story,
// bare or after 声明：, that the text is its original (原创, 独家) and how
// it may be reprinted (转载请注明出处, 如需转载…), is furniture, a
// disclaimer, not the story's last paragraph. A sentence on an original
// work with no reprint clause after it, or one whose next clause is
// another's, stays text.
func TestOriginalNoticeDisclaimer(t *testing.T) {
	const foot = "编辑：孙悦　责编：王立新\n"
	for _, tt := range []struct {
		line string
		want doc.Kind
	}{
		{"声明：本文为央视新闻原创，转载请注明出处。", doc.KindNoise},
		{"本文为央视新闻原创，转载请注明出处。", doc.KindNoise},
		{"本文系澎湃新闻原创稿件，如需转载请联系授权。", doc.KindNoise},
		{"聲明：本文為中央社原創，轉載請註明出處。", doc.KindNoise},
		{"本文为江城晚报独家稿件，欢迎转载，请注明来源。", doc.KindNoise},
		// Look-alikes.
		{"本文为原创作品，获评年度江城好新闻一等奖。", doc.KindParagraph},
		{"本文系原创，记者在采访中发现，转载现象十分普遍。", doc.KindParagraph},
		{"该平台规定，原创作品转载须注明出处，否则将被下架。", doc.KindParagraph},
	} {
		d := mustRead(t, appCopyHead+appCopyBody+tt.line+"\n"+foot)
		if n := nodeWithText(d, tt.line); n == nil || n.Kind != tt.want {
			t.Errorf("%s: got %s, want %s\n%s", tt.line, creditFields(n), tt.want, outline(d, false))
		}
		roundTrip(t, d)
	}
}
