package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// TestMarkRows: a run of two or more table rows is marked (doc.Node.Row),
// with the header row over it, also when its rows differ in their number
// of fields (the writers line them up: layout.TableSlots); one row alone
// and Korean spaced words are not.
func TestMarkRows(t *testing.T) {
	tests := []struct {
		rule, in string
		want     []string // the texts of the marked paragraphs
	}{
		{"match results under a lead-in line",
			"# 甲A联赛第五轮战报\n\n本报讯 昨晚联赛第五轮战罢，三场比赛全部分出胜负。\n\n第五轮比赛结果：\n\n山东 2:1 河南\n天津 0:3 成都\n重庆 1:1 长春\n\n下一轮比赛将于周六进行。\n",
			[]string{"山东 2:1 河南", "天津 0:3 成都", "重庆 1:1 长春"}},
		{"a header row of words over the figures",
			"# 本周蔬菜价格小幅回落\n\n本报讯 市场监测数据显示，本周主要蔬菜价格普遍回落。\n\n品种 本周 上周 涨跌\n白菜 1.85 2.02 -8.4%\n土豆 2.40 2.51 -4.4%\n\n监测人员表示，下周价格将保持平稳。\n",
			[]string{"品种 本周 上周 涨跌", "白菜 1.85 2.02 -8.4%", "土豆 2.40 2.51 -4.4%"}},
		{"one row alone is no table",
			"# 友谊赛结果\n\n本报讯 昨晚的友谊赛在市体育中心举行。\n\n红队 3:2 蓝队\n\n双方表示下月再战。\n",
			nil},
		{"a row of another shape stays in the run",
			"# 今日天气\n\n本报讯 今天全市以晴为主。\n\n城区　晴　5℃～14℃\n郊区　多云　2℃～11℃\n山区　多云转阴　雨　0℃～8℃\n\n明天气温回升。\n",
			[]string{"城区　晴　5℃～14℃", "郊区　多云　2℃～11℃", "山区　多云转阴　雨　0℃～8℃"}},
		{"a lottery's numbers over its bonus number",
			"# 双色球第2026140期开奖公告\n\n开奖日期：2026年12月5日\n红球　03　11　17　22　28　31\n蓝球　09\n\n本期全国销售总额为3.86亿元。\n",
			[]string{"红球　03　11　17　22　28　31", "蓝球　09"}},
		{"an election's winner row over a loser's with no mark",
			"# 山辺市長に新人高木氏\n\n　任期満了に伴う山辺市長選は６日投開票された。\n◇開票結果（選管最終）\n当　１２，４０８　高木誠一　無新\n　９，８７６　大野和夫　無現\n",
			[]string{"当　１２，４０８　高木誠一　無新", "９，８７６　大野和夫　無現"}},
		{"a row alone under a sentence and over a row of another shape is no run",
			"# 友谊赛结果\n\n本报讯 昨晚的友谊赛在市体育中心举行。\n\n红队 3:2 蓝队\n\n双方表示下月再战。\n\n北京　晴　5℃～14℃\n",
			nil},
		{"Korean spaced words with figures are no table",
			"# 코스피 소폭 상승\n\n코스피 2600 돌파 마감\n코스닥 850 하락 마감\n\n증권가는 다음 주에도 변동성이 클 것으로 내다봤다.\n",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			d := mustRead(t, tt.in)
			var got []string
			d.WalkDocument(func(n *doc.Node) bool {
				if n.Row {
					got = append(got, n.Text)
				}
				return true
			})
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("rows %q, want %q", got, tt.want)
			}
		})
	}
}
