package newstext

import (
	"strings"
	"testing"
)

// TestZhBookDataLine: a 书评's line of the book's particulars under the
// reviewer's name, 《青石镇百年》　林远舟著　江东人民出版社　2026年10月　定价68元,
// is a paragraph of the review, never its subheadline, nor glued to the
// text under it (blind page cn-dushu-shuping: it was a subheadline). A
// headline that opens with a book's title, or names its author alone,
// stays a title line.
func TestZhBookDataLine(t *testing.T) {
	for s, want := range map[string]bool{
		"《青石镇百年》　林远舟著　江东人民出版社　2026年10月　定价68元":            true,
		"《青石镇百年》 林远舟 著 江东人民出版社 2026年10月 68.00元":          true,
		"《青石镇百年》林远舟著·江东人民出版社·2026年10月版":                  true,
		"《人类简史》　[以色列]尤瓦尔·赫拉利著　林俊宏译　中信出版社　定价68元":          true,
		"《青石鎮百年》　林遠舟著　江東出版社　定價380元":                      true,
		"《乡土中国》　费孝通著　中华书局　320页":                          true,
		"《青石镇百年》　作者：林远舟　江东人民出版社":                         true,
		"《青石镇百年》林远舟著":                                    false, // (the author alone: no particulars)
		"《青石镇百年》研讨会在京举行":                                 false,
		"《青石镇百年》：一座小城的百年表情":                              false,
		"《数据之眼》作者周启航：读懂身边的数字":                            false,
		"《人民日报》　2026年12月7日　第11版":                         false,
		"《海上丝路的瓷器》陈光明著，南湖出版社2026年9月出版，定价88元。本书以沉船瓷器为线索。": false, // (a notice's sentences: text already)
		"林远舟著　江东人民出版社　定价68元":                             false,
	} {
		if got := zhBookDataLine(s); got != want {
			t.Errorf("zhBookDataLine(%q) = %v, want %v", s, got, want)
		}
	}
	const review = "书评\n在山河褶皱里读懂一座小城\n——读长篇非虚构《青石镇百年》\n\n周　岚\n\n%s\n\n" +
		"一座小城的百年，能写出多少种表情？林远舟用了整整八年，最后交出这部四十万字的非虚构作品。\n\n" +
		"但瑕不掩瑜，这是近年来书写中国乡镇变迁的一部扎实之作。\n\n（作者系江东大学中文系教授）\n"
	for _, line := range []string{
		"《青石镇百年》　林远舟著　江东人民出版社　2026年10月　定价68元",
		"《青石镇百年》　林远舟著　江东人民出版社　2026年10月",
		"《青石镇百年》林远舟著·江东人民出版社·2026年10月版·68.00元",
	} {
		d := mustRead(t, strings.Replace(review, "%s", line, 1))
		if k := kindOfText(d, line); k != "paragraph" {
			t.Errorf("%s: %s, want a paragraph of its own\n%s", line, k, outline(d, false))
		}
		if got := outline(d, false); !strings.Contains(got, "byline 周　岚 names=周岚\n  paragraph 《青石镇百年》") {
			t.Errorf("%s: not right under the byline\n%s", line, got)
		}
		roundTrip(t, d)
	}
}
