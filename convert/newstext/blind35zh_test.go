package newstext

import (
	"strings"
	"testing"
)

// blind35Letter is a 联合早报 读者来函 page (blind page sg-zaobao-duzhe): the
// title, a line the test sets (STAMP), the writer's name, the letter, the
// bare note on its writer and a line the test sets at the foot (FOOT).
const blind35Letter = "组屋电梯翻新应多听年长居民意见\n\nSTAMP\n\n林秀英\n\n" +
	"我住在宏茂桥一座有40多年历史的组屋，今年电梯翻新工程拖了将近四个月。工程期间，楼上不少年长邻居只能靠家人搀扶上下楼。\n\n" +
	"建议市镇理事会在类似工程开始前，先上门登记需要协助的住户，让年长居民不至于“困”在家中。\n\n" +
	"作者是退休教师\n\nFOOT\n"

// TestBlind35SlashedWebStamp: a web stamp whose word and date are parted
// by a slash, spaced or not (发布/2026年12月5日 05:00, 联合早报; 更新／…,
// 發佈/…), is the site's time stamp, noise, as 发布 / … and 发布：… are:
// not a table's row, which made the writer's name under it a section
// head. A slash after no stamp word, or before no date and time, is none.
func TestBlind35SlashedWebStamp(t *testing.T) {
	for _, tt := range []struct {
		s     string
		stamp bool
	}{
		{"发布/2026年12月5日 05:00", true},
		{"发布 / 2026年12月5日 05:00", true},
		{"发布：2026年12月5日 05:00", true},
		{"更新／2026-12-05 10:25", true},
		{"發佈/2026/12/05 09:12", true},
		{"发布/2026年12月5日 05:00　更新/2026年12月5日 09:12", true},
		{"发布时间/2026-12-05 10:25", true},
		// Look-alikes: no time, no stamp word, no date.
		{"发布/新加坡", false},
		{"发布/2026年12月5日", false},
		{"中新/2026-12-05 10:25", false},
		{"发布/05:00", false},
	} {
		if got := isWebStamp(tt.s); got != tt.stamp {
			t.Errorf("isWebStamp(%q) = %v, want %v", tt.s, got, tt.stamp)
		}
	}
	for _, stamp := range []string{"发布/2026年12月5日 05:00", "更新／2026-12-05 10:25", "發佈/2026/12/05 09:12"} {
		d := mustRead(t, strings.Replace(strings.Replace(blind35Letter, "STAMP", stamp, 1), "FOOT", "相关新闻", 1))
		wantIn(t, strings.Join(treeOf(d), "\n"), "  headline 组屋电梯翻新应多听年长居民意见\n  noise "+stamp+"\n  byline 林秀英\n  paragraph 我住在")
		roundTrip(t, d)
	}
}

// TestBlind35CallForLetters: a letters page's call for letters closed by
// the address to send them to (欢迎读者来函，电邮：…, 联合早报), as a call for
// contributions (欢迎投稿　评论版邮箱：…), is page furniture, also written
// as a sentence with its comma: not a byline read off 读者 in it, nor a
// paragraph. A sentence with no address, or an address with no call,
// stays what it was.
func TestBlind35CallForLetters(t *testing.T) {
	for _, tt := range []struct {
		s    string
		call bool
	}{
		{"欢迎读者来函，电邮：forum@zaobao.com.sg", true},
		{"欢迎投稿，电邮：forum@zaobao.com.sg", true},
		{"欢迎来函　电邮：forum@zaobao.com.sg", true},
		{"读者来函请电邮：forum@zaobao.com.sg", true},
		{"读者来信请寄 duzhe@rmrb.com.cn", true},
		{"歡迎投書，信箱：opinion@udngroup.com", true},
		{"欢迎投稿　言论版邮箱：yanlun@hzrb.cn", true},
		// Look-alikes: no address, no call, a sentence about letters.
		{"欢迎读者来函，分享您的看法", false},
		{"如有疑问，电邮：service@zaobao.com.sg", false},
		{"本报上月收到的读者来函超过三百封，多数谈及组屋电梯翻新工程的安排", false},
	} {
		if got := noiseKind(tt.s) == noiseCopyCall; got != tt.call {
			t.Errorf("%s: call for contributions %v, want %v (noiseKind %q)", tt.s, got, tt.call, noiseKind(tt.s))
		}
	}
	for _, foot := range []string{"欢迎读者来函，电邮：forum@zaobao.com.sg", "欢迎投稿，电邮：forum@zaobao.com.sg"} {
		d := mustRead(t, strings.Replace(strings.Replace(blind35Letter, "STAMP", "发布 / 2026年12月5日 05:00", 1), "FOOT", foot, 1))
		wantIn(t, strings.Join(treeOf(d), "\n"), "  byline 作者是退休教师\n  noise "+foot)
		roundTrip(t, d)
	}
}

// TestBlind35AuthorNoteOverFoot: the bare note on the writer, 作者是退休教师,
// is the piece's byline under its last paragraph whatever page furniture
// the reader does not know stands under it: a short closing line or two
// with no sentence's end (欢迎读者来函，请寄本报言论版信箱). Over body text,
// a paragraph ending in a full stop however short, or a long one, the
// words open a head (作者是谁并不重要), and a foot line ending in one
// cannot be told from such a paragraph.
func TestBlind35AuthorNoteOverFoot(t *testing.T) {
	for _, tt := range []struct {
		note, foot string
		byline     bool
	}{
		{"作者是退休教师", "欢迎读者来函，请寄本报言论版信箱", true},
		{"作者是退休教师", "欢迎读者来函\n\n信箱：新加坡邮政总局第1234号", true},
		{"作者系本地律师", "欢迎读者来函，请寄本报言论版信箱", true},
		// Look-alikes: body text under the words.
		{"作者是谁并不重要", "重要的是文章本身。", false},
		{"作者是退休教师", "欢迎读者来函，请寄本报言论版信箱。", false},
		{"作者是谁并不重要", "重要的是他说了什么。\n\n读者自会判断。", false},
		{"作者是谁并不重要", "重要的是，这封信说出了许多年长居民的心声：工程期间出行不便的，不只是住在高楼层的老人。当局和承包商在安排工程时应当认真听取他们的意见。", false},
	} {
		page := strings.Replace(strings.Replace(blind35Letter, "STAMP", "发布 / 2026年12月5日 05:00", 1), "FOOT", tt.foot, 1)
		page = strings.Replace(page, "作者是退休教师", tt.note, 1)
		d := mustRead(t, page)
		n := nodeWithText(d, tt.note)
		if got := n != nil && n.Kind == "byline"; got != tt.byline {
			t.Errorf("%s over %q: byline %v, want %v\n%s", tt.note, tt.foot, got, tt.byline, strings.Join(treeOf(d), "\n"))
		}
		roundTrip(t, d)
	}
}
