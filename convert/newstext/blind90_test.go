package newstext

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/convert/doc"
)

// kindOfLoose is kindOfText for a line whose ASCII spaces the reader may
// have taken out as OCR's (a paragraph's 王新 摄 reads 王新摄).
func kindOfLoose(d *doc.Document, text string) string {
	text = strings.ReplaceAll(text, " ", "")
	kind := ""
	d.WalkDocument(func(n *doc.Node) bool {
		if kind == "" && n.Text != "" && strings.ReplaceAll(n.Text, " ", "") == text {
			kind = string(n.Kind)
		}
		return kind == ""
	})
	return kind
}

// TestBlind90ReleasedPhotoCredit: a Chinese caption whose photographer
// stands alone after its last sentence, set off by a space before 摄
// (…作业。王　新 摄, a two-character name padded or not), and whose
// photo an agency released, （新华社发） after the credit (blind page
// cn-jfrb-chengshi-sulan), is a caption like one credited to 本报记者 X 摄:
// the reader took it for a paragraph and cut the space before 摄 as OCR's.
// A bracketed 发 with no photographer before it, a bracket that is no
// agency's release, a 摄 with no space or no name before it, and a
// clause that is no name stay paragraphs.
func TestBlind90ReleasedPhotoCredit(t *testing.T) {
	page := func(caption string) string {
		return "平凉路街坊完成清场\n\n　　杨浦区平凉路街道的一处街坊，2019年即已征收，今年终于完成清场。\n\n" +
			caption + "\n\n　　据悉，明年本市将把工作重点转向旧住房成套改造。\n"
	}
	const desc = "图说：杨浦区平凉路一处街坊完成清场后，施工人员正在进场作业。"
	for _, tt := range []struct {
		name, line, want string
	}{
		{"padded name, released", desc + "王　新 摄（新华社发）", "caption"},
		{"name, released", desc + "王新 摄（新华社发）", "caption"},
		{"padded name", desc + "王　新 摄", "caption"},
		{"name", desc + "王新 摄", "caption"},
		{"three-character name", desc + "王新民 摄（中新社发）", "caption"},
		{"traditional", "杨浦區平涼路一處街坊完成清場後，施工人員正在進場作業。王　新 攝（新華社發）", "caption"},
		{"no label", "杨浦区平凉路一处街坊完成清场后，施工人员正在进场作业。王　新 摄（新华社发）", "caption"},
		// Look-alikes.
		{"release, no photographer", "　　会议强调，要抓好各项措施的落实。王新 摄制组（新华社发）", "paragraph"},
		{"no release", desc + "王新 摄（见第3版）", "paragraph"},
		{"dispatch", "　　会议强调，要抓好落实，由王新 摄（新华社电）", "paragraph"},
		{"no space", "　　施工人员正在进场作业。王新摄（新华社发）", "paragraph"},
		{"no name", "　　施工人员正在进场作业。一路拍 摄（新华社发）", "paragraph"},
		{"clause, no stop", "　　施工人员正在进场作业，他们忙着 摄", "paragraph"},
		{"long clause", "　　施工人员正在进场作业。市民纷纷驻足拍照 摄", "paragraph"},
	} {
		d := mustRead(t, page(tt.line))
		if got := kindOfLoose(d, trimSpace(tt.line)); got != tt.want {
			t.Errorf("%s: %q read as %q, want %q\n%s", tt.name, tt.line, got, tt.want, outline(d, false))
		}
	}
}

