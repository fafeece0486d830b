package newstext

import "testing"

// Conventions found by a blind tester's pages (December 2026), each tested
// on original text of its own.

// TestFolioForms: a folio line whose weekday is bracketed, or that ends
// with the desk credit of a padded name, is page furniture.
func TestFolioForms(t *testing.T) {
	for in, want := range map[string]string{
		"B12　體育　　　　2025年3月8日（星期六）": noiseFolio, // a page label beside the date: a folio
		"2025年3月8日(土)": noiseDate,
		"2025年3月8日　星期六　　第5版　　文体新闻　　本版编辑：郑　红": noiseFolio,
		"2025年3月8日　星期六　　第5版　　本版编辑：郑红":        noiseFolio,
		"2025年3月8日（周六上午）":                    "",
	} {
		if got := noiseKind(in); got != want {
			t.Errorf("noiseKind(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCaptionUnderFullLine: a caption closed by its credit directly under
// a paragraph's full last line is a caption of its own, not the end of
// the paragraph (nor the paragraph the start of a caption).
func TestCaptionUnderFullLine(t *testing.T) {
	const page = "河畔步道今起开放\n\n" +
		"　　新建的河畔步道全长6公里，沿途设置了12处休息点和3座观景平台，市民可以骑行或步行。\n" +
		"游客在河畔步道观景平台拍照。本报记者　林　枫摄\n" +
		"　　步道管理处表示，夜间照明将于下月投入使用。\n"
	wantKinds(t, page,
		"headline 河畔步道今起开放",
		"paragraph 新建的河畔步道全长6公里，沿途设置了12处休息点和3座观景平台，市民可以骑行或步行。",
		"caption 游客在河畔步道观景平台拍照。本报记者　林　枫摄",
		"paragraph 步道管理处表示，夜间照明将于下月投入使用。")
	const hk = "渡輪碼頭翻新完成\n\n" +
		"【本報訊】運輸署昨日表示，長洲渡輪碼頭翻新工程已經完成，新碼頭設有更多座位及上蓋。\n" +
		"旅客在長洲碼頭候船。（資料圖片）\n" +
		"署方指新碼頭下月起全面啟用。\n"
	d := mustRead(t, hk)
	if got := kindsOf(d); len(got) < 4 || got[3] != "caption 旅客在長洲碼頭候船。（資料圖片）" {
		t.Errorf("file-photo caption under a paragraph line: %q", got)
	}
}

// TestPaddedPhotoCredit: a photo credit alone, its two-character name
// padded to three cells (本报记者　何　苗摄), is a caption.
func TestPaddedPhotoCredit(t *testing.T) {
	for in, want := range map[string]bool{
		"本报记者　林　枫摄":  true,
		"新华社记者　李刚　摄": true,
		"本报记者　林枫　摄影": false, // (not a 摄 credit this rule reads)
		"他在这里住了三　年摄": false,
	} {
		if got := endsInPhotoCredit(in); got != want {
			t.Errorf("endsInPhotoCredit(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestTaggedTitleKeptWhole: a story-kind tag over a title line is the
// title's (【独家】…); before a sentence it is still a run-in lead-in.
func TestTaggedTitleKeptWhole(t *testing.T) {
	wantKinds(t, "【独家】本市首条跨江隧道年底贯通\n\n新华社南京3月8日电　记者从市交通局获悉，隧道主体已完工。\n",
		"headline 【独家】本市首条跨江隧道年底贯通")
	if runInEnd("【快讯】本市首条跨江隧道年底贯通", "zh-Hans") != 0 {
		t.Error("a tag over a title line split off as a run-in lead-in")
	}
	if runInEnd("【快讯】记者从市交通局获悉，隧道主体已经完工，预计年底贯通。", "zh-Hans") == 0 {
		t.Error("a tag before a sentence is a run-in lead-in")
	}
}

// TestFlashDateline: an agency's flash 新华社快讯：… has a dateline that
// names the agency; after another story it starts an article.
func TestFlashDateline(t *testing.T) {
	d, rest, ok := parseDateline("新华社快讯：国家统计局8日发布数据。")
	if !ok || d.org != "新华社" || d.text != "新华社快讯：" || rest != "国家统计局8日发布数据。" {
		t.Errorf("parseDateline: %+v %q %v", d, rest, ok)
	}
	for _, in := range []string{"据快讯：某地发生地震。", "市民快讯：今日停水。"} {
		if _, _, ok := parseDateline(in); ok {
			t.Errorf("%q taken for a flash dateline", in)
		}
	}
	doc := mustRead(t, "跨江隧道主体完工\n\n新华社南京3月8日电　隧道主体已经完工。（完）\n\n新华社快讯：国家统计局8日发布2月份居民消费价格数据。\n")
	if len(doc.Articles) != 2 {
		t.Errorf("the flash after the story's end mark: %d articles, want 2", len(doc.Articles))
	}
}

// TestReadersLetters: a letter's salutation 编辑同志： is text, its
// signature 读者　X (with where the reader writes from) a byline, and
// 记者追访 over the paper's follow-up a head, not a reporter named 追访.
func TestReadersLetters(t *testing.T) {
	wantBylineLines(t, map[string]string{
		"读者　马晓燕":      "org= roles=读者 names=马晓燕",
		"湖北宜昌　读者　马晓燕": "org=湖北宜昌 roles=读者 names=马晓燕",
		"讀者　馬曉燕":      "org= roles=讀者 names=馬曉燕",
	})
	for _, in := range []string{"编辑同志：", "记者追访", "记者连线", "读者来信"} {
		if _, ok := parseBylineLine(in); ok {
			t.Errorf("%q taken for a byline", in)
		}
	}
}
