package newstext

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/encoding/traditionalchinese"
)

// TestDivisionSlashSeparator: a Taiwanese page's credits and datelines
// part their fields with a slash, and Big5 text decodes its A241 slash as
// U+2215 ∕ (isSlash). Each page, with ∕ where ／ stands, reads as it does
// with ／, and keeps the ∕ it was given.
func TestDivisionSlashSeparator(t *testing.T) {
	pages := []struct{ name, page string }{
		{"bracketed reporter", "高雄捷運黃線動工\n\n〔記者蔡宗勳∕高雄報導〕高雄捷運黃線昨天舉行動工典禮，預計2031年通車。\n\n市府表示，工期將分段推進。\n"},
		{"reporter on its own line", "宜蘭溫泉季登場\n\n記者江志雄∕宜蘭報導\n\n宜蘭縣政府昨天宣布溫泉季開跑，推出多項住宿優惠。\n"},
		{"paper and reporter", "彰化花卉博覽會開幕\n\n【時報記者吳敏菁∕彰化報導】彰化花卉博覽會昨天開幕，首日湧入三萬人次。\n\n主辦單位表示，展期至月底。\n"},
		{"desk, compiled", "颱風外圍環流發威\n\n〔即時新聞∕綜合報導〕颱風外圍環流影響，北部山區今天有豪雨。\n\n氣象署提醒民眾注意。\n"},
		{"photographer after the caption", "台南古蹟夜間開放\n\n〔記者洪瑞琴∕台南報導〕台南市文化局宣布，赤崁樓暑假夜間開放至晚間九點。\n\n赤崁樓夜間點燈。記者洪瑞琴∕攝影\n\n文化局表示，將加派導覽人員。\n"},
	}
	for _, tt := range pages {
		t.Run(tt.name, func(t *testing.T) {
			got := outline(mustRead(t, tt.page), false)
			want := outline(mustRead(t, strings.ReplaceAll(tt.page, "∕", "／")), false)
			if strings.ReplaceAll(got, "∕", "／") != want || !strings.Contains(got, "∕") {
				t.Errorf("with ∕:\n%s\nwith ／:\n%s", got, want)
			}
		})
	}
}

// TestBig5A241Dateline: the bytes Python's big5 codec writes for
// 〔記者X／台北報導〕 (A241 for ／) read as the dateline they are.
func TestBig5A241Dateline(t *testing.T) {
	var b bytes.Buffer
	b.Write(encodeWith(t, traditionalchinese.Big5, "北市公車票價凍漲\n\n〔記者黃筱琪"))
	b.Write([]byte{0xA2, 0x41})
	b.Write(encodeWith(t, traditionalchinese.Big5, "台北報導〕台北市公車票價明年維持不變，市府將補貼業者油價差額。\n"))
	d := mustRead(t, b.String())
	wantKinds(t, b.String(), "headline 北市公車票價凍漲", "dateline 〔記者黃筱琪∕台北報導〕",
		"paragraph 台北市公車票價明年維持不變，市府將補貼業者油價差額。")
	if n := d.Articles[0].Children[1]; n.Place != "台北" || strings.Join(n.Names, ",") != "黃筱琪" {
		t.Errorf("dateline fields: place %q names %q", n.Place, n.Names)
	}
}
