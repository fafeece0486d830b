package jsonfmt

import (
	"context"
	"io"

	"github.com/paiban/paiban/convert/doc"

	"github.com/paiban/paiban/internal/testtool"
)

var update = testtool.Update

// testTree returns a document using every kind, attribute and kind of
// awkward string the format has to carry.
func testTree() *doc.Document {
	return &doc.Document{
		Lang:   "zh-Hans",
		Source: doc.Source{Name: "page.txt", Encoding: "GB18030"},
		Articles: []*doc.Node{
			{Kind: doc.KindArticle, Line: 1, Children: []*doc.Node{
				{Kind: doc.KindNote, Text: "编者按：这是一段编者按。", Line: 1},
				{Kind: doc.KindKicker, Text: "市政府常务会议研究部署", Line: 3},
				{Kind: doc.KindHeadline, Text: "让“小修小补”<不再>难 & 快", Line: 4},
				{Kind: doc.KindSubheadline, Text: "全市首批200个便民点投入使用", Line: 5},
				{Kind: doc.KindDateline, Text: "本报讯", Line: 7, Place: "", Date: ""},
				{Kind: doc.KindByline, Text: "（记者 林晓 通讯员 周航）", Line: 7,
					Roles: []string{"记者", "通讯员"}, Names: []string{"林晓", "周航"}},
				{Kind: doc.KindParagraph, Text: "9月2日上午，5G基站覆盖率达99.5%，下载速率300Mbps。", Line: 7},
				{Kind: doc.KindCaption, Text: "扫码看视频", Line: 9},
				{Kind: doc.KindJump, Text: "（下转第三版）", Line: 11},
				{Kind: doc.KindSection, Line: 13, Children: []*doc.Node{
					{Kind: doc.KindHeading, Text: "引号\"反斜杠\\制表\t", Line: 13},
					{Kind: doc.KindParagraph, Text: "竖表\v与换页\f", Line: 15},
				}},
				{Kind: doc.KindByline, Text: "■湖南日报全媒体记者 邓晶 孙敏", Line: 17,
					Org: "湖南日报全媒体", Roles: []string{"记者"}, Names: []string{"邓晶", "孙敏"}},
			}},
			{Kind: doc.KindArticle, Line: 19, Children: []*doc.Node{
				{Kind: doc.KindHeadline, Text: "第二篇", Line: 19},
				{Kind: doc.KindDateline, Text: "新华社北京8月29日电", Line: 21, Place: "北京", Date: "8月29日"},
				{Kind: doc.KindParagraph, Text: "正文。"},
				{Kind: doc.KindParagraph, Text: "广东 102:98 辽宁", Line: 22, Row: true},
				{Kind: doc.KindParagraph, Text: "北京 88:91 浙江", Line: 22, Row: true},
				{Kind: doc.KindVerse, Text: "雪落下来的时候\n母亲把灯又拧亮了一点\n锅里的汤圆翻着身", Line: 22},
				{Kind: doc.KindVerse, Text: "父亲的酒盅空了两回", Line: 26},
				{Kind: doc.KindNoise, Text: "2024年9月3日 星期二 第2版", Line: 23, Furniture: true},
				{Kind: doc.KindNoise, Text: "（完）", Line: 24},
			}},
		},
		Diagnostics: []doc.Diagnostic{
			{Line: 23, Severity: doc.SeverityWarning, Message: "page folio kept as noise"},
			{Severity: doc.SeverityError, Message: "no line"},
			// Text may not hold these (doc.TextProblem); messages may.
			{Line: 15, Severity: doc.SeverityWarning, Message: "换行\n控制\x01字符与\u2028行分隔"},
		},
	}
}

// The shapes of convert.Writer and convert.Reader, spelled out here because
// this package does not import convert (convert imports it).
var (
	_ interface {
		Write(context.Context, io.Writer, *doc.Document) error
	} = (*Writer)(nil)
	_ interface {
		Read(context.Context, io.Reader, string) (*doc.Document, error)
	} = (*Reader)(nil)
)
