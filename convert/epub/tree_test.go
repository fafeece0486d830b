package epub

import "github.com/paiban/paiban/convert/doc"

// handTree is a small document built by hand, with every kind of node,
// text that looks like markup, and numbers for vertical setting.
func handTree() *doc.Document {
	text := func(k doc.Kind, s string) *doc.Node { return &doc.Node{Kind: k, Text: s} }
	return &doc.Document{
		Lang:   "zh-Hans",
		Source: doc.Source{Name: "hand.txt", Encoding: "UTF-8"},
		Articles: []*doc.Node{
			{Kind: doc.KindArticle, Children: []*doc.Node{
				text(doc.KindKicker, "全省推进大会在长沙召开"),
				text(doc.KindHeadline, "加快构建<全方位>对外开放新格局"),
				text(doc.KindSubheadline, "——以实际行动迎接&amp;胜利召开"),
				text(doc.KindNote, "编者按：本文为示例，所有内容均为虚构。"),
				{Kind: doc.KindDateline, Text: "本报长沙8月29日讯", Place: "长沙", Date: "8月29日"},
				text(doc.KindParagraph, "2022年8月29日下午，会议在长沙召开。企业开办时间压缩至1.5个工作日，G20与5G并提，共12345家。"),
				text(doc.KindCaption, "扫码看视频"),
				{Kind: doc.KindByline, Text: "■本报记者 张三 李四", Org: "本报", Roles: []string{"记者"}, Names: []string{"张三", "李四"}},
				{Kind: doc.KindSection, Children: []*doc.Node{
					text(doc.KindHeading, "发挥各类改革试点作用"),
					text(doc.KindParagraph, "要注重发挥区位优势，<script>alert(1)</script> 不是标签。"),
					{Kind: doc.KindSection, Children: []*doc.Node{
						text(doc.KindHeading, "一、细项"),
						text(doc.KindParagraph, "细项的正文。"),
					}},
				}},
				text(doc.KindJump, "（下转第三版）"),
				text(doc.KindNoise, "A1"),
			}},
			{Kind: doc.KindArticle, Children: []*doc.Node{
				text(doc.KindHeadline, "让“身在湖南、办事不难”成为常态"),
				text(doc.KindParagraph, "第二篇文章的正文。"),
				text(doc.KindVerse, "雪落下来的<时候>\n母亲把灯&又拧亮了一点\n12月22日冬至"),
				text(doc.KindVerse, "父亲的酒盅空了两回"),
				{Kind: doc.KindByline, Text: "■本报记者 王五", Names: []string{"王五", "张三"}},
			}},
		},
	}
}