// TestBlind90SpacedDeskLine: a page's desk line set with spaces and no
// colons, the editor's role and name and then the layout editor's,
// 责任编辑 孙　蕾　　版式设计 何　欢 (blind page cn-jfrb-chengshi-sulan), is
// the page's furniture, noise, as its colon form is: a role only a page's
// desk names (版式设计, 美术编辑, 美编, 视觉设计) standing alone is no name,
// and the reader took the line for the story's byline naming 版式设计.
// The article's editor alone, or with the fields an article's trailer
// names after him (校对, 图片编辑, 审核, a second 编辑), stays a byline.
func TestBlind90SpacedDeskLine(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"责任编辑 孙　蕾　　版式设计 何　欢", noiseDesk},
		{"责任编辑 孙蕾　版式设计 何欢", noiseDesk},
		{"责任编辑　孙蕾　美术编辑　何欢", noiseDesk},
		{"責任編輯 孫　蕾　　版式設計 何　歡", noiseDesk},
		{"编辑 孙蕾 美编 何欢", noiseDesk},
		{"责任编辑 孙蕾　视觉设计 何欢", noiseDesk},
		// Look-alikes.
		{"责任编辑 孙蕾", ""},
		{"编辑 孙丽 校对 冯悦", ""},
		{"责任编辑 王军　图片编辑 李倩", ""},
		{"编辑 杨帆　责任编辑 刘亮", ""},
		{"编辑 王军　审核 李明", ""},
		{"版式设计简洁明快", ""},
	} {
		if got := noiseKind(tt.in); got != tt.want {
			t.Errorf("noiseKind(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestBlind90SlashCreditUnderFullLine: a Taiwan caption closed by its
// slash credit, …外觀。圖／取自網路 (blind page tw-udn-liangan-duanbo), set
// right under a paragraph's full last line that ends its sentence, with
// no blank line between, is a caption of its own, as one closed by
// …圖／海巡署提供 is: the reader joined the paragraph into the caption.
// A line going on with the paragraph (a slash that is no credit's, a
// credit holding a comma) and a line under a sentence left open stay
// joined to it.
func TestBlind90SlashCreditUnderFullLine(t *testing.T) {
	const head = "陸擬擴大台青就業補貼\n\n" +
		"　　【記者林家豪／台北報導】大陸國\n台辦昨天宣布，明年元旦起將台灣青年\n在陸就業的租房補貼上限提高至每月三\n千元人民幣。陸委會晚間回應，提醒國\n人赴陸前應了解相關法規，避免觸法。\n"
	const para = "　　陸委會副主委在記者會上表示，大\n陸近年頻繁推出所謂「惠台措施」，但\n實際申請門檻不低，部分補貼還須配合\n地方政府的政治活動，國人應審慎評估。\n"
	const paraText = "陸委會副主委在記者會上表示，大陸近年頻繁推出所謂「惠台措施」，但實際申請門檻不低，部分補貼還須配合地方政府的政治活動，國人應審慎評估。"
	const tail = "　　據了解，目前在陸就業的台灣青年\n約有十二萬人，多集中於福建等地。\n"
	for _, tt := range []struct {
		name, body, line, want string
	}{
		{"taken from the web", para + "廈門一處台灣青年創業基地外觀。圖／取自網路\n", "廈門一處台灣青年創業基地外觀。圖／取自網路", "caption"},
		{"the paragraph above", para + "廈門一處台灣青年創業基地外觀。圖／取自網路\n", paraText, "paragraph"},
		{"file photo", para + "廈門一處台灣青年創業基地外觀。圖／聯合報系資料照\n", "廈門一處台灣青年創業基地外觀。圖／聯合報系資料照", "caption"},
		{"photographer", para + "廈門一處台灣青年創業基地外觀。記者林怡君／攝影\n", "廈門一處台灣青年創業基地外觀。記者林怡君／攝影", "caption"},
		{"photo by", para + "廈門一處台灣青年創業基地外觀。攝影／林怡君\n", "廈門一處台灣青年創業基地外觀。攝影／林怡君", "caption"},
		// Look-alikes.
		{"no credit's slash", para + "陸委會／海基會均表示將持續關注。\n", "陸委會／海基會均表示將持續關注。", ""},
		{"chart's slash", para + "台青在陸人數。圖表／主計總處\n", "台青在陸人數。圖表／主計總處", ""},
		{"credit with a comma", para + "創業基地外觀。圖／取自網路，本報翻攝\n", "創業基地外觀。圖／取自網路，本報翻攝", ""},
		{"open sentence", "　　陸委會副主委在記者會上表示，大\n陸近年頻繁推出所謂「惠台措施」，但\n實際申請門檻不低，部分補貼還須配合\n地方政府的政治活動，國人應審慎評估，\n廈門一處台灣青年創業基地外觀。圖／取自網路\n", "廈門一處台灣青年創業基地外觀。圖／取自網路", ""},
		{"short line, unchanged", "　　陸委會副主委在記者會上表示，國\n人應審慎評估。\n廈門一處台灣青年創業基地外觀。圖／取自網路\n", "廈門一處台灣青年創業基地外觀。圖／取自網路", "caption"},
	} {
		d := mustRead(t, head+tt.body+tail)
		if got := kindOfText(d, tt.line); got != tt.want {
			t.Errorf("%s: %q read as %q, want %q\n%s", tt.name, tt.line, got, tt.want, outline(d, false))
		}
	}
}

// TestBlind90AttributedSubUnderFullTitle: a subheadline speaking for its
// source, 陸委會：留意資安與法規風險, under a headline as wide as the page's
// count (17 characters, blind page tw-udn-liangan-duanbo), is the title
// group's second line: the reader joined it to the headline as a wrap. A
// form's row, a credit, a line ending its sentence, one with a flush line
// under it, an indented first line above it and a Korean label (장소: …,
// a wrapped sentence's last words) keep their reading.
func TestBlind90AttributedSubUnderFullTitle(t *testing.T) {
	const body = "　　【記者林家豪／台北報導】大陸國\n台辦昨天宣布，明年元旦起將台灣青年\n在陸就業的租房補貼上限提高至每月三\n千元人民幣。陸委會晚間回應，提醒國\n人赴陸前應了解相關法規，避免觸法。\n"
	const title = "陸擬擴大台青就業補貼　明年元旦上路"
	for _, tt := range []struct {
		name, page, line, want string
	}{
		{"source", title + "\n陸委會：留意資安與法規風險\n\n" + body, "陸委會：留意資安與法規風險", "subheadline"},
		{"the headline", title + "\n陸委會：留意資安與法規風險\n\n" + body, title, "headline"},
		{"over the text", title + "\n陸委會：留意資安與法規風險\n" + body, "陸委會：留意資安與法規風險", "subheadline"},
		{"unspaced headline", "陸擬擴大台青就業補貼明年元旦起正式上路\n陸委會：留意資安與法規風險\n\n" + body, "陸委會：留意資安與法規風險", "subheadline"},
		{"simplified", "陆拟扩大台青就业补贴　明年元旦上路\n专家：警惕“隐形”门槛\n\n" + body, "专家：警惕“隐形”门槛", "subheadline"},
		// Look-alikes.
		{"sentence", title + "\n陸委會：留意資安與法規風險。\n\n" + body, "陸委會：留意資安與法規風險。", ""},
		{"form's row", title + "\n活動時間：12月7日\n\n" + body, "活動時間：12月7日", ""},
		{"credit (unchanged)", title + "\n作者：林家豪\n\n" + body, "作者：林家豪", "byline"},
		{"flush line under it", title + "\n陸委會：留意資安與法規風險\n交流仍須審慎\n\n" + body, "陸委會：留意資安與法規風險", ""},
		{"indented first line", "　　陸擬擴大台青就業補貼明年元旦上路\n陸委會：留意資安與法規風險\n\n" + body, "陸委會：留意資安與法規風險", ""},
		{"Korean label", "경산시 문화 행사\n\n경산시는 오는 10일 시민 음악회를 열며 자세한\n장소: 경산시민회관 대공연장\n", "경산시는 오는 10일 시민 음악회를 열며 자세한 장소: 경산시민회관 대공연장", "paragraph"},
	} {
		d := mustRead(t, tt.page)
		if got := kindOfText(d, tt.line); got != tt.want {
			t.Errorf("%s: %q read as %q, want %q\n%s", tt.name, tt.line, got, tt.want, outline(d, false))
		}
	}
}
