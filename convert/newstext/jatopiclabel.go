package newstext

import "slices"

// A Japanese paper heads a corner, a column or a news roundup's item with
// a topic's word in lenticular brackets, alone over the text or run in
// at it: 【宇宙】, 【話題】, 【新製品】, 【環境】. The same brackets hold a
// dateline's place, and a regional paper dates a story from a town by its
// short name alone (【松本】, 【飯田】, 【天龍】), which no list of places
// holds; the bare word's letters cannot tell the two apart. So a bare word
// stays a place unless it is a common noun of a topic or a genre that
// names no town (jaTopicWords), or ends in a word no place's name ends in
// (jaTopicEnds: 【北方領土問題】, 【イベント情報】); read as a place, such a
// head dated and opened an article of its own.

// jaTopicWords are topic and genre nouns a paper sets alone in brackets
// over a corner's items (besides the sections of jaSectionWords and the
// labels of japaneseLabels): none is a town's name. Words that are also
// places' names (中央, 平和) are left out.
var jaTopicWords = []string{
	"宇宙", "話題", "新製品", "新商品", "新刊", "新作", "環境", "自然", "健康", "医療", "介護", "福祉", "防災", "災害", "気象", "季節",
	"農業", "観光", "産業", "企業", "金融", "市況", "外交", "行政", "司法", "労働", "雇用", "交通", "事件", "事故", "裁判", "選挙",
	"歴史", "動物", "技術", "音楽", "映画", "美術", "演劇", "舞台", "芸術", "文芸", "読書", "料理", "旅", "食",
	"国内", "海外", "県内", "市内", "世界", "募集", "告知", "案内", "紹介", "予告", "提言", "寄稿", "投書", "質問", "回答", "正解",
	"コラム", "ニュース", "トピックス", "トピック", "イベント", "インタビュー", "レシピ", "グルメ", "エンタメ", "ビジネス", "マネー",
	"ライフ", "ヘルス", "ファッション", "トレンド", "テクノロジー",
}

// jaTopicEnds end a topic's or a corner's head, never a place's name:
// 【北方領土問題】, 【イベント情報】, 【物価高対策】, 【衆院選挙】.
var jaTopicEnds = []string{"情報", "問題", "対策", "事件", "事故", "裁判", "選挙", "ニュース", "コラム"}

// jaTopicLabel reports a bracket's text that is a topic's or a genre's
// head (jaTopicWords, jaTopicEnds), not a dateline's place.
func jaTopicLabel(in string) bool {
	return slices.Contains(jaTopicWords, in) || hasAnySuffix(in, jaTopicEnds)
}
