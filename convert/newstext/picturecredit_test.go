package newstext

import (
	"slices"
	"strings"
	"testing"
)

// TestPictureCreditCaption: a caption closed by a 图 credit after a space
// (…记者　X　图) is a caption; 图 run on to a word, or with no reporter's
// role before the name, is not.
func TestPictureCreditCaption(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"涉事健身房大门紧闭。澎湃新闻记者　王一鸣　图", true},
		{"涉事健身房大门紧闭。本报通讯员　李　强　图", true},
		{"市民在展馆参观。記者　陳嘉欣　圖", true},
		{"市民在展馆参观。新华社记者王鹏　图", true},
		// ASCII spaces, as a site's copy sets them
		{"涉事健身房大门紧闭。澎湃新闻记者 王一鸣 图", true},
		{"涉事健身房大门紧闭。本报通讯员 李 强 图", true},
		// look-alikes
		{"项目建成后的效果图", false},
		{"市民在展馆参观。王一鸣　图", false},
		{"市民在展馆参观。王一鸣 图", false},
		{"这是记者绘制的路线 图", false},
		{"这是记者看到的示意图", false},
		{"记者　图", false},
		{"他说，记者　王一鸣　图" + strings.Repeat("文", 120), false},
	} {
		if got := endsInPictureCredit(tt.s); got != tt.want {
			t.Errorf("endsInPictureCredit(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestSiteStoryHeadAfterPictureCaption: on a site's copied page, with the
// source line in the story's header under the byline, a head after a
// caption closed by …记者　X　图 (or 摄) is a head of the one story, not a
// new article's headline, and it is not glued into the paragraph under it.
func TestSiteStoryHeadAfterPictureCaption(t *testing.T) {
	for _, credit := range []string{"澎湃新闻记者　王一鸣　图", "澎湃新闻记者　王一鸣　摄", "澎湃新闻记者 王一鸣 图", "澎湃新闻记者 王一鸣 摄"} {
		for _, head := range []string{"法官提醒：预付式消费要保留凭证", "预付式消费要保留凭证"} {
			page := "首页 > 法治中国\n健身房闭店后拒退会员费　法院判退还余款并支付利息\n澎湃新闻记者　王一鸣\n2026-12-06 18:42　来源：澎湃新闻\n" +
				"办卡时承诺“随时可退”，闭店后却联系不上。\n法院查明，该健身房停业后再未营业。\n" +
				"涉事健身房大门紧闭。" + credit + "\n" + head + "\n承办法官表示，经营者停业的，应当退还剩余款项。\n" +
				"澎湃新闻，未经授权不得转载\n收藏\n我要举报\n"
			d := mustRead(t, page)
			k := allKinds(d)
			if slices.Index(k, "article") != 0 || slices.Contains(k[1:], "article") {
				t.Errorf("%s / %s: %v, want one article", credit, head, k)
			}
			if !slices.Contains(k, "caption 涉事健身房大门紧闭。"+credit) {
				t.Errorf("%s / %s: %v, want the caption", credit, head, k)
			}
			roundTrip(t, d)
		}
	}
}
