package newstext

import (
	"strings"
	"testing"
)

// TestChromeLineCredit: a news site's correction link with the desk's
// credit on its line, spaced or run on (【纠错】【责任编辑：X】), is the
// site's furniture as a whole: one noise line, not the chrome and a
// byline. The story's own editor on a line of its own stays its byline,
// and so does a desk credit with no chrome on its line.
func TestChromeLineCredit(t *testing.T) {
	story := "某地网 > 民生 > 正文\n\n" +
		"城西老旧小区加装电梯全部完工\n\n" +
		"　　某地网4月2日电 (记者 江晓帆)城西区今年计划的38部电梯已全部投入使用。\n\n" +
		"　　居民张阿姨说，以后下楼买菜再也不用发愁了。\n\n"
	for _, c := range []struct{ tail, want string }{
		{"【纠错】【责任编辑：葛一鸣】", "noise 【纠错】【责任编辑：葛一鸣】"},
		{"【纠错】　　【责任编辑:葛　鸣】", "noise 【纠错】　　【责任编辑:葛　鸣】"},
		{"【我要纠错】【责任编辑：葛一鸣】", "noise 【我要纠错】【责任编辑：葛一鸣】"},
		{"【糾錯】【責任編輯：葛一鳴】", "noise 【糾錯】【責任編輯：葛一鳴】"},
		{"【编辑:葛一鸣】\n\n【纠错】【责任编辑：葛一鸣】", "byline 【编辑:葛一鸣】\nnoise 【纠错】【责任编辑：葛一鸣】"},
		{"【责任编辑：葛一鸣】", "byline 【责任编辑：葛一鸣】"},
		{"【纠错】", "noise 【纠错】"},
	} {
		d := mustRead(t, story+c.tail+"\n")
		leaves := pageLeafKinds(d)
		got := strings.Join(leaves[len(leaves)-strings.Count(c.want, "\n")-1:], "\n")
		if got != c.want {
			t.Errorf("%s: the page ends\n%s\nwant\n%s", c.tail, got, c.want)
		}
		roundTrip(t, d)
	}
}
