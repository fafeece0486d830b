package newstext

import "testing"

// TestCaptionCreditCut: a photo story's caption whose credit the hard
// wrap cut (…观赏。　本报记者　/ 周楠　摄, inside its bracket, before
// its last character, after a 图为 opening) is one caption, and the
// photo story's title its headline (blind page cn-wanbao-chengshi); the
// U+3000 the wrap fell on between the credit's fields stays
// (creditPadWrap). Not
// changed: a bracketed source whole on the line under a weather box's
// rows (（市气象台提供）), a bracketed reporter's credit cut by the wrap
// under a story's paragraph (a byline), and a credit whole on its own
// line under a caption's finished sentence.
func TestCaptionCreditCut(t *testing.T) {
	const story = "明起7条公交线路调整走向\n\n　　本报讯（记者　孙立）记者6日从市公交\n集团获悉，12月8日起，全市7条公交线路将\n调整走向或站点。\n\n"
	const above = `article
  headline 明起7条公交线路调整走向
  dateline 本报讯
  byline 记者 孙立 : （记者　孙立）
  paragraph 记者6日从市公交集团获悉，12月8日起，全市7条公交线路将调整走向或站点。
`
	tests := []struct {
		name, page, want string
	}{
		{"after the role", story + "银杏大道迎来最佳观赏期\n\n　　12月6日，市民在滨江公园银杏大道拍\n照留念。连日来，园内银杏树叶片金黄，吸\n引市民前来观赏。　　　　　　本报记者　\n周楠　摄\n", above + `article
  headline 银杏大道迎来最佳观赏期
  caption 12月6日，市民在滨江公园银杏大道拍照留念。连日来，园内银杏树叶片金黄，吸引市民前来观赏。　　　　　　本报记者　周楠　摄`},
		{"after the role, no space", story + "银杏大道迎来最佳观赏期\n\n　　12月6日，市民在滨江公园银杏大道拍\n照留念。园内银杏叶片金黄。新华社记者\n李强　摄\n", above + `article
  headline 银杏大道迎来最佳观赏期
  caption 12月6日，市民在滨江公园银杏大道拍照留念。园内银杏叶片金黄。新华社记者李强　摄`},
		{"inside the bracket", story + "银杏大道迎来最佳观赏期\n\n　　12月6日，市民在滨江公园银杏大道拍\n照留念。园内银杏叶片金黄。（通讯员　王\n磊　摄）\n", above + `article
  headline 银杏大道迎来最佳观赏期
  caption 12月6日，市民在滨江公园银杏大道拍照留念。园内银杏叶片金黄。（通讯员　王磊　摄）`},
		{"before the last character", story + "银杏大道迎来最佳观赏期\n\n12月6日，市民在滨江公园银杏大道拍照留\n念。园内银杏叶片金黄。　本报记者　周楠　\n摄\n", above + `article
  headline 银杏大道迎来最佳观赏期
  caption 12月6日，市民在滨江公园银杏大道拍照留念。园内银杏叶片金黄。　本报记者　周楠　摄`},
		{"图为 opening, supplied photo", story + "银杏大道迎来最佳观赏期\n\n　　图为市民在滨江公园银杏大道拍照留\n念。园内银杏叶片金黄。滨江公园管理处供\n图\n", above + `article
  headline 银杏大道迎来最佳观赏期
  caption 图为市民在滨江公园银杏大道拍照留念。园内银杏叶片金黄。滨江公园管理处供图`},
		{"bracketed source under a weather box (not)", story + "明日天气\n北京　晴　-3℃～6℃\n广州　阴有小雨　16℃～21℃\n（市气象台提供）\n", above + `  section
    heading 明日天气
    paragraph 北京　晴　-3℃～6℃
    paragraph 广州　阴有小雨　16℃～21℃
    caption （市气象台提供）`},
		{"reporter's bracket under a paragraph (not)", story + "　　市公交集团提醒，其余线路调整详情可关\n注微信公众号查询。（本报记者\n孙立）\n", above + `  paragraph 市公交集团提醒，其余线路调整详情可关注微信公众号查询。
  byline 记者 孙立 本报: （本报记者孙立）`},
		{"credit alone under a finished caption (not)", story + "银杏大道迎来最佳观赏期\n\n　　12月6日，市民在滨江公园银杏大道拍\n照留念。园内银杏叶片金黄。\n本报记者　周楠　摄\n", above + `  section
    heading 银杏大道迎来最佳观赏期
    paragraph 12月6日，市民在滨江公园银杏大道拍照留念。园内银杏叶片金黄。
    caption 本报记者　周楠　摄`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tw34WantTree(t, tt.page, tt.want) })
	}
}

// TestCreditPadWrap: the U+3000 a hard wrap fell on between a credit's
// fields (本报记者　/ 周楠　摄, 周楠　/ 摄) is kept when the lines join;
// one ending a line of prose (记者　/ 从市交通局获悉…, a name's 摄 run on
// into a word, 摄影展, a 摄 after punctuation) is the wrap's and goes.
func TestCreditPadWrap(t *testing.T) {
	for _, tt := range []struct {
		prev, next string
		want       bool
	}{
		{"…观赏。　本报记者", "周楠　摄", true},
		{"…观赏。　本报记者", "周楠", true},
		{"…观赏。　本报记者　周楠", "摄", true},
		{"…（本报记者　周楠", "摄）", true},
		{"…　通讯员", "王磊　摄影", true},
		{"…近日，记者", "从市交通局获悉，全市公交线路将调整。", false},
		{"…展出的是他的", "摄影展作品", false},
		{"…他说，", "摄", false},
	} {
		if got := creditPadWrap(tt.prev, tt.next); got != tt.want {
			t.Errorf("creditPadWrap(%q, %q) = %v, want %v", tt.prev, tt.next, got, tt.want)
		}
	}
}
