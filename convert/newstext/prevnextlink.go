package newstext

import (
	"slices"
	"strings"
)

// A Chinese news site's CMS closes a story with links to the story before
// and after it in its column, each on its line: 上一篇：冬季文旅惠民活动启动
// over 下一篇：非遗年货节下周开幕 (上一条/下一条, 上一條/下一條, 上一则,
// 前一篇, the label also in brackets, 【上一篇】, or spaced from the title;
// 上一篇：没有了 when there is none). They are the site's, not the story's:
// web furniture, one unit each, never a paragraph the story's text or the
// other link is joined to. The label needs its colon, bracket or space:
// 下一条地铁线路明年开通 and 上一篇文章中提到… are text.
//
// Japanese and Korean sites set the same links in their words: 前の記事
// over 次の記事：…, 前の記事へ, 次のニュース, a blog's 前の投稿; 이전기사 …
// over 다음기사 …, 이전 기사, a board's 이전글/다음글; often with an arrow
// pointing the way, « 前の記事, 次の記事 », ◀ 이전기사, 다음기사 ▶. The
// same shapes hold: 前の記事で紹介した… and 다음 기사에서 다룬다 run on
// with no separator and are text.

// prevNextLabels name the story before or after in a CMS's links.
var prevNextLabels = []string{
	"上一篇", "下一篇", "上一条", "下一条", "上一條", "下一條", "上一则", "下一则", "上一則", "下一則",
	"前一篇", "后一篇", "後一篇",
	// Japanese and Korean, each longer wording before its stem (a label
	// matched is not tried again longer).
	"前の記事へ", "次の記事へ", "前の記事", "次の記事", "前のニュース", "次のニュース", "前の投稿", "次の投稿",
	"이전기사", "다음기사", "이전 기사", "다음 기사", "이전글", "다음글",
}

// prevNextArrow reports an arrow a site sets before or after its link
// to point the way: « 前の記事, 次の記事 », ◀ 이전기사.
func prevNextArrow(r rune) bool {
	switch r {
	case '«', '»', '‹', '›', '<', '>', '＜', '＞', '◀', '▶', '◁', '▷', '←', '→', '〈', '〉':
		return true
	}
	return false
}

// trimPrevNextArrows strips an arrow (prevNextArrow) and the spaces by
// it from s's start and end.
func trimPrevNextArrows(s string) string {
	if r, w := firstRune(s); prevNextArrow(r) {
		s = strings.TrimLeft(s[w:], " 　")
	}
	if r, w := decodeLast(s); prevNextArrow(r) {
		s = strings.TrimRight(s[:len(s)-w], " 　")
	}
	return s
}

// mayBePrevNext reports text opening as a previous/next link does: one
// of 上下前后後 and 一, 前 or 次 and の, 이전, 다음, a bracket, or an arrow.
// Most lines are spared prevNextLink's comparisons (and gate admits only
// these to noiseKindSum for it).
func mayBePrevNext(s string) bool {
	r, w := firstRune(s)
	switch r {
	case '【', '[', '［':
		return true
	case '上', '下', '后', '後':
		return strings.HasPrefix(s[w:], "一")
	case '前':
		return strings.HasPrefix(s[w:], "一") || strings.HasPrefix(s[w:], "の")
	case '次':
		return strings.HasPrefix(s[w:], "の")
	case '이':
		return strings.HasPrefix(s[w:], "전")
	case '다':
		return strings.HasPrefix(s[w:], "음")
	}
	return prevNextArrow(r)
}

// prevNextLink reports a CMS's link to the story before or after: one of
// prevNextLabels, bare or bracketed, alone or before a colon or a space
// and a title (a title has no 。). The line is noise from the first, so
// that it is never run on to the text above it; the label spaced from its
// title stays noise only beside the other link or at a web page's foot
// (markSpacedPrevNext).
func prevNextLink(s string) bool {
	f, _ := prevNextShape(s)
	return f != prevNextNone
}

// prevNextForm is the form a line takes of a previous/next link.
type prevNextForm int

const (
	prevNextNone   prevNextForm = iota // no link
	prevNextLinked                     // a link on its line alone: 上一篇：…, 【上一篇】…, 上一条
	prevNextSpaced                     // the label spaced from its title: 上一篇 冬季文旅惠民活动启动
)

