package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestStraySpacesAcrossBreak: OCR's stray spaces in the first half of a
// paragraph that a running head or a column break cut go when the halves
// join, wherever they stand in it, as they do in the second half (blind
// page tw-ocr-tiyu): kept, they made the joined text read back otherwise
// and the join was refused, the spaces with it. Spaces a reader keeps
// (beside Latin letters, after a credit's role) stay, and a half that
// ends its sentence joins nothing.
func TestStraySpacesAcrossBreak(t *testing.T) {
	const head = "2026年12月6日／星期日　　運動新聞　B2\n悍將延長賽再見勝\n" +
		"　　中職台灣大賽第七戰昨晚在新莊棒球場開打，\n富邦悍將與統一獅鏖戰至延長十二局，\n悍將靠著代打林子揚的再見安打以5\n比4擊退統一獅，睽違九年再度奪下\n總冠軍。\n"
	const tail = "　　台灣大賽MVP由悍將一壘手陳\n冠廷獲得，他在七場比賽中敲出12\n支安打，打擊率高達四成六。\n"
	for _, tt := range []struct {
		name, half, cut, rest, want string
	}{
		// Positive: the first half's spaces go and the halves join.
		{"spaced name, running head", "　　悍將先發投手王 志 豪主投七\n局僅失兩分，牛棚接力守住比賽，總\n教練賽後表示，「這是全隊一起拚出\n", "運動新聞　B2\n", "來的冠軍」。\n",
			"悍將先發投手王志豪主投七局僅失兩分，牛棚接力守住比賽，總教練賽後表示，「這是全隊一起拚出來的冠軍」。"},
		{"one space, running head", "　　悍將先發投手王志 豪主投七\n局僅失兩分，牛棚接力守住比賽，總\n教練賽後表示，「這是全隊一起拚出\n", "運動新聞　B2\n", "來的冠軍」。\n",
			"悍將先發投手王志豪主投七局僅失兩分，牛棚接力守住比賽，總教練賽後表示，「這是全隊一起拚出來的冠軍」。"},
		{"space on the line over the head", "　　悍將先發投手王志豪主投七\n局僅失兩分，牛棚接力守住比賽，總\n教練賽後表示，「這是全隊 一起拚出\n", "運動新聞　B2\n", "來的冠軍」。\n",
			"悍將先發投手王志豪主投七局僅失兩分，牛棚接力守住比賽，總教練賽後表示，「這是全隊一起拚出來的冠軍」。"},
		{"page code head named by no head", "　　悍將先發投手王 志 豪主投七\n局僅失兩分，牛棚接力守住比賽，總\n教練賽後表示，「這是全隊一起拚出\n", "B3　　體育\n", "來的冠軍」。\n",
			"悍將先發投手王志豪主投七局僅失兩分，牛棚接力守住比賽，總教練賽後表示，「這是全隊一起拚出來的冠軍」。"},
		{"column break, blank line", "　　悍將先發投手王 志 豪主投七\n局僅失兩分，牛棚接力守住比賽，總\n教練賽後表示，「這是全隊一起拚出\n", "\n", "來的冠軍」。\n",
			"悍將先發投手王志豪主投七局僅失兩分，牛棚接力守住比賽，總教練賽後表示，「這是全隊一起拚出來的冠軍」。"},
		{"spaces in both halves", "　　悍將先發投手王 志 豪主投七\n局僅失兩分，牛棚接力守住比賽，總\n教練賽後表示，「這是全隊一起拚出\n", "運動新聞　B2\n", "來的冠 軍」。\n",
			"悍將先發投手王志豪主投七局僅失兩分，牛棚接力守住比賽，總教練賽後表示，「這是全隊一起拚出來的冠軍」。"},
		// Negative: the writer's spaces stay, beside Latin letters and
		// after a credit's role, while the halves join.
		{"Latin words keep their spaces", "　　悍將先發投手王 志 豪與 Rakuten Monkeys\n的投手主投七局，總教練賽後表示，\n「這是全隊一起拚出\n", "運動新聞　B2\n", "來的冠軍」。\n",
			"悍將先發投手王志豪與 Rakuten Monkeys的投手主投七局，總教練賽後表示，「這是全隊一起拚出來的冠軍」。"},
		// Negative: a half that ends its sentence is no cut: nothing
		// joins, and its spaces go as any paragraph's.
		{"finished half joins nothing", "　　悍將先發投手王 志 豪主投七\n局僅失兩分，牛棚接力守住比賽。\n", "運動新聞　B2\n", "　　總教練賽後表示，這是全隊一起拚出來的冠軍。\n",
			"悍將先發投手王志豪主投七局僅失兩分，牛棚接力守住比賽。"},
	} {
		d := mustRead(t, head+tt.half+tt.cut+tt.rest+tail)
		found := false
		d.WalkDocument(func(n *doc.Node) bool {
			found = found || n.Kind == doc.KindParagraph && n.Text == tt.want
			return !found
		})
		if !found {
			t.Errorf("%s: no paragraph %q\n%s", tt.name, tt.want, outline(d, false))
		}
		if strings.Contains(outline(d, false), "paragraph: 來的冠") {
			t.Errorf("%s: the second half stands alone\n%s", tt.name, outline(d, false))
		}
		roundTrip(t, d)
	}
}
