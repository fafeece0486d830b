package newstext

import (
	"strings"
	"testing"
)

// TestKickerWarningCountsTitleLines checks that the warning of an
// unmarked kicker names the title group it was chosen from: of two lines
// the choice is which is the kicker; of three, whether the first is a
// kicker or the headline over two subheadlines.
func TestKickerWarningCountsTitleLines(t *testing.T) {
	for _, tt := range []struct {
		name, in, kicker, want string
	}{
		{"two lines", "寒潮蓝色预警发布\n明后天最低气温将跌破零度\n　　本报讯（记者 韩晓雯）记者昨天从市气象台获悉，明天起我市将出现大风降温天气。\n",
			"寒潮蓝色预警发布", "of two title lines"},
		{"three lines, the last dashed", "冒领驿站快递200余件转卖\n两被告人均获刑\n\n——江州首例利用驿站取件漏洞盗窃案宣判\n\n　　本报讯（记者 韩晓雯）记者昨天从市法院获悉，两名被告人因盗窃罪分别获刑。\n",
			"冒领驿站快递200余件转卖", "of three title lines"},
		{"three blocks", "理论前沿\n\n以县域为重要切入点扎实推进共同富裕\n\n——推动城乡区域协调发展的实践路径\n\n王建华　周敏\n\n　　县域是城乡融合发展的重要切入点，也是推进共同富裕的基本单元。\n",
			"理论前沿", "of three title lines"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := mustRead(t, tt.in)
			var msgs []string
			found := false
			for _, dg := range d.Diagnostics {
				msgs = append(msgs, dg.Message)
				if strings.Contains(dg.Message, "which is the kicker") || strings.Contains(dg.Message, "is a kicker or the headline") {
					found = true
					if !strings.HasPrefix(dg.Message, tt.want) || !strings.HasSuffix(dg.Message, tt.kicker) {
						t.Errorf("warning %q, want it to open %q and end with %q", dg.Message, tt.want, tt.kicker)
					}
				}
			}
			if !found {
				t.Errorf("no kicker warning among %q", msgs)
			}
		})
	}
}
