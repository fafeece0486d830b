package newstext

import (
	"slices"
	"strings"
	"testing"
)

// TestTitleOverDatelineNotJoined: a headline set straight over the line
// its story's dateline opens (no blank line between them) is the next
// article's headline, never the first words of a paragraph: the block's
// line break after a title line that stops short is no wrap, whatever
// shape the dateline has. A clause left open above the dateline (…发现，)
// is still a wrap.
func TestTitleOverDatelineNotJoined(t *testing.T) {
	const top = "本市新增三条公交线路\n\n" +
		"本报讯（记者 王芳）市交通委员会昨天宣布，下月起新开通三条公交线路，覆盖城东新区和高新技术产业园区，方便市民通勤。\n\n"
	const title = "城西老旧小区加装电梯提速"
	const text = "今年城西已有一百二十部电梯完成加装，年底前将再完成八十部。"
	for _, dl := range []string{"本报讯（记者 李强）", "本报讯　", "新华社北京12月1日电（记者 李强）", "本报北京12月1日电　", "中新网北京12月1日电 "} {
		d := mustRead(t, top+title+"\n"+dl+text+"\n")
		if len(d.Articles) != 2 || len(d.Articles[1].Children) == 0 || d.Articles[1].Children[0].Text != title || d.Articles[1].Children[0].Kind != "headline" {
			t.Errorf("%s: got\n%s", dl, strings.Join(allKinds(d), "\n"))
			continue
		}
		roundTrip(t, d)
	}
	d := mustRead(t, top+"记者走访城西多个小区发现，\n本报讯的报道引起了居民的关注，今年城西已有一百二十部电梯完成加装。\n")
	if k := allKinds(d); slices.Contains(k, "headline 记者走访城西多个小区发现，") {
		t.Errorf("a clause left open read as a headline: %v", k)
	}
}

// TestReadingListThenHeadline: the last title under a related-reading
// heading (【延伸阅读】), over a line opening with a dateline, is the next
// story's headline, with or without a blank line or bullets between, not
// the list's last item.
func TestReadingListThenHeadline(t *testing.T) {
	const top = "本市新增三条公交线路\n\n" +
		"本报讯（记者 王芳）市交通委员会昨天宣布，下月起新开通三条公交线路，覆盖城东新区和高新技术产业园区，方便市民通勤。\n\n"
	const next = "本报讯（记者 李强）记者从市住建委获悉，今年城西已有一百二十部电梯完成加装，年底前将再完成八十部。\n"
	for _, list := range []string{
		"【延伸阅读】\n去年本市公交客运量突破十亿人次\n城东新区地铁站点规划公布\n城西老旧小区加装电梯提速\n",
		"【延伸阅读】\n·去年本市公交客运量突破十亿人次\n·城东新区地铁站点规划公布\n城西老旧小区加装电梯提速\n",
		"【延伸阅读】\n去年本市公交客运量突破十亿人次\n城东新区地铁站点规划公布\n\n城西老旧小区加装电梯提速\n",
	} {
		d := mustRead(t, top+list+next)
		if len(d.Articles) != 2 || d.Articles[1].Children[0].Text != "城西老旧小区加装电梯提速" || d.Articles[1].Children[0].Kind != "headline" {
			t.Errorf("%q: got\n%s", list, strings.Join(allKinds(d), "\n"))
			continue
		}
		roundTrip(t, d)
	}
}
