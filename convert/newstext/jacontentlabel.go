package newstext

import (
	"slices"
	"strings"
)

// A Japanese paper or site sets a label in lenticular brackets that names
// the kind of item a line brings, not where the story was filed from:
// 【図解】米国の対中輸出規制の経緯 (jiji.com's link to its graphic),
// 【写真特集】…, 【動画】…, 【詳報】…, 【解説】…. 【東京】 and
// 【ワシントン時事】 are datelines; these are not, and a line opening with
// one neither dates an article nor starts a new one.

// jaMediaLabels name an item of another medium than the story's text:
// a graphic, a photo gallery, a video. The label with a title run on
// (【図解】米国の対中輸出規制の経緯) points to that item on the site: a
// related link, noise, not text of the story.
var jaMediaLabels = []string{"図解", "図表", "グラフィック", "写真特集", "フォト特集", "写真集", "フォト", "動画", "映像", "ギャラリー"}

// jaPhotoLabels name a photo or picture: 【写真】 and 【画像】 open a
// labelled caption under a print story (【写真】曳き綱を握る参加者＝十日、
// 秩父市で（山田花子撮影）) and, with a title run on and none of a
// caption's tail, a web page's link to the photo (【写真】新型車両の車内,
// jaMediaLink). Either way the label is no dateline's place: read as 【佐
// 久】 is, it dated and opened an article of its own (blind page
// ja-kobe-web).
var jaPhotoLabels = []string{"写真", "画像"}

// jaFigureLabels name a table or figure: ［表］主な企業の4～9月期決算, 【図】…
// title the box under them, as 表： does. One character long, 表 or 図
// read as 【津】 is, a place, dated the table and cut it off its story
// (blind round 88).
var jaFigureLabels = []string{"表", "図", "グラフ", "図表"}

// jaKindLabels name a kind of article or of its part (詳報, 特集 …) as
// japaneseLabels do (解説, 評論 …): a head's or a link's label, never a
// dateline's place.
var jaKindLabels = []string{"詳報", "続報", "特集", "連載", "まとめ", "独自", "特報", "図説", "一覧"}

// jaContentLabel reports a bracket's text that names a kind of item or
// article (jaMediaLabels, jaKindLabels, japaneseLabels), not a place; so
// does a bare reader's header, 【ランキング】, 【人気記事】
// (jaBareReaderHeaders): over a print story's text a head, over a site's
// link titles the list's header (jabareranking.go), never a dateline;
// nor is a sport's, an event's, a review's or a section's word
// (jaNoPlaceLabel: 【戦評】, 【高校ラグビー】), nor a topic's (jaTopicLabel:
// 【宇宙】, 【話題】), nor a time of day's (jaDayTimeLabel: 【午前】), nor a
// cultural event's kind (jaArtEvent: ［展覧会］).
func jaContentLabel(in string) bool {
	return slices.Contains(jaMediaLabels, in) || slices.Contains(jaPhotoLabels, in) || slices.Contains(jaFigureLabels, in) || slices.Contains(jaKindLabels, in) || slices.Contains(japaneseLabels, in) || slices.Contains(jaBareReaderHeaders, in) || jaNoPlaceLabel(in) || jaTopicLabel(in) || jaDayTimeLabel(in) || jaArtEvent(in)
}

// jaBracketLabelLead reports a line opening with a content label in
// lenticular brackets (jaContentLabel): 【解説】…, 【図解】…. Such a
// label opens its paragraph, head or link, never the wrap of the line
// above: splitBlock starts a unit there even on a page with no blank
// lines, as it does at a bracketed dateline.
func jaBracketLabelLead(s string) bool {
	if !strings.HasPrefix(s, "【") {
		return false
	}
	in, _, ok := leadingBracket(s)
	return ok && jaContentLabel(trimSpace(in))
}

// jaMediaLink reports a link to a graphic, photo gallery or video on a
// Japanese site: one of jaMediaLabels in lenticular brackets and the
// item's title run on, short and no sentence (linkLine), 【図解】米国の
// 対中輸出規制の経緯, 【写真特集】師走の京都. The item is not in the
// copied text: the line is a related link, noise. So is 【写真】 or 【画像】
// with a title that holds no caption's tail (captionTail): 【写真】新型車両
// の車内.
func jaMediaLink(s string) bool {
	if !strings.HasPrefix(s, "【") || !atMost(s, 48) {
		return false
	}
	in, end, ok := leadingBracket(s)
	photo := ok && slices.Contains(jaPhotoLabels, trimSpace(in))
	if !ok || !photo && !slices.Contains(jaMediaLabels, trimSpace(in)) {
		return false
	}
	title := trimSpace(s[end:])
	if photo && captionTail(title) {
		return false // 【写真】…＝十日、秩父市で（山田花子撮影）: a labelled caption (jacaption.go)
	}
	return title != "" && linkLine(title) && !endsSentence(title)
}

// captionTail reports a photo's title that holds a caption's tail: the
// ＝ before the day, place or credit (…参加者＝六日、館山市で), a credit
// (撮影), or a closing bracket (（７日、オハイオ州）, （山田太郎撮影）).
// A link's title has none of them.
func captionTail(t string) bool {
	if hasAnyRune(t, "＝=") || strings.Contains(t, "撮影") {
		return true
	}
	r, _ := decodeLast(t)
	return r == '）' || r == ')'
}
