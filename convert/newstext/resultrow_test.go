package newstext

import (
	"strings"
	"testing"
)

// TestResultRowsUnranked: a results box with no rank, each finisher's
// category, name and result in Han units (2小时14分36秒, 2小時14分36秒,
// 2时14分36秒, 4分05秒23, 9秒83, 8米12, 8.12米, 185公斤), is a table's row,
// a paragraph each, under its head at any width; the last row is never a
// kicker of the next story's headline, and rows as wide as the measure are
// never one wrapped paragraph with that headline (blind page
// cn-shibao-tiyu-22). A time in one phrase of a headline
// (鈴木が日本新　２時間４分５６秒), a span of one unit (4小时, 30秒), a
// clock (7时30分), words glued to the time and a phrase field are none of
// it.
func TestResultRowsUnranked(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"男子　杨正林　2小时14分36秒", true},
		{"女子　刘欣怡　2小时33分09秒", true},
		{"男子　李　航　2小时16分48秒", true},
		{"男子冠军　杨正林　2小时14分36秒", true},
		{"男子　第1名　杨正林　2小时14分36秒", true},
		{"男子組　楊正林　2小時14分36秒", true},
		{"男子　杨正林　2时14分36秒", true},
		{"女子1500米　刘欣怡　4分05秒23", true},
		{"男子100米　苏炳添　9秒83　赛会纪录", true},
		{"男子100米　苏炳添　9.83秒", true},
		{"男子跳远　张伟　8米12", true},
		{"男子跳高　王宇　2.30米", true},
		{"男子举重　王强　185公斤", true},
		{"男子　鈴木一郎　２時間６分１１秒", true},
		{"鈴木が日本新　２時間４分５６秒", false},
		{"東京マラソン　鈴木が日本新　２時間４分５６秒", false},
		{"北京到上海　高铁　4小时", false},
		{"冬季　跑步　30秒", false},
		{"开跑时间　明天　7时30分", false},
		{"男子　杨正林　2小时14分36秒夺冠", false},
		{"男子　杨正林夺得全程冠军　2小时14分36秒", false},
		{"男子跳远　张伟　8米", false},
		{"杨正林　2小时14分36秒", false},
	} {
		if got := tableRow(c.s) > 0; got != c.want {
			t.Errorf("tableRow(%q) > 0 = %v, want %v", c.s, got, c.want)
		}
	}
	for s, want := range map[string]bool{
		"2小时14分36秒": true, "2小時14分36秒": true, "2时14分36秒": true, "1時間9分22秒": true,
		"7时30分": false, "7时30分15": false, "2时": false, "１時２０分": false,
	} {
		if got := hanDuration(s); got != want {
			t.Errorf("hanDuration(%q) = %v, want %v", s, got, want)
		}
	}
	// A page at a 22-character measure with no blank lines: a story, the
	// box's head over its rows, the next story.
	story := "　　本报讯　12月6日，2026江城马拉松在市民广场鸣\n枪开跑，2万名跑者参赛。\n"
	next := "国乒公布亚锦赛参赛名单\n　　据新华社北京12月6日电　中国乒乓球协会\n6日公布了亚锦赛中国队参赛名单。\n"
	for _, rows := range [][]string{
		{"男子　杨正林　2小时14分36秒", "男子　马俊峰　2小时15分02秒", "女子　刘欣怡　2小时33分09秒", "女子　孙佳琪　2小时35分51秒"},
		{"男子　第1名　杨正林　2小时14分36秒", "男子　第2名　马俊峰　2小时15分02秒", "女子　第1名　刘欣怡　2小时33分09秒", "女子　第2名　孙佳琪　2小时35分51秒"},
		{"男子跳远　第1名　张　伟　8米12", "男子跳远　第2名　王　磊　8米05", "女子跳远　第1名　李　娜　6米88", "女子跳远　第2名　赵　敏　6米71"},
	} {
		page := "江城马拉松鸣枪开跑\n" + story + "全程马拉松前三名\n" + strings.Join(rows, "\n") + "\n" + next
		d := mustRead(t, page)
		got := strings.Join(flatKinds(d), "\n")
		want := []string{
			"article", "  headline 江城马拉松鸣枪开跑", "  dateline 本报讯",
			"  paragraph 12月6日，2026江城马拉松在市民广场鸣枪开跑，2万名跑者参赛。",
			"  section ", "    heading 全程马拉松前三名",
		}
		for _, r := range rows {
			want = append(want, "    paragraph "+r)
		}
		want = append(want, "article", "  headline 国乒公布亚锦赛参赛名单", "  dateline 据新华社北京12月6日电",
			"  paragraph 中国乒乓球协会6日公布了亚锦赛中国队参赛名单。")
		if w := strings.Join(want, "\n"); got != w {
			t.Errorf("page:\n%s\n got:\n%s\nwant:\n%s", page, got, w)
		}
		roundTrip(t, d)
	}
}
