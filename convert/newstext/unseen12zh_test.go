package newstext

import (
	"strings"
	"testing"
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
