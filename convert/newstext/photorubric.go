package newstext

import "slices"

// A briefs page sets its photo story (a title over a caption and nothing
// else: photoItem) under a rubric naming it, 图片新闻 over 江州港　冬日装卸忙.
// The rubric is the story's kicker, not a section head over it, however
// the title under it is set (with a U+3000 between its phrases it reads
// like a subheadline, and the rubric as a head over a paragraph).

// photoRubrics name a photo story over its title.
var photoRubrics = []string{
	"图片新闻", "圖片新聞", "新闻图片", "新聞圖片", "图片报道", "圖片報道", "圖片報導",
	"摄影报道", "攝影報道", "攝影報導", "新闻图说", "新聞圖說", "图说新闻", "圖說新聞", "图说", "圖說",
	"写真ニュース", "포토뉴스",
}

// photoRubric reports a photo story's rubric alone on its line.
func photoRubric(s string) bool {
	return slices.Contains(photoRubrics, s)
}
