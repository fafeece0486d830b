package newstext

import (
	"strings"
	"testing"
)

// TestRepeatedOrgCredit: a paper's name printed again before the second
// role of a credit (南方周末记者　林　舟　南方周末实习生　许　晴) is the
// credit's org, never a name before its role, whatever the paper's name
// ends with; a name before its role that is not the org stays a name.
func TestRepeatedOrgCredit(t *testing.T) {
	for _, c := range []struct{ in, org, names string }{
		// the case and its variants
		{"南方周末记者　林　舟　南方周末实习生　许　晴", "南方周末", "林舟|许晴"},
		{"南方周末记者　林舟　南方周末实习生　许晴", "南方周末", "林舟|许晴"},
		{"南方周末记者　林　舟　南方周末记者　许　晴", "南方周末", "林舟|许晴"},
		{"南方周末记者　林晓舟　南方周末实习生　许　晴", "南方周末", "林晓舟|许晴"},
		{"财经周刊记者　王　磊　财经周刊通讯员　周　敏", "财经周刊", "王磊|周敏"},
		// look-alikes that keep their reading
		{"光明日报记者　张　静　光明日报通讯员　李　平", "光明日报", "张静|李平"},
		{"南方周末记者　林　舟　实习生　许　晴", "南方周末", "林舟|许晴"},
		{"鈴木花子記者", "", "鈴木花子"},
		{"南方周末记者　林　舟　许晴实习生", "南方周末", "林舟|许晴"},
		{"本报记者　林舟　许晴摄影", "本报", "林舟|许晴"},
		{"记者　王芳　李明通讯员", "", "王芳|李明"},
	} {
		got, ok := parseCredit(c.in, false)
		if n := strings.Join(got.names, "|"); !ok || got.org != c.org || n != c.names {
			t.Errorf("parseCredit(%q) = org %q names %q (ok %v), want org %q names %q", c.in, got.org, n, ok, c.org, c.names)
		}
	}
}
