package ninjs_test

import (
	"context"
	"fmt"

	"github.com/paiban/paiban/convert/doc"
	"github.com/paiban/paiban/convert/ninjs"
)

// The ninjs items of a tree as Go values: headlines in their roles, the
// people of the bylines with their roles, the dateline's place.
func ExampleWriter_Items() {
	d := &doc.Document{Lang: "zh-Hans", Source: doc.Source{Name: "p1.txt"}, Articles: []*doc.Node{{Kind: doc.KindArticle, Children: []*doc.Node{
		{Kind: doc.KindKicker, Text: "丰收中国"},
		{Kind: doc.KindHeadline, Text: "智能农机“跑”出秋收加速度"},
		{Kind: doc.KindDateline, Text: "新华社北京9月1日电", Place: "北京", Date: "9月1日"},
		{Kind: doc.KindParagraph, Text: "全国秋粮已收获12.3%。"},
		{Kind: doc.KindByline, Text: "（记者 孙悦 通讯员 郑浩然）", Roles: []string{"记者", "通讯员"}, Names: []string{"孙悦", "郑浩然"}},
	}}}}
	items, err := ninjs.New().Items(context.Background(), d)
	if err != nil {
		fmt.Println(err)
		return
	}
	it := items[0]
	fmt.Println(it.Type, it.Language, it.Located)
	for _, h := range it.Headlines {
		fmt.Println(h.Role, h.Value)
	}
	for _, p := range it.People {
		fmt.Println(p.Rel, p.Name)
	}
	fmt.Println(it.Bodies[1].Value)
	// Output:
	// text zh-Hans 北京
	// main 智能农机“跑”出秋收加速度
	// kicker 丰收中国
	// 记者 孙悦
	// 通讯员 郑浩然
	// 新华社北京9月1日电
	//
	// 全国秋粮已收获12.3%。
}
