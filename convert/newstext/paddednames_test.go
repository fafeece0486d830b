package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestPaddedNamesInDatelineBracket: a bracket of two or more role-less
// names right after a dateline is the byline even where a two-character
// name among them is padded to three cells with a full-width space
// (中国法院网讯（黄晓燕　周　洋）…, blind page cn-fayuan-web), whatever
// the dateline (本报讯, 南都讯, 中新网…电) and however the names are
// parted. Two single characters parted by 、, a place padded as a name
// is, and a compound surname before its given name stay as they were.
func TestPaddedNamesInDatelineBracket(t *testing.T) {
	const head = "外卖骑手送餐途中摔伤　平台被判担责\n\n"
	const text = "外卖骑手在送餐途中摔伤，配送平台该不该担责？近日，城东区人民法院审结一起案件。"
	tests := []struct {
		dateline, bracket string
		names             string // "" when the bracket stays in the paragraph
	}{
		{"中国法院网讯", "（黄晓燕　周　洋）", "黄晓燕,周洋"},
		{"本报讯", "（黄晓燕　周　洋）", "黄晓燕,周洋"},
		{"南都讯", "（黄晓燕　周　洋）", "黄晓燕,周洋"},
		{"中新网杭州12月3日电", "（黄晓燕　周　洋）", "黄晓燕,周洋"},
		{"本报讯", "（黄　燕　周　洋）", "黄燕,周洋"},
		{"本报讯", "（周　洋　黄晓燕）", "周洋,黄晓燕"},
		{"本报讯", "（黄晓燕、周　洋）", "黄晓燕,周洋"},
		{"本报讯", "（黄晓燕 周 洋）", "黄晓燕,周洋"},
		{"本报讯", "（黄晓燕　周　洋　李　明）", "黄晓燕,周洋,李明"},
		// (already read before the rule)
		{"本报讯", "（黄晓燕　周洋）", "黄晓燕,周洋"},
		{"本报讯", "（周　洋）", "周洋"},
		// look-alikes that stay as they were
		{"本报讯", "（王、李）", ""},
		{"本报讯", "（杭　州　丽　水）", ""},
		{"本报讯", "（综合报道）", ""},
	}
	for _, tt := range tests {
		t.Run(tt.dateline+tt.bracket, func(t *testing.T) {
			d := mustRead(t, head+tt.dateline+tt.bracket+text+"\n")
			var got []string
			for _, n := range d.Articles[0].Children {
				if n.Kind == doc.KindByline {
					got = append(got, strings.Join(n.Names, ","))
				}
			}
			if g := strings.Join(got, ";"); g != tt.names {
				t.Errorf("byline names %q, want %q\n%s", g, tt.names, strings.Join(kindsOf(d), "\n"))
			}
			roundTrip(t, d)
		})
	}
	toks := joinPaddedNames([]string{"黄晓燕", "周", "洋"}, "黄晓燕　周　洋")
	if strings.Join(toks, ",") != "黄晓燕,周洋" {
		t.Errorf("joinPaddedNames = %q", toks)
	}
	if toks := joinPaddedNames([]string{"王", "李"}, "王、李"); len(toks) != 2 {
		t.Errorf("joinPaddedNames(王、李) = %q: 、 parts two words", toks)
	}
}
