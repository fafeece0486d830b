package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestBoxMiddleRows: a fact box's rows under its title, a listed row
// (起火時間：…) over rows of labels the reader does not list (火警級別：三級,
// 出動人員：…), set one under another with no blank line (an OCR'd Hong
// Kong page, blind page b58-hk-ocr-gongxia): the middle row, between two
// lines of a row's shape, is a row, never a head that speaks for someone,
// and no two rows join (the source-speaking title under a box's last
// row stays a title: TestServiceBoxRows).
func TestBoxMiddleRows(t *testing.T) {
	const story = "屯門工廈深夜三級火\n　　【本報訊】屯門新墟一幢工業大\n廈昨日凌晨發生三級火警，火勢持續\n約五小時才被救熄。\n"
	const next = "（相關新聞見A10）\n大埔山火燒兩小時\n　　【本報訊】大埔八仙嶺郊野公園\n昨午發生山火，無人受傷。\n"
	for _, tt := range []struct {
		name string
		rows []string
	}{
		{"fire box", []string{"起火時間：昨日凌晨1時12分", "火警級別：三級", "出動人員：約200名消防及救護員"}},
		{"four rows", []string{"起火時間：昨日凌晨1時12分", "火警級別：三級", "出動人員：約200名消防及救護員", "起火地點：屯門新墟"}},
		{"listed last", []string{"火警級別：三級", "出動人員：約200名消防及救護員", "地點：屯門新墟"}},
		{"simplified", []string{"起火时间：昨日凌晨1时12分", "火警级别：三级", "出动人员：约200名消防及救护员"}},
	} {
		d := mustRead(t, story+"火警資料\n"+strings.Join(tt.rows, "\n")+"\n"+next)
		for _, r := range tt.rows {
			if n := nodeWithText(d, r); n == nil || n.Kind != doc.KindParagraph {
				t.Errorf("%s: %s: got %s, want a paragraph of its own\n%s", tt.name, r, creditFields(n), outline(d, false))
			}
		}
		if n := nodeWithText(d, "大埔山火燒兩小時"); n == nil || n.Kind != doc.KindHeadline {
			t.Errorf("%s: the next story's headline lost\n%s", tt.name, outline(d, false))
		}
		roundTrip(t, d)
	}
	// Look-alikes: two lines of a row's shape are never halves of one
	// wrapped paragraph, but a wrapped paragraph with a colon inside
	// still joins.
	for _, tt := range []struct {
		p, c string
		want bool
	}{
		{"火警級別：三級", "出動人員：約200名消防及救護員", false},
		{"據介紹，活動報名時間：即日起至12月20", "日，地點：市民中心二樓。", true},
		{"消防處表示，凌晨1時12分接報，大廈七樓", "一個存放紙品的單位起火。", true},
	} {
		if got := mayContinue(tt.p, tt.c); got != tt.want {
			t.Errorf("mayContinue(%s, %s) = %v, want %v", tt.p, tt.c, got, tt.want)
		}
	}
}
