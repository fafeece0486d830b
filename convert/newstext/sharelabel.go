package newstext

import "strings"

// A Japanese site labels its row of share buttons with the action, often
// with the article as its object: この記事をシェア　X　Facebook　LINE,
// この記事をシェアする　X　LINE　はてなブックマーク, 記事を共有　X　Pocket.
// The label is the row's, not a title's or a sentence's: with the
// platforms after it the line is web furniture (webChrome), as a Chinese
// or Korean row is under 分享到： or 공유하기 (chrome words already). Alone
// on its line the label is a button (jaButton).

// shareObjects open a share label with what is shared: the article, the
// page.
var shareObjects = []string{"この記事を", "記事を", "このページを", "このニュースを"}

// shareActions are a share label's action: シェア or 共有.
var shareActions = []string{"シェア", "共有"}

// shareVerbs end a share label after its action (する, しよう, します).
var shareVerbs = []string{"しよう", "します", "する"}

// shareLabel reports a word labelling a row of share buttons: one of
// shareObjects or none, one of shareActions, one of shareVerbs or none
// (この記事をシェア, この記事をシェアする, 記事を共有, 共有する). A bare
// action word (シェア, 共有) is a chrome word already; more words after
// the label (この記事をシェアした人) make it no label.
func shareLabel(t string) bool {
	if !atMost(t, 12) {
		return false
	}
	for _, o := range shareObjects {
		if r, ok := strings.CutPrefix(t, o); ok {
			t = r
			break
		}
	}
	action := false
	for _, a := range shareActions {
		if r, ok := strings.CutPrefix(t, a); ok {
			t, action = r, true
			break
		}
	}
	if !action {
		return false
	}
	for _, v := range shareVerbs {
		if r, ok := strings.CutPrefix(t, v); ok {
			t = r
			break
		}
	}
	return t == ""
}
