package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestAllMediaReporterRole: a mainland paper's 全媒体记者 / 融媒体记者 /
// 融媒记者 is the reporter's title, the org only the paper's name before
// it (blind page cn-web-kehuduan); lines that only mention the words stay
// what they were.
func TestAllMediaReporterRole(t *testing.T) {
	for _, tt := range []struct {
		line string
		want string // org|roles|names of the byline, "" for none
	}{
		{"江州日报全媒体记者　孙嘉禾　实习生　吴一凡", "江州日报|全媒体记者,实习生|孙嘉禾,吴一凡"},
		{"全媒体记者　孙嘉禾", "|全媒体记者|孙嘉禾"},
		{"融媒体记者　孙嘉禾", "|融媒体记者|孙嘉禾"},
		{"江州日报融媒体记者　孙嘉禾", "江州日报|融媒体记者|孙嘉禾"},
		{"融媒记者　王芳", "|融媒记者|王芳"},
		{"全媒体记者　孙嘉禾　通讯员　林晓雯", "|全媒体记者,通讯员|孙嘉禾,林晓雯"},
		{"本报全媒体记者　孙嘉禾", "本报|全媒体记者|孙嘉禾"},
		{"■湖南日报全媒体记者 邓晶琎 孙敏坚", "湖南日报|全媒体记者|邓晶琎,孙敏坚"},
		{"江州日报首席记者　孙嘉禾", "江州日报|首席记者|孙嘉禾"},
		{"江州日报记者　孙嘉禾", "江州日报|记者|孙嘉禾"},
		{"全媒体记者节活动在江州举行", ""},
		{"融媒体中心　王芳", ""},
	} {
		page := "前11月江州外贸进出口同比增长8.6%\n\n" + tt.line + "\n\n记者从江州海关获悉，今年前11个月，江州市货物贸易进出口总值1286.4亿元，同比增长8.6%。\n"
		d := mustRead(t, page)
		got := ""
		for _, n := range d.Articles[0].Children {
			if n.Kind == doc.KindByline {
				got = n.Org + "|" + strings.Join(n.Roles, ",") + "|" + strings.Join(n.Names, ",")
			}
		}
		if got != tt.want {
			t.Errorf("%s: byline %q, want %q", tt.line, got, tt.want)
		}
		roundTrip(t, d)
	}
}
