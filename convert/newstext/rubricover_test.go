package newstext

import (
	"strings"
	"testing"
)

// TestRubricOverHeadline: a page's or column's label of a word or two
// over a title line at least three times as long (and of a headline's
// length) is the kicker over that headline, in Chinese, Japanese and
// Korean alike, however the headline is punctuated or parted; a short
// line over a dash or attributed subheadline, or over a line less than
// three times as long, stays the headline.
func TestRubricOverHeadline(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"zh spaced headline", "菜篮子\n本周蔬菜价格小幅回落 叶菜类降幅最大\n\n" +
			"本报讯（记者 周晓雯）记者昨日从市农业农村局获悉，本周全市蔬菜批发均价较上周下降3.2%，其中菠菜、生菜等叶菜类降幅最大。\n\n" +
			"业内人士表示，近期天气晴好，本地菜大量上市，预计下周菜价将保持平稳。\n",
			"kicker 菜篮子\nheadline 本周蔬菜价格小幅回落 叶菜类降幅最大\n"},
		{"zh after a story", "老旧小区加装电梯提速\n\n本报讯 今年以来，全市已有120个老旧小区加装电梯，惠及居民近万户。\n\n" +
			"校园周边\n学校门口新设护学岗，上下学高峰有民警值守\n\n本报讯 记者 刘思远 从本周起，城区28所中小学门口设立护学岗。\n",
			"kicker 校园周边\nheadline 学校门口新设护学岗，上下学高峰有民警值守\n"},
		{"ja katakana rubric", "まちの話題\n商店街に手作り灯籠　夏祭り前に３００基\n" +
			"　市中心部の銀座通り商店街で、地元の小学生が作った灯籠約３００基が飾られている。２０日から始まる夏祭りに合わせた催しで、夜になると通りが柔らかな光に包まれる。\n" +
			"　商店街振興組合の理事長は「子どもたちの力で街がにぎわってうれしい」と話している。\n",
			"kicker まちの話題\nheadline 商店街に手作り灯籠　夏祭り前に３００基\n"},
		{"ko two-word rubric", "경제 단신\n한빛은행, 청년 전용 적금 출시\n\n" +
			"한빛은행은 만 19~34세 청년을 위한 전용 적금 상품을 내놓았다고 4일 밝혔다. 최고 연 5% 금리를 준다.\n",
			"kicker 경제 단신\nheadline 한빛은행, 청년 전용 적금 출시\n"},
		{"ja short headline", "円高が進む\n１４０円台　４カ月ぶり\n" +
			"　【ニューヨーク共同】３日のニューヨーク外国為替市場で円相場が上昇し、一時１ドル＝１４０円台をつけた。\n",
			"headline 円高が進む\nsubheadline １４０円台　４カ月ぶり\n"},
		{"ja kanji headline over its side headline", "円安加速\n一時１５５円台　３４年ぶり\n" +
			"　【東京】５日の東京外国為替市場で円相場が下落し、一時１ドル＝１５５円台をつけた。約３４年ぶりの円安水準となる。\n",
			"headline 円安加速\nsubheadline 一時１５５円台　３４年ぶり\n"},
		{"ja kanji brief column", "県内短信\n市立図書館で古地図展　２０日まで無料公開\n" +
			"　市立図書館で江戸時代の古地図を集めた企画展が開かれている。２０日まで、入場は無料。\n",
			"kicker 県内短信\nheadline 市立図書館で古地図展　２０日まで無料公開\n"},
		{"zh dash subheadline", "稳中有进\n——前三季度我市经济运行态势良好\n\n" +
			"本报讯 记者从市统计局获悉，前三季度全市地区生产总值同比增长5.6%。\n",
			"headline 稳中有进\nsubheadline 前三季度我市经济运行态势良好\n"},
		{"zh attributed subheadline", "秋冬防疫\n专家：流感高发季请尽早接种疫苗\n\n" +
			"本报讯 进入十月，全市流感监测哨点报告的病例数有所上升。\n",
			"headline 秋冬防疫\nsubheadline 专家：流感高发季请尽早接种疫苗\n"},
	}
	for _, tt := range tests {
		d := mustRead(t, tt.page)
		roundTrip(t, d)
		got := strings.Join(pageLeafKinds(d), "\n") + "\n"
		if !strings.Contains(got, tt.want) {
			t.Errorf("%s: no\n%s in\n%s", tt.name, tt.want, got)
		}
	}
}
