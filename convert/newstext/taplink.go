package newstext

import (
	"slices"
	"strings"
)

// A news app's or site's page, copied from a phone, keeps the links it
// sets between and under the paragraphs, worded as a prompt to tap: to see
// the story's pictures, 点击查看更多高清图片, 点击查看大图, 点击观看视频, or to
// open the topic page the story belongs to, 点击查看专题：寒潮来袭　温暖守护,
// 点击进入专题. Alone on its line it is a link, furniture, as 点击阅读原文
// is (readOriginal): not a section's head over the paragraphs under it, not
// a paragraph. The tap's verb (点击, 戳, 轻触), a verb of seeing or entering
// (查看, 观看, 进入 …), what is shown (more of it or not, 高清 or 精彩 or
// not) from a short list of a page's media and pages (图片, 大图, 视频,
// 专题, 详情 …), and nothing after it but a link's arrow, or for a topic a
// colon and the topic's title. The words in a sentence (点击查看视频的人数
// 超过百万, 点击查看图片后，页面…) and a tap with no such target (点击量,
// 点击查看次数) are text.

// tapVerbs open the prompt: the tap.
var tapVerbs = []string{"点击", "點擊", "轻触", "輕觸", "轻点", "輕點", "戳"}

// tapSeeVerbs follow the tap: what the reader does on the link.
var tapSeeVerbs = []string{"查看", "观看", "觀看", "进入", "進入", "浏览", "瀏覽", "看"}

// tapQualifiers may stand before the target: how much and how fine.
var tapQualifiers = []string{"更多", "全部", "全部的", "更多的", "高清", "精彩", "完整"}

// tapTargets are what the link shows: the story's media or a page.
// (A longer target before the one it opens with: 专题页 before 专题.)
var tapTargets = []string{"图片", "圖片", "大图", "大圖", "组图", "組圖", "图集", "圖集", "原图", "原圖", "照片", "相片",
	"视频", "視頻", "影片", "直播", "详情", "詳情", "专题页", "專題頁", "专题", "專題", "合集", "图", "圖"}

// tapTitled are the targets that may be followed by a colon and their
// title: a topic page, a collection.
var tapTitled = []string{"专题", "專題", "合集", "图集", "圖集"}

// tapLinkMax is the most runes of the link: the prompt and a topic's title.
const tapLinkMax = 30

// tapLink reports a tap-to-see link alone on its line (see above).
func tapLink(s string) bool {
	if !atMost(s, tapLinkMax) {
		return false
	}
	t := strings.TrimLeft(s, "↓👇▼ 　")
	t, ok := cutAnyPrefix(t, tapVerbs)
	if !ok {
		return false
	}
	for _, h := range []string{"这里", "這裡", "此处", "此處"} {
		t = strings.TrimPrefix(t, h) // 点击这里查看大图
	}
	if t, ok = cutAnyPrefix(t, tapSeeVerbs); !ok {
		return false
	}
	for range 2 {
		t, _ = cutAnyPrefix(t, tapQualifiers) // 更多高清图片
	}
	for _, g := range tapTargets {
		rest, ok := strings.CutPrefix(t, g)
		if !ok {
			continue
		}
		if r := strings.TrimRight(rest, " 　>＞›»"); r == "" {
			return true
		}
		title, ok := cutColon(rest)
		return ok && slices.Contains(tapTitled, g) && trimSpace(title) != "" && !hasAnyRune(title, "，,。；;！？!?")
	}
	return false
}
