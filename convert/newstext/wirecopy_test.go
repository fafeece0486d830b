package newstext

import (
	"strings"
	"testing"
)

// TestWireCopyRunsToEndMark: a Chinese wire copy runs from its dateline to
// its end mark （完）: a related item it appends before the mark (a
// bracketed label over the item's title) is a head of the copy, and the
// copy keeps its end mark and trailer; a title line after a copy that has
// ended (…。（完）) still starts the next story.
func TestWireCopyRunsToEndMark(t *testing.T) {
	copyPage := "多地冬季供暖提前启动\n\n" +
		"新华社北京11月8日电（记者 赵明）受强冷空气影响，北方多地近日提前启动冬季供暖。\n\n" +
		"据了解，今年各地燃煤、燃气储备充足，供暖期间将加强管网巡查。\n\n" +
		"【相关链接】\n\n" +
		"如何办理供暖报修\n\n" +
		"居民遇到暖气不热等问题，可拨打当地供热服务热线报修，维修人员将在24小时内上门处理。（完）\n\n" +
		"【责任编辑:王欣】\n"
	d := mustRead(t, copyPage)
	roundTrip(t, d)
	if len(d.Articles) != 1 {
		t.Fatalf("%d articles, want the copy as one:\n%s", len(d.Articles), strings.Join(pageLeafKinds(d), "\n"))
	}
	got := strings.Join(pageLeafKinds(d), "\n")
	for _, want := range []string{"heading 【相关链接】", "heading 如何办理供暖报修"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in\n%s", want, got)
		}
	}
	twoStories := "多地冬季供暖提前启动\n\n" +
		"新华社北京11月8日电（记者 赵明）受强冷空气影响，北方多地近日提前启动冬季供暖。（完）\n\n" +
		"冰雪旅游预订量同比大增\n\n" +
		"新华社哈尔滨11月8日电（记者 李冰）随着雪季临近，冰雪旅游线路预订量明显上升。（完）\n"
	d = mustRead(t, twoStories)
	roundTrip(t, d)
	if len(d.Articles) != 2 {
		t.Errorf("%d articles, want 2:\n%s", len(d.Articles), strings.Join(pageLeafKinds(d), "\n"))
	}
}
