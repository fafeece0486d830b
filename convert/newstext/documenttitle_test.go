package newstext

import (
	"strings"
	"testing"
)

// TestDocumentTitle: a document the paper prints whole under its own
// title, an appeal (倡议书) or an open letter (公开信), opens an article
// of its own, with its salutation and its issuers' sign-off in it, even
// right under another story's text (blind page cn-xianbao-changyi-20);
// a title merely ending in the same characters (说明书, 读者来信) is no
// such document.
func TestDocumentTitle(t *testing.T) {
	for s, want := range map[string]bool{
		"倡议书":        true,
		"倡　议　书":      true,
		"倡議書":        true,
		"防火倡议书":      true,
		"文明祭扫倡议书":    true,
		"致读者公开信":     true,
		"公開信":        true,
		"新春慰问信":      true,
		"征兵告知书":      true,
		"说明书":        false,
		"读者来信":       false,
		"诚信":         false,
		"倡议书签名活动":    false,
		"发出冬季森林防火倡议": false,
		// lines about a document, not its title (review 25b)
		"一封慰问信":        false,
		"一份倡议书":        false,
		"团市委发出文明过年倡议书": false,
		"市长致全体市民公开信":   false,
	} {
		if got := standingBox(s); got != want {
			t.Errorf("standingBox(%q) = %v, want %v", s, got, want)
		}
	}
	brief := "全国冬小麦播种基本结束\n\n" +
		"　　据新华社电　记者5日从农业农村部获悉，截至目前，全国冬小麦播种基本结束，播种面积稳中略增，大部分麦区墒情适宜，出苗整齐。\n\n"
	for _, title := range []string{"倡议书", "防火倡议书", "致全县居民的公开信"} {
		page := brief + title + "\n\n" +
			"　　全县广大居民朋友：\n\n" +
			"　　冬季天干物燥，是森林火灾易发多发期。为守护青山绿水，我们向全县居民发出如下倡议：\n\n" +
			"　　一、进山入林不携带火种，不在林区吸烟、野炊、燃放烟花爆竹。\n\n" +
			"　　二、发现火情立即拨打12119森林火警电话报警。\n\n" +
			"青溪县森林防灭火指挥部办公室\n青溪县文明办\n二〇二六年十二月四日\n"
		d := mustRead(t, page)
		got := tw34Tree(d)
		if len(d.Articles) != 2 || !strings.Contains(got, "article\n  headline "+title+"\n  paragraph 全县广大居民朋友：") {
			t.Errorf("%s: not an article of its own:\n%s", title, got)
		}
		roundTrip(t, d)
	}
}
