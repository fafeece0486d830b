package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestAfterword: an editor's afterword (编后：…, 【编后】…, 编后语：…,
// 編後語：…) is a note, and it closes the story above it: it is never
// taken into the next story's title group as an editor's note (编者按)
// over it would be. Text that only starts with the characters is not one.
func TestAfterword(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"编后：一字之变，折射的是治理理念的转变。", true},
		{"【编后】群众的事无小事。", true},
		{"编后语：改造要改到居民心坎上。", true},
		{"編後語：城市更新，人是主角。", true},
		{"编后记:这组报道历时三个月。", true},
		{"编后续工作由街道负责。", false},
		{"编者按：本报今起推出系列报道。", false}, // an editor's note, not an afterword
	} {
		if got := isAfterword(tt.s); got != tt.want {
			t.Errorf("isAfterword(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	page := "旧楼加装电梯　居民上下楼不再难\n" +
		"　　本报讯（记者 韩雪）今年以来，全区已有46个老旧小区完成电梯加装，惠及居民3000余户。\n" +
		"　　编后：加装电梯是小事，也是大事。把居民的难处放在心上，好事才能办好。\n" +
		"社区食堂开到家门口\n" +
		"　　本报讯（记者 林涛）本周起，东城区又有5家社区食堂对老人开放，午餐每份不超过15元。\n"
	d := mustRead(t, page)
	roundTrip(t, d)
	if len(d.Articles) != 2 {
		t.Fatalf("%d articles, want 2", len(d.Articles))
	}
	first := strings.Join(pageLeafKinds(&doc.Document{Articles: d.Articles[:1]}), "\n")
	if !strings.Contains(first, "note 编后：") {
		t.Errorf("first article:\n%s\nwant the afterword as its note", first)
	}
	if second := strings.Join(pageLeafKinds(&doc.Document{Articles: d.Articles[1:]}), "\n"); strings.Contains(second, "编后") {
		t.Errorf("second article took the afterword:\n%s", second)
	}
}

// TestAuthorLineWithNote: a theory page's closing author line with a note
// on who the author is, （作者：郑立群，系…教授）, is a byline naming the
// author; a comma before something else is no such line.
func TestAuthorLineWithNote(t *testing.T) {
	for _, tt := range []struct {
		s, names string
		ok       bool
	}{
		{"作者：郑立群，系华中师范大学公共管理学院教授", "郑立群", true},
		{"作者：周晓雯、李明，为省社科院研究员", "周晓雯,李明", true},
		{"作者：王磊", "王磊", true},
		{"作者：王磊，他在基层工作多年", "", false},
	} {
		c, ok := authorLabel(tt.s)
		if ok != tt.ok || ok && strings.Join(c.names, ",") != tt.names {
			t.Errorf("authorLabel(%q) = %+v, %v; want names %q, %v", tt.s, c, ok, tt.names, tt.ok)
		}
	}
}

// TestIndentedPaddedLine: a padded two-character line right under the
// titles is the author's byline (林　晓) unless it is set with the 2em
// paragraph indent, as the normalized text writes every paragraph: there
// it is the text's (a FuzzRead input: 點　覽 under 放 read back as a byline).
func TestIndentedPaddedLine(t *testing.T) {
	d := mustRead(t, "# 放\n\n　　點　覽\n\n（編輯：怡安）\n")
	if got := strings.Join(pageLeafKinds(d), "\n"); !strings.Contains(got, "paragraph 點　覽") {
		t.Errorf("indented padded line:\n%s\nwant it a paragraph", got)
	}
	d = mustRead(t, "筑牢安全生产防线\n林　晓\n　　安全生产，人命关天。各地各部门要压实责任，排查隐患。\n")
	if got := strings.Join(pageLeafKinds(d), "\n"); !strings.Contains(got, "byline 林　晓") {
		t.Errorf("padded name under the headline:\n%s\nwant it the byline", got)
	}
}
