package newstext

import (
	"strings"
	"testing"
)

// TestTitleLinesOverNoteOrCredit: two title lines (no sentence
// punctuation) over an editor's note on the story (【编者的话】, 编者按：)
// or over its credit line are its kicker and headline, never one wrapped
// paragraph, even where the first is as wide as the page's measure (the
// note's, or the count a page is wrapped at); with blank lines between
// them they take the same labels, and one title line over a note is the
// headline: the note stands between a headline and its text.
func TestTitleLinesOverNoteOrCredit(t *testing.T) {
	const (
		folio  = "2026年12月10日　星期四　某某日报　5　经济　责任编辑：周　宁\n"
		kicker = "入冬后气温偏高、降雪偏少，多地滑雪场推迟开业" // 22 characters
		head   = "冰雪经济如何应对“暖冬考验”"
		// The note wrapped at 22 characters, the text at 19 with its
		// 2em indents, the lead credit run into the first paragraph.
		noteText19 = "【编者的话】今冬以来，北方多地气温较常年同期\n" +
			"偏高两到三摄氏度，不少滑雪场人工造雪难度加\n" +
			"大。冰雪产业如何应对气候变化带来的不确定性？\n" +
			"本报记者走访了河北、吉林等地的滑雪场和相关企\n" +
			"业。\n" +
			"　　【本报记者　林晓雪　特约记者　韩\n" +
			"东】12月初的崇礼，往年此时早已人头攒\n" +
			"动的雪道上，只有几台造雪机在轰鸣。一家\n" +
			"滑雪场负责人告诉记者，今年开业比去年晚\n" +
			"了将近两周。\n" +
			"　　业内人士分析，气温偏高并非唯一原\n" +
			"因，消费者出行意愿和价格因素同样值得关\n" +
			"注。多家滑雪场已推出早鸟票和夜场票。\n"
		// Everything wrapped at 22 characters, the kicker's count.
		noteText22 = "【编者的话】今冬以来，北方多地气温较常年同期\n" +
			"偏高两到三摄氏度，不少滑雪场人工造雪难度加\n" +
			"大。冰雪产业如何应对气候变化带来的不确定性？\n" +
			"本报记者走访了河北、吉林等地的滑雪场和相关企\n" +
			"业。\n" +
			"　　【本报记者　林晓雪　特约记者　韩东】12\n" +
			"月初的崇礼，往年此时早已人头攒动的雪道上，只\n" +
			"有几台造雪机在轰鸣。一家滑雪场负责人告诉记\n" +
			"者，今年开业比去年晚了将近两周。\n" +
			"　　业内人士分析，气温偏高并非唯一原因，消费\n" +
			"者出行意愿和价格因素同样值得关注。多家滑雪场\n" +
			"已推出早鸟票和夜场票。\n"
		creditText22 = "本报记者　林晓雪\n" +
			"业内人士分析，气温偏高并非唯一原因，消费者出\n" +
			"行意愿和价格因素同样值得关注。多家滑雪场已推\n" +
			"出早鸟票和夜场票。\n"
		noteBlank = "【编者的话】今冬以来，北方多地气温较常年同期偏高两到三摄氏度。本报记者走访了河北、吉林等地的滑雪场。\n\n" +
			"　　12月初的崇礼，往年此时早已人头攒动的雪道上，只有几台造雪机在轰鸣。\n\n" +
			"　　业内人士分析，气温偏高并非唯一原因。\n"
	)
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		{"over a note wrapped wider than the text", kicker + "\n" + head + "\n" + noteText19,
			[]string{"kicker " + kicker, "headline " + head, "note 【编者的话】", "byline 【本报记者　林晓雪　特约记者　韩东】", "paragraph 12月初"}},
		{"under a folio, over a note", folio + kicker + "\n" + head + "\n" + noteText19,
			[]string{"noise 2026年", "kicker " + kicker, "headline " + head, "note 【编者的话】", "byline 【本报记者"}},
		{"at the page's character count, over a note", folio + kicker + "\n" + head + "\n" + noteText22,
			[]string{"noise 2026年", "kicker " + kicker, "headline " + head, "note 【编者的话】", "byline 【本报记者"}},
		{"at the page's character count, under a folio, over the credit line", folio + kicker + "\n" + head + "\n" + creditText22,
			[]string{"noise 2026年", "kicker " + kicker, "headline " + head, "byline 本报记者　林晓雪", "paragraph 业内人士"}},
		{"blank lines between, over a note", kicker + "\n\n" + head + "\n\n" + noteBlank,
			[]string{"kicker " + kicker, "headline " + head, "note 【编者的话】", "paragraph 12月初"}},
		{"one title line over a note", head + "\n\n" + strings.Replace(noteBlank, "【编者的话】", "编者按：", 1),
			[]string{"headline " + head, "note 编者按：", "paragraph 12月初"}},
	} {
		d := mustRead(t, c.page)
		leaves := pageLeafKinds(d)
		ok := len(leaves) >= len(c.want)
		for i := 0; ok && i < len(c.want); i++ {
			ok = strings.HasPrefix(leaves[i], c.want[i])
		}
		if !ok {
			t.Errorf("%s: got\n%s\nwant leaves opening\n%s", c.name, strings.Join(leaves, "\n"), strings.Join(c.want, "\n"))
		}
		roundTrip(t, d)
	}
}

