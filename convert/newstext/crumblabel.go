package newstext

import "strings"

// A government or institution site's CMS (TRS, 大汉, 政府网站集约化
// platforms) labels its breadcrumb: 当前位置：首页 > 政务公开 > 部门动态,
// 您的位置：首页 > 新闻中心, 您现在的位置：…, 所在位置：…. The label is
// the trail's, not a title's word: the trail after it is the site's
// furniture as a bare one is, and the site's name over it its masthead
// (siteNameOverTrail).

// crumbLabels label a site's breadcrumb (see above), each before a colon.
var crumbLabels = []string{
	"当前位置", "當前位置", "您的位置", "您现在的位置", "您現在的位置", "你的位置", "你现在的位置", "你現在的位置",
	"所在位置", "现在位置", "現在位置", "目前位置",
}

// crumbLabelCut returns s without a breadcrumb's label and its colon
// opening it (当前位置：首页 > … → 首页 > …), or s when it opens with none.
func crumbLabelCut(s string) string {
	r, _ := firstRune(s)
	if r != '当' && r != '當' && r != '您' && r != '你' && r != '所' && r != '现' && r != '現' && r != '目' {
		return s // (no label's first rune: most lines)
	}
	for _, l := range crumbLabels {
		if rest, ok := strings.CutPrefix(s, l); ok {
			if rest, ok := cutColon(rest); ok {
				return trimSpace(rest)
			}
		}
	}
	return s
}

// cutColon returns s after the colon (full-width or ASCII, spaces around
// it allowed) that opens it, and whether one did.
func cutColon(s string) (string, bool) {
	s = trimSpace(s)
	if rest, ok := strings.CutPrefix(s, "："); ok {
		return rest, true
	}
	return strings.CutPrefix(s, ":")
}
