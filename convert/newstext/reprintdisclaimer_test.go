package newstext

import (
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestReprintNoticeDisclaimer: a site's reprint notice closing a post,
// bare or after 声明：, that says where the post came from (本文转自,
// 转载自) and that the rights are the author's or that it is taken down
// on request (版权归原作者所有, 如有侵权请联系删除, 侵删, 不代表本站立场),
// is page furniture, a disclaimer, not the story's last paragraph nor a
// reprint note. A reprint note with no such words stays a note; a
// story's sentence on copyright stays text, even where it opens with the
// notice's words and holds its cue later or quoted (本文开头提到的…注明
// “版权归原作者所有”…, 转自他人的作品…，也需取得授权，如有侵权…).
func TestReprintNoticeDisclaimer(t *testing.T) {
	const head = "江城在线\n首页 > 新闻 > 本地\n老城区三处菜市场完成改造\n2026-12-06 09:15:22　来源：江城晚报\n" +
		"记者昨日从市商务局获悉，老城区三处菜市场改造已全部完成，本周末起恢复营业。\n" +
		"改造后的菜市场统一更换了排水系统和照明设施，摊位由原来的120个调整为96个。\n"
	const foot = "\n分享到：\n"
	for _, tt := range []struct {
		line string
		want doc.Kind
	}{
		{"声明：本文转自江城晚报，版权归原作者所有，如有侵权请联系删除。", doc.KindNoise},
		{"声明：本文转载自江城晚报，如有侵权请联系删除。", doc.KindNoise},
		{"本文转自江城晚报，版权归原作者所有，如有侵权请联系删除。", doc.KindNoise},
		{"转载自江城晚报，不代表本站立场。", doc.KindNoise},
		{"聲明：本文轉自江城晚報，版權歸原作者所有，如有侵權請聯繫刪除。", doc.KindNoise},
		{"本文转自江城晚报，侵删。", doc.KindNoise},
		// Look-alikes.
		{"本文转载自微信公众号“江城发布”。", doc.KindNote},
		{"该公司表示，图片版权归原作者所有，如有侵权将依法追究责任。", doc.KindParagraph},
		{"本文开头提到的那家公司在转载时注明“版权归原作者所有”，但律师认为这并不能免责。", doc.KindParagraph},
		{"转自他人的作品即便注明出处，也需取得授权，如有侵权仍须担责。", doc.KindParagraph},
	} {
		d := mustRead(t, head+tt.line+foot)
		if n := nodeWithText(d, tt.line); n == nil || n.Kind != tt.want {
			t.Errorf("%s: got %s, want %s\n%s", tt.line, creditFields(n), tt.want, outline(d, false))
		}
		roundTrip(t, d)
	}
}