// prevNextShape reports the form s takes of a CMS's link to the story
// before or after (see prevNextLink), and whether its label points back
// (上一篇, 前一篇) or on (下一篇, 后一篇).
func prevNextShape(s string) (f prevNextForm, back bool) {
	if !atMost(s, 80) {
		return prevNextNone, false
	}
	s = trimPrevNextArrows(s)
	bracketed := false
	for _, b := range [][2]string{{"【", "】"}, {"[", "]"}, {"［", "］"}} {
		if rest, ok := strings.CutPrefix(s, b[0]); ok {
			inner, after, ok := strings.Cut(rest, b[1])
			if !ok {
				return prevNextNone, false
			}
			s, bracketed = inner+"："+after, true
			break
		}
	}
	for _, l := range prevNextLabels {
		rest, ok := strings.CutPrefix(s, l)
		if !ok {
			continue
		}
		back = strings.HasPrefix(l, "上") || strings.HasPrefix(l, "前") || strings.HasPrefix(l, "이")
		// 上一篇文章：, 下一篇新闻： (the label's longer wording).
		for _, w := range []string{"文章", "新闻", "新聞"} {
			if r, ok := strings.CutPrefix(rest, w); ok && (r == "" || strings.HasPrefix(r, "：") || strings.HasPrefix(r, ":")) {
				rest = r
				break
			}
		}
		if rest == "" || bracketed && rest == "：" {
			return prevNextLinked, back
		}
		title := strings.TrimLeft(rest, "：: 　")
		colon := hasAnyRune(rest[:len(rest)-len(title)], "：:")
		if title == rest || title == "" && !colon || strings.Contains(title, "。") || strings.HasSuffix(title, "다.") {
			return prevNextNone, false // no separator: the label's words run on in text
		}
		if !colon {
			return prevNextSpaced, back // 下一条 地铁线路花落谁家 may be a headline spaced into phrases
		}
		return prevNextLinked, back
	}
	return prevNextNone, false
}

// markSpacedPrevNext gives back to the text a previous/next link spaced
// from its title (上一篇 冬季文旅惠民活动启动) that is not the CMS's
// furniture: not beside the other link (上一篇 … over 下一篇：…), nor at a
// web page's foot, after a finished unit, with the site's furniture above
// it and nothing under it to the page's end but link titles and furniture.
// There it is a headline spaced into phrases that opens with the words
// (下一条 地铁线路花落谁家 at a page's top, or over the next story's
// byline), as it was read before the label was known.
func (b *builder) markSpacedPrevNext() {
	us := b.units
	for i := range us {
		u := &us[i]
		if u.kind != uNoise || u.noise != noiseChrome || u.line != u.lastLine || !mayBePrevNext(u.text) {
			continue
		}
		f, back := prevNextShape(u.text)
		if f != prevNextSpaced {
			continue
		}
		paired := false
		for _, k := range []int{i - 1, i + 1} {
			if k < 0 || k >= len(us) || us[k].kind != uNoise || !mayBePrevNext(us[k].text) {
				continue
			}
			if g, kb := prevNextShape(us[k].text); g != prevNextNone && kb != back {
				paired = true
			}
		}
		foot := i > 0 && (us[i-1].kind != uText || endsSentence(us[i-1].text)) &&
			hasNoise(us[:i], noiseChrome, noiseStamp, noiseLink) && linksToEnd(us[i+1:])
		if !paired && !foot {
			u.kind, u.noise, u.summed = uText, "", false
		}
	}
}

// A Korean site may set the previous/next label alone on its line and the
// linked story's title on the line under it, 이전기사 / 충주시, 노인 일자리
// 2천개 창출 나선다 over 다음기사 / 제천 의림지 겨울 축제 20일 개막 (◀ 이전기사,
// 다음 기사 ▶, a board's 이전글; a Chinese CMS's 上一篇： alone the same).
// The label was furniture already, but the title under it, a short line
// with no sentence's end, stayed text after the story, a paragraph or the
// subheadline of nothing. It is the label's link, as 이전기사 … on one line
// is: noise. A title with the next story's byline, dateline or text under
// it is that story's headline and stays text.

// markPrevNextTitles makes noise of the title line right under a
// previous/next label alone on its line (see above).
func (b *builder) markPrevNextTitles() {
	us := b.units
	for i := 0; i+1 < len(us); i++ {
		u := &us[i]
		if u.kind != uNoise || u.line != u.lastLine || !mayBePrevNext(u.text) || !prevNextLabelAlone(u.text) {
			continue
		}
		t := &us[i+1]
		if t.kind != uText || t.para || t.verbatim || t.line != t.lastLine || t.line > u.line+2 || !atMost(t.text, 60) || endsSentence(t.text) || mayBePrevNext(t.text) && prevNextLink(t.text) {
			continue
		}
		if i+2 < len(us) {
			if n := &us[i+2]; n.kind == uByline || n.kind == uText && !(n.line == n.lastLine && mayBePrevNext(n.text) && prevNextLink(n.text)) && (endsSentence(n.text) || n.line != n.lastLine) {
				continue // the next story's headline, over its byline or text
			}
		}
		t.kind, t.noise, t.summed = uNoise, noiseChrome, false
		i++
	}
}

// prevNextLabelAlone reports a previous/next link that is its label
// alone, with its arrow, bracket or colon at most: 이전기사, ◀ 이전기사,
// 다음 기사 ▶, 【上一篇】, 上一篇：.
func prevNextLabelAlone(s string) bool {
	s = trimPrevNextArrows(s)
	for _, b := range [][2]string{{"【", "】"}, {"[", "]"}, {"［", "］"}} {
		if in, ok := strings.CutPrefix(s, b[0]); ok {
			s = strings.TrimSuffix(in, b[1])
			break
		}
	}
	s = strings.TrimRight(s, "：: 　")
	return slices.Contains(prevNextLabels, s)
}
