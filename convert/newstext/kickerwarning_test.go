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
		{"a label over a title", "体坛快讯\n\n国乒男团3∶0胜日本队晋级决赛\n\n　　本报讯（记者 韩晓雯）昨晚进行的乒乓球世界杯团体赛半决赛中，国乒男团以3∶0战胜日本队。\n",
			"体坛快讯", "series or column label taken as a kicker"},
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
				if strings.Contains(dg.Message, "which is the kicker") || strings.Contains(dg.Message, "is a kicker or the headline") || strings.Contains(dg.Message, "taken as a kicker") {
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

// TestLabelLikeKicker: the kicker warning names a column's or series'
// label as such; a kicker of the story's own words keeps the warning of
// a choice between two title lines.
func TestLabelLikeKicker(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"体坛快讯", true},
		{"港聞簡報", true},
		{"ニュース短信", true},
		{"증권 브리핑", true},
		{"图片新闻", true},
		{"温暖过冬·系列报道之一", true},
		{"走基层·看变化", true},
		{"稳就业一线观察①", true},
		{"冬日一线·之一", true},
		{"冬季用电高峰将至", false},
		{"冒充快递员骗老人存款", false},
		{"严查电动自行车闯红灯、逆行", false},
		{"零下40℃仍能“满电”工作", false},
		{"之一", false},
		{"全省冬修水利完成投资过半", false},
		{"张三·李四的故事讲了很多年还没有讲完", false}, // too long for a label
		{"记者·编辑部门负责人说，工作已经展开。", false},
	} {
		if got := labelLikeKicker(c.s); got != c.want {
			t.Errorf("labelLikeKicker(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
