package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// Chinese forms from blind round 10 (December 2026),
// each tested on original text of its own.

// TestMarkedCreditLine: a line opened by a byline's mark (◎ as 科技日报
// sets its reporter's line, ■, ●) that names someone after its role is
// the byline, not a head over the text; the same mark over a column's
// head that opens with a role word (记者手记) and names no one stays a
// head.
func TestMarkedCreditLine(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"◎本报记者　方晓岚", "byline"},
		{"◎记者 方晓岚 通讯员 郑一鸣", "byline"},
		{"■本报记者　方晓岚", "byline"},
		{"●通讯员　郑一鸣", "byline"},
		{"◎记者手记", "heading"},
		{"■记者观察", "heading"},
		{"◎把课堂搬进田野", "heading"},
	} {
		page := "乡村学校的秋天\n\n" + tc.line + "\n\n" +
			"　　九月开学以来，县里的几所村小换了新模样。孩子们在新操场上奔跑。\n\n" +
			"　　校长说，学校今年新招了三名老师。家长们都很高兴。\n"
		got := strings.Join(pageLeafKinds(mustRead(t, page)), "\n")
		if !strings.Contains(got, tc.want+" "+tc.line+"\n") {
			t.Errorf("%s: want %s in:\n%s", tc.line, tc.want, got)
		}
	}
}

// TestBracketedSlashPhotoCredit: a caption closed by its photographer's
// credit in brackets with the slash Taiwan's and overseas papers set,
// （記者X／攝影）, is a caption in either script, never the start of a
// paragraph that the next block continues.
func TestBracketedSlashPhotoCredit(t *testing.T) {
	for _, cap := range []string{
		"市民在公園湖畔欣賞盛開的櫻花。（記者蘇文彬／攝影）",
		"市民在公园湖畔欣赏盛开的樱花。（记者苏文彬／摄影）",
	} {
		page := "公園櫻花盛開　賞花人潮湧現\n\n記者蘇文彬／波士頓報導\n\n" +
			"波士頓公共花園的櫻花本周進入盛開期，\n吸引大批民眾前往賞花拍照。\n\n" +
			cap + "\n\n" +
			"公園管理處表示，賞花期預計持續到下周\n末，呼籲民眾愛護花木。\n"
		got := strings.Join(pageLeafKinds(mustRead(t, page)), "\n")
		wantIn(t, got, "caption "+cap+"\nparagraph 公園管理處表示")
	}
}

// TestStampWithSection: a web page's line of the story's date and time
// followed by the site's section name (2026-09-17 16:52 財經) is its time
// stamp, noise, as the bare stamp is; a date, a time and words that are
// no section name stay text.
func TestStampWithSection(t *testing.T) {
	for _, s := range []string{"2026-03-02 08:15 地方", "2026/03/02 08:15 國際新聞", "2026-03-02 08:15"} {
		if !isWebStamp(s) {
			t.Errorf("%s: not a stamp", s)
		}
	}
	for _, s := range []string{"2026-03-02 08:15 比賽正式開始", "2026-03-02 08:15 地方 國際", "2026-03-02 08:15 A3", "2026-03-02 地方", "2026-03-02 08:15 2026-03-03 09:00 地方"} {
		if isWebStamp(s) {
			t.Errorf("%s: read as a stamp", s)
		}
	}
	page := "縣府擴大長照據點　明年增設20處\n2026-03-02 08:15 地方\n" +
		"記者 黃志明／花蓮報導\n" +
		"花蓮縣政府今（2）日宣布，明年將在偏鄉增設20處長照據點。\n" +
		"縣府表示，新據點將優先設在交通不便的部落。\n"
	got := strings.Join(pageLeafKinds(mustRead(t, page)), "\n")
	wantIn(t, got, "headline 縣府擴大長照據點　明年增設20處\nnoise 2026-03-02 08:15 地方\ndateline 記者 黃志明／花蓮報導\nparagraph 花蓮縣政府")
}

// TestReporterLineTwoNames: the Taiwanese reporter line naming two
// reporters, 記者 X、Y／台北報導 (with or without a space after the
// role), is a dateline with its place, as with one reporter, not a
// byline that drops the place.
func TestReporterLineTwoNames(t *testing.T) {
	for _, line := range []string{"記者 黃志明、林雅婷／花蓮報導", "記者黃志明、林雅婷／花蓮報導"} {
		if _, ok := parseBylineLine(line); ok {
			t.Errorf("%s: read as a byline", line)
		}
		page := "縣府擴大長照據點　明年增設20處\n" + line + "\n" +
			"花蓮縣政府今（2）日宣布，明年將在偏鄉增設20處長照據點。\n" +
			"縣府表示，新據點將優先設在交通不便的部落。\n"
		d := mustRead(t, page)
		found := false
		for _, a := range d.Articles {
			for _, n := range a.Children {
				if n.Kind == doc.KindDateline {
					found = n.Place == "花蓮" && strings.Join(n.Names, ",") == "黃志明,林雅婷"
				}
			}
		}
		if !found {
			t.Errorf("%s: no dateline with place 花蓮 and both names in:\n%s", line, strings.Join(pageLeafKinds(d), "\n"))
		}
	}
}
