package newstext

import (
	"strings"
	"testing"
)

// TestPaperBeforeRole: a paper's name set directly before its reporter's
// role, with the name after the role (南方周末记者　周　岚, 财新记者 李明),
// is the byline's org, not a second name; a name before its role with
// nothing after (鈴木花子記者) stays a name (blind page nfzm-feature).
func TestPaperBeforeRole(t *testing.T) {
	for _, tt := range []struct{ in, org, roles, names string }{
		{"南方周末记者　周　岚", "南方周末", "记者", "周岚"},
		{"南方周末记者 周岚 实习生 许嘉宁", "南方周末", "记者,实习生", "周岚,许嘉宁"},
		{"财新记者 李明", "财新", "记者", "李明"},
		{"鈴木花子記者", "", "記者", "鈴木花子"},
		{"本报记者 王磊", "本报", "记者", "王磊"},
	} {
		c, ok := parseCredit(tt.in, false)
		if !ok || c.org != tt.org || strings.Join(c.roles, ",") != tt.roles || strings.Join(c.names, ",") != tt.names {
			t.Errorf("parseCredit(%s) = %+v, %v; want org %q roles %q names %q", tt.in, c, ok, tt.org, tt.roles, tt.names)
		}
	}
}

// TestContributionCredit: the bracketed credit of who helped with a story,
// （南方周末实习生许嘉宁对本文亦有贡献）, （实习生 张三 参与采写）, is a
// byline of the credit before the closing words; a sentence that ends the
// same way with no credit in it stays text.
func TestContributionCredit(t *testing.T) {
	for _, tt := range []struct{ in, org, roles, names string }{
		{"南方周末实习生许嘉宁对本文亦有贡献", "南方周末", "实习生", "许嘉宁"},
		{"实习生 张三 参与采写", "", "实习生", "张三"},
		{"記者王小明對本文亦有貢獻", "", "記者", "王小明"},
	} {
		c, ok := parseBracketCredit(tt.in)
		if !ok || c.org != tt.org || strings.Join(c.roles, ",") != tt.roles || strings.Join(c.names, ",") != tt.names {
			t.Errorf("parseBracketCredit(%s) = %+v, %v; want org %q roles %q names %q", tt.in, c, ok, tt.org, tt.roles, tt.names)
		}
	}
	if c, ok := parseBracketCredit("这次改革对本文有贡献"); ok {
		t.Errorf("parseBracketCredit(这次改革对本文有贡献) = %+v, want no credit", c)
	}
	wantKinds(t, "乡村夜校开学了\n\n　　晚上七点，村委会二楼的教室里坐满了人。\n\n（南方周末实习生许嘉宁对本文亦有贡献）\n",
		"headline 乡村夜校开学了",
		"paragraph 晚上七点，村委会二楼的教室里坐满了人。",
		"byline （南方周末实习生许嘉宁对本文亦有贡献）")
}