// TestAttributedSubheadOverIndent: a subheadline that speaks for someone
// (運輸署：…, 教育局：…) set on the line under the headline, over the
// indented paragraph that opens the story, is a title line of its own,
// not the rest of a headline wrapped into it, with or without the page's
// folio above.
func TestAttributedSubheadOverIndent(t *testing.T) {
	for _, c := range []struct {
		page string
		want []string
	}{
		{"某報　2026年5月12日　星期二　A6　港聞\n" +
			"東涌新碼頭下月啟用　每日開十班\n" +
			"運輸署：將視乎客量增加班次\n" +
			"　　【本報訊】記者何志明報道：東涌新\n" +
			"碼頭工程已大致完成，運輸署昨日表示，\n" +
			"新碼頭將於下月中啟用，首階段每日提供\n" +
			"十班往來屯門的渡輪服務。\n" +
			"　　運輸署發言人表示，當局會密切留意\n" +
			"乘客量，並在有需要時增加班次。\n",
			[]string{"noise 某報", "headline 東涌新碼頭下月啟用　每日開十班", "subheadline 運輸署：將視乎客量增加班次", "dateline 【本報訊】"}},
		{"城南片区将新建三所公办幼儿园\n" +
			"教育局：明年秋季可提供学位900个\n" +
			"　　本报讯（记者 周海燕）记者昨日从\n" +
			"市教育局获悉，城南片区将新建三所公\n" +
			"办幼儿园，预计明年秋季投入使用。\n" +
			"　　市教育局相关负责人表示，新园建成\n" +
			"后将有效缓解片区入园难问题。\n",
			[]string{"headline 城南片区将新建三所公办幼儿园", "subheadline 教育局：明年秋季可提供学位900个", "dateline 本报讯"}},
	} {
		d := mustRead(t, c.page)
		leaves := pageLeafKinds(d)
		ok := len(leaves) >= len(c.want)
		for i := 0; ok && i < len(c.want); i++ {
			ok = strings.HasPrefix(leaves[i], c.want[i])
		}
		if !ok {
			t.Errorf("got\n%s\nwant leaves opening\n%s", strings.Join(leaves, "\n"), strings.Join(c.want, "\n"))
		}
		roundTrip(t, d)
	}
}

// TestEditorsNoteForms: an editor's note opens with 编者按 or 编者的话, in
// either script, bare or in any opening bracket; a Traditional page's
// 【編者的話】 under its title lines is a note like a Simplified one's, so
// the title lines over it are the title group, not a paragraph.
func TestEditorsNoteForms(t *testing.T) {
	for in, want := range map[string]bool{
		"编者按：今冬以来，多地气温偏高。":   true,
		"編者按　今冬以來，多地氣溫偏高。":   true,
		"【编者的话】今冬以来，多地气温偏高。": true,
		"【編者的話】今冬以來，多地氣溫偏高。": true,
		"〔編者按〕今冬以來，多地氣溫偏高。":  true,
		"［编者按］今冬以来，多地气温偏高。":  true,
		"（编者按：本文有删节）":        true,
		"编者认为，今冬以来多地气温偏高。":   false,
		"【编辑：周宁】":            false,
		"编辑部的话：感谢读者来信。":      false,
		"【热点】今冬以来，多地气温偏高。":   false,
		"原标题：冰雪经济如何应对暖冬考验":   true, // (a note, not the editor's)
	} {
		if got := isNote(in); got != want {
			t.Errorf("isNote(%q) = %v, want %v", in, got, want)
		}
		if got := isEditorsNote(in); got != (want && !strings.HasPrefix(in, "原标题")) {
			t.Errorf("isEditorsNote(%q) = %v", in, got)
		}
	}
	page := "入冬後氣溫偏高、降雪偏少，多地滑雪場推遲開業\n" +
		"冰雪經濟如何應對「暖冬考驗」\n" +
		"【編者的話】今冬以來，北方多地氣溫較常年同期\n" +
		"偏高兩到三攝氏度，不少滑雪場人工造雪難度加\n" +
		"大。本報記者走訪了河北、吉林等地的滑雪場。\n" +
		"　　業內人士分析，氣溫偏高並非唯一原\n" +
		"因，消費者出行意願和價格因素同樣值得關\n" +
		"注。多家滑雪場已推出早鳥票和夜場票。\n"
	d := mustRead(t, page)
	got := strings.Join(pageLeafKinds(d), "\n")
	wantIn(t, got, "入冬後氣溫偏高、降雪偏少，多地滑雪場推遲開業\n", "冰雪經濟如何應對「暖冬考驗」\nnote 【編者的話】")
	if strings.Contains(got, "paragraph 入冬") || !strings.Contains(got, "headline ") {
		t.Errorf("the title lines read as a paragraph:\n%s", got)
	}
	roundTrip(t, d)
}
