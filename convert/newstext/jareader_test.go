package newstext

import (
	"slices"
	"testing"
)

// TestJapaneseReaderSignature: a Japanese letters page's writer's line,
// occupation, name, age and town in the paper's order (会社員　小林聡子
// ４４　（甲府市）, 朝日's 会社員　小林聡子（甲府市　４４）, 甲府市　会社員
// 小林聡子（４４）, the name first with the town after ＝), is the
// letter's byline naming the name, not a table's row (blind page
// ja-chiho-koe). A name with its age alone, an occupation and a name
// alone, a name with an honorific (an obituary's), a bulleted entry, a
// ranked or voted row of more figures or words, and a sentence are not.
func TestJapaneseReaderSignature(t *testing.T) {
	for _, c := range []struct {
		line, name string // name "": no reader's line
	}{
		{"会社員　小林聡子　４４　（甲府市）", "小林聡子"},
		{"会社員　小林聡子（甲府市　４４）", "小林聡子"},
		{"甲府市　会社員　小林聡子（４４）", "小林聡子"},
		{"小林聡子（４４）＝甲府市", "小林聡子"},
		{"小林聡子（４４）＝甲府市、会社員", "小林聡子"},
		{"中学生　井上陽太　１４　（北杜市）", "井上陽太"},
		{"無職　望月正雄　７８（笛吹市）", "望月正雄"},
		{"パート　佐々木まり　52　（山梨県昭和町）", "佐々木まり"},
		{"会社員　小林　聡子　４４　（甲府市）", "小林聡子"},
		{"主婦　井上さくら　３８歳　（甲斐市）", "井上さくら"},
		{"小林聡子　会社員　４４　甲府市", "小林聡子"},
		{"団体職員　望月正夫（笛吹市）", "望月正夫"},
		{"小林聡子（４４）", ""},
		{"会社員　小林聡子", ""},
		{"田中一郎さん（８４）＝甲府市", ""},
		{"▽田中一郎さん（８４）＝甲府市", ""},
		{"高木誠一　６５　無新　（甲府市）", ""},
		{"１　小林聡子　４４　甲府市", ""},
		{"小林聡子　４４　３５　（甲府市）", ""},
		{"甲府市　４４　３２", ""},
		{"会社員の小林聡子さん（４４）は甲府市に住む。", ""},
		{"甲府市　会社員　小林聡子（４４）が語る", ""},
		{"佐藤健　５２　（松本）　２時間３１分", ""},
	} {
		cr, ok := jaReaderSignature(c.line)
		if ok != (c.name != "") || ok && !slices.Equal(cr.names, []string{c.name}) {
			t.Errorf("jaReaderSignature(%q) = %v %v, want names [%s]", c.line, cr.names, ok, c.name)
		}
	}
	// On a letters page with no blank lines: the writer's line under each
	// letter's title, or at each letter's foot, and each letter an
	// article of its own.
	tests := []struct {
		name, page, want string
	}{
		{"under the title", "声\n図書館の夜間開館　ありがたい\n会社員　小林聡子（甲府市　４４）\n　仕事帰りに図書館へ寄れるよう\nになりました。閲覧室が午後８時\nまで開いているのは本当に助かり\nます。\n　夜間の利用者がもっと増えれば、\n開館日も広がるのではないでしょ\nうか。\n雪かきは近所で助け合おう\n甲府市　無職　望月　正雄（７８）\n　先週の大雪では、近所の若い人\nが我が家の前まで雪かきをしてく\nれました。\n　高齢の一人暮らしには本当にあ\nりがたいことです。\n部活動の地域移行に期待\n中学生　井上陽太　１４　（北杜市）\n　来年から部活動の一部が地域の\nクラブに移るそうです。いろいろ\nな大人に教わるのが楽しみです。\n", `article
  kicker 声
  headline 図書館の夜間開館　ありがたい
  byline  小林聡子 : 会社員　小林聡子（甲府市　４４）
  paragraph 仕事帰りに図書館へ寄れるようになりました。閲覧室が午後８時まで開いているのは本当に助かります。
  paragraph 夜間の利用者がもっと増えれば、開館日も広がるのではないでしょうか。
article
  headline 雪かきは近所で助け合おう
  byline  望月正雄 : 甲府市　無職　望月　正雄（７８）
  paragraph 先週の大雪では、近所の若い人が我が家の前まで雪かきをしてくれました。
  paragraph 高齢の一人暮らしには本当にありがたいことです。
article
  headline 部活動の地域移行に期待
  byline  井上陽太 : 中学生　井上陽太　１４　（北杜市）
  paragraph 来年から部活動の一部が地域のクラブに移るそうです。いろいろな大人に教わるのが楽しみです。`},
		{"at the foot", "声\n図書館の夜間開館　ありがたい\n　仕事帰りに図書館へ寄れるよう\nになりました。閲覧室が午後８時\nまで開いているのは本当に助かり\nます。\n　夜間の利用者がもっと増えれば、\n開館日も広がるのではないでしょ\nうか。\n小林聡子（４４）＝甲府市、会社員\n雪かきは近所で助け合おう\n　先週の大雪では、近所の若い人\nが我が家の前まで雪かきをしてく\nれました。\n　高齢の一人暮らしには本当にあ\nりがたいことです。\n望月正雄（７８）＝笛吹市\n", `article
  kicker 声
  headline 図書館の夜間開館　ありがたい
  paragraph 仕事帰りに図書館へ寄れるようになりました。閲覧室が午後８時まで開いているのは本当に助かります。
  paragraph 夜間の利用者がもっと増えれば、開館日も広がるのではないでしょうか。
  byline  小林聡子 : 小林聡子（４４）＝甲府市、会社員
article
  headline 雪かきは近所で助け合おう
  paragraph 先週の大雪では、近所の若い人が我が家の前まで雪かきをしてくれました。
  paragraph 高齢の一人暮らしには本当にありがたいことです。
  byline  望月正雄 : 望月正雄（７８）＝笛吹市`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tw34WantTree(t, tt.page, tt.want) })
	}
}
