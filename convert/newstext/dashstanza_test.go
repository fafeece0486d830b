package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestDashLedStanza: a block opening with a dash is no poem's first
// stanza (a subheadline's, a dedication's line), but a later stanza may
// open with a spoken line (review 30a: a whole poem was lost to prose).
func TestDashLedStanza(t *testing.T) {
	for _, tc := range []struct {
		name, page string
		verses     int
	}{
		{"dash opens a later stanza", strings.Join([]string{
			"江城晚报　2026年12月6日　星期日　A11　江花副刊",
			"",
			"江花·散文",
			"外婆的腌菜坛",
			"◎林清禾",
			"",
			"　　外婆家的灶屋角落里，摆着一只黑釉腌菜",
			"坛。坛口用一块青石压着，石头被摸得发亮，",
			"像一枚旧铜钱。",
			"",
			"　　每年立冬前后，外婆把洗净晾干的雪里蕻",
			"一层层码进坛里，撒一层盐，压一层菜。她说",
			"，菜要压实，日子也要压实，才不会空心。",
			"",
			"　　后来外婆搬进城里，那只坛子跟着她住进",
			"了六楼。阳台太小，坛子只好蹲在洗衣机旁边",
			"，可每到冬天，它照旧满满当当。",
			"",
			"　　如今我也学着腌菜。盐放多放少，总不是",
			"外婆的味道，可每次揭开坛盖，那股咸香一冒",
			"出来，我就觉得她还在灶屋里忙着。",
			"",
			"（二〇二六年十一月于江城）",
			"",
			"作者简介：林清禾，江城市作家协会会员，著",
			"有散文集《灯下》。",
			"",
			"冬至夜",
			"□苏晚（江苏南通）",
			"",
			"雪落下来的时候",
			"母亲把灯又拧亮了一点",
			"锅里的汤圆翻着身",
			"像一群不肯睡的孩子",
			"",
			"——哥哥今年回来吗",
			"父亲问了一句",
			"窗外的河结了薄冰",
			"谁也没有先停下筷子",
			"",
			"我们说起远方的哥哥",
			"说起他小时候的棉袄",
			"灯还亮着",
			"门也一直虚掩着",
			"",
			"本版编辑：王　蕾",
		}, "\n"), 3},
		{"dash opens the first block", strings.Join([]string{
			"高地", "", "——记者 林怡君", "●", "高地高地", "",
			"——高地", "雪落", "风停",
		}, "\n"), 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := mustRead(t, tc.page)
			n := 0
			d.WalkDocument(func(x *doc.Node) bool {
				if x.Kind == doc.KindVerse {
					n++
				}
				return true
			})
			if n != tc.verses {
				t.Errorf("%d stanzas, want %d:\n%s", n, tc.verses, outline(d, false))
			}
			roundTrip(t, d)
		})
	}
}
